#ifndef UI_FILTERPROXYMODEL_H
#define UI_FILTERPROXYMODEL_H

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Ui {

// Filter as you type over lists of thousands of rows, within a frame per keystroke. Rows match
// when their FilterRole text contains the typed text, case-insensitively. A new filter text
// rebuilds the rows in one layout change: QSortFilterProxyModel's own refiltering removes and
// inserts every run of rows that changed one by one, rebuilding its mapping and the view's
// header each time, which costs the square of the rows on a broad filter. The rebuild matches
// each row's folded filter text, and sorts the rows it keeps by a rank per source row, both
// taken once per change of the source (and the ranks once per sort column), so a keystroke
// neither asks the source model for every row nor for every comparison.
class FilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void forgetRows();
    void forgetRanks();
    QString keyOf(const QString &text) const;
    void collectKeys();
    void rankRows();

    QString m_filterText;
    QString m_filterKey;
    // Each top-level source row's filter text, folded when the filter ignores case; trusted
    // only while a rebuild runs, as the ranks.
    QStringList m_keys;
    bool m_hasKeys = false;
    // The place of each top-level source row in the order of the sort column (equal keys share
    // one), while a rebuild runs; empty when out of date.
    QList<int> m_ranks;
    int m_rankedColumn = -1;
    bool m_rebuilding = false;
};

} // namespace Ui

#endif
