#include "recordtablemodel.h"

#include "roles.h"

namespace Ui {

RecordTableModel::RecordTableModel(const QStringList &titles, QObject *parent)
    : QAbstractTableModel(parent), m_titles(titles)
{
}

void RecordTableModel::refresh()
{
    beginResetModel();
    const Core::Status loaded = reload();
    m_filterTexts.clear();
    m_filterTexts.reserve(recordCount());
    for (int row = 0; row < recordCount(); ++row)
        m_filterTexts.append(filterText(row));
    endResetModel();
    if (!loaded)
        Q_EMIT failed(loaded.error());
}

QModelIndex RecordTableModel::indexOf(Core::Id id) const
{
    for (int row = 0; row < recordCount(); ++row) {
        if (recordId(row) == id)
            return index(row, 0);
    }
    return {};
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case FilterRole:
        return m_filterTexts.value(row);
    case IdRole:
        return recordId(row);
    case ObjectRole:
        return record(row);
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section >= 0 && section < m_titles.size() ? m_titles.at(section) : QVariant();
}

QVariant RecordTableModel::sortKey(int row, int column) const
{
    return display(row, column);
}

QVariant RecordTableModel::foreground(int, int) const
{
    return {};
}

QString RecordTableModel::toolTip(int row, int column) const
{
    return display(row, column);
}

QString RecordTableModel::filterText(int row) const
{
    QStringList words;
    for (int column = 0; column < m_titles.size(); ++column)
        words.append(display(row, column));
    return words.join(QLatin1Char(' '));
}

} // namespace Ui
