#ifndef UI_MAINWINDOW_H
#define UI_MAINWINDOW_H

#include <agendaitem.h>
#include <id.h>
#include <storage/backupfolder.h>

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Core {
class UnitStore;
}

namespace Ui {

class AppraisalPage;
class CalendarPage;
class CheckInsPage;
class DashboardPage;
class DeliverablesPage;
class MeetingsPage;
class MissionsPage;
class MySupervisionPage;
class OverviewPage;
class PeoplePage;
class PersonPage;
class ProjectsPage;
class Session;
class TimelinePage;
class UnitFileActions;
class WorkPlansPage;

// The window of the desk: a navigator on the left (dashboard first, unit overview, people, work
// plans, ..., my work plan), the chosen page in the middle, and the menus. The store is opened by
// the caller and must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The navigator's rows, the pages' order and Ctrl+1..9, in one order.
    enum Page {
        DashboardPageIndex,
        OverviewPageIndex,
        PeoplePageIndex,
        WorkPlansPageIndex,
        MissionsPageIndex,
        DeliverablesPageIndex,
        MeetingsPageIndex,
        ProjectsPageIndex,
        TimelinePageIndex,
        CalendarPageIndex,
        CheckInsPageIndex,
        AppraisalsPageIndex,
        MySupervisionPageIndex,
        PersonPageIndex
    };

    explicit MainWindow(Core::UnitStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() const { return *m_session; }
    OverviewPage *overviewPage() const { return m_overview; }
    PeoplePage *peoplePage() const { return m_people; }
    WorkPlansPage *workPlansPage() const { return m_workPlans; }
    PersonPage *personPage() const { return m_person; }
    MissionsPage *missionsPage() const { return m_missions; }
    DeliverablesPage *deliverablesPage() const { return m_deliverables; }
    MeetingsPage *meetingsPage() const { return m_meetings; }
    ProjectsPage *projectsPage() const { return m_projects; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    TimelinePage *timelinePage() const { return m_timeline; }
    CalendarPage *calendarPage() const { return m_calendar; }
    CheckInsPage *checkInsPage() const { return m_checkIns; }
    AppraisalPage *appraisalPage() const { return m_appraisals; }
    MySupervisionPage *mySupervisionPage() const { return m_mySupervision; }
    UnitFileActions &fileActions() const { return *m_fileActions; }
    int currentPage() const;

    // Who uses the desk; remembered per database file.
    void setCurrentPerson(Core::Id personId);

    void showPage(Page page);
    void showPerson(Core::Id personId, Core::Id planId = 0);
    void showMyWorkPlan();
    void logProgress();
    void newWorkPlan();
    void switchUser();
    void exportSummary();
    // Into the plan shown on a person's page, else into the user's own current plan.
    void importWorkPlan();
    void showSettings();
    void showShortcuts();

Q_SIGNALS:
    // Every page now shows a unit that is gone: the window's owner replaces it (WindowHost).
    void backupRestored(
        const Core::BackupFolder::Backup &restored, const Core::BackupFolder::Backup &before);
    // The preferences name another unit file: the window's owner reopens on it.
    void databaseChosen(const QString &path);

public Q_SLOTS:
    // Switch to the record's page, select its row and open its editor (from the dashboard, the
    // timeline, the calendar).
    void showMission(Core::Id missionId);
    void showDeliverable(Core::Id deliverableId);
    void showMeeting(Core::Id meetingId);
    // From My supervision and the dashboard: a supervisee's check-ins, one check-in, an appraisal.
    void showCheckIns(Core::Id personId);
    void showCheckIn(Core::Id checkInId);
    void showAppraisal(Core::Id appraisalId);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createNavigator();
    void createPages();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createGoMenu();
    void createPlanMenu();
    void addNewRecordActions(QMenu *plan);
    void connectAgendaPages();
    void connectSupervisionPages();
    void openAgendaItem(Core::AgendaItem::Kind kind, Core::Id id);
    void showActivity(Core::Id activityId);
    void createHelpMenu();
    QAction *addAction(
        QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut = {});
    void createStatusBar();
    void onNavigatorRowChanged(int row);
    void onCurrentPersonChanged();
    void onAbout();
    void restoreSettings();

    Session *m_session;
    QListWidget *m_navigator;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    PeoplePage *m_people;
    WorkPlansPage *m_workPlans;
    PersonPage *m_person;
    MissionsPage *m_missions;
    DeliverablesPage *m_deliverables;
    MeetingsPage *m_meetings;
    ProjectsPage *m_projects;
    DashboardPage *m_dashboard;
    TimelinePage *m_timeline;
    CalendarPage *m_calendar;
    CheckInsPage *m_checkIns;
    AppraisalPage *m_appraisals;
    MySupervisionPage *m_mySupervision;
    QLabel *m_userLabel;
    UnitFileActions *m_fileActions;
    bool m_askedIdentity = false;
};

} // namespace Ui

#endif
