#include "planprogress.h"

namespace Core {

namespace {

double mean(double sum, int count)
{
    return count == 0 ? 0.0 : sum / count;
}

struct Tally
{
    double sum = 0.0;
    int count = 0;
    void add(double value)
    {
        sum += value;
        ++count;
    }
    double mean() const { return Core::mean(sum, count); }
};

} // namespace

PlanProgress PlanProgress::compute(
    const QList<ObjectiveInput> &objectives, const QList<ActivityInput> &activities)
{
    PlanProgress result;
    QHash<Id, Tally> perObjective;
    for (const ActivityInput &activity : activities) {
        if (activity.status == Activity::Status::Cancelled)
            continue;
        const double percent = activity.status == Activity::Status::Completed
            ? 100.0
            : qMax(0, activity.latestPercent);
        result.m_activities.insert(activity.id, percent);
        perObjective[activity.objectiveId].add(percent);
    }

    Tally work;
    Tally learning;
    for (const ObjectiveInput &objective : objectives) {
        const auto tally = perObjective.constFind(objective.id);
        const double percent
            = tally != perObjective.cend() ? tally->mean() : qMax(0, objective.latestPercent);
        result.m_objectives.insert(objective.id, percent);
        (objective.kind == Objective::Kind::Work ? work : learning).add(percent);
    }
    result.m_work = work.mean();
    result.m_learning = learning.mean();
    result.m_hasLearning = learning.count > 0;
    return result;
}

} // namespace Core
