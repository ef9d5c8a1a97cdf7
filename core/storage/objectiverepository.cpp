#include "objectiverepository.h"

#include "childrows.h"
#include "database.h"
#include "planchangegate.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace Core {

namespace {

void bindObjective(SqlStatement &statement, const Objective &objective)
{
    statement.bind(QStringLiteral(":kind"), Objective::kindKey(objective.kind))
        .bindText(QStringLiteral(":title"), objective.title.trimmed())
        .bindText(QStringLiteral(":description"), objective.description.trimmed())
        .bindText(QStringLiteral(":indicator"), objective.indicator.trimmed())
        .bindDate(QStringLiteral(":target"), objective.targetDate)
        .bindId(QStringLiteral(":strategy"), objective.strategyObjectiveId)
        .bindText(QStringLiteral(":evidence"), objective.evidence.trimmed());
}

Result<QList<ReferenceItem>> referenceList(const Database &database, const QString &sql)
{
    SqlStatement query(database, sql);
    return RowReader::all<ReferenceItem>(query, [](const SqlStatement &row) {
        return ReferenceItem { row.id(0), row.text(1), row.text(2) };
    });
}

} // namespace

ObjectiveRepository::ObjectiveRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Objective>> ObjectiveRepository::forPlan(Id planId) const
{
    return RowReader::objectivesOfPlan(m_database, planId);
}

Result<Objective> ObjectiveRepository::find(Id id) const
{
    return RowReader::objectiveById(m_database, id);
}

Result<QList<ReferenceItem>> ObjectiveRepository::strategyObjectives() const
{
    return referenceList(
        m_database, QStringLiteral("SELECT id, code, title FROM strategy_objective ORDER BY code"));
}

Result<QList<ReferenceItem>> ObjectiveRepository::thematicAreas() const
{
    return referenceList(
        m_database, QStringLiteral("SELECT id, code, title FROM thematic_area ORDER BY title"));
}

Status ObjectiveRepository::check(const Objective &objective, const WorkPlan &plan) const
{
    if (Error error = objective.validate(); error.isError())
        return error;
    if (objective.targetDate.isValid() && !plan.contains(objective.targetDate))
        return Error::validation(
            tr("The target date %1 is outside the plan's period (%2 to %3).")
                .arg(objective.targetDate.toString(Qt::ISODate),
                    plan.periodStart.toString(Qt::ISODate), plan.periodEnd.toString(Qt::ISODate)),
            QStringLiteral("targetDate"));
    SqlStatement strategy(m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM strategy_objective WHERE id = :id)"));
    strategy.bind(QStringLiteral(":id"), objective.strategyObjectiveId);
    if (Status status = strategy.exec(); !status)
        return status;
    if (objective.strategyObjectiveId != 0 && (!strategy.next() || !strategy.flag(0)))
        return Error::validation(tr("The chosen strategy objective does not exist."),
            QStringLiteral("strategyObjective"));
    return {};
}

// Only the thematic areas that came or went are written.
Status ObjectiveRepository::writeThemes(const Objective &objective) const
{
    const Status written = ChildRows(QStringLiteral("objective_theme"),
        { { QStringLiteral("objective_id"), objective.id } },
        { QStringLiteral("thematic_area_id") })
                               .write(m_database, ChildRows::rowsOf(objective.thematicAreaIds));
    if (!written)
        return Error::validation(tr("One of the chosen thematic areas does not exist."),
            QStringLiteral("thematicAreas"));
    return {};
}

Result<Objective> ObjectiveRepository::add(const Objective &objective)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    auto plan = RowReader::planById(m_database, objective.planId);
    if (!plan)
        return plan.error();
    if (Status status = check(objective, plan.value()); !status)
        return status.error();
    if (auto gate = PlanChangeGate::open(
            m_database, objective.planId, tr("Objective added: %1").arg(objective.title.trimmed()));
        !gate)
        return gate.error();
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO objective (plan_id, kind, title, description, indicator, "
                       "target_date, strategy_objective_id, evidence, position) VALUES (:plan, "
                       ":kind, :title, :description, :indicator, :target, :strategy, :evidence, "
                       "(SELECT coalesce(max(position), 0) + 1 FROM objective WHERE plan_id = "
                       ":plan)) RETURNING id"));
    bindObjective(insert, objective);
    insert.bind(QStringLiteral(":plan"), objective.planId);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the objective"));
    Objective stored = objective;
    stored.id = insert.insertedId();
    if (Status status = writeThemes(stored); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(stored.id);
}

Status ObjectiveRepository::update(const Objective &objective)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(objective.id);
    if (!existing)
        return existing.error();
    Objective changedObjective = objective;
    changedObjective.planId = existing.value().planId; // an objective never moves between plans
    changedObjective.position = existing.value().position;
    if (changedObjective == existing.value())
        return {};
    auto plan = RowReader::planById(m_database, changedObjective.planId);
    if (!plan)
        return plan.error();
    if (Status status = check(changedObjective, plan.value()); !status)
        return status;
    if (auto gate = PlanChangeGate::open(m_database, changedObjective.planId,
            tr("Objective changed: %1").arg(changedObjective.title.trimmed()));
        !gate)
        return gate.error();
    SqlStatement update(m_database,
        QStringLiteral("UPDATE objective SET kind = :kind, title = :title, description = "
                       ":description, indicator = :indicator, target_date = :target, "
                       "strategy_objective_id = :strategy, evidence = :evidence WHERE id = :id"));
    bindObjective(update, changedObjective);
    update.bind(QStringLiteral(":id"), changedObjective.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the objective"));
    if (Status status = writeThemes(changedObjective); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status ObjectiveRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(id);
    if (!existing)
        return existing.error();
    SqlStatement logged(m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM progress_entry WHERE objective_id = :id)"));
    logged.bind(QStringLiteral(":id"), id);
    if (Status status = logged.exec(); !status)
        return status;
    if (logged.next() && logged.flag(0))
        return Error::conflict(tr("Progress has been logged on \"%1\"; it stays on record. "
                                  "Cancel its activities instead.")
                                   .arg(existing.value().title));
    if (auto gate = PlanChangeGate::open(m_database, existing.value().planId,
            tr("Objective removed: %1").arg(existing.value().title));
        !gate)
        return gate.error();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM objective WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the objective"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
