#ifndef CORE_WORKPLANREVISION_H
#define CORE_WORKPLANREVISION_H

#include "activity.h"
#include "id.h"
#include "objective.h"
#include "workplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Core {

// An agreed revision of a work plan as it stood when a later change superseded it: the plan,
// its objectives and activities, frozen. Kept so that "what did we agree in March?" always has
// an answer.
struct WorkPlanRevision
{
    WorkPlan plan; // as agreed: its revision number, agreement date and supervisor
    QList<Objective> objectives;
    QList<Activity> activities;
    QDateTime supersededAt; // UTC
    QString reason; // what change opened the next revision

    QByteArray toJson() const;
    static WorkPlanRevision fromJson(const QByteArray &json);
};

} // namespace Core

#endif
