#include "dashboardlistmodel.h"

#include "format.h"
#include "roles.h"

namespace Ui {

DashboardListModel::DashboardListModel(QObject *parent) : QAbstractListModel(parent) { }

void DashboardListModel::setLines(const QList<Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int DashboardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.title;
    case DetailRole:
        return line.detail;
    case BadgeRole:
        return line.badge;
    case Qt::ToolTipRole:
        return line.toolTip.isEmpty() ? QVariant() : QVariant(line.toolTip);
    case Qt::ForegroundRole:
        return line.urgent ? QVariant(Format::warning()) : QVariant();
    case KindRole:
        return int(line.target);
    case IdRole:
        return line.id;
    case PersonIdRole:
        return line.target == Target::Person ? QVariant(line.id) : QVariant();
    case PlanIdRole:
        return line.planId;
    }
    return {};
}

} // namespace Ui
