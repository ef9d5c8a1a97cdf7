#ifndef UI_CALENDARMONTHMODEL_H
#define UI_CALENDARMONTHMODEL_H

#include <agendaitem.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace Ui {

// A month as six weeks of seven days, Monday first, with the agenda items of each day: a
// mission or meeting on every day it lasts, a deadline on its day. Days of the neighbouring
// months fill the first and last weeks.
class CalendarMonthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int weeks = 6;
    static constexpr int daysPerWeek = 7;

    explicit CalendarMonthModel(QObject *parent = nullptr);

    QDate month() const { return m_month; } // its first day
    void setMonth(const QDate &day); // the month holding `day`; clears the items
    QDate firstShown() const;
    QDate lastShown() const { return firstShown().addDays(weeks * daysPerWeek - 1); }
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    void setItems(const QList<Core::AgendaItem> &items);
    QList<Core::AgendaItem> itemsOn(const QDate &date) const;

    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QDate &date) const; // invalid when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_month;
    QDate m_today;
    QHash<QDate, QList<Core::AgendaItem>> m_days;
};

} // namespace Ui

#endif
