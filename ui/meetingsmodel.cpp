#include "meetingsmodel.h"

#include "lookups.h"

#include <storage/meetingrepository.h>
#include <unitstore.h>

#include <algorithm>

namespace Ui {

MeetingsModel::MeetingsModel(Core::UnitStore &store, QObject *parent)
    : RecordTableModel({ tr("Title"), tr("Kind"), tr("Dates"), tr("Place"), tr("Participants"),
                           tr("Open actions") },
        parent)
    , m_store(store)
{
    connect(&m_store.meetings(), &Core::MeetingRepository::changed, this, &MeetingsModel::refresh);
    refresh();
}

int MeetingsModel::openActions(const Core::Meeting &meeting)
{
    return int(std::count_if(meeting.actions.cbegin(), meeting.actions.cend(),
        [](const Core::FollowUpAction &action) { return !action.done; }));
}

Core::Status MeetingsModel::reload()
{
    m_meetings.clear();
    const auto meetings = m_store.meetings().all();
    if (!meetings)
        return meetings.error();
    m_meetings = meetings.value();
    return {};
}

QVariant MeetingsModel::record(int row) const
{
    return QVariant::fromValue(m_meetings.at(row));
}

QString MeetingsModel::display(int row, int column) const
{
    const Core::Meeting &meeting = m_meetings.at(row);
    switch (column) {
    case TitleColumn:
        return meeting.title;
    case KindColumn:
        return Core::Meeting::kindName(meeting.kind);
    case DatesColumn:
        return Lookups::dateRange(meeting.start, meeting.end);
    case PlaceColumn:
        return Lookups::place(meeting.place, meeting.countryCode);
    case ParticipantsColumn:
        return QString::number(meeting.participantIds.size());
    case OpenActionsColumn: {
        const int open = openActions(meeting);
        return open == 0 ? QString() : QString::number(open);
    }
    }
    return {};
}

QVariant MeetingsModel::sortKey(int row, int column) const
{
    const Core::Meeting &meeting = m_meetings.at(row);
    switch (column) {
    case DatesColumn:
        return meeting.start;
    case ParticipantsColumn:
        return int(meeting.participantIds.size());
    case OpenActionsColumn:
        return openActions(meeting);
    }
    return display(row, column);
}

QString MeetingsModel::toolTip(int row, int column) const
{
    const Core::Meeting &meeting = m_meetings.at(row);
    if (column == ParticipantsColumn)
        return meeting.externalParticipants;
    return RecordTableModel::toolTip(row, column);
}

} // namespace Ui
