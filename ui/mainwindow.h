#ifndef UI_MAINWINDOW_H
#define UI_MAINWINDOW_H

#include <agendaitem.h>
#include <id.h>
#include <storage/backupfolder.h>

#include <QMainWindow>

class QLabel;
class QListWidget;

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
class PageStack;
class PeoplePage;
class PersonPage;
class ProjectsPage;
class Session;
class TimelinePage;
class UnitAccessActions;
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
    // A page is built the first time it is shown or asked for here.
    OverviewPage *overviewPage();
    PeoplePage *peoplePage();
    WorkPlansPage *workPlansPage();
    PersonPage *personPage();
    MissionsPage *missionsPage();
    DeliverablesPage *deliverablesPage();
    MeetingsPage *meetingsPage();
    ProjectsPage *projectsPage();
    DashboardPage *dashboardPage();
    TimelinePage *timelinePage();
    CalendarPage *calendarPage();
    CheckInsPage *checkInsPage();
    AppraisalPage *appraisalPage();
    MySupervisionPage *mySupervisionPage();
    bool isPageBuilt(Page page) const;
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
    void addDashboardPage();
    void addListPages();
    void addAgendaPages();
    void addSupervisionPages();
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
    PageStack *m_pages;
    QLabel *m_userLabel;
    UnitFileActions *m_fileActions;
    UnitAccessActions *m_accessActions;
    bool m_askedIdentity = false;
};

} // namespace Ui

#endif
