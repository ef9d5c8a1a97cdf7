#include "appraisalrepository.h"

#include "appraisalscalelist.h"
#include "childrows.h"
#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QHash>

namespace Core {

namespace {

const QString appraisalColumns = QStringLiteral(
    "appraisal.id, appraisal.person_id, appraisal.supervisor_id, appraisal.period_start, "
    "appraisal.period_end, appraisal.stage, appraisal.objectives_set_on, appraisal.mid_term_on, "
    "appraisal.mid_term_notes, appraisal.supervisor_comments, appraisal.staff_comments, "
    "appraisal.supervisor_acknowledged_on, appraisal.staff_acknowledged_on");

Appraisal readAppraisal(const SqlStatement &row)
{
    Appraisal appraisal;
    appraisal.id = row.id(0);
    appraisal.personId = row.id(1);
    appraisal.supervisorId = row.id(2);
    appraisal.periodStart = row.date(3);
    appraisal.periodEnd = row.date(4);
    appraisal.stage
        = Appraisal::stageFromKey(row.text(5)).value_or(Appraisal::Stage::ObjectivesSet);
    appraisal.objectivesSetOn = row.date(6);
    appraisal.midTermOn = row.date(7);
    appraisal.midTermNotes = row.text(8);
    appraisal.supervisorComments = row.text(9);
    appraisal.staffComments = row.text(10);
    appraisal.supervisorAcknowledgedOn = row.date(11);
    appraisal.staffAcknowledgedOn = row.date(12);
    return appraisal;
}

QString subjectKey(AppraisalRating::Subject subject)
{
    return subject == AppraisalRating::Subject::Objective ? QStringLiteral("objective")
                                                          : QStringLiteral("competency");
}

// Appraisals matching `where` (a fixed condition of this file binding :value) with objectives
// and ratings, in three queries.
Result<QList<Appraisal>> loadAppraisals(const Database &database, const QString &where, Id value)
{
    // `where` is a fixed fragment of this file; values are bound.
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM appraisal WHERE %2 ORDER BY appraisal.period_start DESC, "
                       "appraisal.id DESC")
            .arg(appraisalColumns, where));
    query.bind(QStringLiteral(":value"), value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Appraisal> appraisals;
    while (query.next())
        appraisals.append(readAppraisal(query));

    QHash<Id, QList<Id>> objectives;
    SqlStatement links(database,
        QStringLiteral("SELECT link.appraisal_id, link.objective_id FROM appraisal_objective AS "
                       "link JOIN appraisal ON appraisal.id = link.appraisal_id WHERE %1 ORDER "
                       "BY link.objective_id")
            .arg(where));
    links.bind(QStringLiteral(":value"), value);
    if (Status status = links.exec(); !status)
        return status.error();
    while (links.next())
        objectives[links.id(0)].append(links.id(1));

    QHash<Id, QList<AppraisalRating>> ratings;
    SqlStatement rated(database,
        QStringLiteral("SELECT rating.appraisal_id, rating.subject, rating.subject_id, "
                       "rating.level_id, rating.comment FROM appraisal_rating AS rating JOIN "
                       "appraisal ON appraisal.id = rating.appraisal_id WHERE %1 ORDER BY "
                       "rating.subject DESC, rating.subject_id")
            .arg(where));
    rated.bind(QStringLiteral(":value"), value);
    if (Status status = rated.exec(); !status)
        return status.error();
    while (rated.next()) {
        const auto subject = rated.text(1) == QLatin1String("objective")
            ? AppraisalRating::Subject::Objective
            : AppraisalRating::Subject::Competency;
        ratings[rated.id(0)].append({ subject, rated.id(2), rated.id(3), rated.text(4) });
    }
    for (Appraisal &appraisal : appraisals) {
        appraisal.objectiveIds = objectives.value(appraisal.id);
        appraisal.ratings = ratings.value(appraisal.id);
    }
    return appraisals;
}

// Only the objectives that came or went are written.
Status writeObjectives(const Database &database, Id appraisalId, const QList<Id> &objectiveIds)
{
    const Status written = ChildRows(QStringLiteral("appraisal_objective"),
        { { QStringLiteral("appraisal_id"), appraisalId } }, { QStringLiteral("objective_id") })
                               .write(database, ChildRows::rowsOf(objectiveIds));
    if (!written)
        return Error::validation(AppraisalRepository::tr("An appraised objective no longer "
                                                         "exists."),
            QStringLiteral("objectives"));
    return {};
}

// Every column set this way holds text: notes, comments and ISO dates.
Status setColumns(const Database &database, Id appraisalId, const QString &assignments,
    const QList<QPair<QString, QString>> &values)
{
    // `assignments` is a fixed SET list of this file; values are bound.
    SqlStatement update(
        database, QStringLiteral("UPDATE appraisal SET %1 WHERE id = :id").arg(assignments));
    for (const auto &[placeholder, value] : values)
        update.bindText(placeholder, value);
    update.bind(QStringLiteral(":id"), appraisalId);
    return update.exec();
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

AppraisalRepository::AppraisalRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<AppraisalScaleItem>> AppraisalRepository::ratingScale() const
{
    return AppraisalScaleList(m_database, AppraisalScaleList::Kind::RatingScale).items();
}

Result<QList<AppraisalScaleItem>> AppraisalRepository::competencies() const
{
    return AppraisalScaleList(m_database, AppraisalScaleList::Kind::Competencies).items();
}

Status AppraisalRepository::setRatingScale(const QList<AppraisalScaleItem> &levels)
{
    return replaceList(AppraisalScaleList::Kind::RatingScale, levels);
}

Status AppraisalRepository::setCompetencies(const QList<AppraisalScaleItem> &competencies)
{
    return replaceList(AppraisalScaleList::Kind::Competencies, competencies);
}

Status AppraisalRepository::replaceList(
    AppraisalScaleList::Kind kind, const QList<AppraisalScaleItem> &items)
{
    if (Status status = AppraisalScaleList(m_database, kind).replace(items); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<QList<Appraisal>> AppraisalRepository::forPerson(Id personId) const
{
    return visibleToActor(
        loadAppraisals(m_database, QStringLiteral("appraisal.person_id = :value"), personId));
}

Result<Appraisal> AppraisalRepository::find(Id id) const
{
    auto appraisals
        = visibleToActor(loadAppraisals(m_database, QStringLiteral("appraisal.id = :value"), id));
    if (!appraisals)
        return appraisals.error();
    if (appraisals.value().isEmpty())
        return Error::notFound(tr("The appraisal no longer exists."));
    return appraisals.value().first();
}

Result<QList<Appraisal>> AppraisalRepository::visibleToActor(
    Result<QList<Appraisal>> appraisals) const
{
    const auto &actor = m_database.actor();
    if (!appraisals || !actor)
        return appraisals;
    for (Appraisal &appraisal : appraisals.value()) {
        if (!actor->maySeeConfidential(appraisal.personId, appraisal.supervisorId))
            return Error(Error::Code::Forbidden,
                tr("Appraisals are confidential: only the person appraised, their appraising "
                   "supervisor and the unit head see them."));
        // The supervisor's ratings are a draft until the supervisor signs them: the person
        // appraised sees them once shared, not while they are still being weighed.
        if (actor->personId == appraisal.personId
            && !appraisal.supervisorAcknowledgedOn.isValid()) {
            appraisal.ratings.clear();
            appraisal.supervisorComments.clear();
        }
    }
    return appraisals;
}

Result<Appraisal> AppraisalRepository::open(const Appraisal &appraisal, Id actorId)
{
    if (Error error = appraisal.validate(); error.isError())
        return error;
    if (Status status = m_database.checkActingAs(actorId); !status)
        return status.error();
    if (actorId != appraisal.supervisorId)
        return Error::validation(
            tr("The supervisor opens the appraisal cycle."), QStringLiteral("supervisor"));
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    SqlStatement overlap(m_database,
        QStringLiteral("SELECT period_start, period_end FROM appraisal WHERE person_id = "
                       ":person AND period_start <= :end AND period_end >= :start LIMIT 1"));
    overlap.bind(QStringLiteral(":person"), appraisal.personId)
        .bindDate(QStringLiteral(":start"), appraisal.periodStart)
        .bindDate(QStringLiteral(":end"), appraisal.periodEnd);
    if (Status status = overlap.exec(); !status)
        return status.error();
    if (overlap.next())
        return Error::conflict(tr("An appraisal cycle from %1 to %2 already covers that period.")
                                   .arg(overlap.text(0), overlap.text(1)),
            QStringLiteral("periodStart"));
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO appraisal (person_id, supervisor_id, period_start, "
                       "period_end, stage, objectives_set_on) VALUES (:person, :supervisor, "
                       ":start, :end, 'objectives_set', :set) RETURNING id"));
    insert.bind(QStringLiteral(":person"), appraisal.personId)
        .bind(QStringLiteral(":supervisor"), appraisal.supervisorId)
        .bindDate(QStringLiteral(":start"), appraisal.periodStart)
        .bindDate(QStringLiteral(":end"), appraisal.periodEnd)
        .bindDate(QStringLiteral(":set"), appraisal.objectivesSetOn);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Opening the appraisal cycle"));
    const Id id = insert.insertedId();
    if (Status status = writeObjectives(m_database, id, appraisal.objectiveIds); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(id);
}

Result<Appraisal> AppraisalRepository::openForWrite(
    Id appraisalId, Id actorId, bool supervisorSide) const
{
    if (Status status = m_database.checkActingAs(actorId); !status)
        return status.error();
    auto appraisal = find(appraisalId);
    if (!appraisal)
        return appraisal;
    if (appraisal.value().isLocked())
        return Error::validation(tr("Both sides have acknowledged this appraisal; it is locked "
                                    "and stays as signed."));
    const Id side = supervisorSide ? appraisal.value().supervisorId : appraisal.value().personId;
    if (actorId != side)
        return Error::validation(supervisorSide
                ? tr("Only the supervisor writes this part of the appraisal.")
                : tr("Only the staff member writes this part of the appraisal."),
            QStringLiteral("author"));
    return appraisal;
}

Status AppraisalRepository::setObjectives(Id appraisalId, Id actorId, const QList<Id> &objectiveIds)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto appraisal = openForWrite(appraisalId, actorId, true);
    if (!appraisal)
        return appraisal.error();
    if (appraisal.value().stage == Appraisal::Stage::EndOfCycle)
        return Error::validation(tr("The end-of-cycle appraisal has begun; its objectives stay "
                                    "as set."),
            QStringLiteral("objectives"));
    if (Status status = writeObjectives(m_database, appraisalId, objectiveIds); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AppraisalRepository::recordMidTerm(
    Id appraisalId, Id actorId, const QDate &heldOn, const QString &notes)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto appraisal = openForWrite(appraisalId, actorId, true);
    if (!appraisal)
        return appraisal.error();
    if (appraisal.value().stage != Appraisal::Stage::ObjectivesSet)
        return Error::validation(tr("The mid-term review has already been recorded."));
    if (!heldOn.isValid() || heldOn < appraisal.value().objectivesSetOn)
        return Error::validation(tr("The mid-term review comes after the objectives are set "
                                    "(%1).")
                                     .arg(iso(appraisal.value().objectivesSetOn)),
            QStringLiteral("midTermOn"));
    if (Status status = setColumns(m_database, appraisalId,
            QStringLiteral("stage = 'mid_term', mid_term_on = :on, mid_term_notes = :notes"),
            { { QStringLiteral(":on"), iso(heldOn) },
                { QStringLiteral(":notes"), notes.trimmed() } });
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AppraisalRepository::startEndOfCycle(Id appraisalId, Id actorId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto appraisal = openForWrite(appraisalId, actorId, true);
    if (!appraisal)
        return appraisal.error();
    if (appraisal.value().stage != Appraisal::Stage::MidTerm)
        return Error::validation(tr("Hold the mid-term review before the end-of-cycle "
                                    "appraisal."));
    if (Status status
        = setColumns(m_database, appraisalId, QStringLiteral("stage = 'end_of_cycle'"), {});
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AppraisalRepository::setSupervisorPart(
    Id appraisalId, Id actorId, const QList<AppraisalRating> &ratings, const QString &comments)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto appraisal = openForWrite(appraisalId, actorId, true);
    if (!appraisal)
        return appraisal.error();
    if (appraisal.value().stage != Appraisal::Stage::EndOfCycle)
        return Error::validation(tr("Ratings are given at the end-of-cycle appraisal."));
    if (appraisal.value().supervisorAcknowledgedOn.isValid())
        return Error::validation(tr("You have acknowledged your part; it stays as signed."));
    QList<QVariantList> rows;
    for (const AppraisalRating &rating : ratings) {
        if (rating.subject == AppraisalRating::Subject::Objective
            && !appraisal.value().objectiveIds.contains(rating.subjectId))
            return Error::validation(
                tr("A rated objective is not one of this cycle's."), QStringLiteral("ratings"));
        rows << QVariantList { subjectKey(rating.subject), rating.subjectId, rating.levelId,
            rating.comment.trimmed() };
    }
    // Only the ratings given, changed or withdrawn are written.
    if (Status status = ChildRows(QStringLiteral("appraisal_rating"),
            { { QStringLiteral("appraisal_id"), appraisalId } },
            { QStringLiteral("subject"), QStringLiteral("subject_id") },
            { QStringLiteral("level_id"), QStringLiteral("comment") })
                            .write(m_database, rows);
        !status)
        return Error::validation(tr("A rating names a level or competency the unit does "
                                    "not have."),
            QStringLiteral("ratings"));
    if (Status status
        = setColumns(m_database, appraisalId, QStringLiteral("supervisor_comments = :comments"),
            { { QStringLiteral(":comments"), comments.trimmed() } });
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AppraisalRepository::setStaffPart(Id appraisalId, Id actorId, const QString &comments)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto appraisal = openForWrite(appraisalId, actorId, false);
    if (!appraisal)
        return appraisal.error();
    if (appraisal.value().stage != Appraisal::Stage::EndOfCycle)
        return Error::validation(tr("Comments are written at the end-of-cycle appraisal."));
    if (Status status
        = setColumns(m_database, appraisalId, QStringLiteral("staff_comments = :comments"),
            { { QStringLiteral(":comments"), comments.trimmed() } });
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AppraisalRepository::acknowledge(Id appraisalId, Id actorId, const QDate &on)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto appraisal = find(appraisalId);
    if (!appraisal)
        return appraisal.error();
    const Appraisal &current = appraisal.value();
    const bool bySupervisor = actorId == current.supervisorId;
    auto writable = openForWrite(appraisalId, actorId, bySupervisor);
    if (!writable)
        return writable.error();
    if (current.stage != Appraisal::Stage::EndOfCycle)
        return Error::validation(tr("The appraisal is acknowledged at the end of the cycle."));
    if (!on.isValid())
        return Error::validation(tr("Say on which date you acknowledge."), QStringLiteral("date"));
    if (bySupervisor) {
        auto competencyList = competencies();
        if (!competencyList)
            return competencyList.error();
        const int expected = int(current.objectiveIds.size() + competencyList.value().size());
        if (current.ratings.size() < expected)
            return Error::validation(tr("Rate every objective and competency before "
                                        "acknowledging (%1 of %2 rated).")
                                         .arg(current.ratings.size())
                                         .arg(expected),
                QStringLiteral("ratings"));
    } else if (!current.supervisorAcknowledgedOn.isValid()) {
        return Error::validation(tr("The supervisor acknowledges first; your acknowledgement "
                                    "confirms you have seen the ratings."));
    }
    if (Status status = setColumns(m_database, appraisalId,
            bySupervisor ? QStringLiteral("supervisor_acknowledged_on = :on")
                         : QStringLiteral("staff_acknowledged_on = :on"),
            { { QStringLiteral(":on"), iso(on) } });
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<QList<ObjectiveEvidence>> AppraisalRepository::evidence(Id appraisalId) const
{
    SqlStatement query(m_database,
        QStringLiteral(
            "SELECT objective.id, objective.title, (SELECT count(*) FROM progress_entry WHERE "
            "progress_entry.objective_id = objective.id AND progress_entry.entry_date BETWEEN "
            "appraisal.period_start AND appraisal.period_end), (SELECT count(*) FROM "
            "deliverable_objective JOIN deliverable ON deliverable.id = "
            "deliverable_objective.deliverable_id WHERE deliverable_objective.objective_id = "
            "objective.id AND deliverable.status IN ('cleared', 'delivered') AND "
            "deliverable.status_since BETWEEN appraisal.period_start AND appraisal.period_end), "
            "(SELECT count(DISTINCT mission.id) FROM deliverable_objective JOIN "
            "mission_deliverable ON mission_deliverable.deliverable_id = "
            "deliverable_objective.deliverable_id JOIN mission ON mission.id = "
            "mission_deliverable.mission_id WHERE deliverable_objective.objective_id = "
            "objective.id AND mission.status = 'completed' AND mission.end_date BETWEEN "
            "appraisal.period_start AND appraisal.period_end) FROM appraisal JOIN "
            "appraisal_objective ON appraisal_objective.appraisal_id = appraisal.id JOIN "
            "objective ON objective.id = appraisal_objective.objective_id WHERE appraisal.id = "
            ":id ORDER BY objective.position, objective.id"));
    query.bind(QStringLiteral(":id"), appraisalId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ObjectiveEvidence> evidence;
    while (query.next())
        evidence.append(
            { query.id(0), query.text(1), query.integer(2), query.integer(3), query.integer(4) });
    return evidence;
}

Result<QList<AppraisalDue>> AppraisalRepository::due(const QDate &today) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT appraisal.id, appraisal.person_id, person.name, appraisal.stage, "
                       "appraisal.period_start, appraisal.period_end, appraisal.supervisor_id "
                       "FROM appraisal JOIN person "
                       "ON person.id = appraisal.person_id WHERE "
                       "appraisal.staff_acknowledged_on IS NULL ORDER BY appraisal.period_end"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AppraisalDue> due;
    while (query.next()) {
        Appraisal appraisal;
        appraisal.periodStart = query.date(4);
        appraisal.periodEnd = query.date(5);
        const auto stage = Appraisal::stageFromKey(query.text(3));
        // The mid-term review falls due at the middle of the cycle, the end-of-cycle
        // appraisal a month before its end.
        if (stage == Appraisal::Stage::ObjectivesSet && today >= appraisal.midPoint())
            due.append({ query.id(0), query.id(1), query.text(2), Appraisal::Stage::MidTerm,
                appraisal.midPoint(), query.id(6) });
        else if (stage != Appraisal::Stage::ObjectivesSet
            && today >= appraisal.periodEnd.addDays(-30))
            due.append({ query.id(0), query.id(1), query.text(2), Appraisal::Stage::EndOfCycle,
                appraisal.periodEnd, query.id(6) });
    }
    return due;
}

} // namespace Core
