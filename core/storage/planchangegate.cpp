#include "planchangegate.h"

#include "../workplanrevision.h"
#include "database.h"
#include "rowreader.h"
#include "sqlstatement.h"

#include <QCoreApplication>

namespace Core {

namespace {

Result<WorkPlanRevision> snapshot(const Database &database, const WorkPlan &plan)
{
    WorkPlanRevision revision;
    revision.plan = plan;
    auto objectives = RowReader::objectivesOfPlan(database, plan.id);
    if (!objectives)
        return objectives.error();
    revision.objectives = objectives.value();
    auto activities = RowReader::activitiesOfPlan(database, plan.id);
    if (!activities)
        return activities.error();
    revision.activities = activities.value();
    return revision;
}

} // namespace

Result<WorkPlan> PlanChangeGate::open(const Database &database, Id planId, const QString &reason)
{
    auto plan = RowReader::planById(database, planId);
    if (!plan)
        return plan;
    if (plan.value().isClosed())
        return Error::validation(QCoreApplication::translate("Core::PlanChangeGate",
            "The work plan \"%1\" is closed; a closed plan is kept as it was.")
                                     .arg(plan.value().title));
    if (!plan.value().isAgreed())
        return plan;

    auto frozen = snapshot(database, plan.value());
    if (!frozen)
        return frozen.error();
    SqlStatement keep(database,
        QStringLiteral("INSERT INTO work_plan_revision (plan_id, revision, superseded_at, reason, "
                       "snapshot) VALUES (:plan, :revision, :at, :reason, :snapshot)"));
    keep.bind(QStringLiteral(":plan"), planId)
        .bind(QStringLiteral(":revision"), plan.value().revision)
        .bind(QStringLiteral(":at"), SqlStatement::instantText(QDateTime::currentDateTimeUtc()))
        .bindText(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":snapshot"), QString::fromUtf8(frozen.value().toJson()));
    if (Status status = keep.exec(); !status)
        return status.error();

    SqlStatement reopen(database,
        QStringLiteral("UPDATE work_plan SET revision = revision + 1, status = 'draft', "
                       "agreed_on = NULL, agreed_by_supervisor_id = NULL WHERE id = :id"));
    reopen.bind(QStringLiteral(":id"), planId);
    if (Status status = reopen.exec(); !status)
        return status.error();
    return RowReader::planById(database, planId);
}

} // namespace Core
