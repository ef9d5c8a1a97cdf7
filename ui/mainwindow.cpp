#include "mainwindow.h"

#include "storage/serveraddress.h"

#include "appraisalpage.h"
#include "calendarpage.h"
#include "checkinspage.h"
#include "dashboardpage.h"
#include "deliverablespage.h"
#include "format.h"
#include "identitydialog.h"
#include "meetingspage.h"
#include "missionspage.h"
#include "mysupervisionpage.h"
#include "navigatordelegate.h"
#include "overviewpage.h"
#include "pagestack.h"
#include "peoplepage.h"
#include "personpage.h"
#include "progressdialog.h"
#include "projectspage.h"
#include "recordedits.h"
#include "session.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "signindialog.h"
#include "summaryexportdialog.h"
#include "timelinepage.h"
#include "undoableedits.h"
#include "unitaccessactions.h"
#include "unitfileactions.h"
#include "workplanspage.h"

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Ui {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

template<typename T> T *pageOf(PageStack *pages, MainWindow::Page page)
{
    return static_cast<T *>(pages->page(page));
}

} // namespace

MainWindow::MainWindow(Core::UnitStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(store, this))
    , m_navigator(new QListWidget(this))
    , m_pages(new PageStack(this))
    , m_userLabel(new QLabel(this))
    , m_fileActions(new UnitFileActions(*m_session, this))
    , m_accessActions(new UnitAccessActions(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(store.isReadOnly() ? tr("SSE Unit Desk (read-only)") : tr("SSE Unit Desk"));
    createPages();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createNavigator());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createMenus();
    createStatusBar();
    connect(&m_session->edits(), &UndoableEdits::failed, this,
        [this](const Core::Error &error) { m_session->showError(this, error); });
    connect(&m_session->records(), &RecordEdits::failed, this,
        [this](const Core::Error &error) { m_session->showError(this, error); });
    connect(m_session, &Session::currentPersonChanged, this, &MainWindow::onCurrentPersonChanged);
    m_session->restoreIdentity();
    onCurrentPersonChanged();
    resize(1400, 850);
    restoreSettings();
    showPage(DashboardPageIndex);
}

MainWindow::~MainWindow() = default;

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

bool MainWindow::isPageBuilt(Page page) const
{
    return m_pages->isBuilt(page);
}

OverviewPage *MainWindow::overviewPage()
{
    return pageOf<OverviewPage>(m_pages, OverviewPageIndex);
}

PeoplePage *MainWindow::peoplePage()
{
    return pageOf<PeoplePage>(m_pages, PeoplePageIndex);
}

WorkPlansPage *MainWindow::workPlansPage()
{
    return pageOf<WorkPlansPage>(m_pages, WorkPlansPageIndex);
}

PersonPage *MainWindow::personPage()
{
    return pageOf<PersonPage>(m_pages, PersonPageIndex);
}

MissionsPage *MainWindow::missionsPage()
{
    return pageOf<MissionsPage>(m_pages, MissionsPageIndex);
}

DeliverablesPage *MainWindow::deliverablesPage()
{
    return pageOf<DeliverablesPage>(m_pages, DeliverablesPageIndex);
}

MeetingsPage *MainWindow::meetingsPage()
{
    return pageOf<MeetingsPage>(m_pages, MeetingsPageIndex);
}

ProjectsPage *MainWindow::projectsPage()
{
    return pageOf<ProjectsPage>(m_pages, ProjectsPageIndex);
}

DashboardPage *MainWindow::dashboardPage()
{
    return pageOf<DashboardPage>(m_pages, DashboardPageIndex);
}

TimelinePage *MainWindow::timelinePage()
{
    return pageOf<TimelinePage>(m_pages, TimelinePageIndex);
}

CalendarPage *MainWindow::calendarPage()
{
    return pageOf<CalendarPage>(m_pages, CalendarPageIndex);
}

CheckInsPage *MainWindow::checkInsPage()
{
    return pageOf<CheckInsPage>(m_pages, CheckInsPageIndex);
}

AppraisalPage *MainWindow::appraisalPage()
{
    return pageOf<AppraisalPage>(m_pages, AppraisalsPageIndex);
}

MySupervisionPage *MainWindow::mySupervisionPage()
{
    return pageOf<MySupervisionPage>(m_pages, MySupervisionPageIndex);
}

void MainWindow::setCurrentPerson(Core::Id personId)
{
    m_session->setCurrentPersonId(personId);
}

QWidget *MainWindow::createNavigator()
{
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Pages"));
    m_navigator->addItems({ tr("Dashboard"), tr("Unit overview"), tr("People"), tr("Work plans"),
        tr("Missions"), tr("Deliverables"), tr("Meetings"), tr("Projects & partners"),
        tr("Timeline"), tr("Calendar"), tr("Check-ins"), tr("Appraisals"), tr("My supervision"),
        tr("My work plan") });
    m_navigator->setFixedWidth(200);
    // The navigator is reached with the mouse or Ctrl+1..9; a focus frame on it only adds noise.
    m_navigator->setFocusPolicy(Qt::NoFocus);
    m_navigator->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator));
    QFont larger = m_navigator->font();
    larger.setPointSize(11);
    m_navigator->setFont(larger);
    // From the palette, so that a dark desktop theme gets a dark navigator.
    QPalette shade = m_navigator->palette();
    shade.setColor(QPalette::Base, Format::tint(0.05));
    shade.setColor(QPalette::Window, Format::tint(0.05));
    m_navigator->setPalette(shade);
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorRowChanged);
    // The column's shade above the first page, which the list itself cannot leave.
    auto *column = new QWidget(this);
    column->setPalette(shade);
    column->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_navigator);
    return column;
}

// In navigator order; each page is built, and connected, on first use (PageStack).
void MainWindow::createPages()
{
    addDashboardPage();
    addListPages();
    addAgendaPages();
    addSupervisionPages();
    m_pages->addPage([this](QWidget *parent) { return new PersonPage(*m_session, parent); });
    m_pages->setContentsMargins(14, 10, 14, 6);
}

// Every line of the dashboard opens what it names.
void MainWindow::addDashboardPage()
{
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new DashboardPage(*m_session, parent);
        connect(page, &DashboardPage::personActivated, this, &MainWindow::showPerson);
        connect(page, &DashboardPage::missionActivated, this, &MainWindow::showMission);
        connect(page, &DashboardPage::deliverableActivated, this, &MainWindow::showDeliverable);
        connect(page, &DashboardPage::checkInsActivated, this, &MainWindow::showCheckIns);
        connect(page, &DashboardPage::checkInActivated, this, &MainWindow::showCheckIn);
        connect(page, &DashboardPage::appraisalActivated, this, &MainWindow::showAppraisal);
        return page;
    });
}

void MainWindow::addListPages()
{
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new OverviewPage(*m_session, parent);
        connect(page, &OverviewPage::personActivated, this, &MainWindow::showPerson);
        return page;
    });
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new PeoplePage(*m_session, parent);
        connect(page, &PeoplePage::personActivated, this,
            [this](Core::Id personId) { showPerson(personId); });
        return page;
    });
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new WorkPlansPage(*m_session, parent);
        connect(page, &WorkPlansPage::planActivated, this, &MainWindow::showPerson);
        return page;
    });
    m_pages->addPage([this](QWidget *parent) { return new MissionsPage(*m_session, parent); });
    m_pages->addPage([this](QWidget *parent) { return new DeliverablesPage(*m_session, parent); });
    m_pages->addPage([this](QWidget *parent) { return new MeetingsPage(*m_session, parent); });
    m_pages->addPage([this](QWidget *parent) { return new ProjectsPage(*m_session, parent); });
}

// Every item of the timeline and calendar opens what it names.
void MainWindow::addAgendaPages()
{
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new TimelinePage(*m_session, parent);
        connect(page, &TimelinePage::itemActivated, this, &MainWindow::openAgendaItem);
        return page;
    });
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new CalendarPage(*m_session, parent);
        connect(page, &CalendarPage::itemActivated, this, &MainWindow::openAgendaItem);
        return page;
    });
}

// Every line of My supervision opens what it names.
void MainWindow::addSupervisionPages()
{
    m_pages->addPage([this](QWidget *parent) { return new CheckInsPage(*m_session, parent); });
    m_pages->addPage([this](QWidget *parent) { return new AppraisalPage(*m_session, parent); });
    m_pages->addPage([this](QWidget *parent) {
        auto *page = new MySupervisionPage(*m_session, parent);
        connect(page, &MySupervisionPage::checkInsActivated, this, &MainWindow::showCheckIns);
        connect(page, &MySupervisionPage::checkInActivated, this, &MainWindow::showCheckIn);
        connect(page, &MySupervisionPage::deliverableActivated, this, &MainWindow::showDeliverable);
        connect(page, &MySupervisionPage::appraisalActivated, this, &MainWindow::showAppraisal);
        return page;
    });
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createGoMenu();
    createPlanMenu();
    createHelpMenu();
}

void MainWindow::createGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    const QList<QPair<QString, QString>> pages { { QStringLiteral("showDashboardAction"),
                                                     tr("Dash&board") },
        { QStringLiteral("showOverviewAction"), tr("Unit &overview") },
        { QStringLiteral("showPeopleAction"), tr("&People") },
        { QStringLiteral("showWorkPlansAction"), tr("&Work plans") },
        { QStringLiteral("showMissionsAction"), tr("M&issions") },
        { QStringLiteral("showDeliverablesAction"), tr("&Deliverables") },
        { QStringLiteral("showMeetingsAction"), tr("M&eetings") },
        { QStringLiteral("showProjectsAction"), tr("P&rojects && partners") },
        { QStringLiteral("showTimelineAction"), tr("&Timeline") },
        { QStringLiteral("showCalendarAction"), tr("&Calendar") },
        { QStringLiteral("showCheckInsAction"), tr("C&heck-ins") },
        { QStringLiteral("showAppraisalsAction"), tr("&Appraisals") },
        { QStringLiteral("mySupervisionAction"), tr("My &supervision") },
        { QStringLiteral("myWorkPlanAction"), tr("&My work plan") } };
    for (int page = 0; page < pages.size(); ++page) {
        // Ctrl+1..9 in navigator order, and Ctrl+0 for one's own plan, the last row; a page
        // between them is reached through the menu.
        const bool last = page == pages.size() - 1;
        const QKeySequence shortcut = page < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page))
            : last                             ? QKeySequence(Qt::CTRL | Qt::Key_0)
                                               : QKeySequence();
        QAction *action = addAction(go, pages.at(page).first, pages.at(page).second, shortcut);
        connect(action, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
    }
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *switchUserAction
        = addAction(file, QStringLiteral("switchUserAction"), tr("S&witch user..."));
    connect(switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    // On a server the login is who one is: another person opens the window with theirs.
    switchUserAction->setEnabled(!m_session->store().isServer());
    file->addSeparator();
    QAction *exportSummary = addAction(file, QStringLiteral("exportSummaryAction"),
        tr("&Export summary or report..."), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportSummary, &QAction::triggered, this, &MainWindow::exportSummary);
    file->addSeparator();
    file->addAction(m_fileActions->backUpNowAction());
    file->addAction(m_fileActions->backupsAction());
    connect(m_fileActions, &UnitFileActions::backupRestored, this, &MainWindow::backupRestored);
    file->addSeparator();
    file->addAction(m_accessActions->accountsAction());
    file->addAction(m_accessActions->changeLogAction());
    file->addAction(m_accessActions->changePasswordAction());
    file->addSeparator();
    QAction *quit = addAction(file, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_session->undoStack().createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack().createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *settings = addAction(edit, QStringLiteral("settingsAction"), tr("&Preferences..."));
    // Desktops without a standard key for it (GNOME, a bare X11) get the common Ctrl+,.
    const auto preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    settings->setShortcuts(preferenceKeys.isEmpty()
            ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Comma) }
            : preferenceKeys);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::createPlanMenu()
{
    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->setObjectName(QStringLiteral("planMenu"));
    QAction *log = addAction(plan, QStringLiteral("logProgressAction"), tr("&Log progress..."),
        QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(log, &QAction::triggered, this, &MainWindow::logProgress);
    QAction *person = addAction(plan, QStringLiteral("newPersonAction"), tr("New &person..."));
    connect(person, &QAction::triggered, this, [this] { peoplePage()->newPerson(); });
    QAction *workPlan = addAction(
        plan, QStringLiteral("newWorkPlanAction"), tr("New &work plan..."), QKeySequence::New);
    connect(workPlan, &QAction::triggered, this, &MainWindow::newWorkPlan);
    addNewRecordActions(plan);
    plan->addSeparator();
    plan->addAction(m_fileActions->importPeopleAction());
    plan->addAction(m_fileActions->importWorkPlanAction());
    connect(m_fileActions->importWorkPlanAction(), &QAction::triggered, this,
        &MainWindow::importWorkPlan);
}

void MainWindow::addNewRecordActions(QMenu *plan)
{
    plan->addSeparator();
    QAction *mission = addAction(plan, QStringLiteral("newMissionAction"), tr("New m&ission..."));
    connect(mission, &QAction::triggered, this, [this] {
        showPage(MissionsPageIndex);
        missionsPage()->newMission();
    });
    QAction *deliverable
        = addAction(plan, QStringLiteral("newDeliverableAction"), tr("New &deliverable..."));
    connect(deliverable, &QAction::triggered, this, [this] {
        showPage(DeliverablesPageIndex);
        deliverablesPage()->newDeliverable();
    });
    QAction *meeting = addAction(plan, QStringLiteral("newMeetingAction"), tr("New &meeting..."));
    connect(meeting, &QAction::triggered, this, [this] {
        showPage(MeetingsPageIndex);
        meetingsPage()->newMeeting();
    });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = addAction(help, QStringLiteral("shortcutsAction"),
        tr("&Keyboard shortcuts"), QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = addAction(help, QStringLiteral("aboutAction"), tr("&About SSE Unit Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::onAbout);
}

QAction *MainWindow::addAction(
    QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createStatusBar()
{
    const QString file = m_session->store().isServer()
        ? Core::ServerAddress::parse(m_session->store().path()).value().describe()
        : QDir::toNativeSeparators(m_session->store().path());
    // Said where the eye goes to check the file, not only in a title bar some desktops hide.
    auto *path = new QLabel(m_session->store().isReadOnly()
            ? tr("Database: %1 (read-only: another program is writing to it)").arg(file)
            : tr("Database: %1").arg(file),
        this);
    path->setObjectName(QStringLiteral("databasePathLabel"));
    m_userLabel->setObjectName(QStringLiteral("currentUserLabel"));
    statusBar()->addWidget(path, 1);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::showPage(Page page)
{
    if (page == PersonPageIndex) {
        showMyWorkPlan();
        return;
    }
    m_navigator->setCurrentRow(page);
}

void MainWindow::showPerson(Core::Id personId, Core::Id planId)
{
    personPage()->setPerson(personId, planId);
    const bool mine = personId == m_session->currentPersonId();
    const QSignalBlocker blocker(m_navigator);
    m_navigator->setCurrentRow(mine ? int(PersonPageIndex) : -1);
    m_pages->showPage(PersonPageIndex);
}

void MainWindow::showMission(Core::Id missionId)
{
    showPage(MissionsPageIndex);
    missionsPage()->showMission(missionId);
}

void MainWindow::showDeliverable(Core::Id deliverableId)
{
    showPage(DeliverablesPageIndex);
    deliverablesPage()->showDeliverable(deliverableId);
}

void MainWindow::showMeeting(Core::Id meetingId)
{
    showPage(MeetingsPageIndex);
    meetingsPage()->showMeeting(meetingId);
}

void MainWindow::showCheckIns(Core::Id personId)
{
    showPage(CheckInsPageIndex);
    checkInsPage()->setPerson(personId);
}

void MainWindow::showCheckIn(Core::Id checkInId)
{
    showPage(CheckInsPageIndex);
    checkInsPage()->showCheckIn(checkInId);
}

void MainWindow::showAppraisal(Core::Id appraisalId)
{
    showPage(AppraisalsPageIndex);
    appraisalPage()->showAppraisal(appraisalId);
}

void MainWindow::openAgendaItem(Core::AgendaItem::Kind kind, Core::Id id)
{
    switch (kind) {
    case Core::AgendaItem::Kind::Mission:
    case Core::AgendaItem::Kind::BtoReportDue:
        showMission(id);
        break;
    case Core::AgendaItem::Kind::Meeting:
        showMeeting(id);
        break;
    case Core::AgendaItem::Kind::DeliverableDue:
        showDeliverable(id);
        break;
    case Core::AgendaItem::Kind::ActivityDue:
        showActivity(id);
        break;
    }
}

// An activity is shown on its plan, on the page of the plan's holder.
void MainWindow::showActivity(Core::Id activityId)
{
    const Core::UnitStore &store = m_session->store();
    const auto activity = store.activities().find(activityId);
    const auto objective = activity ? store.objectives().find(activity.value().objectiveId)
                                    : Core::Result<Core::Objective>(activity.error());
    const auto plan = objective ? store.workPlans().find(objective.value().planId)
                                : Core::Result<Core::WorkPlan>(objective.error());
    if (!plan) {
        m_session->showError(this, plan.error());
        return;
    }
    showPerson(plan.value().personId, plan.value().id);
}

void MainWindow::showMyWorkPlan()
{
    if (m_session->currentPersonId() == 0) {
        switchUser();
        return;
    }
    showPerson(m_session->currentPersonId());
}

// From the person page, the selected objective or activity is what the progress is about.
void MainWindow::logProgress()
{
    if (m_session->currentPersonId() == 0) {
        switchUser();
        return;
    }
    if (currentPage() == PersonPageIndex) {
        personPage()->logProgress();
        return;
    }
    auto *dialog = new ProgressDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newWorkPlan()
{
    if (currentPage() != PersonPageIndex)
        personPage()->setPerson(m_session->currentPersonId());
    personPage()->newPlan();
}

void MainWindow::switchUser()
{
    // In a unit with accounts, becoming someone else takes their password.
    if (m_session->store().signedIn()) {
        auto *signIn = new SignInDialog(m_session->store(), this);
        signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(signIn, &QDialog::accepted, this, [this] {
            m_session->restoreIdentity();
            m_accessActions->refresh();
        });
        signIn->open();
        return;
    }
    auto *dialog = new IdentityDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_askedIdentity || m_session->currentPersonId() != 0)
        return;
    m_askedIdentity = true;
    QTimer::singleShot(0, this, &MainWindow::switchUser);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::onNavigatorRowChanged(int row)
{
    if (row == PersonPageIndex)
        showMyWorkPlan();
    else if (row >= 0)
        m_pages->showPage(row);
}

void MainWindow::onCurrentPersonChanged()
{
    const auto person = m_session->store().people().find(m_session->currentPersonId());
    m_userLabel->setText(
        person ? tr("Signed in as %1").arg(person.value().name) : tr("Nobody signed in"));
    if (currentPage() == PersonPageIndex && m_navigator->currentRow() == PersonPageIndex)
        showMyWorkPlan();
}

void MainWindow::onAbout()
{
    m_session->messenger().inform(this, tr("About SSE Unit Desk"),
        tr("<b>SSE Unit Desk %1</b><p>Work plans, progress and supervision for a small research "
           "unit.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

// The summary of whoever the current page is about: the person shown, the person selected in
// the overview (or the unit's report), else the user's own.
void MainWindow::exportSummary()
{
    if (currentPage() == PersonPageIndex) {
        personPage()->exportSummary();
        return;
    }
    if (currentPage() == OverviewPageIndex) {
        overviewPage()->exportSummary();
        return;
    }
    auto *dialog = new SummaryExportDialog(
        *m_session, m_session->currentPersonId(), QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importWorkPlan()
{
    if (currentPage() == PersonPageIndex && personPage()->personId() != 0)
        m_fileActions->importWorkPlan(personPage()->personId(), personPage()->planId());
    else
        m_fileActions->importWorkPlan(m_session->currentPersonId(), 0);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::databaseChosen, this, &MainWindow::databaseChosen);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ui
