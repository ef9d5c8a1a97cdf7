#include "mission.h"

#include "country.h"
#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<Mission::Kind> kindEntries[] = {
    { Mission::Kind::ProjectMission, "project_mission",
        QT_TRANSLATE_NOOP("Core::Mission", "Project mission") },
    { Mission::Kind::Workshop, "workshop", QT_TRANSLATE_NOOP("Core::Mission", "Workshop") },
    { Mission::Kind::Conference, "conference", QT_TRANSLATE_NOOP("Core::Mission", "Conference") },
    { Mission::Kind::Training, "training", QT_TRANSLATE_NOOP("Core::Mission", "Training") },
    { Mission::Kind::FieldVisit, "field_visit", QT_TRANSLATE_NOOP("Core::Mission", "Field visit") },
};
constexpr EnumTable kindTable("Core::Mission", kindEntries);

constexpr EnumEntry<Mission::Status> statusEntries[] = {
    { Mission::Status::Planned, "planned", QT_TRANSLATE_NOOP("Core::Mission", "Planned") },
    { Mission::Status::Authorised, "authorised", QT_TRANSLATE_NOOP("Core::Mission", "Authorised") },
    { Mission::Status::UnderWay, "under_way", QT_TRANSLATE_NOOP("Core::Mission", "Under way") },
    { Mission::Status::Completed, "completed", QT_TRANSLATE_NOOP("Core::Mission", "Completed") },
    { Mission::Status::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Core::Mission", "Cancelled") },
};
constexpr EnumTable statusTable("Core::Mission", statusEntries);

} // namespace

Error Mission::validate() const
{
    if (purpose.trimmed().isEmpty())
        return Error::validation(tr("Say what the mission is for."), QStringLiteral("purpose"));
    if (travellerIds.isEmpty())
        return Error::validation(
            tr("A mission needs at least one traveller."), QStringLiteral("travellers"));
    if (!Country::isValidCode(countryCode))
        return Error::validation(tr("Choose the destination country."), QStringLiteral("country"));
    if (!start.isValid() || !end.isValid())
        return Error::validation(
            tr("A mission needs its departure and return dates."), QStringLiteral("start"));
    if (end < start)
        return Error::validation(tr("The mission returns (%1) before it leaves (%2).")
                                     .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)),
            QStringLiteral("end"));
    if (btoSubmittedOn.isValid() && btoSubmittedOn < end)
        return Error::validation(tr("A back-to-office report cannot be submitted before the "
                                    "return (%1).")
                                     .arg(end.toString(Qt::ISODate)),
            QStringLiteral("btoSubmittedOn"));
    return {};
}

int Mission::daysIn(int year) const
{
    if (!start.isValid() || !end.isValid())
        return 0;
    const QDate from = qMax(start, QDate(year, 1, 1));
    const QDate to = qMin(end, QDate(year, 12, 31));
    return from > to ? 0 : int(from.daysTo(to)) + 1;
}

bool Mission::expectsBto(const QDate &today) const
{
    return (status == Status::Completed || status == Status::UnderWay) && end < today;
}

QDate Mission::btoDue(int workingDays) const
{
    QDate due = end;
    for (int counted = 0; counted < workingDays;) {
        due = due.addDays(1);
        if (due.dayOfWeek() <= 5)
            ++counted;
    }
    return due;
}

bool Mission::isBtoOverdue(const QDate &today, int workingDays) const
{
    return expectsBto(today) && !btoSubmittedOn.isValid() && btoDue(workingDays) < today;
}

bool Mission::canMove(Status from, Status to)
{
    switch (from) {
    case Status::Planned:
        return to == Status::Authorised || to == Status::Cancelled;
    case Status::Authorised:
        return to == Status::UnderWay || to == Status::Cancelled;
    case Status::UnderWay:
        return to == Status::Completed;
    case Status::Completed:
    case Status::Cancelled:
        return false;
    }
    return false;
}

QString Mission::kindKey(Kind kind)
{
    return kindTable.key(kind);
}

std::optional<Mission::Kind> Mission::kindFromKey(const QString &key)
{
    return kindTable.fromKey(key);
}

QString Mission::kindName(Kind kind)
{
    return kindTable.name(kind);
}

QList<Mission::Kind> Mission::kinds()
{
    return kindTable.values();
}

QString Mission::statusKey(Status status)
{
    return statusTable.key(status);
}

std::optional<Mission::Status> Mission::statusFromKey(const QString &key)
{
    return statusTable.fromKey(key);
}

QString Mission::statusName(Status status)
{
    return statusTable.name(status);
}

QList<Mission::Status> Mission::statuses()
{
    return statusTable.values();
}

bool operator==(const Mission &a, const Mission &b)
{
    return a.id == b.id && a.purpose == b.purpose && a.kind == b.kind
        && a.countryCode == b.countryCode && a.city == b.city && a.start == b.start
        && a.end == b.end && a.status == b.status && a.travellerIds == b.travellerIds
        && a.supervisorTravels == b.supervisorTravels && a.projectId == b.projectId
        && a.meetingId == b.meetingId && a.deliverableIds == b.deliverableIds
        && a.btoSubmittedOn == b.btoSubmittedOn && a.notes == b.notes;
}

QDebug operator<<(QDebug debug, const Mission &mission)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Mission(" << mission.id << ", " << mission.purpose << ", "
                    << mission.countryCode << ", " << mission.start << " - " << mission.end << ", "
                    << Mission::statusKey(mission.status) << ')';
    return debug;
}

} // namespace Core
