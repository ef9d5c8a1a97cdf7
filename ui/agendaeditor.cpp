#include "agendaeditor.h"

#include "format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int PointRole = Qt::UserRole + 1;

} // namespace

AgendaEditor::AgendaEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add &item"), this))
    , m_remove(new QPushButton(tr("Remove i&tem"), this))
{
    setObjectName(QStringLiteral("agendaEditor"));
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setAccessibleName(tr("Agenda"));
    m_add->setObjectName(QStringLiteral("addAgendaItemButton"));
    m_remove->setObjectName(QStringLiteral("removeAgendaItemButton"));
    m_table->setHorizontalHeaderLabels({ tr("Item"), tr("From"), tr("Done") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OriginColumn, 110);
    m_table->setColumnWidth(DoneColumn, 50);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::appendItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::onRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AgendaEditor::updateButtons);
    updateButtons();
}

void AgendaEditor::setAgenda(const QList<Core::CheckIn::AgendaPoint> &agenda)
{
    m_table->setRowCount(0);
    for (const Core::CheckIn::AgendaPoint &point : agenda)
        addRow(point);
    updateButtons();
}

QList<Core::CheckIn::AgendaPoint> AgendaEditor::agenda() const
{
    QList<Core::CheckIn::AgendaPoint> agenda;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *text = m_table->item(row, TextColumn);
        auto point = text->data(PointRole).value<Core::CheckIn::AgendaPoint>();
        point.text = text->text().trimmed();
        agenda.append(point);
    }
    return agenda;
}

QList<Core::Id> AgendaEditor::doneActionIds() const
{
    QList<Core::Id> done;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto point
            = m_table->item(row, TextColumn)->data(PointRole).value<Core::CheckIn::AgendaPoint>();
        if (point.carriedActionId != 0
            && m_table->item(row, DoneColumn)->checkState() == Qt::Checked)
            done.append(point.carriedActionId);
    }
    return done;
}

void AgendaEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void AgendaEditor::appendItem()
{
    addRow({});
    const int row = m_table->rowCount() - 1;
    m_table->selectRow(row);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, TextColumn));
}

void AgendaEditor::addRow(const Core::CheckIn::AgendaPoint &point)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *text = new QTableWidgetItem(point.text);
    text->setToolTip(point.text);
    text->setData(PointRole, QVariant::fromValue(point));
    m_table->setItem(row, TextColumn, text);
    auto *origin = new QTableWidgetItem;
    origin->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (point.carriedActionId != 0) {
        origin->setText(tr("carried over"));
        origin->setForeground(Format::caution());
        origin->setToolTip(tr("An action item of an earlier check-in that is not done yet"));
    } else if (point.recurring) {
        origin->setText(tr("recurring"));
        origin->setForeground(Format::accent());
        origin->setToolTip(tr("On the agenda of every check-in of this pair"));
    }
    m_table->setItem(row, OriginColumn, origin);
    // Only an earlier action item can be done; a plain agenda item is just discussed.
    auto *done = new QTableWidgetItem;
    done->setFlags(point.carriedActionId != 0
            ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
            : Qt::ItemIsSelectable);
    if (point.carriedActionId != 0)
        done->setCheckState(Qt::Unchecked);
    m_table->setItem(row, DoneColumn, done);
}

void AgendaEditor::onRemove()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    updateButtons();
}

void AgendaEditor::updateButtons()
{
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

} // namespace Ui
