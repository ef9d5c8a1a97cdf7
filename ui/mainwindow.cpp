#include "mainwindow.h"

#include "identitydialog.h"
#include "overviewpage.h"
#include "peoplepage.h"
#include "personpage.h"
#include "progressdialog.h"
#include "session.h"
#include "undoableedits.h"
#include "workplanspage.h"

#include <storage/peoplerepository.h>
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
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSE Unit Desk"));
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
    connect(m_session, &Session::currentPersonChanged, this, &MainWindow::onCurrentPersonChanged);
    m_session->restoreIdentity();
    onCurrentPersonChanged();
    resize(1400, 850);
    restoreSettings();
    showPage(OverviewPageIndex);
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
    m_navigator->addItems(
        { tr("Unit overview"), tr("People"), tr("Work plans"), tr("My work plan") });
    m_navigator->setFixedWidth(180);
    // The navigator is reached with the mouse or Ctrl+1..4; a focus frame on it only adds noise.
    m_navigator->setFocusPolicy(Qt::NoFocus);
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setStyleSheet(QStringLiteral(
        "QListWidget { background: #eef1f4; padding-top: 12px; font-size: 11pt; }"
        "QListWidget::item { padding: 9px 14px; color: #263238; border-left: 3px solid "
        "transparent; }"
        "QListWidget::item:selected { background: #d5e3ee; color: #0d3c61; font-weight: 600;"
        " border-left: 3px solid #1f6fa8; }"));
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onNavigatorRowChanged);
    return m_navigator;
}

void MainWindow::createPages()
{
    m_overview = new OverviewPage(*m_session, m_pages);
    m_people = new PeoplePage(*m_session, m_pages);
    m_workPlans = new WorkPlansPage(*m_session, m_pages);
    m_person = new PersonPage(*m_session, m_pages);
    for (QWidget *page : { static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_people),
             static_cast<QWidget *>(m_workPlans), static_cast<QWidget *>(m_person) })
        m_pages->addWidget(page);
    m_pages->setContentsMargins(14, 10, 14, 6);
    connect(m_overview, &OverviewPage::personActivated, this, &MainWindow::showPerson);
    connect(m_people, &PeoplePage::personActivated, this,
        [this](Core::Id personId) { showPerson(personId); });
    connect(m_workPlans, &WorkPlansPage::planActivated, this, &MainWindow::showPerson);
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
    const QList<QPair<QString, QString>> pages { { QStringLiteral("showOverviewAction"),
                                                     tr("Unit &overview") },
        { QStringLiteral("showPeopleAction"), tr("&People") },
        { QStringLiteral("showWorkPlansAction"), tr("&Work plans") },
        { QStringLiteral("myWorkPlanAction"), tr("&My work plan") } };
    for (int page = 0; page < pages.size(); ++page) {
        QAction *action = addAction(go, pages.at(page).first, pages.at(page).second,
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
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
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
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
    auto *path = new QLabel(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_session->store().path())), this);
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

} // namespace Ui
