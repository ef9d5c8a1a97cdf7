#include "mainwindow.h"

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
#include "overviewpage.h"
#include "peoplepage.h"
#include "personpage.h"
#include "progressdialog.h"
#include "projectspage.h"
#include "recordedits.h"
#include "session.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "summaryexportdialog.h"
#include "timelinepage.h"
#include "undoableedits.h"
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace Ui {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(Core::UnitStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(store, this))
    , m_navigator(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_userLabel(new QLabel(this))
    , m_fileActions(new UnitFileActions(*m_session, this))
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
    // From the palette, so that a dark desktop theme gets a dark navigator.
    QColor selected = Format::accent();
    selected.setAlphaF(0.2f);
    m_navigator->setStyleSheet(
        QStringLiteral("QListWidget { background: %1; padding-top: 12px; font-size: 11pt; }"
                       "QListWidget::item { padding: 9px 14px; color: %2; border-left: 3px solid "
                       "transparent; }"
                       "QListWidget::item:selected { background: %3; color: %2; font-weight: 600;"
                       " border-left: 3px solid %4; }")
            .arg(Format::tint(0.05).name(), palette().color(QPalette::Text).name(),
                selected.name(QColor::HexArgb), Format::accent().name()));
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorRowChanged);
    return m_navigator;
}

void MainWindow::createPages()
{
    m_dashboard = new DashboardPage(*m_session, m_pages);
    m_overview = new OverviewPage(*m_session, m_pages);
    m_people = new PeoplePage(*m_session, m_pages);
    m_workPlans = new WorkPlansPage(*m_session, m_pages);
    m_missions = new MissionsPage(*m_session, m_pages);
    m_deliverables = new DeliverablesPage(*m_session, m_pages);
    m_meetings = new MeetingsPage(*m_session, m_pages);
    m_projects = new ProjectsPage(*m_session, m_pages);
    m_timeline = new TimelinePage(*m_session, m_pages);
    m_calendar = new CalendarPage(*m_session, m_pages);
    m_checkIns = new CheckInsPage(*m_session, m_pages);
    m_appraisals = new AppraisalPage(*m_session, m_pages);
    m_mySupervision = new MySupervisionPage(*m_session, m_pages);
    m_person = new PersonPage(*m_session, m_pages);
    for (QWidget *page : { static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_overview),
             static_cast<QWidget *>(m_people), static_cast<QWidget *>(m_workPlans),
             static_cast<QWidget *>(m_missions), static_cast<QWidget *>(m_deliverables),
             static_cast<QWidget *>(m_meetings), static_cast<QWidget *>(m_projects),
             static_cast<QWidget *>(m_timeline), static_cast<QWidget *>(m_calendar),
             static_cast<QWidget *>(m_checkIns), static_cast<QWidget *>(m_appraisals),
             static_cast<QWidget *>(m_mySupervision), static_cast<QWidget *>(m_person) })
        m_pages->addWidget(page);
    m_pages->setContentsMargins(14, 10, 14, 6);
    connect(m_overview, &OverviewPage::personActivated, this, &MainWindow::showPerson);
    connect(m_people, &PeoplePage::personActivated, this,
        [this](Core::Id personId) { showPerson(personId); });
    connect(m_workPlans, &WorkPlansPage::planActivated, this, &MainWindow::showPerson);
    connectAgendaPages();
    connectSupervisionPages();
}

// Every line of the dashboard and every item of the timeline and calendar opens what it names.
void MainWindow::connectAgendaPages()
{
    connect(m_dashboard, &DashboardPage::personActivated, this, &MainWindow::showPerson);
    connect(m_dashboard, &DashboardPage::missionActivated, this, &MainWindow::showMission);
    connect(m_dashboard, &DashboardPage::deliverableActivated, this, &MainWindow::showDeliverable);
    connect(m_timeline, &TimelinePage::itemActivated, this, &MainWindow::openAgendaItem);
    connect(m_calendar, &CalendarPage::itemActivated, this, &MainWindow::openAgendaItem);
}

// Every supervision line of the dashboard and of My supervision opens what it names.
void MainWindow::connectSupervisionPages()
{
    connect(m_dashboard, &DashboardPage::checkInsActivated, this, &MainWindow::showCheckIns);
    connect(m_dashboard, &DashboardPage::checkInActivated, this, &MainWindow::showCheckIn);
    connect(m_dashboard, &DashboardPage::appraisalActivated, this, &MainWindow::showAppraisal);
    connect(
        m_mySupervision, &MySupervisionPage::checkInsActivated, this, &MainWindow::showCheckIns);
    connect(m_mySupervision, &MySupervisionPage::checkInActivated, this, &MainWindow::showCheckIn);
    connect(m_mySupervision, &MySupervisionPage::deliverableActivated, this,
        &MainWindow::showDeliverable);
    connect(
        m_mySupervision, &MySupervisionPage::appraisalActivated, this, &MainWindow::showAppraisal);
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
    file->addSeparator();
    QAction *exportSummary = addAction(file, QStringLiteral("exportSummaryAction"),
        tr("&Export summary or report..."), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportSummary, &QAction::triggered, this, &MainWindow::exportSummary);
    file->addSeparator();
    file->addAction(m_fileActions->backUpNowAction());
    file->addAction(m_fileActions->backupsAction());
    connect(m_fileActions, &UnitFileActions::backupRestored, this, &MainWindow::backupRestored);
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
    connect(person, &QAction::triggered, m_people, &PeoplePage::newPerson);
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
        m_missions->newMission();
    });
    QAction *deliverable
        = addAction(plan, QStringLiteral("newDeliverableAction"), tr("New &deliverable..."));
    connect(deliverable, &QAction::triggered, this, [this] {
        showPage(DeliverablesPageIndex);
        m_deliverables->newDeliverable();
    });
    QAction *meeting = addAction(plan, QStringLiteral("newMeetingAction"), tr("New &meeting..."));
    connect(meeting, &QAction::triggered, this, [this] {
        showPage(MeetingsPageIndex);
        m_meetings->newMeeting();
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
    const QString file = QDir::toNativeSeparators(m_session->store().path());
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
    m_person->setPerson(personId, planId);
    const bool mine = personId == m_session->currentPersonId();
    const QSignalBlocker blocker(m_navigator);
    m_navigator->setCurrentRow(mine ? int(PersonPageIndex) : -1);
    m_pages->setCurrentWidget(m_person);
}

void MainWindow::showMission(Core::Id missionId)
{
    showPage(MissionsPageIndex);
    m_missions->showMission(missionId);
}

void MainWindow::showDeliverable(Core::Id deliverableId)
{
    showPage(DeliverablesPageIndex);
    m_deliverables->showDeliverable(deliverableId);
}

void MainWindow::showMeeting(Core::Id meetingId)
{
    showPage(MeetingsPageIndex);
    m_meetings->showMeeting(meetingId);
}

void MainWindow::showCheckIns(Core::Id personId)
{
    showPage(CheckInsPageIndex);
    m_checkIns->setPerson(personId);
}

void MainWindow::showCheckIn(Core::Id checkInId)
{
    showPage(CheckInsPageIndex);
    m_checkIns->showCheckIn(checkInId);
}

void MainWindow::showAppraisal(Core::Id appraisalId)
{
    showPage(AppraisalsPageIndex);
    m_appraisals->showAppraisal(appraisalId);
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
    if (m_pages->currentWidget() == m_person) {
        m_person->logProgress();
        return;
    }
    auto *dialog = new ProgressDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newWorkPlan()
{
    if (m_pages->currentWidget() != m_person)
        m_person->setPerson(m_session->currentPersonId());
    m_person->newPlan();
}

void MainWindow::switchUser()
{
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
        m_pages->setCurrentIndex(row);
}

void MainWindow::onCurrentPersonChanged()
{
    const auto person = m_session->store().people().find(m_session->currentPersonId());
    m_userLabel->setText(
        person ? tr("Signed in as %1").arg(person.value().name) : tr("Nobody signed in"));
    if (m_pages->currentWidget() == m_person && m_navigator->currentRow() == PersonPageIndex)
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
    if (m_pages->currentWidget() == m_person) {
        m_person->exportSummary();
        return;
    }
    if (m_pages->currentWidget() == m_overview) {
        m_overview->exportSummary();
        return;
    }
    auto *dialog = new SummaryExportDialog(
        *m_session, m_session->currentPersonId(), QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importWorkPlan()
{
    if (m_pages->currentWidget() == m_person && m_person->personId() != 0)
        m_fileActions->importWorkPlan(m_person->personId(), m_person->planId());
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
