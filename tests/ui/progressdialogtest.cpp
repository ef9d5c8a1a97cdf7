#include "messengerstub.h"
#include "unitfixture.h"

#include <progressdialog.h>
#include <session.h>

#include <storage/activityrepository.h>
#include <storage/progressrepository.h>
#include <storage/workplanrepository.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

// The dialog logs with today's date, so these plans run around the real today.
class ProgressDialogTest : public QObject
{
    Q_OBJECT

private:
    struct Plan
    {
        Core::Objective objective;
        Core::Activity soon;
        Core::Activity later;
    };

    static Plan addPlanAroundToday(UnitFixture &unit)
    {
        const QDate today = QDate::currentDate();
        Core::WorkPlan plan;
        plan.personId = unit.jpo.id;
        plan.title = QStringLiteral("JPO plan");
        plan.periodStart = today.addMonths(-3);
        plan.periodEnd = today.addMonths(9);
        plan = REQUIRE_OK(unit.store().workPlans().add(plan));
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        return { objective,
            unit.addActivity(objective.id, QStringLiteral("Outline"), today.addDays(5)),
            unit.addActivity(objective.id, QStringLiteral("Draft"), today.addDays(40)) };
    }

    static Core::ProgressEntry entryOn(
        const Core::Activity &activity, Core::Id authorId, int percent)
    {
        Core::ProgressEntry entry;
        entry.objectiveId = activity.objectiveId;
        entry.activityId = activity.id;
        entry.authorId = authorId;
        entry.date = QDate::currentDate();
        entry.percent = percent;
        entry.text = QStringLiteral("Started");
        return entry;
    }

private Q_SLOTS:
    void shouldOfferTheUsersOpenActivitiesWithTheLatestPercent()
    {
        // GIVEN the JPO, signed in, with two open activities, the second at 40 %
        UnitFixture unit;
        const Plan plan = addPlanAroundToday(unit);
        REQUIRE_OK(unit.store().progress().log(
            entryOn(plan.later, unit.jpo.id, 40), QDate::currentDate()));
        Ui::Session session(unit.store());
        session.setCurrentPersonId(unit.jpo.id);

        // WHEN the dialog opens and the user picks the second activity
        Ui::ProgressDialog dialog(session);
        auto *target = dialog.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        auto *percent = dialog.findChild<QSpinBox *>(QStringLiteral("percentSpin"));
        QCOMPARE(target->count(), 2);
        QVERIFY(target->itemText(0).startsWith(QStringLiteral("Outline")));
        target->setCurrentIndex(1);

        // THEN the percent starts where the activity stands
        QCOMPARE(percent->value(), 40);
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date(),
            QDate::currentDate());
    }

    void shouldLogFromTheKeyboardAlone()
    {
        // GIVEN the dialog open for the signed-in JPO, on the activity due first
        UnitFixture unit;
        const Plan plan = addPlanAroundToday(unit);
        Ui::Session session(unit.store());
        session.setCurrentPersonId(unit.jpo.id);
        Ui::ProgressDialog dialog(session);
        dialog.show();

        // WHEN the user tabs to the percent, types it, tabs to the text, types it and hits Enter
        auto *percent = dialog.findChild<QSpinBox *>(QStringLiteral("percentSpin"));
        auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("textEdit"));
        percent->selectAll();
        QTest::keyClicks(percent, QStringLiteral("60"));
        QTest::keyClicks(text, QStringLiteral("Outline agreed with the unit head"));
        QTest::keyClick(text, Qt::Key_Return);

        // THEN the entry is stored on the first activity, by the JPO, today, and the dialog closes
        QVERIFY(!dialog.isVisible());
        const auto entries = REQUIRE_OK(unit.store().progress().forActivity(plan.soon.id));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().percent, 60);
        QCOMPARE(entries.first().text, QStringLiteral("Outline agreed with the unit head"));
        QCOMPARE(entries.first().authorId, unit.jpo.id);
        QCOMPARE(entries.first().date, QDate::currentDate());
        QCOMPARE(REQUIRE_OK(unit.store().activities().find(plan.soon.id)).status,
            Core::Activity::Status::InProgress);
    }

    void shouldShowTheErrorAtTheTextWhenNothingIsSaid()
    {
        // GIVEN the dialog open for the signed-in JPO
        UnitFixture unit;
        const Plan plan = addPlanAroundToday(unit);
        Ui::Session session(unit.store());
        session.setCurrentPersonId(unit.jpo.id);
        Ui::ProgressDialog dialog(session);
        dialog.show();

        // WHEN the user hits Enter without saying what was done
        auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("textEdit"));
        QTest::keyClick(text, Qt::Key_Return);

        // THEN the dialog stays open, the text field is marked, nothing is logged
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.invalidField(), text);
        QCOMPARE(dialog.errorText(), QStringLiteral("Say in a few words what was done."));
        QCOMPARE(REQUIRE_OK(unit.store().progress().forActivity(plan.soon.id)).size(), 0);
    }

    void shouldPreselectAnObjectiveOutsideTheOpenActivities()
    {
        // GIVEN the dialog of the signed-in unit head, who has no plan of their own
        UnitFixture unit;
        const Plan plan = addPlanAroundToday(unit);
        Ui::Session session(unit.store());
        session.setCurrentPersonId(unit.head.id);
        Ui::ProgressDialog dialog(session);
        auto *target = dialog.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        QCOMPARE(target->count(), 0);

        // WHEN the JPO's objective is chosen as target
        dialog.setTarget(plan.objective.id, 0);

        // THEN it is offered and selected
        QCOMPARE(target->count(), 1);
        QCOMPARE(target->currentText(), QStringLiteral("ICLS paper"));
    }
};

QTEST_MAIN(ProgressDialogTest)

#include "progressdialogtest.moc"
