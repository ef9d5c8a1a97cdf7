#include "filterproxymodel.h"

#include <algorithm>
#include <numeric>

namespace Ui {

FilterProxyModel::FilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void FilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    if (!m_hasKeys)
        collectKeys();
    if (sortColumn() >= 0 && (m_ranks.isEmpty() || m_rankedColumn != sortColumn()))
        rankRows();
    m_filterText = text;
    m_filterKey = keyOf(text);
    // invalidate() maps the rows again when the view next asks, or at once for the selection:
    // rowCount() makes sure it happens while the keys and ranks are trusted.
    m_rebuilding = true;
    invalidate();
    rowCount();
    m_rebuilding = false;
}

void FilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    forgetRows();
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    // Any change of the rows or their values may change their keys and order.
    connect(source, &QAbstractItemModel::modelReset, this, &FilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::layoutChanged, this, &FilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::rowsInserted, this, &FilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &FilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::rowsMoved, this, &FilterProxyModel::forgetRows);
    connect(source, &QAbstractItemModel::dataChanged, this, &FilterProxyModel::forgetRows);
}

void FilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column != m_rankedColumn)
        forgetRanks();
    QSortFilterProxyModel::sort(column, order);
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    if (m_rebuilding && !sourceParent.isValid() && sourceRow < m_keys.size())
        return m_keys.at(sourceRow).contains(m_filterKey);
    const QModelIndex index = sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent);
    return sourceModel()
        ->data(index, filterRole())
        .toString()
        .contains(m_filterText, filterCaseSensitivity());
}

bool FilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_rebuilding && !left.parent().isValid() && !right.parent().isValid()
        && left.row() < m_ranks.size() && right.row() < m_ranks.size())
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

void FilterProxyModel::forgetRows()
{
    m_keys.clear();
    m_hasKeys = false;
    forgetRanks();
}

void FilterProxyModel::forgetRanks()
{
    m_ranks.clear();
    m_rankedColumn = -1;
}

// Folded once here, each key is then searched with a plain, case-sensitive search: folding
// every character of every row at every keystroke cost more than all the rest of it.
QString FilterProxyModel::keyOf(const QString &text) const
{
    return filterCaseSensitivity() == Qt::CaseInsensitive ? text.toCaseFolded() : text;
}

void FilterProxyModel::collectKeys()
{
    const int rows = sourceModel()->rowCount();
    m_keys.clear();
    m_keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_keys.append(keyOf(sourceModel()
                                ->data(sourceModel()->index(row, filterKeyColumn()), filterRole())
                                .toString()));
    m_hasKeys = true;
}

// Equal keys get one rank, so that ties keep the source order as the proxy's stable sort does.
// With no filter yet, every row is already in the proxy in sorted order: reading the ranks off
// it costs one comparison per row instead of a sort.
void FilterProxyModel::rankRows()
{
    const int column = sortColumn();
    const int rows = sourceModel()->rowCount();
    QList<int> order(rows);
    const bool sorted = m_filterText.isEmpty() && rowCount() == rows;
    if (sorted) {
        for (int place = 0; place < rows; ++place)
            order[place] = mapToSource(index(place, column)).row();
    } else {
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int left, int right) {
            return QSortFilterProxyModel::lessThan(
                sourceModel()->index(left, column), sourceModel()->index(right, column));
        });
    }
    // The proxy's own order is descending when the view sorts so: its ranks count down.
    const bool descending = sorted && sortOrder() == Qt::DescendingOrder;
    m_ranks = QList<int>(rows);
    int rank = 0;
    for (int place = 0; place < rows; ++place) {
        const QModelIndex here = sourceModel()->index(order.at(place), column);
        if (place > 0) {
            const QModelIndex before = sourceModel()->index(order.at(place - 1), column);
            if (descending ? QSortFilterProxyModel::lessThan(here, before)
                           : QSortFilterProxyModel::lessThan(before, here))
                ++rank;
        }
        m_ranks[order.at(place)] = descending ? -rank : rank;
    }
    m_rankedColumn = column;
}

} // namespace Ui
