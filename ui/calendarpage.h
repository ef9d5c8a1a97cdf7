#ifndef UI_CALENDARPAGE_H
#define UI_CALENDARPAGE_H

#include <agendaitem.h>

#include <QDate>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace Ui {

class AgendaListModel;
class CalendarMonthModel;
class PageHeader;
class PersonFilter;
class Session;

// A month of the unit's (or one person's) missions, meetings and deadlines, with the chosen
// day's items listed beside it; double-clicking one opens it.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(Session &session, QWidget *parent = nullptr);

    CalendarMonthModel *monthModel() const { return m_month; }
    AgendaListModel *dayModel() const { return m_day; }
    PersonFilter *personFilter() const { return m_person; }
    QDate month() const; // its first day
    QDate selectedDate() const { return m_selected; }

    // Pins the day the page is drawn for (tests, screenshots) and shows its month.
    void setToday(const QDate &today);
    void showMonth(const QDate &day);
    void refresh();

Q_SIGNALS:
    void itemActivated(Core::AgendaItem::Kind kind, Core::Id id);

private:
    QWidget *createTools();
    QPushButton *createButton(const QString &text, const QString &name, const QString &toolTip);
    QWidget *createDayPanel();
    void setUpView();
    void onCurrentChanged(const QModelIndex &current);
    void onCellDoubleClicked(const QModelIndex &index);
    void onDayItemActivated(const QModelIndex &index);
    void onStoreChanged();
    void showSelectedDay();

    Session &m_session;
    QDate m_today;
    QDate m_selected;
    PageHeader *m_header;
    PersonFilter *m_person;
    QLabel *m_monthLabel;
    CalendarMonthModel *m_month;
    QTableView *m_view;
    AgendaListModel *m_day;
    QLabel *m_dayLabel;
    QLabel *m_dayEmpty;
    QListView *m_dayList;
};

} // namespace Ui

#endif
