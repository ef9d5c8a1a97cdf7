#include "tablesetup.h"

#include "filterproxymodel.h"
#include "roles.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

namespace Ui {

void TableSetup::apply(QTableView *view)
{
    applyCommon(view);
    view->setSortingEnabled(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
}

void TableSetup::apply(QTreeView *view)
{
    applyCommon(view);
    view->setUniformRowHeights(true);
    view->header()->setStretchLastSection(false);
    view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSortFilterProxyModel *TableSetup::filtered(QAbstractItemModel *source, QLineEdit *filter)
{
    auto *proxy = new FilterProxyModel(filter);
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
    proxy->setFilterRole(FilterRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    filter->setClearButtonEnabled(true);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, &FilterProxyModel::setFilterText);
    return proxy;
}

void TableSetup::applyCommon(QAbstractItemView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace Ui
