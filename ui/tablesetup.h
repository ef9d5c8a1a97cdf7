#ifndef UI_TABLESETUP_H
#define UI_TABLESETUP_H

class QAbstractItemModel;
class QAbstractItemView;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace Ui {

// The look and behaviour every list of the window shares: airy rows, whole-row selection,
// sorting on raw values, filter as you type.
class TableSetup
{
public:
    static void apply(QTableView *view);
    static void apply(QTreeView *view);
    // A case-insensitive proxy over `source` that sorts on SortRole and filters on FilterRole
    // as the user types into `filter` (a FilterProxyModel).
    static QSortFilterProxyModel *filtered(QAbstractItemModel *source, QLineEdit *filter);

private:
    static void applyCommon(QAbstractItemView *view);
};

} // namespace Ui

#endif
