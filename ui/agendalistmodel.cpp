#include "agendalistmodel.h"

#include "agendastyle.h"
#include "format.h"
#include "roles.h"

namespace Ui {

AgendaListModel::AgendaListModel(QObject *parent) : QAbstractListModel(parent) { }

void AgendaListModel::setItems(const QList<Core::AgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int AgendaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::AgendaItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case DetailRole:
        return AgendaStyle::summary(item);
    case BadgeRole:
        return item.overdue ? tr("Overdue") : AgendaStyle::statusName(item);
    case Qt::ForegroundRole:
        return item.overdue ? QVariant(Format::warning()) : QVariant();
    case Qt::DecorationRole:
        return AgendaStyle::colour(item);
    case Qt::ToolTipRole:
        return AgendaStyle::toolTip(item);
    case IdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case ObjectRole:
        return QVariant::fromValue(item);
    }
    return {};
}

} // namespace Ui
