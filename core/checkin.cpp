#include "checkin.h"

#include <QCoreApplication>

namespace Core {

Error CheckIn::validate() const
{
    if (supervisorId == 0 || superviseeId == 0)
        return Error::validation(tr("A check-in is between a supervisor and a supervisee."),
            QStringLiteral("supervisee"));
    if (supervisorId == superviseeId)
        return Error::validation(tr("A check-in needs two people: the supervisor and the "
                                    "supervisee."),
            QStringLiteral("supervisee"));
    if (!date.isValid())
        return Error::validation(tr("A check-in needs a date."), QStringLiteral("date"));
    for (const AgendaPoint &point : agenda) {
        if (point.text.trimmed().isEmpty())
            return Error::validation(tr("An agenda item is empty."), QStringLiteral("agenda"));
    }
    for (const ActionItem &action : actions) {
        if (action.text.trimmed().isEmpty())
            return Error::validation(tr("An action item needs a text."), QStringLiteral("actions"));
    }
    return {};
}

bool operator==(const CheckIn::AgendaPoint &a, const CheckIn::AgendaPoint &b)
{
    return a.id == b.id && a.text == b.text && a.recurring == b.recurring
        && a.carriedActionId == b.carriedActionId;
}

bool operator==(const CheckIn::ActionItem &a, const CheckIn::ActionItem &b)
{
    return a.id == b.id && a.text == b.text && a.ownerId == b.ownerId && a.dueDate == b.dueDate
        && a.done == b.done;
}

bool operator==(const CheckIn &a, const CheckIn &b)
{
    return a.id == b.id && a.supervisorId == b.supervisorId && a.superviseeId == b.superviseeId
        && a.date == b.date && a.agenda == b.agenda && a.notes == b.notes
        && a.decisions == b.decisions && a.privateNotes == b.privateNotes && a.actions == b.actions
        && a.discussedObjectiveIds == b.discussedObjectiveIds;
}

} // namespace Core
