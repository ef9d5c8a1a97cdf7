#include "messengerstub.h"
#include "unitfixture.h"

#include <agreedialog.h>
#include <changelogdialog.h>
#include <changelogmodel.h>
#include <personpage.h>
#include <plantreemodel.h>
#include <progresslogmodel.h>
#include <session.h>

#include <storage/assignmentrepository.h>
#include <storage/workplanrepository.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

class PersonPageTest : public QObject
{
    Q_OBJECT

private:
    // The records the change log's lines are about, newest first.
    static QStringList entitiesOf(const Ui::ChangeLogModel &model)
    {
        QStringList entities;
        for (int row = 0; row < model.rowCount(); ++row)
            entities << model.eventAt(row)->entity;
        return entities;
    }

    static bool isEnabled(const QWidget &page, const char *name)
    {
        return page.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled();
    }

private Q_SLOTS:
    void shouldShowThePersonAndTheCurrentPlanAsATree()
    {
        // GIVEN a JPO with an assignment and a plan of one objective with two activities
        UnitFixture unit;
        Core::Assignment assignment;
        assignment.personId = unit.jpo.id;
        assignment.title = QStringLiteral("JPO - SSE statistics");
        assignment.start = QDate::currentDate().addMonths(-6);
        assignment.end = QDate::currentDate().addDays(45);
        REQUIRE_OK(unit.store().assignments().add(assignment));
        const auto plan = unit.addPlan(unit.jpo.id, QStringLiteral("JPO plan 2026"));
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);

        // WHEN the page shows the JPO
        page.setPerson(unit.jpo.id);

        // THEN the header names them and counts the assignment's days; the tree shows the plan
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("personName"))->text(), unit.jpo.name);
        const QString assignmentText
            = page.findChild<QLabel *>(QStringLiteral("personAssignment"))->text();
        QVERIFY(assignmentText.contains(QStringLiteral("JPO - SSE statistics")));
        QVERIFY(assignmentText.contains(QStringLiteral("45 days left")));
        QCOMPARE(page.planId(), plan.id);
        QVERIFY(page.findChild<QComboBox *>(QStringLiteral("planCombo"))
                    ->currentText()
                    .startsWith(QStringLiteral("JPO plan 2026")));
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("planTree"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    }

    void shouldEnableOnlyTheActionsThatApplyToThePlan()
    {
        // GIVEN a JPO's draft plan with one objective on the page
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        QVERIFY(isEnabled(page, "agreeButton"));
        QVERIFY(!isEnabled(page, "activateButton"));
        QVERIFY(!isEnabled(page, "editItemButton"));

        // WHEN the plan is agreed
        unit.agree(plan);

        // THEN it can be activated or closed, no longer agreed
        QVERIFY(!isEnabled(page, "agreeButton"));
        QVERIFY(isEnabled(page, "activateButton"));
        QVERIFY(isEnabled(page, "closePlanButton"));

        // AND WHEN it is closed, nothing in it can change any more
        QVERIFY(unit.store().workPlans().close(plan.id).isOk());
        QVERIFY(!isEnabled(page, "addObjectiveButton"));
        QVERIFY(!isEnabled(page, "logProgressButton"));
        QVERIFY(!isEnabled(page, "closePlanButton"));
    }

    void shouldNarrowTheLogToTheSelectedActivity()
    {
        // GIVEN a plan with progress logged on two activities, shown on the page
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto outline
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        const auto draft
            = unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        unit.log(outline, 100, QDate(2026, 6, 1));
        unit.log(draft, 10, QDate(2026, 6, 2));
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        QCOMPARE(page.logModel()->rowCount(), 2);

        // WHEN the user selects the draft in the tree
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("planTree"));
        tree->setCurrentIndex(page.treeModel()->indexOfActivity(draft.id));

        // THEN the log shows only its entry, and says so
        QCOMPARE(page.logModel()->rowCount(), 1);
        QCOMPARE(page.logModel()->index(0, Ui::ProgressLogModel::ItemColumn).data().toString(),
            QStringLiteral("Draft"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("logTitle"))->text(),
            QStringLiteral("Progress log: Draft"));
    }

    void shouldAgreeWithThePersonsSupervisorByDefault()
    {
        // GIVEN a JPO's draft plan on the page
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.show();
        page.setPerson(unit.jpo.id);

        // WHEN the user clicks Agree and saves the dialog as it comes
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("agreeButton")), Qt::LeftButton);
        auto *dialog = page.findChild<Ui::AgreeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("supervisorCombo"))->currentText(),
            unit.head.name);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the plan is agreed by the JPO's supervisor, today
        const auto agreed = REQUIRE_OK(unit.store().workPlans().find(plan.id));
        QCOMPARE(agreed.status, Core::WorkPlan::Status::Agreed);
        QCOMPARE(agreed.agreedBySupervisorId, unit.head.id);
        QCOMPARE(agreed.agreedOn, QDate::currentDate());
    }

    void shouldShowThePlansHistoryAndTheSelectedItemsHistory()
    {
        // GIVEN a plan with an activity and progress logged on it, on the page, nothing selected
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto outline
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        unit.log(outline, 30, QDate(2026, 6, 1));
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        auto *planHistory = page.findChild<QPushButton *>(QStringLiteral("planHistoryButton"));
        auto *itemHistory = page.findChild<QPushButton *>(QStringLiteral("itemHistoryButton"));
        QVERIFY(planHistory->isEnabled());
        QVERIFY(!itemHistory->isEnabled());

        // WHEN the user asks for the plan's history, then selects the activity and asks for its
        QTest::mouseClick(planHistory, Qt::LeftButton);
        auto *planLog = planHistory->findChild<Ui::ChangeLogDialog *>();
        QVERIFY(planLog && planLog->isVisible());
        const QStringList planEntities = entitiesOf(*planLog->model());
        planLog->close();
        page.findChild<QTreeView *>(QStringLiteral("planTree"))
            ->setCurrentIndex(page.treeModel()->indexOfActivity(outline.id));
        QVERIFY(itemHistory->isEnabled());
        QTest::mouseClick(itemHistory, Qt::LeftButton);
        auto *itemLog = itemHistory->findChild<Ui::ChangeLogDialog *>();
        QVERIFY(itemLog && itemLog->isVisible());
        const QStringList itemEntities = entitiesOf(*itemLog->model());
        itemLog->close();

        // THEN the plan's holds its objective, activity and progress; the activity's only it
        QVERIFY2(planEntities.contains(QStringLiteral("work_plan"))
                && planEntities.contains(QStringLiteral("objective"))
                && planEntities.contains(QStringLiteral("activity"))
                && planEntities.contains(QStringLiteral("progress_entry")),
            qPrintable(planEntities.join(QLatin1Char(' '))));
        QCOMPARE(
            itemEntities, QStringList({ QStringLiteral("activity"), QStringLiteral("activity") }));
    }
};

QTEST_MAIN(PersonPageTest)

#include "personpagetest.moc"
