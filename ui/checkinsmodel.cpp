#include "checkinsmodel.h"

#include "format.h"
#include "roles.h"

#include <algorithm>

namespace Ui {

CheckInsModel::CheckInsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CheckInsModel::setCheckIns(
    const QList<Core::CheckIn> &checkIns, const QHash<Core::Id, QString> &names)
{
    beginResetModel();
    m_checkIns = checkIns;
    m_names = names;
    endResetModel();
}

int CheckInsModel::rowOf(Core::Id checkInId) const
{
    for (int row = 0; row < m_checkIns.size(); ++row) {
        if (m_checkIns.at(row).id == checkInId)
            return row;
    }
    return -1;
}

int CheckInsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkIns.size());
}

int CheckInsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CheckInsModel::openActions(const Core::CheckIn &checkIn)
{
    return int(std::count_if(checkIn.actions.cbegin(), checkIn.actions.cend(),
        [](const Core::CheckIn::ActionItem &action) { return !action.done; }));
}

QVariant CheckInsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::CheckIn &checkIn = m_checkIns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(checkIn, index.column());
    case SortRole:
        return index.column() == DateColumn ? QVariant(checkIn.date)
                                            : display(checkIn, index.column());
    case Qt::ForegroundRole:
        return index.column() == OpenActionsColumn && openActions(checkIn) > 0
            ? QVariant(Format::caution())
            : QVariant();
    case IdRole:
        return checkIn.id;
    case PersonIdRole:
        return checkIn.superviseeId;
    case ObjectRole:
        return QVariant::fromValue(checkIn);
    }
    return {};
}

QVariant CheckInsModel::display(const Core::CheckIn &checkIn, int column) const
{
    switch (column) {
    case DateColumn:
        return Format::date(checkIn.date);
    case SupervisorColumn:
        return m_names.value(checkIn.supervisorId);
    case AgendaColumn:
        return checkIn.agenda.size() == 1 ? tr("1 item")
                                          : tr("%n items", nullptr, checkIn.agenda.size());
    case OpenActionsColumn:
        return openActions(checkIn) == 0
            ? tr("none of %1").arg(checkIn.actions.size())
            : tr("%1 of %2").arg(openActions(checkIn)).arg(checkIn.actions.size());
    }
    return {};
}

QVariant CheckInsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SupervisorColumn:
        return tr("Supervisor");
    case AgendaColumn:
        return tr("Agenda");
    case OpenActionsColumn:
        return tr("Open actions");
    }
    return {};
}

} // namespace Ui
