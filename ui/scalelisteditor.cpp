#include "scalelisteditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

ScaleListEditor::ScaleListEditor(
    const QString &accessibleName, const QString &newName, QWidget *parent)
    : QWidget(parent)
    , m_newName(newName)
    , m_list(new QListWidget(this))
    , m_add(createButton(QStringLiteral("addButton"), tr("Add")))
    , m_remove(createButton(QStringLiteral("removeButton"), tr("Remove")))
    , m_up(createButton(QStringLiteral("upButton"), tr("Move up")))
    , m_down(createButton(QStringLiteral("downButton"), tr("Move down")))
{
    m_list->setObjectName(QStringLiteral("itemsList"));
    m_list->setAccessibleName(accessibleName);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ScaleListEditor::onAdd);
    connect(m_remove, &QPushButton::clicked, this, &ScaleListEditor::onRemove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ScaleListEditor::updateButtons);
    updateButtons();
}

QPushButton *ScaleListEditor::createButton(const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

void ScaleListEditor::setItems(const QList<Core::AppraisalScaleItem> &items)
{
    m_list->clear();
    for (const Core::AppraisalScaleItem &item : items) {
        auto *row = new QListWidgetItem(item.title, m_list);
        row->setData(idRole, item.id);
        row->setFlags(row->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(items.isEmpty() ? -1 : 0);
    updateButtons();
}

QList<Core::AppraisalScaleItem> ScaleListEditor::items() const
{
    QList<Core::AppraisalScaleItem> items;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        items.append({ item->data(idRole).value<Core::Id>(), item->text() });
    }
    return items;
}

void ScaleListEditor::onAdd()
{
    auto *row = new QListWidgetItem(m_newName);
    row->setData(idRole, Core::Id(0));
    row->setFlags(row->flags() | Qt::ItemIsEditable);
    m_list->insertItem(m_list->count(), row);
    m_list->setCurrentItem(row);
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->editItem(row);
}

void ScaleListEditor::onRemove()
{
    delete m_list->takeItem(m_list->currentRow());
    updateButtons();
}

void ScaleListEditor::move(int offset)
{
    const int row = m_list->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void ScaleListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace Ui
