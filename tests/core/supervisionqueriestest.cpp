#include "storage/supervisionqueries.h"
#include "storage/assignmentrepository.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

class SupervisionQueriesTest : public QObject
{
    Q_OBJECT

private:
    static Assignment assignment(Id personId, const QDate &start, const QDate &end)
    {
        Assignment a;
        a.personId = personId;
        a.type = Assignment::Type::Jpo;
        a.title = QStringLiteral("JPO - SSE statistics");
        a.start = start;
        a.end = end;
        return a;
    }

private Q_SLOTS:
    void shouldShowWhereEachSuperviseeStands()
    {
        // GIVEN a JPO with an active plan: one activity overdue, one done, one ahead; and an
        // intern with no plan. Today is 2026-06-15.
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Zoë Adeyemi"), Person::Category::Intern, unit.head.id);
        const WorkPlan plan = unit.addPlan(unit.jpo.id, QStringLiteral("JPO plan 2026"));
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const Activity late
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 5, 1));
        const Activity done
            = unit.addActivity(objective.id, QStringLiteral("Data"), QDate(2026, 4, 1));
        unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 7, 1));
        unit.log(late, 30, QDate(2026, 4, 20));
        unit.log(done, 100, QDate(2026, 3, 30));
        unit.agree(plan);
        QVERIFY(unit.store().workPlans().activate(plan.id));
        REQUIRE_OK(unit.store().assignments().add(
            assignment(unit.jpo.id, QDate(2026, 1, 1), QDate(2026, 8, 31))));

        // WHEN the overview is read
        const auto rows = REQUIRE_OK(unit.store().supervision().overview(unit.today()));

        // THEN the head, who has no supervisor, is not a row; the JPO's row adds up
        QCOMPARE(rows.size(), 2);
        const SupervisionRow jpo = rows.at(0);
        QCOMPARE(jpo.name, unit.jpo.name);
        QCOMPARE(jpo.supervisorName, unit.head.name);
        QCOMPARE(jpo.planTitle, QStringLiteral("JPO plan 2026"));
        QCOMPARE(jpo.planStatus, WorkPlan::Status::Active);
        QCOMPARE(jpo.progress, (30.0 + 100.0 + 0.0) / 3);
        QCOMPARE(jpo.overdueActivities, 1);
        QCOMPARE(jpo.nextDeadline, QDate(2026, 7, 1));
        QCOMPARE(jpo.nextDeadlineTitle, QStringLiteral("Draft"));
        QCOMPARE(jpo.lastProgressOn, QDate(2026, 4, 20));
        QCOMPARE(jpo.assignmentEnd, QDate(2026, 8, 31));
        const SupervisionRow zoe = rows.at(1);
        QCOMPARE(zoe.personId, intern.id);
        QCOMPARE(zoe.planId, Id(0));
        QCOMPARE(zoe.overdueActivities, 0);
    }

    void shouldLimitTheOverviewToOnesOwnSupervisees()
    {
        // GIVEN a technical officer supervising an intern, under the head
        UnitFixture unit;
        const Person officer = unit.addPerson(
            QStringLiteral("Ravi Iyer"), Person::Category::TechnicalOfficer, unit.head.id);
        unit.addPerson(QStringLiteral("Léa Martin"), Person::Category::Intern, officer.id);

        // WHEN the officer's overview is read
        const auto rows = REQUIRE_OK(unit.store().supervision().overview(unit.today(), officer.id));

        // THEN only the intern is in it
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().name, QStringLiteral("Léa Martin"));
    }

    void shouldListOverdueAndUpcomingDeadlines()
    {
        // GIVEN activities due before today, today, in ten days and in a month
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("GAC meeting"));
        unit.addActivity(objective.id, QStringLiteral("Invitations"), QDate(2026, 6, 1));
        unit.addActivity(objective.id, QStringLiteral("Agenda"), QDate(2026, 6, 15));
        unit.addActivity(objective.id, QStringLiteral("Room"), QDate(2026, 6, 25));
        unit.addActivity(objective.id, QStringLiteral("Minutes"), QDate(2026, 7, 20));
        const Activity done
            = unit.addActivity(objective.id, QStringLiteral("Budget"), QDate(2026, 5, 1));
        unit.log(done, 100, QDate(2026, 4, 30));

        // WHEN deadlines are asked for
        auto &supervision = unit.store().supervision();
        const auto overdue = REQUIRE_OK(supervision.overdue(unit.today()));
        const auto soon = REQUIRE_OK(supervision.dueWithin(unit.today(), 14));
        const auto open = REQUIRE_OK(supervision.openActivities(unit.jpo.id));
        const auto headsOwn = REQUIRE_OK(supervision.openActivities(unit.head.id));

        // THEN a completed activity is never overdue; due today is not yet overdue
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().activityTitle, QStringLiteral("Invitations"));
        QCOMPARE(overdue.first().personName, unit.jpo.name);
        QCOMPARE(soon.size(), 2);
        QCOMPARE(soon.at(0).activityTitle, QStringLiteral("Agenda"));
        QCOMPARE(soon.at(1).activityTitle, QStringLiteral("Room"));
        QCOMPARE(open.size(), 4);
        QVERIFY(headsOwn.isEmpty());
    }

    void shouldListContractsEndingWithinNinetyDays()
    {
        // GIVEN assignments ending in 30 days, in 120 days, and one in 60 days already renewed
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Léa Martin"), Person::Category::Intern, unit.head.id);
        auto &assignments = unit.store().assignments();
        REQUIRE_OK(assignments.add(assignment(intern.id, QDate(2026, 3, 1), QDate(2026, 7, 15))));
        REQUIRE_OK(
            assignments.add(assignment(unit.head.id, QDate(2026, 1, 1), QDate(2026, 10, 13))));
        REQUIRE_OK(
            assignments.add(assignment(unit.jpo.id, QDate(2025, 8, 15), QDate(2026, 8, 14))));
        REQUIRE_OK(
            assignments.add(assignment(unit.jpo.id, QDate(2026, 8, 15), QDate(2027, 8, 14))));

        // WHEN contracts ending in 90 days are asked for
        const auto ending = REQUIRE_OK(unit.store().supervision().contractsEnding(unit.today()));

        // THEN only the intern's shows
        QCOMPARE(ending.size(), 1);
        QCOMPARE(ending.first().personName, QStringLiteral("Léa Martin"));
        QCOMPARE(ending.first().end, QDate(2026, 7, 15));
    }
};

QTEST_GUILESS_MAIN(SupervisionQueriesTest)
#include "supervisionqueriestest.moc"
