#include "storage/progressrepository.h"
#include "storage/activityrepository.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

class ProgressRepositoryTest : public QObject
{
    Q_OBJECT

private:
    struct Plan
    {
        WorkPlan plan;
        Objective objective;
        Activity outline;
        Activity draft;
    };

    static Plan planWithTwoActivities(UnitFixture &unit)
    {
        Plan p;
        p.plan = unit.addPlan(unit.jpo.id);
        p.objective = unit.addObjective(p.plan.id, QStringLiteral("National report"));
        p.outline = unit.addActivity(p.objective.id, QStringLiteral("Outline"), QDate(2026, 3, 1));
        p.draft = unit.addActivity(p.objective.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        return p;
    }

private Q_SLOTS:
    void shouldLogAndListProgressNewestFirst()
    {
        // GIVEN a plan
        UnitFixture unit;
        const Plan p = planWithTwoActivities(unit);
        QSignalSpy changed(&unit.store().progress(), &ProgressRepository::changed);

        // WHEN three entries are logged
        unit.log(p.outline, 40, QDate(2026, 2, 1));
        const ProgressEntry latest = unit.log(p.outline, 70, QDate(2026, 2, 8));
        unit.log(p.draft, 10, QDate(2026, 2, 5));

        // THEN the log lists them newest first, per activity and per plan, with a UTC stamp
        const auto forOutline = REQUIRE_OK(unit.store().progress().forActivity(p.outline.id));
        QCOMPARE(forOutline.size(), 2);
        QCOMPARE(forOutline.first(), latest);
        QCOMPARE(forOutline.first().recordedAt.timeSpec(), Qt::UTC);
        QCOMPARE(REQUIRE_OK(unit.store().progress().forPlan(p.plan.id)).size(), 3);
        QCOMPARE(REQUIRE_OK(unit.store().progress().forObjective(p.objective.id)).size(), 3);
        QCOMPARE(changed.count(), 3);
    }

    void shouldComputeProgressFromTheLatestEntries()
    {
        // GIVEN outline logged at 40 then 70 %, draft at 10 %
        UnitFixture unit;
        const Plan p = planWithTwoActivities(unit);
        unit.log(p.outline, 40, QDate(2026, 2, 1));
        unit.log(p.outline, 70, QDate(2026, 2, 8));
        unit.log(p.draft, 10, QDate(2026, 2, 5));

        // WHEN the plan's progress is computed
        const PlanProgress progress = REQUIRE_OK(unit.store().progress().planProgress(p.plan.id));

        // THEN the latest entries count: (70 + 10) / 2
        QCOMPARE(progress.activity(p.outline.id), 70.0);
        QCOMPARE(progress.objective(p.objective.id), 40.0);
        QCOMPARE(progress.work(), 40.0);
    }

    void shouldMoveTheActivityAlongAsProgressIsLogged()
    {
        // GIVEN a planned activity
        UnitFixture unit;
        const Plan p = planWithTwoActivities(unit);
        auto statusOf
            = [&]() { return REQUIRE_OK(unit.store().activities().find(p.outline.id)).status; };
        QCOMPARE(statusOf(), Activity::Status::Planned);

        // WHEN work is logged, then 100 %, then less again
        unit.log(p.outline, 30, QDate(2026, 2, 1));
        const Activity::Status afterWork = statusOf();
        unit.log(p.outline, 100, QDate(2026, 2, 8));
        const Activity::Status afterDone = statusOf();
        unit.log(p.outline, 90, QDate(2026, 2, 9));

        // THEN it went in progress, completed, and back in progress
        QCOMPARE(afterWork, Activity::Status::InProgress);
        QCOMPARE(afterDone, Activity::Status::Completed);
        QCOMPARE(statusOf(), Activity::Status::InProgress);
    }

    void shouldRefuseBadEntries_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wrongObjective");
        QTest::addColumn<QString>("field");
        const QDate ok(2026, 2, 1);
        QTest::newRow("percent above 100")
            << 101 << ok << QStringLiteral("x") << false << QStringLiteral("percent");
        QTest::newRow("negative percent")
            << -1 << ok << QStringLiteral("x") << false << QStringLiteral("percent");
        QTest::newRow("in the future")
            << 10 << QDate(2026, 7, 1) << QStringLiteral("x") << false << QStringLiteral("date");
        QTest::newRow("before the plan")
            << 10 << QDate(2025, 12, 1) << QStringLiteral("x") << false << QStringLiteral("date");
        QTest::newRow("nothing said")
            << 10 << ok << QStringLiteral("  ") << false << QStringLiteral("text");
        QTest::newRow("activity of another objective")
            << 10 << ok << QStringLiteral("x") << true << QStringLiteral("target");
    }

    void shouldRefuseBadEntries()
    {
        QFETCH(int, percent);
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QFETCH(bool, wrongObjective);
        QFETCH(QString, field);
        // GIVEN a plan and a second objective
        UnitFixture unit;
        const Plan p = planWithTwoActivities(unit);
        const Objective other = unit.addObjective(p.plan.id, QStringLiteral("Other"));
        ProgressEntry entry;
        entry.objectiveId = wrongObjective ? other.id : p.objective.id;
        entry.activityId = p.outline.id;
        entry.authorId = unit.jpo.id;
        entry.date = date;
        entry.percent = percent;
        entry.text = text;

        // WHEN it is logged
        auto logged = unit.store().progress().log(entry, unit.today());

        // THEN it is refused at the field; nothing is logged, the activity did not move
        QVERIFY(!logged);
        QCOMPARE(logged.error().field(), field);
        QVERIFY(REQUIRE_OK(unit.store().progress().forPlan(p.plan.id)).isEmpty());
        QCOMPARE(REQUIRE_OK(unit.store().activities().find(p.outline.id)).status,
            Activity::Status::Planned);
    }

    void shouldRefuseProgressOnAClosedPlan()
    {
        UnitFixture unit;
        const Plan p = planWithTwoActivities(unit);
        unit.agree(p.plan);
        QVERIFY(unit.store().workPlans().close(p.plan.id));
        ProgressEntry entry;
        entry.objectiveId = p.objective.id;
        entry.authorId = unit.jpo.id;
        entry.date = QDate(2026, 2, 1);
        entry.percent = 50;
        entry.text = QStringLiteral("Late news");
        auto logged = unit.store().progress().log(entry, unit.today());
        QVERIFY(!logged);
        QVERIFY(logged.error().message().contains(QStringLiteral("closed")));
    }

    void shouldRemoveAnEntry()
    {
        // GIVEN one entry
        UnitFixture unit;
        const Plan p = planWithTwoActivities(unit);
        const ProgressEntry entry = unit.log(p.outline, 50, QDate(2026, 2, 1));

        // WHEN it is removed (as undo does)
        QVERIFY(unit.store().progress().remove(entry.id));

        // THEN the log is empty and progress is back to zero
        QVERIFY(REQUIRE_OK(unit.store().progress().forPlan(p.plan.id)).isEmpty());
        QCOMPARE(REQUIRE_OK(unit.store().progress().planProgress(p.plan.id)).work(), 0.0);
    }
};

QTEST_GUILESS_MAIN(ProgressRepositoryTest)
#include "progressrepositorytest.moc"
