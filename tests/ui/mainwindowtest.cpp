#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <activitydialog.h>
#include <checklist.h>
#include <deliverabledialog.h>
#include <identitydialog.h>
#include <mainwindow.h>
#include <meetingdialog.h>
#include <missiondialog.h>
#include <missionspage.h>
#include <objectivedialog.h>
#include <overviewmodel.h>
#include <overviewpage.h>
#include <persondialog.h>
#include <personpage.h>
#include <plantreemodel.h>
#include <progressdialog.h>
#include <recordbrowser.h>
#include <roles.h>
#include <session.h>
#include <workplandialog.h>

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/progressrepository.h>
#include <storage/workplanrepository.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static void click(QWidget *parent, const QString &name)
    {
        auto *button = parent->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Types into a dialog's field and saves it, as a user would; the dialog must then close.
    template<typename Dialog>
    static void fillAndSave(QWidget *window, const QString &field, const QString &text)
    {
        QPointer<Dialog> dialog = window->findChild<Dialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->template findChild<QLineEdit *>(field), text);
        click(dialog, QStringLiteral("saveButton"));
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(dialog.isNull());
    }

    static Core::WorkPlan addPlanAroundToday(UnitFixture &unit)
    {
        Core::WorkPlan plan;
        plan.personId = unit.jpo.id;
        plan.title = QStringLiteral("JPO plan");
        plan.periodStart = QDate::currentDate().addMonths(-3);
        plan.periodEnd = QDate::currentDate().addMonths(9);
        return REQUIRE_OK(unit.store().workPlans().add(plan));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void shouldCreateAWorkPlanAndLogProgressThroughTheWidgets()
    {
        // GIVEN the window over a unit with a head and a JPO, the JPO signed in, on My work plan
        UnitFixture unit;
        Ui::MainWindow window(unit.store());
        window.session().setMessenger(std::make_unique<MessengerStub>());
        window.setCurrentPerson(unit.jpo.id);
        window.show();
        window.findChild<QListWidget *>(QStringLiteral("navigator"))
            ->setCurrentRow(Ui::MainWindow::PersonPageIndex);
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::PersonPageIndex));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("agreeButton"))->isEnabled());

        // WHEN the JPO starts a plan, adds an objective and an activity, and logs progress on it
        click(&window, QStringLiteral("newPlanButton"));
        fillAndSave<Ui::WorkPlanDialog>(
            &window, QStringLiteral("titleEdit"), QStringLiteral("JPO plan 2027"));
        click(&window, QStringLiteral("addObjectiveButton"));
        fillAndSave<Ui::ObjectiveDialog>(
            &window, QStringLiteral("titleEdit"), QStringLiteral("ICLS paper"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("planTree"));
        tree->setCurrentIndex(tree->model()->index(0, 0));
        click(&window, QStringLiteral("addActivityButton"));
        fillAndSave<Ui::ActivityDialog>(
            &window, QStringLiteral("titleEdit"), QStringLiteral("Draft outline"));
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        window.findChild<QAction *>(QStringLiteral("logProgressAction"))->trigger();
        auto *log = window.findChild<Ui::ProgressDialog *>();
        QVERIFY(log);
        QCOMPARE(log->findChild<QComboBox *>(QStringLiteral("targetCombo"))->currentText(),
            QStringLiteral("Draft outline  (ICLS paper, due %1)")
                .arg(QLocale().toString(
                    QDate::currentDate().addYears(1).addDays(-1), QStringLiteral("d MMM"))));
        auto *percent = log->findChild<QSpinBox *>(QStringLiteral("percentSpin"));
        percent->selectAll();
        QTest::keyClicks(percent, QStringLiteral("40"));
        fillAndSave<Ui::ProgressDialog>(
            &window, QStringLiteral("textEdit"), QStringLiteral("Outline sent"));

        // THEN the store holds the plan, objective, activity (now in progress) and the entry
        const auto plan = REQUIRE_OK(unit.store().workPlans().current(unit.jpo.id));
        QVERIFY(plan.has_value());
        QCOMPARE(plan->title, QStringLiteral("JPO plan 2027"));
        const auto activities = REQUIRE_OK(unit.store().activities().forPlan(plan->id));
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().status, Core::Activity::Status::InProgress);
        const auto entries = REQUIRE_OK(unit.store().progress().forPlan(plan->id));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().text, QStringLiteral("Outline sent"));
        // the tree shows the activity at 40 %
        const QModelIndex activity = tree->model()->index(
            0, Ui::PlanTreeModel::ProgressColumn, tree->model()->index(0, 0));
        QCOMPARE(activity.data(Ui::ProgressRole).toDouble(), 40.0);
        // and the unit head's overview shows the JPO's plan at 40 %
        const Ui::OverviewModel *overview = window.overviewPage()->model();
        QCOMPARE(overview->rowCount(), 1);
        QCOMPARE(
            overview->index(0, Ui::OverviewModel::ProgressColumn).data(Ui::ProgressRole).toDouble(),
            40.0);
        QCOMPARE(overview->index(0, Ui::OverviewModel::LastProgressColumn).data().toString(),
            QStringLiteral("today"));
    }

    void shouldUndoLoggedProgressFromTheEditMenu()
    {
        // GIVEN progress logged through the dialog on the JPO's activity
        UnitFixture unit;
        const auto plan = addPlanAroundToday(unit);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        const auto activity = unit.addActivity(
            objective.id, QStringLiteral("Invite members"), QDate::currentDate().addDays(10));
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.jpo.id);
        window.show();
        window.logProgress();
        fillAndSave<Ui::ProgressDialog>(
            &window, QStringLiteral("textEdit"), QStringLiteral("Invitations out"));
        QCOMPARE(REQUIRE_OK(unit.store().progress().forActivity(activity.id)).size(), 1);
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());

        // WHEN the user chooses Edit > Undo
        undo->trigger();

        // THEN the entry is gone, the activity is planned again, and nothing is left to undo
        QCOMPARE(REQUIRE_OK(unit.store().progress().forActivity(activity.id)).size(), 0);
        QCOMPARE(REQUIRE_OK(unit.store().activities().find(activity.id)).status,
            Core::Activity::Status::Planned);
        QVERIFY(!undo->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("redoAction"))->isEnabled());
    }

    void shouldOpenLogProgressWithCtrlL()
    {
        // GIVEN the window, active, on its first page
        UnitFixture unit;
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.jpo.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // WHEN the user presses Ctrl+L
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

        // THEN the Log progress dialog is open
        QTRY_VERIFY(window.findChild<Ui::ProgressDialog *>());
        QVERIFY(window.findChild<Ui::ProgressDialog *>()->isVisible());
    }

    void shouldOpenThePersonPageFromTheOverview()
    {
        // GIVEN the overview listing the JPO
        UnitFixture unit;
        const auto plan = addPlanAroundToday(unit);
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.head.id);
        window.show();
        window.showPage(Ui::MainWindow::OverviewPageIndex);
        auto *table = window.findChild<QTableView *>(QStringLiteral("overviewTable"));
        QCOMPARE(table->model()->rowCount(), 1);

        // WHEN the JPO's row is double-clicked
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

        // THEN the JPO's page shows their plan
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::PersonPageIndex));
        QCOMPARE(window.personPage()->personId(), unit.jpo.id);
        QCOMPARE(window.personPage()->planId(), plan.id);
    }

    void shouldShowTheDatabasePathInTheStatusBar()
    {
        // GIVEN / WHEN the window over a store
        UnitFixture unit;
        Ui::MainWindow window(unit.store());

        // THEN the status bar names the database
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databasePathLabel"))->text(),
            QStringLiteral("Database: ") + unit.store().path());
    }

    void shouldAskWhoYouAreAtFirstStartAndRememberTheAnswer()
    {
        // GIVEN a database nobody has signed in to
        UnitFixture unit;
        {
            Ui::MainWindow window(unit.store());
            QCOMPARE(window.session().currentPersonId(), Core::Id(0));

            // WHEN the window is shown, the user picks the JPO in "Who are you?"
            window.show();
            QTRY_VERIFY(window.findChild<Ui::IdentityDialog *>());
            auto *dialog = window.findChild<Ui::IdentityDialog *>();
            auto *people = dialog->findChild<QComboBox *>(QStringLiteral("personCombo"));
            people->setCurrentIndex(people->findText(unit.jpo.name));
            click(dialog, QStringLiteral("saveButton"));
            QCOMPARE(window.session().currentPersonId(), unit.jpo.id);
        }

        // THEN the next window over the same database knows the user without asking
        Ui::MainWindow again(unit.store());
        QCOMPARE(again.session().currentPersonId(), unit.jpo.id);
        QCOMPARE(again.findChild<QLabel *>(QStringLiteral("currentUserLabel"))->text(),
            QStringLiteral("Signed in as ") + unit.jpo.name);
    }

    void shouldOpenAMissionADeliverableAndAMeetingByTheirIds()
    {
        // GIVEN the window over a unit with a mission, a deliverable and a meeting
        UnitFixture unit;
        const auto mission = Records::addMission(unit, QStringLiteral("NAC Senegal"), unit.jpo.id,
            QDate(2026, 9, 7), QDate(2026, 9, 11));
        const auto deliverable
            = Records::addDeliverable(unit, QStringLiteral("Policy brief"), QDate(2026, 7, 1));
        const auto meeting = Records::addMeeting(unit, QStringLiteral("GAC"), QDate(2026, 5, 5));
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.head.id);
        window.show();

        // WHEN each is asked for by id, as the dashboard and the calendar do
        window.showMission(mission.id);
        auto *missionDialog = window.findChild<Ui::MissionDialog *>();
        // THEN its page is shown, its row selected, and its editor open on it
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::MissionsPageIndex));
        QVERIFY(missionDialog && missionDialog->isVisible());
        QCOMPARE(missionDialog->mission().id, mission.id);
        QCOMPARE(window.missionsPage()->browser()->selectedId(), mission.id);
        missionDialog->close();

        window.showDeliverable(deliverable.id);
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::DeliverablesPageIndex));
        QCOMPARE(window.findChild<Ui::DeliverableDialog *>()->deliverable().id, deliverable.id);
        window.findChild<Ui::DeliverableDialog *>()->close();

        window.showMeeting(meeting.id);
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::MeetingsPageIndex));
        QCOMPARE(window.findChild<Ui::MeetingDialog *>()->meeting().id, meeting.id);
    }

    void shouldStartANewMissionFromThePlanMenu()
    {
        // GIVEN the window on its first page
        UnitFixture unit;
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.jpo.id);
        window.show();

        // WHEN the user chooses Plan > New mission
        window.findChild<QAction *>(QStringLiteral("newMissionAction"))->trigger();

        // THEN the missions page shows with a new mission's dialog, the user as traveller
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::MissionsPageIndex));
        auto *dialog = window.findChild<Ui::MissionDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<Ui::CheckList *>(QStringLiteral("travellersList"))->checkedIds(),
            QList<Core::Id> { unit.jpo.id });
    }

    void shouldStartOnTheDashboardAndOpenTheMissionOfAnOverdueReport()
    {
        // GIVEN a mission back three weeks ago whose report is not in
        UnitFixture unit;
        const QDate today = QDate::currentDate();
        const auto mission = unit.addMission(
            unit.jpo.id, today.addDays(-25), today.addDays(-21), Core::Mission::Status::Completed);
        Ui::MainWindow window(unit.store());
        window.session().setMessenger(std::make_unique<MessengerStub>());
        window.setCurrentPerson(unit.head.id);
        window.show();
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::DashboardPageIndex));
        auto *list = window.findChild<QListView *>(QStringLiteral("overdueBtoList"));
        QCOMPARE(list->model()->rowCount(), 1);

        // WHEN its line on the dashboard is double-clicked
        const QPoint centre = list->visualRect(list->model()->index(0, 0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);

        // THEN the missions page shows that mission
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::MissionsPageIndex));
        QTRY_VERIFY(window.findChild<Ui::MissionDialog *>());
        QCOMPARE(window.findChild<Ui::MissionDialog *>()->mission().id, mission.id);
    }

    void shouldPaintTheDashboardBeforeBuildingAnyOtherPage()
    {
        // GIVEN the unit head's window, shown on the dashboard it opens on
        UnitFixture unit;
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.head.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // THEN only the dashboard is built: no other page has loaded anything yet
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::DashboardPageIndex));
        QVERIFY(window.isPageBuilt(Ui::MainWindow::DashboardPageIndex));
        for (int page = Ui::MainWindow::OverviewPageIndex; page <= Ui::MainWindow::PersonPageIndex;
             ++page)
            QVERIFY2(
                !window.isPageBuilt(Ui::MainWindow::Page(page)), qPrintable(QString::number(page)));
        QVERIFY(!window.findChild<Ui::MissionsPage *>());

        // WHEN the user presses Ctrl+5, the Go menu's shortcut for Missions
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);

        // THEN the missions page is built and shown, with its list; the others still wait
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::MissionsPageIndex));
        QVERIFY(window.isPageBuilt(Ui::MainWindow::MissionsPageIndex));
        QVERIFY(window.missionsPage()->isVisible());
        QVERIFY(window.missionsPage()->findChild<QTableView *>());
        QVERIFY(!window.isPageBuilt(Ui::MainWindow::OverviewPageIndex));
    }

    void shouldOpenTheNewPersonDialogBeforeThePeoplePageWasShown()
    {
        // GIVEN the window on the dashboard, the people page never shown
        UnitFixture unit;
        Ui::MainWindow window(unit.store());
        window.setCurrentPerson(unit.head.id);
        window.show();
        QVERIFY(!window.isPageBuilt(Ui::MainWindow::PeoplePageIndex));

        // WHEN the user chooses Plan > New person
        window.findChild<QAction *>(QStringLiteral("newPersonAction"))->trigger();

        // THEN the person dialog is open over the dashboard
        QTRY_VERIFY(window.findChild<Ui::PersonDialog *>());
        QVERIFY(window.findChild<Ui::PersonDialog *>()->isVisible());
        QCOMPARE(window.currentPage(), int(Ui::MainWindow::DashboardPageIndex));
    }
};

QTEST_MAIN(MainWindowTest)

#include "mainwindowtest.moc"
