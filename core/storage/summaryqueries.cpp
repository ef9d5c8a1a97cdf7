#include "summaryqueries.h"

#include "../appraisal.h"
#include "../country.h"
#include "../deliverable.h"
#include "../mission.h"
#include "../person.h"
#include "../planprogress.h"
#include "../reviewround.h"
#include "../wording.h"
#include "database.h"
#include "sqlstatement.h"
#include "unitsettings.h"

#include <QHash>
#include <QLocale>

namespace Core {

namespace {

using Summary = PerformanceSummary;

// The same form the application shows dates in, so that a summary reads like its screens.
QString dateText(const QDate &date)
{
    return Wording::locale().toString(date, QStringLiteral("d MMM yyyy"));
}

// Every query starts from `scope`: each person asked for (%1 narrows it to one) with the period
// of their cycle in the year. Resolving the period in SQL lets one statement serve any number of
// people, each with a period of their own.
const QString scopeSql = QStringLiteral(
    "WITH cycle AS (SELECT person.id AS person_id, (SELECT appraisal.id FROM appraisal WHERE "
    "appraisal.person_id = person.id AND appraisal.period_start BETWEEN :yearStart AND "
    ":yearEnd ORDER BY appraisal.period_start, appraisal.id LIMIT 1) AS appraisal_id FROM "
    "person%1), scope AS (SELECT cycle.person_id, cycle.appraisal_id, "
    "coalesce(appraisal.period_start, :yearStart) AS period_start, "
    "coalesce(appraisal.period_end, :yearEnd) AS period_end FROM cycle LEFT JOIN appraisal ON "
    "appraisal.id = cycle.appraisal_id)");
// An exact match rather than "everyone or this one" in a single statement: with it the planner
// walks the one person's indexes instead of scanning whole tables.
const QString onePersonSql = QStringLiteral(" WHERE person.id = :person");

// The work plans overlapping each person's period.
const QString plansSql = QStringLiteral(
    ", plans AS (SELECT scope.person_id, scope.period_start, scope.period_end, work_plan.id AS "
    "plan_id, work_plan.period_start AS plan_start, work_plan.title AS plan_title FROM scope JOIN "
    "work_plan ON "
    "work_plan.person_id = scope.person_id AND work_plan.period_start <= scope.period_end AND "
    "work_plan.period_end >= scope.period_start)");

// Deliverables cleared or delivered within each person's period, owned or contributed to.
const QString deliveredSql = QStringLiteral(
    ", delivered AS (SELECT scope.person_id, deliverable.id AS deliverable_id, 1 AS owner FROM "
    "scope JOIN deliverable ON deliverable.owner_id = scope.person_id WHERE deliverable.status "
    "IN ('cleared', 'delivered') AND deliverable.status_since BETWEEN scope.period_start AND "
    "scope.period_end UNION ALL SELECT scope.person_id, deliverable.id, 0 FROM scope JOIN "
    "deliverable_contributor AS contributor ON contributor.person_id = scope.person_id JOIN "
    "deliverable ON deliverable.id = contributor.deliverable_id WHERE deliverable.owner_id <> "
    "scope.person_id AND deliverable.status IN ('cleared', 'delivered') AND "
    "deliverable.status_since BETWEEN scope.period_start AND scope.period_end)");

const QString headerSql = QStringLiteral(
    " SELECT person.id, person.name, person.email, person.position_title, person.category, "
    "person.grade, person.duty_station, coalesce(appraiser.name, boss.name, ''), "
    "scope.period_start, scope.period_end, assignment.title, assignment.start_date, "
    "assignment.end_date FROM scope JOIN person ON person.id = scope.person_id LEFT JOIN "
    "appraisal ON appraisal.id = scope.appraisal_id LEFT JOIN person AS appraiser ON "
    "appraiser.id = appraisal.supervisor_id LEFT JOIN person AS boss ON boss.id = "
    "person.supervisor_id LEFT JOIN assignment ON assignment.id = (SELECT later.id FROM "
    "assignment AS later WHERE later.person_id = person.id AND later.start_date <= "
    "scope.period_end AND later.end_date >= scope.period_start ORDER BY later.start_date DESC, "
    "later.id DESC LIMIT 1) ORDER BY person.name COLLATE NOCASE, person.id");

// Progress is read as it stood at the end of the period: for the current cycle that is what the
// plan page shows, for a past one what was true when it closed.
const QString objectivesSql = QStringLiteral(
    " SELECT plans.person_id, objective.id, objective.kind, objective.title, "
    "objective.description, objective.indicator, objective.target_date, objective.evidence, "
    "(SELECT entry.percent FROM progress_entry AS entry WHERE entry.objective_id = objective.id "
    "AND entry.activity_id IS NULL AND entry.entry_date <= plans.period_end ORDER BY "
    "entry.entry_date DESC, entry.id DESC LIMIT 1), plans.plan_title FROM plans JOIN objective "
    "ON "
    "objective.plan_id = plans.plan_id ORDER BY objective.kind = 'learning', plans.plan_start, "
    "plans.plan_id, objective.position, objective.id");

const QString activitiesSql = QStringLiteral(
    " SELECT plans.person_id, activity.id, activity.objective_id, activity.status, (SELECT "
    "entry.percent FROM progress_entry AS entry WHERE entry.activity_id = activity.id AND "
    "entry.entry_date <= plans.period_end ORDER BY entry.entry_date DESC, entry.id DESC LIMIT "
    "1) FROM plans JOIN objective ON objective.plan_id = plans.plan_id JOIN activity ON "
    "activity.objective_id = objective.id");

const QString achievementsSql = QStringLiteral(
    " SELECT entry.objective_id, entry.entry_date, coalesce(activity.title, ''), "
    "entry.percent, entry.text, entry.blockers FROM plans JOIN objective ON objective.plan_id = "
    "plans.plan_id JOIN progress_entry AS entry ON entry.objective_id = objective.id LEFT JOIN "
    "activity ON activity.id = entry.activity_id WHERE entry.entry_date BETWEEN "
    "plans.period_start AND plans.period_end ORDER BY entry.entry_date, entry.id");

const QString deliverablesSql = QStringLiteral(
    " SELECT delivered.person_id, deliverable.id, deliverable.title, deliverable.type, "
    "deliverable.status, deliverable.due_date, deliverable.status_since, delivered.owner FROM "
    "delivered JOIN deliverable ON deliverable.id = delivered.deliverable_id ORDER BY "
    "deliverable.status_since, deliverable.id");

const QString versionsSql = QStringLiteral(
    " SELECT version.deliverable_id, version.language, version.status FROM deliverable_version "
    "AS version WHERE version.deliverable_id IN (SELECT deliverable_id FROM delivered) ORDER "
    "BY version.id");

const QString missionsSql = QStringLiteral(
    " SELECT traveller.person_id, mission.id, mission.purpose, mission.kind, "
    "mission.country_code, mission.city, mission.start_date, mission.end_date, mission.status, "
    "mission.bto_submitted_on FROM scope JOIN mission_traveller AS traveller ON "
    "traveller.person_id = scope.person_id JOIN mission ON mission.id = traveller.mission_id "
    "WHERE mission.status <> 'cancelled' AND mission.start_date <= scope.period_end AND "
    "mission.end_date >= scope.period_start ORDER BY mission.start_date, mission.id");

// The supervisor's private notes are never selected: what is not read cannot leak.
const QString checkInsSql = QStringLiteral(
    " SELECT checkin.supervisee_id, checkin.date, supervisor.name, (SELECT count(*) FROM "
    "checkin_agenda WHERE checkin_agenda.checkin_id = checkin.id), (SELECT count(*) FROM "
    "checkin_action WHERE checkin_action.checkin_id = checkin.id), (SELECT count(*) FROM "
    "checkin_action WHERE checkin_action.checkin_id = checkin.id AND checkin_action.done = 1), "
    "checkin.decisions FROM scope JOIN checkin ON checkin.supervisee_id = scope.person_id AND "
    "checkin.date BETWEEN scope.period_start AND scope.period_end JOIN person AS supervisor ON "
    "supervisor.id = checkin.supervisor_id ORDER BY checkin.date, checkin.id");

const QString reviewsSql = QStringLiteral(
    " SELECT review_round.submitted_by_id, deliverable.title, review_round.version_label, "
    "review_round.submitted_on, reviewer.name, review_round.reviewed_on, review_round.outcome "
    "FROM scope JOIN review_round ON review_round.submitted_by_id = scope.person_id AND "
    "review_round.submitted_on BETWEEN scope.period_start AND scope.period_end JOIN "
    "deliverable ON deliverable.id = review_round.deliverable_id JOIN person AS reviewer ON "
    "reviewer.id = review_round.reviewer_id ORDER BY review_round.submitted_on, "
    "review_round.id");

const QString appraisalsSql = QStringLiteral(
    " SELECT scope.person_id, appraisal.stage, appraisal.objectives_set_on, "
    "appraisal.mid_term_on, appraisal.mid_term_notes, appraisal.supervisor_comments, "
    "appraisal.staff_comments, appraisal.supervisor_acknowledged_on, "
    "appraisal.staff_acknowledged_on FROM scope JOIN appraisal ON appraisal.id = "
    "scope.appraisal_id");

// Every appraised objective and every competency, rated or not yet, once the end-of-cycle
// stage is reached; before it there is nothing to rate.
const QString ratingsSql = QStringLiteral(
    ", ended AS (SELECT scope.person_id, appraisal.id AS appraisal_id FROM scope JOIN appraisal "
    "ON appraisal.id = scope.appraisal_id WHERE appraisal.stage = 'end_of_cycle') SELECT "
    "ended.person_id, 0 AS competency, objective.position, objective.id, objective.title, "
    "coalesce(scale.title, ''), coalesce(rating.comment, '') FROM ended JOIN "
    "appraisal_objective AS link ON link.appraisal_id = ended.appraisal_id JOIN objective ON "
    "objective.id = link.objective_id LEFT JOIN appraisal_rating AS rating ON "
    "rating.appraisal_id = ended.appraisal_id AND rating.subject = 'objective' AND "
    "rating.subject_id = objective.id LEFT JOIN rating_level AS scale ON scale.id = "
    "rating.level_id UNION ALL SELECT ended.person_id, 1, competency.position, competency.id, "
    "competency.title, coalesce(scale.title, ''), coalesce(rating.comment, '') FROM ended "
    "CROSS JOIN competency LEFT JOIN appraisal_rating AS rating ON rating.appraisal_id = "
    "ended.appraisal_id AND rating.subject = 'competency' AND rating.subject_id = "
    "competency.id LEFT JOIN rating_level AS scale ON scale.id = rating.level_id ORDER BY 2, "
    "3, 4");

struct Scope
{
    Id personId = 0;
    int year = 0;
    QDate today;
};

// Runs one statement over the scope and hands each row to `read`.
template<typename Read>
Status eachRow(const Database &database, const Scope &scope, const QString &sql, Read read)
{
    // The spliced fragment is our own constant; values are bound.
    SqlStatement query(
        database, scopeSql.arg(scope.personId != 0 ? onePersonSql : QString()) + sql);
    query.bindDate(QStringLiteral(":yearStart"), QDate(scope.year, 1, 1))
        .bindDate(QStringLiteral(":yearEnd"), QDate(scope.year, 12, 31));
    if (scope.personId != 0)
        query.bind(QStringLiteral(":person"), scope.personId);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next())
        read(query);
    return {};
}

// The summaries being filled, in the header's order, and each person's place among them. Once
// the headers are read the list no longer grows, so pointers into it stay valid.
struct Summaries
{
    QList<Summary> list;
    QHash<Id, qsizetype> places;
    QHash<Id, Summary::ObjectiveLine *> objectives;
    QHash<Id, QList<PlanProgress::ObjectiveInput>> objectiveInputs;
    QHash<Id, QList<PlanProgress::ActivityInput>> activityInputs;

    Summary *find(Id personId)
    {
        const auto place = places.constFind(personId);
        return place == places.cend() ? nullptr : &list[*place];
    }
};

Summary::Header readHeader(const SqlStatement &row)
{
    Summary::Header header;
    header.personId = row.id(0);
    header.name = row.text(1);
    header.email = row.text(2);
    header.positionTitle = row.text(3);
    header.category = Person::categoryName(
        Person::categoryFromKey(row.text(4)).value_or(Person::Category::OtherStaff));
    header.grade = row.text(5);
    header.dutyStation = row.text(6);
    header.supervisorName = row.text(7);
    header.periodStart = row.date(8);
    header.periodEnd = row.date(9);
    if (!row.isNull(10))
        header.assignment = Wording::translate("Core::SummaryQueries", "%1, %2 to %3")
                                .arg(row.text(10), dateText(row.date(11)), dateText(row.date(12)));
    return header;
}

Status loadHeaders(const Database &database, const Scope &scope, Summaries &summaries)
{
    const QString unitName = UnitSettings(database).unitName();
    return eachRow(database, scope, headerSql, [&](const SqlStatement &row) {
        Summary summary;
        summary.header = readHeader(row);
        summary.header.unit = unitName;
        summaries.places.insert(summary.header.personId, summaries.list.size());
        summaries.list.append(summary);
    });
}

Status loadObjectives(const Database &database, const Scope &scope, Summaries &summaries)
{
    const Status status
        = eachRow(database, scope, plansSql + objectivesSql, [&](const SqlStatement &row) {
              Summary *summary = summaries.find(row.id(0));
              if (!summary)
                  return;
              Summary::ObjectiveLine line;
              line.objectiveId = row.id(1);
              const Objective::Kind kind
                  = Objective::kindFromKey(row.text(2)).value_or(Objective::Kind::Work);
              line.learning = kind == Objective::Kind::Learning;
              line.title = row.text(3);
              line.description = row.text(4);
              line.indicator = row.text(5);
              line.targetDate = row.date(6);
              line.evidence = row.text(7);
              line.plan = row.text(9);
              summary->objectives.append(line);
              summaries.objectiveInputs[row.id(0)].append(
                  { line.objectiveId, kind, row.isNull(8) ? -1 : row.integer(8) });
          });
    for (Summary &summary : summaries.list) {
        for (Summary::ObjectiveLine &line : summary.objectives)
            summaries.objectives.insert(line.objectiveId, &line);
    }
    return status;
}

Status loadActivities(const Database &database, const Scope &scope, Summaries &summaries)
{
    return eachRow(database, scope, plansSql + activitiesSql, [&](const SqlStatement &row) {
        const Activity::Status status
            = Activity::statusFromKey(row.text(3)).value_or(Activity::Status::Planned);
        summaries.activityInputs[row.id(0)].append(
            { row.id(1), row.id(2), status, row.isNull(4) ? -1 : row.integer(4) });
        // A cancelled activity is no longer part of the objective, as in its progress.
        Summary::ObjectiveLine *line = summaries.objectives.value(row.id(2));
        if (!line || status == Activity::Status::Cancelled)
            return;
        ++line->activities;
        if (status == Activity::Status::Completed)
            ++line->activitiesDone;
    });
}

void computeProgress(Summaries &summaries)
{
    for (Summary &summary : summaries.list) {
        const Id personId = summary.header.personId;
        const PlanProgress progress = PlanProgress::compute(
            summaries.objectiveInputs.value(personId), summaries.activityInputs.value(personId));
        for (Summary::ObjectiveLine &line : summary.objectives)
            line.percent = qRound(progress.objective(line.objectiveId));
    }
}

Status loadAchievements(const Database &database, const Scope &scope, Summaries &summaries)
{
    return eachRow(database, scope, plansSql + achievementsSql, [&](const SqlStatement &row) {
        if (Summary::ObjectiveLine *line = summaries.objectives.value(row.id(0)))
            line->achievements.append(
                { row.date(1), row.text(2), row.integer(3), row.text(4), row.text(5) });
    });
}

Status loadDeliverables(const Database &database, const Scope &scope, Summaries &summaries)
{
    QHash<Id, QStringList> versions;
    if (Status status = eachRow(database, scope, deliveredSql + versionsSql,
            [&](const SqlStatement &row) {
                const auto versionStatus = LanguageVersion::statusFromKey(row.text(2))
                                               .value_or(LanguageVersion::Status::Planned);
                versions[row.id(0)].append(
                    Wording::translate("Core::SummaryQueries", "%1 %2")
                        .arg(row.text(1), LanguageVersion::statusName(versionStatus).toLower()));
            });
        !status)
        return status;
    return eachRow(database, scope, deliveredSql + deliverablesSql, [&](const SqlStatement &row) {
        Summary *summary = summaries.find(row.id(0));
        if (!summary)
            return;
        Summary::DeliverableLine line;
        line.deliverableId = row.id(1);
        line.title = row.text(2);
        line.type = Deliverable::typeName(
            Deliverable::typeFromKey(row.text(3)).value_or(Deliverable::Type::Brief));
        line.status = Deliverable::statusName(
            Deliverable::statusFromKey(row.text(4)).value_or(Deliverable::Status::Cleared));
        line.dueDate = row.date(5);
        line.statusSince = row.date(6);
        line.versions = versions.value(line.deliverableId).join(QStringLiteral(", "));
        line.role = row.flag(7) ? Wording::translate("Core::SummaryQueries", "Owner")
                                : Wording::translate("Core::SummaryQueries", "Contributor");
        summary->deliverables.append(line);
    });
}

QString btoStatus(const Mission &mission, const QDate &today, int workingDays)
{
    if (mission.btoSubmittedOn.isValid())
        return Wording::translate("Core::SummaryQueries", "Submitted %1")
            .arg(dateText(mission.btoSubmittedOn));
    if (!mission.expectsBto(today))
        return Wording::translate("Core::SummaryQueries", "Not due");
    const QDate due = mission.btoDue(workingDays);
    if (mission.isBtoOverdue(today, workingDays))
        return Wording::translate("Core::SummaryQueries", "Overdue since %1")
            .arg(dateText(due.addDays(1)));
    return Wording::translate("Core::SummaryQueries", "Due %1").arg(dateText(due));
}

Status loadMissions(const Database &database, const Scope &scope, Summaries &summaries)
{
    const int workingDays = UnitSettings(database).btoWorkingDays();
    return eachRow(database, scope, missionsSql, [&](const SqlStatement &row) {
        Summary *summary = summaries.find(row.id(0));
        if (!summary)
            return;
        Mission mission;
        mission.kind = Mission::kindFromKey(row.text(3)).value_or(Mission::Kind::ProjectMission);
        mission.start = row.date(6);
        mission.end = row.date(7);
        mission.status = Mission::statusFromKey(row.text(8)).value_or(Mission::Status::Planned);
        mission.btoSubmittedOn = row.date(9);
        Summary::MissionLine line;
        line.missionId = row.id(1);
        line.purpose = row.text(2);
        line.kind = Mission::kindName(mission.kind);
        const QString country = Country::name(row.text(4));
        line.destination = row.text(5).isEmpty()
            ? country
            : Wording::translate("Core::SummaryQueries", "%1, %2").arg(row.text(5), country);
        line.start = mission.start;
        line.end = mission.end;
        const QDate from = qMax(mission.start, summary->header.periodStart);
        const QDate to = qMin(mission.end, summary->header.periodEnd);
        line.days = from > to ? 0 : int(from.daysTo(to)) + 1;
        line.status = Mission::statusName(mission.status);
        line.btoStatus = btoStatus(mission, scope.today, workingDays);
        summary->missions.append(line);
        summary->missionDays += line.days;
    });
}

Status loadCheckIns(const Database &database, const Scope &scope, Summaries &summaries)
{
    return eachRow(database, scope, checkInsSql, [&](const SqlStatement &row) {
        if (Summary *summary = summaries.find(row.id(0)))
            summary->checkIns.append({ row.date(1), row.text(2), row.integer(3), row.integer(4),
                row.integer(5), row.text(6) });
    });
}

Status loadReviews(const Database &database, const Scope &scope, Summaries &summaries)
{
    return eachRow(database, scope, reviewsSql, [&](const SqlStatement &row) {
        Summary *summary = summaries.find(row.id(0));
        if (!summary)
            return;
        ReviewRound round;
        round.submittedOn = row.date(3);
        round.reviewedOn = row.date(5);
        round.outcome
            = ReviewRound::outcomeFromKey(row.text(6)).value_or(ReviewRound::Outcome::Pending);
        // A draft still pending has waited until today, or until the cycle closed.
        const int waited = round.daysWaiting(qMin(scope.today, summary->header.periodEnd));
        summary->reviews.append({ row.text(1), row.text(2), round.submittedOn, row.text(4),
            round.reviewedOn, ReviewRound::outcomeName(round.outcome), qMax(0, waited) });
    });
}

Status loadAppraisals(const Database &database, const Scope &scope, Summaries &summaries)
{
    if (Status status = eachRow(database, scope, appraisalsSql,
            [&](const SqlStatement &row) {
                Summary *summary = summaries.find(row.id(0));
                if (!summary)
                    return;
                Summary::AppraisalPart &part = summary->appraisal;
                summary->hasAppraisal = true;
                part.stage = Appraisal::stageName(
                    Appraisal::stageFromKey(row.text(1)).value_or(Appraisal::Stage::ObjectivesSet));
                part.objectivesSetOn = row.date(2);
                part.midTermOn = row.date(3);
                part.midTermNotes = row.text(4);
                part.supervisorComments = row.text(5);
                part.staffComments = row.text(6);
                part.supervisorAcknowledgedOn = row.date(7);
                part.staffAcknowledgedOn = row.date(8);
                part.locked
                    = part.supervisorAcknowledgedOn.isValid() && part.staffAcknowledgedOn.isValid();
            });
        !status)
        return status;
    return eachRow(database, scope, ratingsSql, [&](const SqlStatement &row) {
        if (Summary *summary = summaries.find(row.id(0)))
            summary->appraisal.ratings.append(
                { row.text(4), row.flag(1), row.text(5), row.text(6) });
    });
}

using Loader = Status (*)(const Database &, const Scope &, Summaries &);

// One statement per section (two for deliverables and for appraisals, one for the BTO
// setting): twelve in all, whatever the number of people.
Result<QList<Summary>> load(const Database &database, const Scope &scope)
{
    Summaries summaries;
    const Loader loaders[] = { loadHeaders, loadObjectives, loadActivities, loadAchievements,
        loadDeliverables, loadMissions, loadCheckIns, loadReviews, loadAppraisals };
    for (Loader loader : loaders) {
        if (Status status = loader(database, scope, summaries); !status)
            return status.error().withContext(
                SummaryQueries::tr("Reading the performance summaries"));
    }
    computeProgress(summaries);
    return summaries.list;
}

} // namespace

SummaryQueries::SummaryQueries(const Database &database) : m_database(database) { }

// A summary carries the person's appraisal and check-ins: it is seen by those who see them.
Status SummaryQueries::checkMaySee(Id personId) const
{
    const auto &actor = m_database.actor();
    if (!actor || actor->role == Actor::Role::UnitHead || actor->personId == personId)
        return {};
    SqlStatement supervisor(
        m_database, QStringLiteral("SELECT supervisor_id FROM person WHERE id = :person"));
    supervisor.bindId(QStringLiteral(":person"), personId);
    if (Status status = supervisor.exec(); !status)
        return status;
    if (supervisor.next() && actor->maySeeConfidential(personId, supervisor.id(0)))
        return {};
    return Error(Error::Code::Forbidden,
        tr("A performance summary is seen by the person, their supervisor and the unit head "
           "only."));
}

Result<PerformanceSummary> SummaryQueries::forPerson(
    Id personId, int year, const QDate &today) const
{
    if (personId == 0)
        return Error::notFound(tr("No person was named for the summary."));
    if (Status status = checkMaySee(personId); !status)
        return status.error();
    auto summaries = load(m_database, { personId, year, today });
    if (!summaries)
        return summaries.error();
    if (summaries.value().isEmpty())
        return Error::notFound(tr("No person with id %1 is recorded in this unit.").arg(personId));
    return summaries.value().constFirst();
}

Result<QList<PerformanceSummary>> SummaryQueries::forUnit(int year, const QDate &today) const
{
    if (const auto &actor = m_database.actor(); actor && actor->role != Actor::Role::UnitHead)
        return Error(Error::Code::Forbidden,
            tr("The summaries of the whole unit are the unit head's to export; you may export "
               "your own and those of the people you supervise."));
    auto summaries = load(m_database, { 0, year, today });
    if (!summaries)
        return summaries;
    summaries.value().removeIf([](const PerformanceSummary &summary) { return summary.isEmpty(); });
    return summaries;
}

} // namespace Core
