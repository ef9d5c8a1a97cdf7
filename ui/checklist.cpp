#include "checklist.h"

namespace Ui {

CheckList::CheckList(int visibleRows, QWidget *parent)
    : QListWidget(parent), m_visibleRows(visibleRows)
{
    setUniformItemSizes(true);
    // A long title is cut at the edge and read whole in its tooltip: a horizontal scroll bar
    // would hide one of the few rows.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(fontMetrics().lineSpacing() * visibleRows + 2 * frameWidth());
}

void CheckList::addEntry(const QString &text, Core::Id id, bool checked)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(Qt::UserRole, id);
    item->setToolTip(text);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    // A check box makes a row taller than a line of text: size on the first real row.
    if (count() == 1)
        setFixedHeight(sizeHintForRow(0) * m_visibleRows + 2 * frameWidth());
}

QList<Core::Id> CheckList::checkedIds() const
{
    QList<Core::Id> ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(Qt::UserRole).value<Core::Id>());
    }
    return ids;
}

QListWidgetItem *CheckList::itemFor(Core::Id id) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).value<Core::Id>() == id)
            return item(row);
    }
    return nullptr;
}

} // namespace Ui
