#include "workplanrepository.h"

#include "database.h"
#include "planchangegate.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace Core {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Result<int> countOf(SqlStatement &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.integer(0) : 0;
}

} // namespace

WorkPlanRepository::WorkPlanRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<WorkPlan>> WorkPlanRepository::all() const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM work_plan ORDER BY period_start DESC, id DESC")
            .arg(RowReader::planColumns));
    return RowReader::all<WorkPlan>(query, &RowReader::plan);
}

Result<QList<WorkPlan>> WorkPlanRepository::forPerson(Id personId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM work_plan WHERE person_id = :person "
                       "ORDER BY period_start DESC, id DESC")
            .arg(RowReader::planColumns));
    query.bind(QStringLiteral(":person"), personId);
    return RowReader::all<WorkPlan>(query, &RowReader::plan);
}

Result<std::optional<WorkPlan>> WorkPlanRepository::current(Id personId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM work_plan WHERE person_id = :person AND status <> 'closed' "
                       "ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'agreed' THEN 1 ELSE 2 END, "
                       "period_start DESC, id DESC LIMIT 1")
            .arg(RowReader::planColumns));
    query.bind(QStringLiteral(":person"), personId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<WorkPlan>();
    return std::optional<WorkPlan>(RowReader::plan(query));
}

Result<WorkPlan> WorkPlanRepository::find(Id id) const
{
    return RowReader::planById(m_database, id);
}

Result<QList<WorkPlanRevision>> WorkPlanRepository::revisions(Id planId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT snapshot, superseded_at, reason FROM work_plan_revision "
                       "WHERE plan_id = :plan ORDER BY revision DESC"));
    query.bind(QStringLiteral(":plan"), planId);
    return RowReader::all<WorkPlanRevision>(query, [](const SqlStatement &row) {
        WorkPlanRevision revision = WorkPlanRevision::fromJson(row.text(0).toUtf8());
        revision.supersededAt = row.instant(1);
        revision.reason = row.text(2);
        return revision;
    });
}

Status WorkPlanRepository::checkNoOverlap(const WorkPlan &plan) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT title, period_start, period_end FROM work_plan WHERE person_id = "
                       ":person AND id <> :id AND status IN ('agreed', 'active') AND "
                       "period_start <= :end AND period_end >= :start LIMIT 1"));
    query.bind(QStringLiteral(":person"), plan.personId)
        .bind(QStringLiteral(":id"), plan.id)
        .bindDate(QStringLiteral(":start"), plan.periodStart)
        .bindDate(QStringLiteral(":end"), plan.periodEnd);
    if (Status status = query.exec(); !status)
        return status;
    if (query.next())
        return Error::conflict(tr("This person already has an agreed plan for that period: "
                                  "\"%1\" (%2 to %3). Close it first.")
                                   .arg(query.text(0), query.text(1), query.text(2)),
            QStringLiteral("periodStart"));
    return {};
}

Result<WorkPlan> WorkPlanRepository::add(const WorkPlan &plan)
{
    WorkPlan stored = plan;
    stored.id = 0;
    stored.status = WorkPlan::Status::Draft;
    stored.revision = 1;
    stored.agreedOn = {};
    stored.agreedBySupervisorId = 0;
    if (Error error = stored.validate(); error.isError())
        return error;

    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    SqlStatement person(m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM person WHERE id = :person), EXISTS (SELECT "
                       "1 FROM assignment WHERE id = :assignment AND person_id = :person)"));
    person.bind(QStringLiteral(":person"), stored.personId)
        .bind(QStringLiteral(":assignment"), stored.assignmentId);
    if (Status status = person.exec(); !status)
        return status.error();
    person.next();
    if (!person.flag(0))
        return Error::validation(
            tr("The plan's supervisee is not a person of the unit."), QStringLiteral("person"));
    if (stored.assignmentId != 0 && !person.flag(1))
        return Error::validation(
            tr("The chosen assignment is not one of this person's."), QStringLiteral("assignment"));

    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO work_plan (person_id, assignment_id, title, period_start, "
                       "period_end, status, revision) VALUES (:person, :assignment, :title, "
                       ":start, :end, 'draft', 1) RETURNING id"));
    insert.bind(QStringLiteral(":person"), stored.personId)
        .bindId(QStringLiteral(":assignment"), stored.assignmentId)
        .bindText(QStringLiteral(":title"), stored.title.trimmed())
        .bindDate(QStringLiteral(":start"), stored.periodStart)
        .bindDate(QStringLiteral(":end"), stored.periodEnd);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the work plan"));
    const Id id = insert.insertedId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(id);
}

Status WorkPlanRepository::update(const WorkPlan &plan)
{
    if (Error error = plan.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(plan.id);
    if (!existing)
        return existing.error();
    const WorkPlan &before = existing.value();
    if (before.title == plan.title.trimmed() && before.periodStart == plan.periodStart
        && before.periodEnd == plan.periodEnd && before.assignmentId == plan.assignmentId)
        return {};

    // Dates already planned must stay inside the new period.
    SqlStatement outside(m_database,
        QStringLiteral("SELECT (SELECT count(*) FROM activity JOIN objective ON objective.id = "
                       "activity.objective_id WHERE objective.plan_id = :plan AND "
                       "(activity.due_date < :start OR activity.due_date > :end)) + (SELECT "
                       "count(*) FROM objective WHERE plan_id = :plan AND (target_date < :start "
                       "OR target_date > :end))"));
    outside.bind(QStringLiteral(":plan"), plan.id)
        .bindDate(QStringLiteral(":start"), plan.periodStart)
        .bindDate(QStringLiteral(":end"), plan.periodEnd);
    auto count = countOf(outside);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Error::validation(QCoreApplication::translate("Core::WorkPlanRepository",
                                     "%n planned date(s) would fall outside the period %1 to "
                                     "%2. Move them first.",
                                     nullptr, count.value())
                                     .arg(isoDate(plan.periodStart), isoDate(plan.periodEnd)),
            QStringLiteral("periodStart"));

    auto gate = PlanChangeGate::open(m_database, plan.id, tr("Title or period changed"));
    if (!gate)
        return gate.error();
    SqlStatement update(m_database,
        QStringLiteral("UPDATE work_plan SET title = :title, period_start = :start, "
                       "period_end = :end, assignment_id = :assignment WHERE id = :id"));
    update.bindText(QStringLiteral(":title"), plan.title.trimmed())
        .bindDate(QStringLiteral(":start"), plan.periodStart)
        .bindDate(QStringLiteral(":end"), plan.periodEnd)
        .bindId(QStringLiteral(":assignment"), plan.assignmentId)
        .bind(QStringLiteral(":id"), plan.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the work plan"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status WorkPlanRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto plan = find(id);
    if (!plan)
        return plan.error();
    if (plan.value().status != WorkPlan::Status::Draft || plan.value().revision != 1)
        return Error::conflict(tr("\"%1\" has been agreed; it stays on record. Close it instead.")
                                   .arg(plan.value().title));
    SqlStatement logged(m_database,
        QStringLiteral("SELECT count(*) FROM progress_entry JOIN objective ON objective.id = "
                       "progress_entry.objective_id WHERE objective.plan_id = :plan"));
    logged.bind(QStringLiteral(":plan"), id);
    auto count = countOf(logged);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Error::conflict(
            tr("Progress has been logged on \"%1\"; it stays on record.").arg(plan.value().title));
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM work_plan WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Deleting the work plan"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status WorkPlanRepository::agree(Id planId, const QDate &agreedOn, Id supervisorId)
{
    if (!agreedOn.isValid())
        return Error::validation(
            tr("Say on which date the plan was agreed."), QStringLiteral("agreedOn"));
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto plan = find(planId);
    if (!plan)
        return plan.error();
    if (!WorkPlan::canMove(plan.value().status, WorkPlan::Status::Agreed))
        return Error::validation(
            tr("Only a draft can be agreed; \"%1\" is %2.")
                .arg(plan.value().title, WorkPlan::statusName(plan.value().status).toLower()));
    if (supervisorId == plan.value().personId)
        return Error::validation(tr("A plan is agreed between the supervisee and a supervisor; "
                                    "the supervisee cannot agree it alone."),
            QStringLiteral("supervisor"));
    SqlStatement check(m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM person WHERE id = :supervisor), "
                       "(SELECT count(*) FROM objective WHERE plan_id = :plan)"));
    check.bind(QStringLiteral(":supervisor"), supervisorId).bind(QStringLiteral(":plan"), planId);
    if (Status status = check.exec(); !status)
        return status;
    check.next();
    if (!check.flag(0))
        return Error::validation(tr("The supervisor who agreed the plan is not a person of the "
                                    "unit."),
            QStringLiteral("supervisor"));
    if (check.integer(1) == 0)
        return Error::validation(
            tr("\"%1\" has no objectives yet; there is nothing to agree.").arg(plan.value().title));
    if (Status status = checkNoOverlap(plan.value()); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE work_plan SET status = 'agreed', agreed_on = :on, "
                       "agreed_by_supervisor_id = :supervisor WHERE id = :id"));
    update.bindDate(QStringLiteral(":on"), agreedOn)
        .bind(QStringLiteral(":supervisor"), supervisorId)
        .bind(QStringLiteral(":id"), planId);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status WorkPlanRepository::activate(Id planId)
{
    return move(planId, WorkPlan::Status::Active);
}

Status WorkPlanRepository::close(Id planId)
{
    return move(planId, WorkPlan::Status::Closed);
}

Status WorkPlanRepository::move(Id planId, WorkPlan::Status to)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto plan = find(planId);
    if (!plan)
        return plan.error();
    if (!WorkPlan::canMove(plan.value().status, to))
        return Error::validation(
            tr("\"%1\" is %2; it cannot become %3.")
                .arg(plan.value().title, WorkPlan::statusName(plan.value().status).toLower(),
                    WorkPlan::statusName(to).toLower()));
    if (to == WorkPlan::Status::Active) {
        if (Status status = checkNoOverlap(plan.value()); !status)
            return status;
    }
    SqlStatement update(
        m_database, QStringLiteral("UPDATE work_plan SET status = :status WHERE id = :id"));
    update.bind(QStringLiteral(":status"), WorkPlan::statusKey(to))
        .bind(QStringLiteral(":id"), planId);
    if (Status status = update.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
