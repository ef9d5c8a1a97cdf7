#include "activityrepository.h"

#include "database.h"
#include "planchangegate.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace Core {

namespace {

void bindActivity(SqlStatement &statement, const Activity &activity)
{
    statement.bindText(QStringLiteral(":title"), activity.title.trimmed())
        .bindDate(QStringLiteral(":due"), activity.dueDate)
        .bind(QStringLiteral(":status"), Activity::statusKey(activity.status));
}

// Only what shapes the plan (title, due date, cancelling or re-opening) opens a new revision;
// moving an activity along (planned, in progress, completed) is the plan being carried out.
bool changesThePlan(const Activity &before, const Activity &after)
{
    const bool cancelledBefore = before.status == Activity::Status::Cancelled;
    const bool cancelledAfter = after.status == Activity::Status::Cancelled;
    return before.title != after.title || before.dueDate != after.dueDate
        || cancelledBefore != cancelledAfter;
}

} // namespace

ActivityRepository::ActivityRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Activity>> ActivityRepository::forObjective(Id objectiveId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM activity WHERE objective_id = :objective "
                       "ORDER BY position, id")
            .arg(RowReader::activityColumns));
    query.bind(QStringLiteral(":objective"), objectiveId);
    return RowReader::all<Activity>(query, &RowReader::activity);
}

Result<QList<Activity>> ActivityRepository::forPlan(Id planId) const
{
    return RowReader::activitiesOfPlan(m_database, planId);
}

Result<Activity> ActivityRepository::find(Id id) const
{
    return RowReader::activityById(m_database, id);
}

Status ActivityRepository::check(const Activity &activity, Id planId) const
{
    if (Error error = activity.validate(); error.isError())
        return error;
    auto plan = RowReader::planById(m_database, planId);
    if (!plan)
        return plan.error();
    if (!plan.value().contains(activity.dueDate))
        return Error::validation(tr("The due date %1 is outside the plan's period (%2 to %3).")
                                     .arg(activity.dueDate.toString(Qt::ISODate),
                                         plan.value().periodStart.toString(Qt::ISODate),
                                         plan.value().periodEnd.toString(Qt::ISODate)),
            QStringLiteral("dueDate"));
    return {};
}

Result<Activity> ActivityRepository::add(const Activity &activity)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    auto objective = RowReader::objectiveById(m_database, activity.objectiveId);
    if (!objective)
        return Error::validation(
            tr("The activity's objective no longer exists."), QStringLiteral("objective"));
    if (Status status = check(activity, objective.value().planId); !status)
        return status.error();
    if (auto gate = PlanChangeGate::open(m_database, objective.value().planId,
            tr("Activity added: %1").arg(activity.title.trimmed()));
        !gate)
        return gate.error();
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO activity (objective_id, title, due_date, status, position) "
                       "VALUES (:objective, :title, :due, :status, (SELECT coalesce(max(position), "
                       "0) + 1 FROM activity WHERE objective_id = :objective)) RETURNING id"));
    bindActivity(insert, activity);
    insert.bind(QStringLiteral(":objective"), activity.objectiveId);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the activity"));
    const Id id = insert.insertedId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(id);
}

Status ActivityRepository::update(const Activity &activity)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(activity.id);
    if (!existing)
        return existing.error();
    Activity after = activity;
    after.objectiveId = existing.value().objectiveId;
    after.position = existing.value().position;
    if (after == existing.value())
        return {};
    auto objective = RowReader::objectiveById(m_database, after.objectiveId);
    if (!objective)
        return objective.error();
    if (Status status = check(after, objective.value().planId); !status)
        return status;
    const QString reason = tr("Activity changed: %1").arg(after.title.trimmed());
    if (changesThePlan(existing.value(), after)) {
        if (auto gate = PlanChangeGate::open(m_database, objective.value().planId, reason); !gate)
            return gate.error();
    } else if (auto plan = RowReader::planById(m_database, objective.value().planId);
               !plan || plan.value().isClosed()) {
        return plan ? Error::validation(tr("The plan is closed; its activities are kept as they "
                                           "were."))
                    : plan.error();
    }
    SqlStatement update(m_database,
        QStringLiteral("UPDATE activity SET title = :title, due_date = :due, status = :status "
                       "WHERE id = :id"));
    bindActivity(update, after);
    update.bind(QStringLiteral(":id"), after.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the activity"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status ActivityRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(id);
    if (!existing)
        return existing.error();
    SqlStatement logged(m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM progress_entry WHERE activity_id = :id), "
                       "(SELECT plan_id FROM objective WHERE id = :objective)"));
    logged.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":objective"), existing.value().objectiveId);
    if (Status status = logged.exec(); !status)
        return status;
    logged.next();
    const Id planId = logged.id(1);
    if (logged.flag(0))
        return Error::conflict(tr("Progress has been logged on \"%1\"; it stays on record. "
                                  "Cancel it instead.")
                                   .arg(existing.value().title));
    if (auto gate = PlanChangeGate::open(
            m_database, planId, tr("Activity removed: %1").arg(existing.value().title));
        !gate)
        return gate.error();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM activity WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the activity"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
