#ifndef CORE_AGENDAITEM_H
#define CORE_AGENDAITEM_H

#include "id.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Core {

// One thing on the unit's calendar: a mission or meeting (a span of days), or a deadline (a
// deliverable due, an activity due, a BTO report due). What timeline, calendar and iCalendar
// export all draw from.
struct AgendaItem
{
    enum class Kind { Mission, Meeting, DeliverableDue, ActivityDue, BtoReportDue };

    Kind kind = Kind::Mission;
    Id id = 0; // the mission, meeting, deliverable or activity
    QString title;
    QDate start;
    QDate end; // == start for a deadline
    QString place; // city and country name, for missions and meetings
    QString status; // the stored status key of the thing
    QList<Id> personIds; // travellers, participants, owner
    QString people; // their names, comma separated
    bool overdue = false; // an open deadline in the past
};

} // namespace Core

Q_DECLARE_METATYPE(Core::AgendaItem)

#endif
