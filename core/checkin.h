#ifndef CORE_CHECKIN_H
#define CORE_CHECKIN_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Core {

// A regular supervisor-supervisee meeting to follow the agreed objectives. The shared part is
// seen by both; the supervisor's private notes are seen by the supervisor only, in every view
// and export.
struct CheckIn
{
    Q_DECLARE_TR_FUNCTIONS(Core::CheckIn)

public:
    struct AgendaPoint
    {
        Id id = 0;
        QString text;
        bool recurring = false; // brought in from the pair's recurring items
        Id carriedActionId = 0; // an earlier check-in's action item, not done yet
    };

    struct ActionItem
    {
        Id id = 0;
        QString text;
        Id ownerId = 0;
        QDate dueDate;
        bool done = false;
    };

    Id id = 0;
    Id supervisorId = 0;
    Id superviseeId = 0;
    QDate date;
    QList<AgendaPoint> agenda;
    QString notes; // shared
    QString decisions; // shared
    QString privateNotes; // the supervisor's only; empty when read by anyone else
    QList<ActionItem> actions;
    QList<Id> discussedObjectiveIds;

    Error validate() const;
};

bool operator==(const CheckIn::AgendaPoint &a, const CheckIn::AgendaPoint &b);
bool operator==(const CheckIn::ActionItem &a, const CheckIn::ActionItem &b);
bool operator==(const CheckIn &a, const CheckIn &b);

// When an objective of a plan was last discussed at a check-in (invalid: never).
struct ObjectiveDiscussion
{
    Id objectiveId = 0;
    QString title;
    QDate lastDiscussed;
};

// A supervisee whose last check-in is too long ago (or who never had one).
struct CheckInDue
{
    Id superviseeId = 0;
    QString superviseeName;
    Id supervisorId = 0;
    QString supervisorName;
    QDate lastCheckIn; // invalid: never
    int daysSince = -1; // -1: never
};

} // namespace Core

Q_DECLARE_METATYPE(Core::CheckIn)

#endif
