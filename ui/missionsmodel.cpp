#include "missionsmodel.h"

#include "format.h"
#include "lookups.h"

#include <storage/missionrepository.h>
#include <storage/peoplerepository.h>
#include <storage/unitsettings.h>
#include <unitstore.h>

namespace Ui {

MissionsModel::MissionsModel(Core::UnitStore &store, QObject *parent)
    : RecordTableModel({ tr("Purpose"), tr("Kind"), tr("Travellers"), tr("Destination"),
                           tr("Dates"), tr("Days"), tr("Status"), tr("Back-to-office report") },
        parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(&m_store.missions(), &Core::MissionRepository::changed, this, &MissionsModel::refresh);
    connect(&m_store.people(), &Core::PeopleRepository::changed, this, &MissionsModel::refresh);
    connect(&m_store.settings(), &Core::UnitSettings::changed, this, &MissionsModel::refresh);
    refresh();
}

void MissionsModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

Core::Status MissionsModel::reload()
{
    m_missions.clear();
    m_names.clear();
    const auto missions = m_store.missions().all();
    if (!missions)
        return missions.error();
    const auto names = Lookups::personNames(m_store);
    if (!names)
        return names.error();
    m_missions = missions.value();
    m_names = names.value();
    m_btoWorkingDays = m_store.settings().btoWorkingDays();
    return {};
}

QVariant MissionsModel::record(int row) const
{
    return QVariant::fromValue(m_missions.at(row));
}

QString MissionsModel::btoText(const Core::Mission &mission) const
{
    if (mission.btoSubmittedOn.isValid())
        return tr("submitted %1").arg(Format::shortDate(mission.btoSubmittedOn));
    if (!mission.expectsBto(m_today))
        return {};
    const QDate due = mission.btoDue(m_btoWorkingDays);
    return isBtoOverdue(mission) ? tr("overdue since %1").arg(Format::shortDate(due))
                                 : tr("due %1").arg(Format::shortDate(due));
}

bool MissionsModel::isBtoOverdue(const Core::Mission &mission) const
{
    return mission.isBtoOverdue(m_today, m_btoWorkingDays);
}

QString MissionsModel::display(int row, int column) const
{
    const Core::Mission &mission = m_missions.at(row);
    switch (column) {
    case PurposeColumn:
        return mission.purpose;
    case KindColumn:
        return Core::Mission::kindName(mission.kind);
    case TravellersColumn:
        return travellers(mission);
    case DestinationColumn:
        return Lookups::place(mission.city, mission.countryCode);
    case DatesColumn:
        return Lookups::dateRange(mission.start, mission.end);
    case DaysColumn:
        return QString::number(mission.days());
    case StatusColumn:
        return Core::Mission::statusName(mission.status);
    case BtoColumn:
        return btoText(mission);
    }
    return {};
}

QVariant MissionsModel::sortKey(int row, int column) const
{
    const Core::Mission &mission = m_missions.at(row);
    switch (column) {
    case DatesColumn:
        return mission.start;
    case DaysColumn:
        return mission.days();
    case StatusColumn:
        return int(mission.status);
    case BtoColumn:
        return mission.btoSubmittedOn.isValid() ? mission.btoSubmittedOn
                                                : mission.btoDue(m_btoWorkingDays);
    }
    return display(row, column);
}

QVariant MissionsModel::foreground(int row, int column) const
{
    const Core::Mission &mission = m_missions.at(row);
    if (column == BtoColumn && isBtoOverdue(mission))
        return Format::warning();
    if (mission.status == Core::Mission::Status::Cancelled)
        return Format::muted();
    return {};
}

QString MissionsModel::toolTip(int row, int column) const
{
    const Core::Mission &mission = m_missions.at(row);
    if (column == BtoColumn && mission.expectsBto(m_today) && !mission.btoSubmittedOn.isValid())
        return tr("Due %1 working days after the return on %2")
            .arg(m_btoWorkingDays)
            .arg(Format::date(mission.end));
    if (column == PurposeColumn && !mission.notes.isEmpty())
        return mission.purpose + QStringLiteral("\n\n") + mission.notes;
    return RecordTableModel::toolTip(row, column);
}

QString MissionsModel::travellers(const Core::Mission &mission) const
{
    const QString names = Lookups::joined(m_names, mission.travellerIds);
    return mission.supervisorTravels ? tr("%1 + supervisor").arg(names) : names;
}

} // namespace Ui
