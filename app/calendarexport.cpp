#include "calendarexport.h"

#include "activity.h"
#include "deliverable.h"
#include "mission.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <libical/ical.h>

#include <memory>

namespace App {

namespace {

using Core::AgendaItem;

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype icalDate(const QDate &date)
{
    icaltimetype day = icaltime_null_date();
    day.year = date.year();
    day.month = date.month();
    day.day = date.day();
    return day;
}

icaltimetype icalUtc(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(
        time_t(moment.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QString summaryOf(const AgendaItem &item)
{
    // A deadline carries the deliverable's or activity's own title; the agenda already names
    // a BTO report as one.
    switch (item.kind) {
    case AgendaItem::Kind::DeliverableDue:
        return CalendarExport::tr("Due: %1").arg(item.title);
    case AgendaItem::Kind::ActivityDue:
        return CalendarExport::tr("Activity due: %1").arg(item.title);
    case AgendaItem::Kind::Mission:
    case AgendaItem::Kind::Meeting:
    case AgendaItem::Kind::BtoReportDue:
        break;
    }
    return item.title;
}

// The agenda carries the stored key ("in_review"); people read the name ("In review").
QString statusNameOf(const AgendaItem &item)
{
    std::optional<QString> name;
    switch (item.kind) {
    case AgendaItem::Kind::Mission:
    case AgendaItem::Kind::BtoReportDue:
        if (const auto status = Core::Mission::statusFromKey(item.status))
            name = Core::Mission::statusName(*status);
        break;
    case AgendaItem::Kind::DeliverableDue:
        if (const auto status = Core::Deliverable::statusFromKey(item.status))
            name = Core::Deliverable::statusName(*status);
        break;
    case AgendaItem::Kind::ActivityDue:
        if (const auto status = Core::Activity::statusFromKey(item.status))
            name = Core::Activity::statusName(*status);
        break;
    case AgendaItem::Kind::Meeting:
        break;
    }
    return name.value_or(item.status);
}

QString descriptionOf(const AgendaItem &item)
{
    QStringList lines;
    if (!item.people.isEmpty())
        lines.append(CalendarExport::tr("People: %1").arg(item.people));
    if (const QString status = statusNameOf(item); !status.isEmpty())
        lines.append(CalendarExport::tr("Status: %1").arg(status));
    if (item.overdue)
        lines.append(CalendarExport::tr("Overdue"));
    return lines.join(QLatin1Char('\n'));
}

// Each kind numbers its ids on its own, so the kind is part of the UID.
QString uidPrefix(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::Mission:
        return QStringLiteral("mission");
    case AgendaItem::Kind::Meeting:
        return QStringLiteral("meeting");
    case AgendaItem::Kind::DeliverableDue:
        return QStringLiteral("deliverable-due");
    case AgendaItem::Kind::ActivityDue:
        return QStringLiteral("activity-due");
    case AgendaItem::Kind::BtoReportDue:
        return QStringLiteral("bto-due");
    }
    return QStringLiteral("item");
}

bool isDeadline(AgendaItem::Kind kind)
{
    return kind != AgendaItem::Kind::Mission && kind != AgendaItem::Kind::Meeting;
}

icalproperty_status eventStatusOf(const AgendaItem &item)
{
    if (item.status == Core::Mission::statusKey(Core::Mission::Status::Cancelled))
        return ICAL_STATUS_CANCELLED;
    if (item.kind == AgendaItem::Kind::Mission
        && item.status == Core::Mission::statusKey(Core::Mission::Status::Planned))
        return ICAL_STATUS_TENTATIVE;
    return ICAL_STATUS_CONFIRMED;
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

Component eventFor(const AgendaItem &item, const QDateTime &stamp)
{
    Component event(icalcomponent_new_vevent());
    icalcomponent *e = event.get();
    addText(e, icalproperty_new_uid, CalendarExport::uid(item));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(icalUtc(stamp)));
    icalcomponent_add_property(e, icalproperty_new_dtstart(icalDate(item.start)));
    // All-day events end on the day after the last one: DTEND is exclusive (RFC 5545 3.6.1).
    const QDate last = item.end.isValid() && item.end >= item.start ? item.end : item.start;
    icalcomponent_add_property(e, icalproperty_new_dtend(icalDate(last.addDays(1))));
    addText(e, icalproperty_new_summary, summaryOf(item));
    addText(e, icalproperty_new_location, item.place);
    addText(e, icalproperty_new_description, descriptionOf(item));
    addText(e, icalproperty_new_categories, CalendarExport::category(item.kind));
    icalcomponent_add_property(e, icalproperty_new_status(eventStatusOf(item)));
    // A deadline is a reminder, not time away: it must not show the person as busy.
    if (isDeadline(item.kind))
        icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    return event;
}

Component calendarNamed(const QString &name)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent *c = calendar.get();
    icalcomponent_add_property(
        c, icalproperty_new_prodid("-//SSE Unit Desk//ssedesk " SSEDESK_VERSION "//EN"));
    icalcomponent_add_property(c, icalproperty_new_version("2.0"));
    icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // Not in RFC 5545, but the name Apple, Google and Thunderbird show for a subscription.
    icalproperty *calendarName = icalproperty_new_x(name.toUtf8().constData());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    icalcomponent_add_property(c, calendarName);
    return calendar;
}

} // namespace

CalendarExport::CalendarExport(QString calendarName, QDateTime stamp)
    : m_calendarName(std::move(calendarName)), m_stamp(std::move(stamp))
{
}

QByteArray CalendarExport::toIcs(const QList<AgendaItem> &items) const
{
    Component calendar = calendarNamed(m_calendarName);
    for (const AgendaItem &item : items)
        icalcomponent_add_component(calendar.get(), eventFor(item, m_stamp).release());
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

Core::Status CalendarExport::write(const QList<AgendaItem> &items, const QString &path) const
{
    const QByteArray ics = toIcs(items);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return Core::Error(Core::Error::Code::Storage,
            tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

QString CalendarExport::uid(const AgendaItem &item)
{
    return QStringLiteral("%1-%2@ssedesk.unit").arg(uidPrefix(item.kind)).arg(item.id);
}

QString CalendarExport::category(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::Mission:
        return tr("Mission");
    case AgendaItem::Kind::Meeting:
        return tr("Meeting");
    case AgendaItem::Kind::DeliverableDue:
        return tr("Deliverable deadline");
    case AgendaItem::Kind::ActivityDue:
        return tr("Activity deadline");
    case AgendaItem::Kind::BtoReportDue:
        return tr("BTO report deadline");
    }
    return {};
}

} // namespace App
