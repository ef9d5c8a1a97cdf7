#include "supervisionqueries.h"

#include "../planprogress.h"
#include "database.h"
#include "rowreader.h"
#include "sqlstatement.h"

#include <QHash>

namespace Core {

namespace {

// Each supervisee in scope with the plan they work to now (see WorkPlanRepository::current).
const QString currentPlans = QStringLiteral(
    "WITH current_plan AS (SELECT person.id AS person_id, (SELECT work_plan.id FROM work_plan "
    "WHERE work_plan.person_id = person.id AND work_plan.status <> 'closed' ORDER BY CASE "
    "work_plan.status WHEN 'active' THEN 0 WHEN 'agreed' THEN 1 ELSE 2 END, "
    "work_plan.period_start DESC, work_plan.id DESC LIMIT 1) AS plan_id FROM person WHERE "
    "person.supervisor_id IS NOT NULL AND (:supervisor = 0 OR person.supervisor_id = "
    ":supervisor)) ");

// Bounds that stand for "no bound" in a date range, as ISO text compares.
const QDate earliest(1, 1, 1);
const QDate latest(9999, 12, 31);

struct PlanActivity
{
    PlanProgress::ActivityInput input;
    QDate due;
    QString title;
};

struct PlanInputs
{
    QList<PlanProgress::ObjectiveInput> objectives;
    QList<PlanActivity> activities;
};

Status loadObjectives(const Database &database, Id supervisorId, QHash<Id, PlanInputs> &plans)
{
    // Our own constant fragments are spliced; every value is bound.
    SqlStatement query(database,
        currentPlans
            + QStringLiteral("SELECT objective.plan_id, objective.id, objective.kind, %1 FROM "
                             "objective WHERE objective.plan_id IN (SELECT plan_id FROM "
                             "current_plan)")
                  .arg(RowReader::latestObjectivePercent));
    query.bind(QStringLiteral(":supervisor"), supervisorId);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        plans[query.id(0)].objectives.append(
            { query.id(1), Objective::kindFromKey(query.text(2)).value_or(Objective::Kind::Work),
                query.isNull(3) ? -1 : query.integer(3) });
    }
    return {};
}

Status loadActivities(const Database &database, Id supervisorId, QHash<Id, PlanInputs> &plans)
{
    SqlStatement query(database,
        currentPlans
            + QStringLiteral("SELECT objective.plan_id, activity.id, activity.objective_id, "
                             "activity.status, activity.due_date, activity.title, %1 FROM "
                             "activity JOIN objective ON objective.id = activity.objective_id "
                             "WHERE objective.plan_id IN (SELECT plan_id FROM current_plan)")
                  .arg(RowReader::latestActivityPercent));
    query.bind(QStringLiteral(":supervisor"), supervisorId);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        PlanActivity activity;
        activity.input = { query.id(1), query.id(2),
            Activity::statusFromKey(query.text(3)).value_or(Activity::Status::Planned),
            query.isNull(6) ? -1 : query.integer(6) };
        activity.due = query.date(4);
        activity.title = query.text(5);
        plans[query.id(0)].activities.append(activity);
    }
    return {};
}

void summarise(SupervisionRow &row, const PlanInputs &inputs, const QDate &today)
{
    QList<PlanProgress::ActivityInput> activityInputs;
    for (const PlanActivity &activity : inputs.activities) {
        activityInputs.append(activity.input);
        const bool open = activity.input.status == Activity::Status::Planned
            || activity.input.status == Activity::Status::InProgress;
        if (!open)
            continue;
        if (activity.due < today)
            ++row.overdueActivities;
        else if (!row.nextDeadline.isValid() || activity.due < row.nextDeadline) {
            row.nextDeadline = activity.due;
            row.nextDeadlineTitle = activity.title;
        }
    }
    const PlanProgress progress = PlanProgress::compute(inputs.objectives, activityInputs);
    row.progress = progress.work();
    row.learningProgress = progress.learning();
    row.hasLearning = progress.hasLearning();
}

SupervisionRow readRow(const SqlStatement &query)
{
    SupervisionRow row;
    row.personId = query.id(0);
    row.name = query.text(1);
    row.category = Person::categoryFromKey(query.text(2)).value_or(Person::Category::OtherStaff);
    row.positionTitle = query.text(3);
    row.supervisorId = query.id(4);
    row.supervisorName = query.text(5);
    row.planId = query.id(6);
    row.planTitle = query.text(7);
    row.planStatus = WorkPlan::statusFromKey(query.text(8)).value_or(WorkPlan::Status::Draft);
    row.planRevision = query.integer(9);
    row.lastProgressOn = query.date(10);
    row.assignmentEnd = query.date(11);
    return row;
}

} // namespace

SupervisionQueries::SupervisionQueries(const Database &database) : m_database(database) { }

Result<QList<SupervisionRow>> SupervisionQueries::overview(
    const QDate &today, Id supervisorId) const
{
    SqlStatement query(m_database,
        currentPlans
            + QStringLiteral(
                "SELECT person.id, person.name, person.category, person.position_title, "
                "person.supervisor_id, boss.name, work_plan.id, work_plan.title, "
                "work_plan.status, work_plan.revision, (SELECT max(progress_entry.entry_date) "
                "FROM progress_entry JOIN objective ON objective.id = "
                "progress_entry.objective_id WHERE objective.plan_id = work_plan.id), "
                "(SELECT assignment.end_date FROM assignment WHERE assignment.person_id = "
                "person.id ORDER BY CASE WHEN assignment.start_date <= :today AND "
                "assignment.end_date >= :today THEN 0 WHEN assignment.end_date < :today THEN 1 "
                "ELSE 2 END, CASE WHEN assignment.end_date < :today THEN assignment.end_date END "
                "DESC, assignment.start_date LIMIT 1) FROM current_plan JOIN person ON "
                "person.id = current_plan.person_id LEFT JOIN person AS boss ON boss.id = "
                "person.supervisor_id LEFT JOIN work_plan ON work_plan.id = current_plan.plan_id "
                "ORDER BY person.name COLLATE NOCASE, person.id"));
    query.bind(QStringLiteral(":supervisor"), supervisorId)
        .bindDate(QStringLiteral(":today"), today);
    auto rows = RowReader::all<SupervisionRow>(query, &readRow);
    if (!rows)
        return rows;

    QHash<Id, PlanInputs> plans;
    if (Status status = loadObjectives(m_database, supervisorId, plans); !status)
        return status.error();
    if (Status status = loadActivities(m_database, supervisorId, plans); !status)
        return status.error();
    for (SupervisionRow &row : rows.value()) {
        if (row.planId != 0)
            summarise(row, plans.value(row.planId), today);
    }
    return rows;
}

Result<QList<Deadline>> SupervisionQueries::overdue(const QDate &today, Id personId) const
{
    return deadlines(earliest, today.addDays(-1), personId);
}

Result<QList<Deadline>> SupervisionQueries::dueWithin(
    const QDate &today, int days, Id personId) const
{
    return deadlines(today, today.addDays(days), personId);
}

Result<QList<Deadline>> SupervisionQueries::openActivities(Id personId) const
{
    return deadlines(earliest, latest, personId);
}

Result<QList<Deadline>> SupervisionQueries::deadlines(
    const QDate &from, const QDate &to, Id personId) const
{
    SqlStatement query(m_database,
        QStringLiteral(
            "SELECT activity.id, activity.objective_id, objective.plan_id, person.id, "
            "person.name, objective.title, activity.title, activity.due_date, activity.status, "
            "coalesce(%1, 0) FROM activity JOIN objective ON objective.id = "
            "activity.objective_id JOIN work_plan ON work_plan.id = objective.plan_id JOIN "
            "person ON person.id = work_plan.person_id WHERE activity.status IN ('planned', "
            "'in_progress') AND activity.due_date >= :from AND activity.due_date <= :to AND "
            "work_plan.status <> 'closed' AND (:person = 0 OR work_plan.person_id = :person) "
            "ORDER BY activity.due_date, person.name, activity.id")
            .arg(RowReader::latestActivityPercent));
    query.bindDate(QStringLiteral(":from"), from)
        .bindDate(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":person"), personId);
    return RowReader::all<Deadline>(query, [](const SqlStatement &row) {
        Deadline deadline;
        deadline.activityId = row.id(0);
        deadline.objectiveId = row.id(1);
        deadline.planId = row.id(2);
        deadline.personId = row.id(3);
        deadline.personName = row.text(4);
        deadline.objectiveTitle = row.text(5);
        deadline.activityTitle = row.text(6);
        deadline.dueDate = row.date(7);
        deadline.status = Activity::statusFromKey(row.text(8)).value_or(Activity::Status::Planned);
        deadline.latestPercent = row.integer(9);
        return deadline;
    });
}

Result<QList<EndingAssignment>> SupervisionQueries::contractsEnding(
    const QDate &today, int days) const
{
    // An assignment already followed by a later one (a renewal) is no longer a concern.
    SqlStatement query(m_database,
        QStringLiteral("SELECT assignment.id, person.id, person.name, assignment.title, "
                       "assignment.end_date, assignment.renewable FROM assignment JOIN person "
                       "ON person.id = assignment.person_id WHERE assignment.end_date >= :from "
                       "AND assignment.end_date <= :to AND NOT EXISTS (SELECT 1 FROM assignment "
                       "AS later WHERE later.person_id = assignment.person_id AND "
                       "later.end_date > assignment.end_date) ORDER BY assignment.end_date, "
                       "person.name"));
    query.bindDate(QStringLiteral(":from"), today)
        .bindDate(QStringLiteral(":to"), today.addDays(days));
    return RowReader::all<EndingAssignment>(query, [](const SqlStatement &row) {
        return EndingAssignment { row.id(0), row.id(1), row.text(2), row.text(3), row.date(4),
            row.flag(5) };
    });
}

} // namespace Core
