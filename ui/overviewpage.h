#ifndef UI_OVERVIEWPAGE_H
#define UI_OVERVIEWPAGE_H

#include <id.h>

#include <QDate>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {

class AlertListModel;
class OverviewModel;
class PageHeader;
class Session;

// The unit head's morning page: every supervisee at a glance, and what needs attention now.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    // Deadlines this close are listed under "Due soon".
    static constexpr int dueSoonDays = 14;

    explicit OverviewPage(Session &session, QWidget *parent = nullptr);

    OverviewModel *model() const { return m_model; }
    // Pins the day the page is computed for (tests, screenshots); today otherwise.
    void setToday(const QDate &today);
    void exportSummary();

Q_SIGNALS:
    void personActivated(Core::Id personId, Core::Id planId);

private:
    QWidget *createAlerts();
    QWidget *createAlertBox(const QString &title, const QString &name, AlertListModel *model);
    void setUpTable();
    void refreshAlerts();
    void onActivated(const QModelIndex &index);

    Session &m_session;
    QDate m_today;
    PageHeader *m_header;
    QLineEdit *m_filter;
    OverviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    AlertListModel *m_overdue;
    AlertListModel *m_dueSoon;
    AlertListModel *m_contracts;
};

} // namespace Ui

#endif
