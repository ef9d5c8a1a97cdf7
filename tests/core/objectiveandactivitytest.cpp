#include "storage/activityrepository.h"
#include "storage/objectiverepository.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

class ObjectiveAndActivityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreAnObjectiveWithItsTags()
    {
        // GIVEN a plan and the unit's reference lists
        UnitFixture unit;
        auto &objectives = unit.store().objectives();
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const auto strategy = REQUIRE_OK(objectives.strategyObjectives());
        const auto areas = REQUIRE_OK(objectives.thematicAreas());
        QVERIFY(strategy.size() >= 4);
        QVERIFY(areas.size() >= 7);

        // WHEN an objective tagged with a strategy objective and two areas is added
        Objective objective;
        objective.planId = plan.id;
        objective.title = QStringLiteral("Office paper on SSE statistics for the ICLS");
        objective.indicator = QStringLiteral("Paper cleared by the Department");
        objective.targetDate = QDate(2026, 9, 30);
        objective.strategyObjectiveId = strategy.first().id;
        objective.thematicAreaIds = { areas.at(0).id, areas.at(2).id };
        const Objective added = REQUIRE_OK(objectives.add(objective));

        // THEN it reads back whole, in first position
        objective.id = added.id;
        objective.position = 1;
        QCOMPARE(REQUIRE_OK(objectives.find(added.id)), objective);
        QCOMPARE(REQUIRE_OK(objectives.forPlan(plan.id)), QList<Objective> { objective });
    }

    void shouldUpdateAndRemoveAnObjective()
    {
        // GIVEN an objective with an activity
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        Objective objective = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        unit.addActivity(objective.id, QStringLiteral("Agenda"), QDate(2026, 2, 1));

        // WHEN it is renamed, then removed
        objective.title = QStringLiteral("NAC meeting in Senegal");
        QVERIFY(unit.store().objectives().update(objective));
        const QString renamed = REQUIRE_OK(unit.store().objectives().find(objective.id)).title;
        QVERIFY(unit.store().objectives().remove(objective.id));

        // THEN the rename was stored, and the objective went with its activities
        QCOMPARE(renamed, QStringLiteral("NAC meeting in Senegal"));
        QVERIFY(REQUIRE_OK(unit.store().objectives().forPlan(plan.id)).isEmpty());
        QVERIFY(REQUIRE_OK(unit.store().activities().forPlan(plan.id)).isEmpty());
    }

    void shouldRefuseATargetDateOutsideThePlan()
    {
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        Objective objective;
        objective.planId = plan.id;
        objective.title = QStringLiteral("Late");
        objective.targetDate = QDate(2027, 3, 1);
        auto added = unit.store().objectives().add(objective);
        QVERIFY(!added);
        QCOMPARE(added.error().field(), QStringLiteral("targetDate"));
        QVERIFY(added.error().message().contains(QStringLiteral("2027-03-01")));
    }

    void shouldKeepActivitiesInOrderAndEditable()
    {
        // GIVEN an objective
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Report"));

        // WHEN two activities are added and the first is completed and moved
        Activity first
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 3, 1));
        const Activity second
            = unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 5, 1));
        first.status = Activity::Status::Completed;
        first.dueDate = QDate(2026, 2, 20);
        QVERIFY(unit.store().activities().update(first));

        // THEN they keep their order, and the change is stored
        const auto activities = REQUIRE_OK(unit.store().activities().forObjective(objective.id));
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.at(0), first);
        QCOMPARE(activities.at(1), second);
        QCOMPARE(activities.at(1).position, 2);
    }

    void shouldRefuseBadActivities_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty title")
            << QStringLiteral(" ") << QDate(2026, 3, 1) << QStringLiteral("title");
        QTest::newRow("no due date")
            << QStringLiteral("Draft") << QDate() << QStringLiteral("dueDate");
        QTest::newRow("due after the plan")
            << QStringLiteral("Draft") << QDate(2027, 1, 1) << QStringLiteral("dueDate");
        QTest::newRow("due before the plan")
            << QStringLiteral("Draft") << QDate(2025, 12, 31) << QStringLiteral("dueDate");
    }

    void shouldRefuseBadActivities()
    {
        QFETCH(QString, title);
        QFETCH(QDate, due);
        QFETCH(QString, field);
        // GIVEN an objective of a 2026 plan
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Report"));
        Activity activity;
        activity.objectiveId = objective.id;
        activity.title = title;
        activity.dueDate = due;

        // WHEN the activity is added THEN it is refused at the field and nothing is stored
        auto added = unit.store().activities().add(activity);
        QVERIFY(!added);
        QCOMPARE(added.error().field(), field);
        QVERIFY(REQUIRE_OK(unit.store().activities().forObjective(objective.id)).isEmpty());
    }

    void shouldKeepActivitiesThatHaveProgress()
    {
        // GIVEN an activity with progress logged on it
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Report"));
        const Activity activity
            = unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 5, 1));
        unit.log(activity, 30, QDate(2026, 3, 2));

        // WHEN it, or its objective, is removed
        const Status activityRemoved = unit.store().activities().remove(activity.id);
        const Status objectiveRemoved = unit.store().objectives().remove(objective.id);

        // THEN both are refused: logged work stays on record
        QVERIFY(!activityRemoved);
        QVERIFY(activityRemoved.error().message().contains(QStringLiteral("Cancel it instead")));
        QVERIFY(!objectiveRemoved);
        QCOMPARE(REQUIRE_OK(unit.store().activities().forPlan(plan.id)).size(), 1);
    }

    void shouldMoveAnActivityAlongWithoutANewRevision()
    {
        // GIVEN an agreed plan
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Report"));
        Activity activity
            = unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 5, 1));
        unit.agree(plan);

        // WHEN the activity is marked completed
        activity.status = Activity::Status::Completed;
        QVERIFY(unit.store().activities().update(activity));

        // THEN the plan stays agreed at revision 1: carrying it out is not changing it
        const WorkPlan now = REQUIRE_OK(unit.store().workPlans().find(plan.id));
        QCOMPARE(now.revision, 1);
        QCOMPARE(now.status, WorkPlan::Status::Agreed);
    }
};

QTEST_GUILESS_MAIN(ObjectiveAndActivityTest)
#include "objectiveandactivitytest.moc"
