#include "rowreader.h"

#include "database.h"

#include <QCoreApplication>

namespace Core {

// These column lists are our own constants, spliced into SQL text with arg(); values are always
// bound, never spliced.
const QString RowReader::personColumns = QStringLiteral(
    "person.id, person.name, person.email, person.position_title, person.category, person.grade, "
    "person.duty_station, person.languages, person.supervisor_id");
const QString RowReader::assignmentColumns = QStringLiteral(
    "assignment.id, assignment.person_id, assignment.type, assignment.title, "
    "assignment.start_date, assignment.end_date, assignment.renewable, assignment.sponsor, "
    "assignment.funding");
const QString RowReader::planColumns = QStringLiteral(
    "work_plan.id, work_plan.person_id, work_plan.assignment_id, work_plan.title, "
    "work_plan.period_start, work_plan.period_end, work_plan.status, work_plan.revision, "
    "work_plan.agreed_on, work_plan.agreed_by_supervisor_id");
const QString RowReader::objectiveColumns = QStringLiteral(
    "objective.id, objective.plan_id, objective.kind, objective.title, objective.description, "
    "objective.indicator, objective.target_date, objective.strategy_objective_id, "
    "objective.evidence, objective.position");
const QString RowReader::activityColumns = QStringLiteral(
    "activity.id, activity.objective_id, activity.title, activity.due_date, activity.status, "
    "activity.position");
const QString RowReader::progressColumns
    = QStringLiteral("progress_entry.id, progress_entry.objective_id, progress_entry.activity_id, "
                     "progress_entry.author_id, progress_entry.entry_date, progress_entry.percent, "
                     "progress_entry.text, progress_entry.blockers, progress_entry.recorded_at");

const QString RowReader::latestActivityPercent = QStringLiteral(
    "(SELECT progress_entry.percent FROM progress_entry WHERE progress_entry.activity_id = "
    "activity.id ORDER BY progress_entry.entry_date DESC, progress_entry.id DESC LIMIT 1)");
const QString RowReader::latestObjectivePercent = QStringLiteral(
    "(SELECT progress_entry.percent FROM progress_entry WHERE progress_entry.objective_id = "
    "objective.id AND progress_entry.activity_id IS NULL ORDER BY progress_entry.entry_date "
    "DESC, progress_entry.id DESC LIMIT 1)");

Person RowReader::person(const SqlStatement &row)
{
    Person person;
    person.id = row.id(0);
    person.name = row.text(1);
    person.email = row.text(2);
    person.positionTitle = row.text(3);
    person.category = Person::categoryFromKey(row.text(4)).value_or(Person::Category::OtherStaff);
    person.grade = row.text(5);
    person.dutyStation = row.text(6);
    person.languages = row.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
    person.supervisorId = row.id(8);
    return person;
}

Assignment RowReader::assignment(const SqlStatement &row)
{
    Assignment assignment;
    assignment.id = row.id(0);
    assignment.personId = row.id(1);
    assignment.type = Assignment::typeFromKey(row.text(2)).value_or(Assignment::Type::FixedTerm);
    assignment.title = row.text(3);
    assignment.start = row.date(4);
    assignment.end = row.date(5);
    assignment.renewable = row.flag(6);
    assignment.sponsor = row.text(7);
    assignment.funding = row.text(8);
    return assignment;
}

WorkPlan RowReader::plan(const SqlStatement &row)
{
    WorkPlan plan;
    plan.id = row.id(0);
    plan.personId = row.id(1);
    plan.assignmentId = row.id(2);
    plan.title = row.text(3);
    plan.periodStart = row.date(4);
    plan.periodEnd = row.date(5);
    plan.status = WorkPlan::statusFromKey(row.text(6)).value_or(WorkPlan::Status::Draft);
    plan.revision = row.integer(7);
    plan.agreedOn = row.date(8);
    plan.agreedBySupervisorId = row.id(9);
    return plan;
}

Objective RowReader::objective(const SqlStatement &row)
{
    Objective objective;
    objective.id = row.id(0);
    objective.planId = row.id(1);
    objective.kind = Objective::kindFromKey(row.text(2)).value_or(Objective::Kind::Work);
    objective.title = row.text(3);
    objective.description = row.text(4);
    objective.indicator = row.text(5);
    objective.targetDate = row.date(6);
    objective.strategyObjectiveId = row.id(7);
    objective.evidence = row.text(8);
    objective.position = row.integer(9);
    return objective;
}

Activity RowReader::activity(const SqlStatement &row)
{
    Activity activity;
    activity.id = row.id(0);
    activity.objectiveId = row.id(1);
    activity.title = row.text(2);
    activity.dueDate = row.date(3);
    activity.status = Activity::statusFromKey(row.text(4)).value_or(Activity::Status::Planned);
    activity.position = row.integer(5);
    return activity;
}

ProgressEntry RowReader::progress(const SqlStatement &row)
{
    ProgressEntry entry;
    entry.id = row.id(0);
    entry.objectiveId = row.id(1);
    entry.activityId = row.id(2);
    entry.authorId = row.id(3);
    entry.date = row.date(4);
    entry.percent = row.integer(5);
    entry.text = row.text(6);
    entry.blockers = row.text(7);
    entry.recordedAt = row.instant(8);
    return entry;
}

Result<WorkPlan> RowReader::planById(const Database &database, Id planId)
{
    // %1 is a fixed column list of ours; the id is bound.
    SqlStatement query(
        database, QStringLiteral("SELECT %1 FROM work_plan WHERE id = :id").arg(planColumns));
    query.bind(QStringLiteral(":id"), planId);
    return one<WorkPlan>(query, &RowReader::plan, tr("The work plan no longer exists."));
}

Result<Objective> RowReader::objectiveById(const Database &database, Id objectiveId)
{
    // %1 is a fixed column list of ours; the id is bound.
    SqlStatement query(
        database, QStringLiteral("SELECT %1 FROM objective WHERE id = :id").arg(objectiveColumns));
    query.bind(QStringLiteral(":id"), objectiveId);
    auto objective
        = one<Objective>(query, &RowReader::objective, tr("The objective no longer exists."));
    if (!objective)
        return objective;
    SqlStatement themes(database,
        QStringLiteral("SELECT thematic_area_id FROM objective_theme WHERE objective_id = :id "
                       "ORDER BY thematic_area_id"));
    themes.bind(QStringLiteral(":id"), objectiveId);
    auto ids = all<Id>(themes, [](const SqlStatement &row) { return row.id(0); });
    if (!ids)
        return ids.error();
    objective.value().thematicAreaIds = ids.value();
    return objective;
}

Result<Activity> RowReader::activityById(const Database &database, Id activityId)
{
    // %1 is a fixed column list of ours; the id is bound.
    SqlStatement query(
        database, QStringLiteral("SELECT %1 FROM activity WHERE id = :id").arg(activityColumns));
    query.bind(QStringLiteral(":id"), activityId);
    return one<Activity>(query, &RowReader::activity, tr("The activity no longer exists."));
}

Result<QList<Objective>> RowReader::objectivesOfPlan(const Database &database, Id planId)
{
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM objective WHERE plan_id = :plan ORDER BY kind DESC, "
                       "position, id")
            .arg(objectiveColumns));
    query.bind(QStringLiteral(":plan"), planId);
    auto objectives = all<Objective>(query, &RowReader::objective);
    if (!objectives)
        return objectives;

    // All themes of the plan in one query rather than one per objective.
    SqlStatement themes(database,
        QStringLiteral("SELECT objective_theme.objective_id, objective_theme.thematic_area_id "
                       "FROM objective_theme JOIN objective ON objective.id = "
                       "objective_theme.objective_id WHERE objective.plan_id = :plan "
                       "ORDER BY objective_theme.thematic_area_id"));
    themes.bind(QStringLiteral(":plan"), planId);
    if (Status status = themes.exec(); !status)
        return status.error();
    QHash<Id, QList<Id>> themesByObjective;
    while (themes.next())
        themesByObjective[themes.id(0)].append(themes.id(1));
    for (Objective &objective : objectives.value())
        objective.thematicAreaIds = themesByObjective.value(objective.id);
    return objectives;
}

Result<QList<Activity>> RowReader::activitiesOfPlan(const Database &database, Id planId)
{
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM activity JOIN objective ON objective.id = "
                       "activity.objective_id WHERE objective.plan_id = :plan "
                       "ORDER BY activity.objective_id, activity.position, activity.id")
            .arg(activityColumns));
    query.bind(QStringLiteral(":plan"), planId);
    return all<Activity>(query, &RowReader::activity);
}

} // namespace Core
