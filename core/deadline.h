#ifndef CORE_DEADLINE_H
#define CORE_DEADLINE_H

#include "activity.h"
#include "id.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Core {

// An open activity with its due date, and whose it is: the unit of "what is overdue" and
// "what is due in the next N days".
struct Deadline
{
    Id activityId = 0;
    Id objectiveId = 0;
    Id planId = 0;
    Id personId = 0;
    QString personName;
    QString objectiveTitle;
    QString activityTitle;
    QDate dueDate;
    Activity::Status status = Activity::Status::Planned;
    int latestPercent = 0;
};

// An assignment coming to its end, so that renewal or hand-over is decided in time.
struct EndingAssignment
{
    Id assignmentId = 0;
    Id personId = 0;
    QString personName;
    QString title;
    QDate end;
    bool renewable = false;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::Deadline)
Q_DECLARE_METATYPE(Core::EndingAssignment)

#endif
