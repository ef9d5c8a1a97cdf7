#ifndef CORE_WORKPLANCANDIDATE_H
#define CORE_WORKPLANCANDIDATE_H

#include "../activity.h"
#include "../objective.h"
#include "importissue.h"

#include <QList>
#include <QString>

namespace Core {

// What a work-plan file says, read but not yet checked against the plan it goes into: new
// objectives and learning elements with their activities, and activities for objectives the plan
// already has (named by title, found when the file is applied). Plan and objective ids are left
// 0; the rows that failed a check are in `issues` only.
struct WorkPlanCandidate
{
    struct ActivityRow
    {
        int row = 0; // as a spreadsheet numbers it; the header is row 1
        Activity activity;
        QString objectiveTitle;
    };
    struct ObjectiveRow
    {
        int row = 0;
        Objective objective;
        QList<ActivityRow> activities; // in file order
    };

    QList<ObjectiveRow> objectives; // in file order
    QList<ActivityRow> activitiesOfExistingObjectives;
    QList<ImportIssue> issues;
};

} // namespace Core

#endif
