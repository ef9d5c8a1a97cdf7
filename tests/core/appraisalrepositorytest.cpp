#include "storage/appraisalrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

class AppraisalRepositoryTest : public QObject
{
    Q_OBJECT

private:
    struct Cycle
    {
        Objective paper;
        Objective nac;
        Appraisal appraisal;
    };

    // A 2026 cycle for the JPO, appraising two objectives of the plan.
    static Cycle openCycle(UnitFixture &unit)
    {
        Cycle cycle;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        cycle.paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        cycle.nac = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        Appraisal appraisal;
        appraisal.personId = unit.jpo.id;
        appraisal.supervisorId = unit.head.id;
        appraisal.periodStart = QDate(2026, 1, 1);
        appraisal.periodEnd = QDate(2026, 12, 31);
        appraisal.objectivesSetOn = QDate(2026, 1, 15);
        appraisal.objectiveIds = { cycle.paper.id, cycle.nac.id };
        cycle.appraisal = REQUIRE_OK(unit.store().appraisals().open(appraisal, unit.head.id));
        return cycle;
    }

    static QList<AppraisalRating> fullRatings(UnitFixture &unit, const Cycle &cycle)
    {
        const auto levels = REQUIRE_OK(unit.store().appraisals().ratingScale());
        QList<AppraisalRating> ratings {
            { AppraisalRating::Subject::Objective, cycle.paper.id, levels.at(1).id,
                QStringLiteral("Paper cleared on time") },
            { AppraisalRating::Subject::Objective, cycle.nac.id, levels.at(0).id, {} },
        };
        for (const auto &competency : REQUIRE_OK(unit.store().appraisals().competencies()))
            ratings.append(
                { AppraisalRating::Subject::Competency, competency.id, levels.at(1).id, {} });
        return ratings;
    }

    static void reachEndOfCycle(UnitFixture &unit, const Cycle &cycle)
    {
        auto &appraisals = unit.store().appraisals();
        QVERIFY(appraisals.recordMidTerm(cycle.appraisal.id, unit.head.id, QDate(2026, 6, 30),
            QStringLiteral("On track; NAC date to fix.")));
        QVERIFY(appraisals.startEndOfCycle(cycle.appraisal.id, unit.head.id));
    }

private Q_SLOTS:
    void shouldStartWithTheDefaultScaleAndCompetencies()
    {
        UnitFixture unit;
        const auto levels = REQUIRE_OK(unit.store().appraisals().ratingScale());
        const auto competencies = REQUIRE_OK(unit.store().appraisals().competencies());
        QCOMPARE(levels.size(), 4);
        QCOMPARE(levels.first().title, QStringLiteral("Exceeds expectations"));
        QCOMPARE(competencies.size(), 3);
        QCOMPARE(competencies.at(0).title, QStringLiteral("Integrity and transparency"));
    }

    void shouldGoThroughTheThreeStages()
    {
        // GIVEN a cycle with its objectives set
        UnitFixture unit;
        const Cycle cycle = openCycle(unit);
        auto &appraisals = unit.store().appraisals();
        QCOMPARE(cycle.appraisal.stage, Appraisal::Stage::ObjectivesSet);
        QCOMPARE(cycle.appraisal.objectiveIds.size(), 2);

        // WHEN the end of cycle is started too early, then the stages are held in order
        const Status early = appraisals.startEndOfCycle(cycle.appraisal.id, unit.head.id);
        reachEndOfCycle(unit, cycle);

        // THEN the early start was refused and the mid-term is on record
        QVERIFY(!early);
        const Appraisal now = REQUIRE_OK(appraisals.find(cycle.appraisal.id));
        QCOMPARE(now.stage, Appraisal::Stage::EndOfCycle);
        QCOMPARE(now.midTermOn, QDate(2026, 6, 30));
        QCOMPARE(now.midTermNotes, QStringLiteral("On track; NAC date to fix."));
    }

    void shouldLetEachSideWriteOnlyItsOwnPart()
    {
        // GIVEN a cycle at its end
        UnitFixture unit;
        const Cycle cycle = openCycle(unit);
        reachEndOfCycle(unit, cycle);
        auto &appraisals = unit.store().appraisals();

        // WHEN the staff member tries to rate, and the supervisor to write the staff comments
        const Status staffRates = appraisals.setSupervisorPart(
            cycle.appraisal.id, unit.jpo.id, fullRatings(unit, cycle), QStringLiteral("Excellent"));
        const Status supervisorComments
            = appraisals.setStaffPart(cycle.appraisal.id, unit.head.id, QStringLiteral("I agree"));
        // AND each writes their own
        QVERIFY(appraisals.setSupervisorPart(cycle.appraisal.id, unit.head.id,
            fullRatings(unit, cycle), QStringLiteral("A productive first year.")));
        QVERIFY(appraisals.setStaffPart(cycle.appraisal.id, unit.jpo.id,
            QStringLiteral("Merci; j'aimerais plus de travail de terrain.")));

        // THEN only their own writes went through
        QVERIFY(!staffRates);
        QCOMPARE(staffRates.error().field(), QStringLiteral("author"));
        QVERIFY(!supervisorComments);
        const Appraisal now = REQUIRE_OK(appraisals.find(cycle.appraisal.id));
        QCOMPARE(now.ratings.size(), 5);
        QCOMPARE(now.supervisorComments, QStringLiteral("A productive first year."));
        QCOMPARE(
            now.staffComments, QStringLiteral("Merci; j'aimerais plus de travail de terrain."));
    }

    void shouldLockOnceBothHaveAcknowledged()
    {
        // GIVEN a fully rated appraisal
        UnitFixture unit;
        const Cycle cycle = openCycle(unit);
        reachEndOfCycle(unit, cycle);
        auto &appraisals = unit.store().appraisals();
        QList<AppraisalRating> partial = fullRatings(unit, cycle);
        partial.removeLast();
        QVERIFY(appraisals.setSupervisorPart(cycle.appraisal.id, unit.head.id, partial, {}));

        // WHEN the supervisor acknowledges with a rating missing, the staff member before the
        // supervisor, then both in order
        const Status incomplete
            = appraisals.acknowledge(cycle.appraisal.id, unit.head.id, QDate(2026, 12, 10));
        const Status staffFirst
            = appraisals.acknowledge(cycle.appraisal.id, unit.jpo.id, QDate(2026, 12, 10));
        QVERIFY(appraisals.setSupervisorPart(
            cycle.appraisal.id, unit.head.id, fullRatings(unit, cycle), {}));
        QVERIFY(appraisals.acknowledge(cycle.appraisal.id, unit.head.id, QDate(2026, 12, 11)));
        const Status afterSigning
            = appraisals.setSupervisorPart(cycle.appraisal.id, unit.head.id, partial, {});
        QVERIFY(appraisals.acknowledge(cycle.appraisal.id, unit.jpo.id, QDate(2026, 12, 12)));

        // THEN the first two were refused, the signed part stayed, and now nothing changes
        QVERIFY(!incomplete);
        QVERIFY(incomplete.error().message().contains(QStringLiteral("4 of 5")));
        QVERIFY(!staffFirst);
        QVERIFY(!afterSigning);
        const Appraisal locked = REQUIRE_OK(appraisals.find(cycle.appraisal.id));
        QVERIFY(locked.isLocked());
        QCOMPARE(locked.ratings.size(), 5);
        for (const Status &status :
            { appraisals.setStaffPart(cycle.appraisal.id, unit.jpo.id, QStringLiteral("x")),
                appraisals.setSupervisorPart(cycle.appraisal.id, unit.head.id, partial, {}),
                appraisals.setObjectives(cycle.appraisal.id, unit.head.id, {}) }) {
            QVERIFY(!status);
            QVERIFY(status.error().message().contains(QStringLiteral("locked")));
        }
        QCOMPARE(REQUIRE_OK(appraisals.find(cycle.appraisal.id)), locked);
    }

    void shouldRefuseOverlappingCyclesAndSelfAppraisal()
    {
        UnitFixture unit;
        const Cycle cycle = openCycle(unit);
        Appraisal again = cycle.appraisal;
        again.id = 0;
        again.periodStart = QDate(2026, 6, 1);
        again.periodEnd = QDate(2027, 5, 31);
        auto overlapping = unit.store().appraisals().open(again, unit.head.id);
        QVERIFY(!overlapping);
        QCOMPARE(overlapping.error().code(), Error::Code::Conflict);
        again.periodStart = QDate(2027, 1, 1);
        again.periodEnd = QDate(2027, 12, 31);
        again.supervisorId = unit.jpo.id;
        auto self = unit.store().appraisals().open(again, unit.jpo.id);
        QVERIFY(!self);
        QCOMPARE(self.error().field(), QStringLiteral("supervisor"));
    }

    void shouldKeepTheScaleOnceRatingsUseIt()
    {
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        QVERIFY(appraisals.setRatingScale({ { 0, QStringLiteral("Outstanding") },
            { 0, QStringLiteral("Good") }, { 0, QStringLiteral("Needs improvement") } }));
        QCOMPARE(REQUIRE_OK(appraisals.ratingScale()).size(), 3);
        const Cycle cycle = openCycle(unit);
        reachEndOfCycle(unit, cycle);
        QVERIFY(appraisals.setSupervisorPart(
            cycle.appraisal.id, unit.head.id, fullRatings(unit, cycle), {}));
        const Status status = appraisals.setCompetencies({ { 0, QStringLiteral("Teamwork") } });
        QVERIFY(!status);
        QCOMPARE(REQUIRE_OK(appraisals.competencies()).size(), 3);
    }

    void shouldShowTheEvidenceBehindEachObjective()
    {
        // GIVEN progress logged on the paper in the cycle, nothing on the NAC
        UnitFixture unit;
        const Cycle cycle = openCycle(unit);
        const Activity outline
            = unit.addActivity(cycle.paper.id, QStringLiteral("Outline"), QDate(2026, 3, 1));
        unit.log(outline, 50, QDate(2026, 2, 10));
        unit.log(outline, 100, QDate(2026, 2, 24));

        // WHEN the evidence is read
        const auto evidence = REQUIRE_OK(unit.store().appraisals().evidence(cycle.appraisal.id));

        // THEN the paper has two entries, and the NAC none: a rating there would be unsupported
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(evidence.at(0).objectiveId, cycle.paper.id);
        QCOMPARE(evidence.at(0).progressEntries, 2);
        QVERIFY(evidence.at(0).hasEvidence());
        QVERIFY(!evidence.at(1).hasEvidence());
    }

    void shouldSayWhichStageFallsDue()
    {
        // GIVEN a 2026 cycle, objectives set
        UnitFixture unit;
        const Cycle cycle = openCycle(unit);
        auto &appraisals = unit.store().appraisals();

        // WHEN asked in May, in July, and in December after the mid-term
        const auto may = REQUIRE_OK(appraisals.due(QDate(2026, 5, 1)));
        const auto july = REQUIRE_OK(appraisals.due(QDate(2026, 7, 10)));
        QVERIFY(appraisals.recordMidTerm(cycle.appraisal.id, unit.head.id, QDate(2026, 7, 12), {}));
        const auto december = REQUIRE_OK(appraisals.due(QDate(2026, 12, 5)));

        // THEN nothing is due in May; the mid-term in July; the end of cycle in December
        QVERIFY(may.isEmpty());
        QCOMPARE(july.size(), 1);
        QCOMPARE(july.first().stage, Appraisal::Stage::MidTerm);
        QCOMPARE(july.first().personName, unit.jpo.name);
        QCOMPARE(july.first().supervisorId, unit.head.id);
        QCOMPARE(december.size(), 1);
        QCOMPARE(december.first().stage, Appraisal::Stage::EndOfCycle);
    }
};

QTEST_GUILESS_MAIN(AppraisalRepositoryTest)
#include "appraisalrepositorytest.moc"
