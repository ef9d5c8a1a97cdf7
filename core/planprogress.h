#ifndef CORE_PLANPROGRESS_H
#define CORE_PLANPROGRESS_H

#include "activity.h"
#include "id.h"
#include "objective.h"

#include <QHash>
#include <QList>

namespace Core {

// How far a work plan has come, computed from the latest progress entries.
//
// The rules, in the order a supervisor would reason:
// - an activity is 100 % once completed; otherwise its latest logged percent (0 if none);
//   a cancelled activity no longer counts;
// - an objective is the mean of its counting activities, or, when it has none, the latest
//   percent logged on the objective itself;
// - the plan is the mean of its work objectives; learning elements have their own mean, so
//   that training does not hide slipping deliverables.
class PlanProgress
{
public:
    struct ActivityInput
    {
        Id id = 0;
        Id objectiveId = 0;
        Activity::Status status = Activity::Status::Planned;
        int latestPercent = -1; // -1: nothing logged yet
    };
    struct ObjectiveInput
    {
        Id id = 0;
        Objective::Kind kind = Objective::Kind::Work;
        int latestPercent = -1; // entries logged on the objective itself
    };

    static PlanProgress compute(
        const QList<ObjectiveInput> &objectives, const QList<ActivityInput> &activities);

    double work() const { return m_work; }
    double learning() const { return m_learning; }
    bool hasLearning() const { return m_hasLearning; }
    double objective(Id objectiveId) const { return m_objectives.value(objectiveId, 0.0); }
    double activity(Id activityId) const { return m_activities.value(activityId, 0.0); }

private:
    double m_work = 0.0;
    double m_learning = 0.0;
    bool m_hasLearning = false;
    QHash<Id, double> m_objectives;
    QHash<Id, double> m_activities;
};

} // namespace Core

#endif
