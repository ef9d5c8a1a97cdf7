#include "workplanrevision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonObject planToJson(const WorkPlan &plan)
{
    return QJsonObject {
        { QStringLiteral("id"), plan.id },
        { QStringLiteral("personId"), plan.personId },
        { QStringLiteral("assignmentId"), plan.assignmentId },
        { QStringLiteral("title"), plan.title },
        { QStringLiteral("periodStart"), isoDate(plan.periodStart) },
        { QStringLiteral("periodEnd"), isoDate(plan.periodEnd) },
        { QStringLiteral("status"), WorkPlan::statusKey(plan.status) },
        { QStringLiteral("revision"), plan.revision },
        { QStringLiteral("agreedOn"), isoDate(plan.agreedOn) },
        { QStringLiteral("agreedBySupervisorId"), plan.agreedBySupervisorId },
    };
}

WorkPlan planFromJson(const QJsonObject &json)
{
    WorkPlan plan;
    plan.id = json.value(QStringLiteral("id")).toInteger();
    plan.personId = json.value(QStringLiteral("personId")).toInteger();
    plan.assignmentId = json.value(QStringLiteral("assignmentId")).toInteger();
    plan.title = json.value(QStringLiteral("title")).toString();
    plan.periodStart = dateFrom(json.value(QStringLiteral("periodStart")));
    plan.periodEnd = dateFrom(json.value(QStringLiteral("periodEnd")));
    plan.status = WorkPlan::statusFromKey(json.value(QStringLiteral("status")).toString())
                      .value_or(WorkPlan::Status::Agreed);
    plan.revision = json.value(QStringLiteral("revision")).toInt();
    plan.agreedOn = dateFrom(json.value(QStringLiteral("agreedOn")));
    plan.agreedBySupervisorId = json.value(QStringLiteral("agreedBySupervisorId")).toInteger();
    return plan;
}

QJsonObject objectiveToJson(const Objective &objective)
{
    QJsonArray themes;
    for (Id theme : objective.thematicAreaIds)
        themes.append(theme);
    return QJsonObject {
        { QStringLiteral("id"), objective.id },
        { QStringLiteral("kind"), Objective::kindKey(objective.kind) },
        { QStringLiteral("title"), objective.title },
        { QStringLiteral("description"), objective.description },
        { QStringLiteral("indicator"), objective.indicator },
        { QStringLiteral("targetDate"), isoDate(objective.targetDate) },
        { QStringLiteral("strategyObjectiveId"), objective.strategyObjectiveId },
        { QStringLiteral("thematicAreaIds"), themes },
        { QStringLiteral("evidence"), objective.evidence },
        { QStringLiteral("position"), objective.position },
    };
}

Objective objectiveFromJson(const QJsonObject &json, Id planId)
{
    Objective objective;
    objective.id = json.value(QStringLiteral("id")).toInteger();
    objective.planId = planId;
    objective.kind = Objective::kindFromKey(json.value(QStringLiteral("kind")).toString())
                         .value_or(Objective::Kind::Work);
    objective.title = json.value(QStringLiteral("title")).toString();
    objective.description = json.value(QStringLiteral("description")).toString();
    objective.indicator = json.value(QStringLiteral("indicator")).toString();
    objective.targetDate = dateFrom(json.value(QStringLiteral("targetDate")));
    objective.strategyObjectiveId = json.value(QStringLiteral("strategyObjectiveId")).toInteger();
    const QJsonArray themes = json.value(QStringLiteral("thematicAreaIds")).toArray();
    for (const QJsonValue &theme : themes)
        objective.thematicAreaIds.append(theme.toInteger());
    objective.evidence = json.value(QStringLiteral("evidence")).toString();
    objective.position = json.value(QStringLiteral("position")).toInt();
    return objective;
}

QJsonObject activityToJson(const Activity &activity)
{
    return QJsonObject {
        { QStringLiteral("id"), activity.id },
        { QStringLiteral("objectiveId"), activity.objectiveId },
        { QStringLiteral("title"), activity.title },
        { QStringLiteral("dueDate"), isoDate(activity.dueDate) },
        { QStringLiteral("status"), Activity::statusKey(activity.status) },
        { QStringLiteral("position"), activity.position },
    };
}

Activity activityFromJson(const QJsonObject &json)
{
    Activity activity;
    activity.id = json.value(QStringLiteral("id")).toInteger();
    activity.objectiveId = json.value(QStringLiteral("objectiveId")).toInteger();
    activity.title = json.value(QStringLiteral("title")).toString();
    activity.dueDate = dateFrom(json.value(QStringLiteral("dueDate")));
    activity.status = Activity::statusFromKey(json.value(QStringLiteral("status")).toString())
                          .value_or(Activity::Status::Planned);
    activity.position = json.value(QStringLiteral("position")).toInt();
    return activity;
}

} // namespace

QByteArray WorkPlanRevision::toJson() const
{
    QJsonArray objectiveArray;
    for (const Objective &objective : objectives)
        objectiveArray.append(objectiveToJson(objective));
    QJsonArray activityArray;
    for (const Activity &activity : activities)
        activityArray.append(activityToJson(activity));
    const QJsonObject root {
        { QStringLiteral("plan"), planToJson(plan) },
        { QStringLiteral("objectives"), objectiveArray },
        { QStringLiteral("activities"), activityArray },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

WorkPlanRevision WorkPlanRevision::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    WorkPlanRevision revision;
    revision.plan = planFromJson(root.value(QStringLiteral("plan")).toObject());
    const QJsonArray objectiveArray = root.value(QStringLiteral("objectives")).toArray();
    for (const QJsonValue &objective : objectiveArray)
        revision.objectives.append(objectiveFromJson(objective.toObject(), revision.plan.id));
    const QJsonArray activityArray = root.value(QStringLiteral("activities")).toArray();
    for (const QJsonValue &activity : activityArray)
        revision.activities.append(activityFromJson(activity.toObject()));
    return revision;
}

} // namespace Core
