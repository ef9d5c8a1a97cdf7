#include "recordbrowser.h"

#include "historybutton.h"
#include "recordtablemodel.h"
#include "roles.h"
#include "tablesetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

RecordBrowser::RecordBrowser(
    RecordTableModel *model, QLineEdit *filter, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_proxy(TableSetup::filtered(model, filter))
    , m_table(new QTableView(this))
    , m_buttons(new QHBoxLayout)
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_entity = name;
    setObjectName(name + QStringLiteral("Browser"));
    m_table->setObjectName(name + QStringLiteral("sTable"));
    createButtons(name.left(1).toUpper() + name.mid(1));
    setUpTable();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(m_buttons);
    layout->addWidget(m_table, 1);
    onSelectionChanged();
}

void RecordBrowser::createButtons(const QString &stem)
{
    m_new->setObjectName(QStringLiteral("new%1Button").arg(stem));
    m_edit->setObjectName(QStringLiteral("edit%1Button").arg(stem));
    m_delete->setObjectName(QStringLiteral("delete%1Button").arg(stem));
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addWidget(m_new);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_delete);
    m_buttons->addStretch();
    connect(m_new, &QPushButton::clicked, this, &RecordBrowser::newRequested);
    connect(m_edit, &QPushButton::clicked, this, &RecordBrowser::onEdit);
    connect(m_delete, &QPushButton::clicked, this, &RecordBrowser::onDelete);
}

void RecordBrowser::setUpTable()
{
    m_table->setModel(m_proxy);
    TableSetup::apply(m_table);
    // Activation is a double-click or Enter: connecting doubleClicked too would open two editors.
    connect(m_table, &QTableView::activated, this, &RecordBrowser::onEdit);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordBrowser::onSelectionChanged);
    // A reload resets the model and would drop the selection under the user's feet.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keptSelection = selectedId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptSelection == 0 || !select(m_keptSelection))
            onSelectionChanged();
    });
}

void RecordBrowser::offerHistory(Core::UnitStore &store)
{
    m_history = new HistoryButton(store, this);
    m_history->setObjectName(
        QStringLiteral("history%1Button").arg(m_entity.left(1).toUpper() + m_entity.mid(1)));
    // After Delete: the record's own buttons stay together, before the page's.
    m_buttons->insertWidget(m_buttons->indexOf(m_delete) + 1, m_history);
    onSelectionChanged();
}

void RecordBrowser::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void RecordBrowser::addTrailing(QWidget *widget)
{
    m_buttons->addWidget(widget);
}

void RecordBrowser::setColumnWidths(const QList<QPair<int, int>> &widths, int stretch)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
}

void RecordBrowser::sortBy(int column, Qt::SortOrder order)
{
    m_table->sortByColumn(column, order);
}

Core::Id RecordBrowser::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? Core::Id(0) : rows.first().data(IdRole).value<Core::Id>();
}

QVariant RecordBrowser::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QVariant() : rows.first().data(ObjectRole);
}

bool RecordBrowser::select(Core::Id id)
{
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return false;
    if (!m_proxy->mapFromSource(source).isValid())
        m_filter->clear();
    const QModelIndex row = m_proxy->mapFromSource(source);
    m_table->selectRow(row.row());
    m_table->scrollTo(row);
    return true;
}

void RecordBrowser::onSelectionChanged()
{
    const Core::Id id = selectedId();
    m_edit->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    if (m_history)
        m_history->setRecord(m_entity, id);
    Q_EMIT selectionChanged(id);
}

void RecordBrowser::onEdit()
{
    if (const Core::Id id = selectedId())
        Q_EMIT editRequested(id);
}

void RecordBrowser::onDelete()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        Q_EMIT deleteRequested(
            rows.first().data(IdRole).value<Core::Id>(), rows.first().data().toString());
}

} // namespace Ui
