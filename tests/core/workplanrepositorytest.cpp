#include "storage/workplanrepository.h"
#include "storage/activityrepository.h"
#include "storage/objectiverepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

class WorkPlanRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStartEveryPlanAsADraft()
    {
        // GIVEN a plan handed in as if already active
        UnitFixture unit;
        WorkPlan plan;
        plan.personId = unit.jpo.id;
        plan.title = QStringLiteral("JPO work plan 2026");
        plan.periodStart = QDate(2026, 1, 1);
        plan.periodEnd = QDate(2026, 12, 31);
        plan.status = WorkPlan::Status::Active;
        plan.revision = 7;

        // WHEN it is added
        const WorkPlan added = REQUIRE_OK(unit.store().workPlans().add(plan));

        // THEN it is a draft at revision 1, and the person's current plan
        QCOMPARE(added.status, WorkPlan::Status::Draft);
        QCOMPARE(added.revision, 1);
        QCOMPARE(REQUIRE_OK(unit.store().workPlans().current(unit.jpo.id))->id, added.id);
        QCOMPARE(REQUIRE_OK(unit.store().workPlans().forPerson(unit.jpo.id)).size(), 1);
    }

    void shouldRefuseInvalidPlans_data()
    {
        QTest::addColumn<qint64>("personId");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("field");
        QTest::newRow("no title") << qint64(-1) << QString() << QDate(2026, 1, 1)
                                  << QDate(2026, 12, 31) << QStringLiteral("title");
        QTest::newRow("end before start")
            << qint64(-1) << QStringLiteral("Plan") << QDate(2026, 12, 31) << QDate(2026, 1, 1)
            << QStringLiteral("periodEnd");
        QTest::newRow("nobody's") << qint64(9999) << QStringLiteral("Plan") << QDate(2026, 1, 1)
                                  << QDate(2026, 12, 31) << QStringLiteral("person");
    }

    void shouldRefuseInvalidPlans()
    {
        QFETCH(qint64, personId);
        QFETCH(QString, title);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, field);
        // GIVEN a unit
        UnitFixture unit;
        WorkPlan plan;
        plan.personId = personId < 0 ? unit.jpo.id : personId;
        plan.title = title;
        plan.periodStart = start;
        plan.periodEnd = end;

        // WHEN the plan is added THEN it is refused at the field, and nothing is stored
        auto added = unit.store().workPlans().add(plan);
        QVERIFY(!added);
        QCOMPARE(added.error().field(), field);
        QVERIFY(REQUIRE_OK(unit.store().workPlans().all()).isEmpty());
    }

    void shouldFollowTheLifeOfAPlan()
    {
        // GIVEN a draft with one objective
        UnitFixture unit;
        auto &plans = unit.store().workPlans();
        const WorkPlan draft = unit.addPlan(unit.jpo.id);
        unit.addObjective(draft.id, QStringLiteral("ICLS office paper"));

        // WHEN it is activated too early, then agreed, activated and closed
        const Status early = plans.activate(draft.id);
        QVERIFY(plans.agree(draft.id, QDate(2026, 1, 12), unit.head.id));
        const WorkPlan agreed = REQUIRE_OK(plans.find(draft.id));
        QVERIFY(plans.activate(draft.id));
        QVERIFY(plans.close(draft.id));
        const Status reopen = plans.activate(draft.id);

        // THEN only the allowed moves happened, and the agreement is on record
        QVERIFY(!early);
        QCOMPARE(agreed.status, WorkPlan::Status::Agreed);
        QCOMPARE(agreed.agreedOn, QDate(2026, 1, 12));
        QCOMPARE(agreed.agreedBySupervisorId, unit.head.id);
        QVERIFY(!reopen);
        QCOMPARE(REQUIRE_OK(plans.find(draft.id)).status, WorkPlan::Status::Closed);
        QVERIFY(!REQUIRE_OK(plans.current(unit.jpo.id)).has_value());
    }

    void shouldRefuseToAgreeAnEmptyPlanOrAgreeAlone()
    {
        // GIVEN a draft with no objectives
        UnitFixture unit;
        const WorkPlan draft = unit.addPlan(unit.jpo.id);

        // WHEN it is agreed, then agreed by the supervisee alone
        const Status empty = unit.store().workPlans().agree(draft.id, unit.today(), unit.head.id);
        unit.addObjective(draft.id, QStringLiteral("Objective"));
        const Status alone = unit.store().workPlans().agree(draft.id, unit.today(), unit.jpo.id);

        // THEN both are refused, and it is still a draft
        QVERIFY(!empty);
        QVERIFY(empty.error().message().contains(QStringLiteral("no objectives")));
        QVERIFY(!alone);
        QCOMPARE(alone.error().field(), QStringLiteral("supervisor"));
        QCOMPARE(
            REQUIRE_OK(unit.store().workPlans().find(draft.id)).status, WorkPlan::Status::Draft);
    }

    void shouldRefuseASecondAgreedPlanForTheSamePeriod()
    {
        // GIVEN an agreed plan for 2026
        UnitFixture unit;
        const WorkPlan first = unit.addPlan(unit.jpo.id, QStringLiteral("First"));
        unit.addObjective(first.id, QStringLiteral("Objective"));
        unit.agree(first);

        // WHEN a second plan overlapping 2026 is agreed
        WorkPlan second = unit.addPlan(unit.jpo.id, QStringLiteral("Second"));
        unit.addObjective(second.id, QStringLiteral("Objective"));
        const Status status = unit.store().workPlans().agree(second.id, unit.today(), unit.head.id);

        // THEN it is refused, naming the plan in the way
        QVERIFY(!status);
        QCOMPARE(status.error().code(), Error::Code::Conflict);
        QVERIFY(status.error().message().contains(QStringLiteral("\"First\"")));
    }

    void shouldKeepTheAgreedRevisionWhenAnAgreedPlanChanges()
    {
        // GIVEN an agreed plan with one objective and one activity
        UnitFixture unit;
        const WorkPlan draft = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(draft.id, QStringLiteral("GAC meeting"));
        unit.addActivity(objective.id, QStringLiteral("Send invitations"), QDate(2026, 3, 1));
        const WorkPlan agreed = unit.agree(draft);

        // WHEN an activity is added after agreement
        unit.addActivity(objective.id, QStringLiteral("Book the room"), QDate(2026, 4, 1));

        // THEN the plan is revision 2, a draft to agree again, and revision 1 stays readable
        const WorkPlan now = REQUIRE_OK(unit.store().workPlans().find(draft.id));
        QCOMPARE(now.revision, 2);
        QCOMPARE(now.status, WorkPlan::Status::Draft);
        QVERIFY(!now.agreedOn.isValid());
        const auto revisions = REQUIRE_OK(unit.store().workPlans().revisions(draft.id));
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().plan, agreed);
        QCOMPARE(revisions.first().objectives.size(), 1);
        QCOMPARE(revisions.first().objectives.first().title, QStringLiteral("GAC meeting"));
        QCOMPARE(revisions.first().activities.size(), 1);
        QCOMPARE(revisions.first().activities.first().title, QStringLiteral("Send invitations"));
        QVERIFY(revisions.first().reason.contains(QStringLiteral("Book the room")));
        QCOMPARE(REQUIRE_OK(unit.store().activities().forPlan(draft.id)).size(), 2);
    }

    void shouldNotOpenARevisionForADraftEdit()
    {
        // GIVEN a draft
        UnitFixture unit;
        WorkPlan draft = unit.addPlan(unit.jpo.id);

        // WHEN its title changes
        draft.title = QStringLiteral("JPO plan, first year");
        QVERIFY(unit.store().workPlans().update(draft));

        // THEN it is edited in place
        const WorkPlan now = REQUIRE_OK(unit.store().workPlans().find(draft.id));
        QCOMPARE(now.title, QStringLiteral("JPO plan, first year"));
        QCOMPARE(now.revision, 1);
        QVERIFY(REQUIRE_OK(unit.store().workPlans().revisions(draft.id)).isEmpty());
    }

    void shouldRefuseAPeriodThatLeavesPlannedDatesOutside()
    {
        // GIVEN a plan with an activity due in November
        UnitFixture unit;
        WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Report"));
        unit.addActivity(objective.id, QStringLiteral("Final draft"), QDate(2026, 11, 15));

        // WHEN the period is cut to June
        plan.periodEnd = QDate(2026, 6, 30);
        const Status status = unit.store().workPlans().update(plan);

        // THEN it is refused and the period is unchanged
        QVERIFY(!status);
        QVERIFY(status.error().message().contains(QStringLiteral("1 planned date")));
        QCOMPARE(REQUIRE_OK(unit.store().workPlans().find(plan.id)).periodEnd, QDate(2026, 12, 31));
    }

    void shouldRefuseEditsToAClosedPlan()
    {
        // GIVEN a closed plan
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Objective"));
        unit.agree(plan);
        QVERIFY(unit.store().workPlans().close(plan.id));

        // WHEN an activity is added to it
        Activity activity;
        activity.objectiveId = objective.id;
        activity.title = QStringLiteral("Late idea");
        activity.dueDate = QDate(2026, 8, 1);
        auto added = unit.store().activities().add(activity);

        // THEN it is refused
        QVERIFY(!added);
        QVERIFY(added.error().message().contains(QStringLiteral("closed")));
    }

    void shouldDeleteOnlyNeverAgreedDrafts()
    {
        // GIVEN a draft and an agreed plan
        UnitFixture unit;
        const WorkPlan draft = unit.addPlan(unit.jpo.id, QStringLiteral("Draft"));
        const WorkPlan agreed = unit.addPlan(unit.head.id, QStringLiteral("Agreed"));
        unit.addObjective(agreed.id, QStringLiteral("Objective"));
        QVERIFY(unit.store().workPlans().agree(agreed.id, unit.today(), unit.jpo.id));

        // WHEN both are deleted
        const Status draftRemoved = unit.store().workPlans().remove(draft.id);
        const Status agreedRemoved = unit.store().workPlans().remove(agreed.id);

        // THEN only the draft is gone
        QVERIFY(draftRemoved);
        QVERIFY(!agreedRemoved);
        QCOMPARE(REQUIRE_OK(unit.store().workPlans().all()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(WorkPlanRepositoryTest)
#include "workplanrepositorytest.moc"
