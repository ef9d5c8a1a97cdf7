#ifndef UI_DASHBOARDPAGE_H
#define UI_DASHBOARDPAGE_H

#include "dashboardlistmodel.h"

#include <id.h>

#include <QDate>
#include <QWidget>

class QGridLayout;
class QListView;

namespace Ui {

class BarChart;
class DashboardCard;
class PageHeader;
class Session;

// The first page the unit head sees every morning: what is late or waiting, what ends or falls
// due soon, who travels how much, and three charts. Each line opens the thing it names.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int contractDays = 90;
    static constexpr int deliverableDays = 30;

    explicit DashboardPage(Session &session, QWidget *parent = nullptr);

    // Pins the day the page is computed for (tests, screenshots); today otherwise.
    void setToday(const QDate &today);
    void refresh();

    BarChart *statusChart() const { return m_statusChart; }
    BarChart *monthChart() const { return m_monthChart; }

Q_SIGNALS:
    void personActivated(Core::Id personId, Core::Id planId);
    void missionActivated(Core::Id missionId);
    void deliverableActivated(Core::Id deliverableId);
    void checkInsActivated(Core::Id personId);
    void checkInActivated(Core::Id checkInId);
    void appraisalActivated(Core::Id appraisalId);

private:
    struct Section
    {
        DashboardListModel *model = nullptr;
        DashboardCard *card = nullptr;
        bool alarming = false;
    };

    QWidget *createBody();
    Section createSection(
        const QString &title, const QString &name, const QString &emptyText, bool alarming);
    BarChart *createChart(const QString &title, const QString &name);
    QWidget *chartCard(BarChart *chart);
    void setLines(const Section &section, const QList<DashboardListModel::Line> &lines);
    bool refreshLists();
    bool refreshCharts();
    bool refreshSupervision();
    void onActivated(const QModelIndex &index);

    Session &m_session;
    QDate m_today;
    PageHeader *m_header;
    Section m_overdue;
    Section m_review;
    Section m_bto;
    Section m_contracts;
    Section m_due;
    Section m_missionDays;
    Section m_checkInsDue;
    Section m_appraisalsDue;
    BarChart *m_progressChart;
    BarChart *m_statusChart;
    BarChart *m_monthChart;
};

} // namespace Ui

#endif
