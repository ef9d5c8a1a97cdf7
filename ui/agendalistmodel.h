#ifndef UI_AGENDALISTMODEL_H
#define UI_AGENDALISTMODEL_H

#include <agendaitem.h>

#include <QAbstractListModel>
#include <QList>

namespace Ui {

// Agenda items as a list (a day of the calendar): title, a line of kind, dates, place and
// people, and the status or "Overdue" at the right, for TwoLineDelegate.
class AgendaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit AgendaListModel(QObject *parent = nullptr);

    void setItems(const QList<Core::AgendaItem> &items);
    const Core::AgendaItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Core::AgendaItem> m_items;
};

} // namespace Ui

#endif
