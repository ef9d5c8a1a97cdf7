#ifndef CORE_SUPERVISIONROW_H
#define CORE_SUPERVISIONROW_H

#include "id.h"
#include "person.h"
#include "workplan.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Core {

// Where one supervisee stands: one line of the unit head's overview.
struct SupervisionRow
{
    Id personId = 0;
    QString name;
    Person::Category category = Person::Category::OtherStaff;
    QString positionTitle;
    Id supervisorId = 0;
    QString supervisorName;
    Id planId = 0; // 0: no current work plan
    QString planTitle;
    WorkPlan::Status planStatus = WorkPlan::Status::Draft;
    int planRevision = 0;
    double progress = 0.0; // work objectives, 0-100
    double learningProgress = 0.0;
    bool hasLearning = false;
    int overdueActivities = 0;
    QDate nextDeadline; // invalid: nothing open ahead
    QString nextDeadlineTitle;
    QDate lastProgressOn; // invalid: nothing logged yet
    QDate assignmentEnd; // of the current assignment; invalid when none
};

} // namespace Core

Q_DECLARE_METATYPE(Core::SupervisionRow)

#endif
