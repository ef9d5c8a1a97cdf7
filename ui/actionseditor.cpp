#include "actionseditor.h"

#include "editordialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

ActionsEditor::ActionsEditor(const QList<Core::Person> &people, QWidget *parent)
    : QWidget(parent)
    , m_people(people)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add action"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    setObjectName(QStringLiteral("actionsEditor"));
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setAccessibleName(tr("Action items"));
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_remove->setObjectName(QStringLiteral("removeActionButton"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Owner"), tr("Due"), tr("Done") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OwnerColumn, 160);
    m_table->setColumnWidth(DueColumn, 120);
    m_table->setColumnWidth(DoneColumn, 60);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ActionsEditor::appendAction);
    connect(m_remove, &QPushButton::clicked, this, &ActionsEditor::onRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsEditor::updateButtons);
    updateButtons();
}

void ActionsEditor::setActions(const QList<Core::FollowUpAction> &actions)
{
    m_table->setRowCount(0);
    for (const Core::FollowUpAction &action : actions)
        addRow(action);
    updateButtons();
}

QList<Core::FollowUpAction> ActionsEditor::actions() const
{
    QList<Core::FollowUpAction> actions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *text = m_table->item(row, TextColumn);
        Core::FollowUpAction action;
        action.id = text->data(Qt::UserRole).value<Core::Id>();
        action.text = text->text().trimmed();
        const auto *owner = qobject_cast<QComboBox *>(m_table->cellWidget(row, OwnerColumn));
        action.ownerId = owner->currentData().value<Core::Id>();
        action.dueDate
            = EditorDialog::dateOf(qobject_cast<QDateEdit *>(m_table->cellWidget(row, DueColumn)));
        action.done = m_table->item(row, DoneColumn)->checkState() == Qt::Checked;
        actions.append(action);
    }
    return actions;
}

void ActionsEditor::appendAction()
{
    addRow(Core::FollowUpAction());
    const int row = m_table->rowCount() - 1;
    m_table->selectRow(row);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, TextColumn));
}

void ActionsEditor::addRow(const Core::FollowUpAction &action)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *text = new QTableWidgetItem(action.text);
    text->setData(Qt::UserRole, action.id);
    m_table->setItem(row, TextColumn, text);
    auto *owner = new QComboBox;
    owner->setObjectName(QStringLiteral("actionOwnerCombo"));
    owner->addItem(tr("(outside the unit)"), Core::Id(0));
    for (const Core::Person &person : std::as_const(m_people))
        owner->addItem(person.name, person.id);
    owner->setCurrentIndex(qMax(0, owner->findData(action.ownerId)));
    m_table->setCellWidget(row, OwnerColumn, owner);
    QDateEdit *due = EditorDialog::createDateEdit(nullptr, action.dueDate, true);
    due->setObjectName(QStringLiteral("actionDueEdit"));
    m_table->setCellWidget(row, DueColumn, due);
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    done->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, DoneColumn, done);
}

void ActionsEditor::onRemove()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    updateButtons();
}

void ActionsEditor::updateButtons()
{
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

} // namespace Ui
