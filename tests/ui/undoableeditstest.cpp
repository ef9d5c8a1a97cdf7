#include "unitfixture.h"

#include <undoableedits.h>

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/progressrepository.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using Core::Activity;

class UndoableEditsTest : public QObject
{
    Q_OBJECT

private:
    static Core::ProgressEntry entryOn(const Activity &activity, Core::Id authorId, int percent)
    {
        Core::ProgressEntry entry;
        entry.objectiveId = activity.objectiveId;
        entry.activityId = activity.id;
        entry.authorId = authorId;
        entry.date = QDate(2026, 6, 10);
        entry.percent = percent;
        entry.text = QStringLiteral("Sent the outline to the unit head");
        return entry;
    }

private Q_SLOTS:
    void shouldUndoLoggedProgressAndRestoreTheActivityStatus()
    {
        // GIVEN a planned activity, and progress logged on it through the undoable edits
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto activity
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        QUndoStack stack;
        Ui::UndoableEdits edits(unit.store(), stack);
        QVERIFY(edits.logProgress(entryOn(activity, unit.jpo.id, 30), unit.today()).isOk());
        QCOMPARE(REQUIRE_OK(unit.store().activities().find(activity.id)).status,
            Activity::Status::InProgress);

        // WHEN the user undoes
        stack.undo();

        // THEN the entry is gone and the activity is planned again
        QCOMPARE(REQUIRE_OK(unit.store().progress().forActivity(activity.id)).size(), 0);
        QCOMPARE(REQUIRE_OK(unit.store().activities().find(activity.id)).status,
            Activity::Status::Planned);

        // AND WHEN the user redoes, the entry is back
        stack.redo();
        const auto entries = REQUIRE_OK(unit.store().progress().forActivity(activity.id));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().percent, 30);
    }

    void shouldNotPushAnEditTheStoreRefused()
    {
        // GIVEN a plan
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        QUndoStack stack;
        Ui::UndoableEdits edits(unit.store(), stack);

        // WHEN an objective without a title is added
        Core::Objective objective;
        objective.planId = plan.id;
        const auto added = edits.addObjective(objective);

        // THEN the store's refusal names the field, and there is nothing to undo
        QVERIFY(!added.isOk());
        QCOMPARE(added.error().field(), QStringLiteral("title"));
        QCOMPARE(stack.count(), 0);
    }

    void shouldBringBackARemovedObjectiveWithItsActivities()
    {
        // GIVEN an objective with two activities, removed through the undoable edits
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        unit.addActivity(objective.id, QStringLiteral("Invite members"), QDate(2026, 7, 1));
        unit.addActivity(objective.id, QStringLiteral("Write minutes"), QDate(2026, 8, 1));
        QUndoStack stack;
        Ui::UndoableEdits edits(unit.store(), stack);
        QVERIFY(edits.removeObjective(objective.id).isOk());
        QCOMPARE(REQUIRE_OK(unit.store().objectives().forPlan(plan.id)).size(), 0);

        // WHEN the user undoes
        stack.undo();

        // THEN the objective and both activities are back
        const auto objectives = REQUIRE_OK(unit.store().objectives().forPlan(plan.id));
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.first().title, QStringLiteral("NAC meeting"));
        const auto activities = REQUIRE_OK(unit.store().activities().forPlan(plan.id));
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.first().objectiveId, objectives.first().id);
    }

    void shouldFollowAReaddedActivityInLaterCommands()
    {
        // GIVEN an activity added then renamed through the undoable edits
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("Global report"));
        QUndoStack stack;
        Ui::UndoableEdits edits(unit.store(), stack);
        Activity activity;
        activity.objectiveId = objective.id;
        activity.title = QStringLiteral("Chapter 1");
        activity.dueDate = QDate(2026, 9, 1);
        Activity added = REQUIRE_OK(edits.addActivity(activity));
        added.title = QStringLiteral("Chapter 1: SSE statistics");
        QVERIFY(edits.updateActivity(added).isOk());

        // WHEN both are undone, then both redone (the re-added activity gets a new id)
        stack.undo();
        stack.undo();
        QCOMPARE(REQUIRE_OK(unit.store().activities().forPlan(plan.id)).size(), 0);
        stack.redo();
        stack.redo();

        // THEN the rename reached the re-added activity
        const auto activities = REQUIRE_OK(unit.store().activities().forPlan(plan.id));
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().title, QStringLiteral("Chapter 1: SSE statistics"));
    }

    void shouldUndoAPersonEdit()
    {
        // GIVEN the JPO's duty station changed through the undoable edits
        UnitFixture unit;
        QUndoStack stack;
        Ui::UndoableEdits edits(unit.store(), stack);
        Core::Person moved = unit.jpo;
        moved.dutyStation = QStringLiteral("Dakar");
        QVERIFY(edits.updatePerson(moved).isOk());

        // WHEN the user undoes
        stack.undo();

        // THEN the person is as before
        QCOMPARE(
            REQUIRE_OK(unit.store().people().find(unit.jpo.id)).dutyStation, unit.jpo.dutyStation);
        QCOMPARE(stack.undoText(), QString());
    }

    void shouldReportAnUndoTheStoreRefuses()
    {
        // GIVEN logged progress whose entry was removed behind the undo stack's back
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto activity
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        QUndoStack stack;
        Ui::UndoableEdits edits(unit.store(), stack);
        QSignalSpy failed(&edits, &Ui::UndoableEdits::failed);
        const auto entry
            = REQUIRE_OK(edits.logProgress(entryOn(activity, unit.jpo.id, 30), unit.today()));
        QVERIFY(unit.store().progress().remove(entry.id).isOk());

        // WHEN the user undoes
        stack.undo();

        // THEN the failure is reported and the command leaves the stack
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().value<Core::Error>().message().isEmpty());
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(UndoableEditsTest)

#include "undoableeditstest.moc"
