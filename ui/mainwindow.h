#ifndef UI_MAINWINDOW_H
#define UI_MAINWINDOW_H

#include <id.h>

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Core {
class UnitStore;
}

namespace Ui {

class OverviewPage;
class PeoplePage;
class PersonPage;
class Session;
class WorkPlansPage;

// The window of the desk: a navigator on the left (unit overview, people, work plans, my work
// plan), the chosen page in the middle, and the menus. The store is opened by the caller and
// must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { OverviewPageIndex, PeoplePageIndex, WorkPlansPageIndex, PersonPageIndex };

    explicit MainWindow(Core::UnitStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() const { return *m_session; }
    OverviewPage *overviewPage() const { return m_overview; }
    PeoplePage *peoplePage() const { return m_people; }
    WorkPlansPage *workPlansPage() const { return m_workPlans; }
    PersonPage *personPage() const { return m_person; }
    int currentPage() const;

    // Who uses the desk; remembered per database file.
    void setCurrentPerson(Core::Id personId);

    void showPage(Page page);
    void showPerson(Core::Id personId, Core::Id planId = 0);
    void showMyWorkPlan();
    void logProgress();
    void newWorkPlan();
    void switchUser();

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
    QLabel *m_userLabel;
    bool m_askedIdentity = false;
};

} // namespace Ui

#endif
