#include "storage/summaryqueries.h"
#include "demo/demounit.h"
#include "scratchunit.h"
#include "storage/appraisalrepository.h"
#include "storage/assignmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/missionrepository.h"
#include "storage/peoplerepository.h"
#include "storage/unitsettings.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Core;

class SummaryQueriesTest : public QObject
{
    Q_OBJECT

private:
    static QString text(const QDate &date) { return date.toString(Qt::ISODate); }

    // Every field of a summary as one line each: what a renderer could print. Comparing these
    // compares summaries whole, and searching them searches everything a summary carries.
    static QStringList describe(const PerformanceSummary &summary)
    {
        const auto &h = summary.header;
        QStringList lines { QString::number(h.personId), h.name, h.email, h.positionTitle,
            h.category, h.grade, h.unit, h.dutyStation, h.supervisorName, h.assignment,
            text(h.periodStart), text(h.periodEnd) };
        for (const auto &o : summary.objectives) {
            lines << QStringLiteral("objective %1|%2|%3|%4|%5|%6|%7|%8|%9")
                         .arg(o.title, o.description, o.indicator, text(o.targetDate))
                         .arg(int(o.learning))
                         .arg(o.evidence)
                         .arg(o.percent)
                         .arg(o.activities)
                         .arg(o.activitiesDone);
            for (const auto &a : o.achievements)
                lines << QStringLiteral("achievement %1|%2|%3|%4|%5")
                             .arg(text(a.date), a.activity)
                             .arg(a.percent)
                             .arg(a.note, a.blockers);
        }
        for (const auto &d : summary.deliverables)
            lines << QStringLiteral("deliverable %1|%2|%3|%4|%5|%6|%7")
                         .arg(d.title, d.type, d.status, text(d.dueDate), text(d.statusSince),
                             d.versions, d.role);
        for (const auto &m : summary.missions)
            lines << QStringLiteral("mission %1|%2|%3|%4|%5|%6|%7|%8")
                         .arg(m.purpose, m.kind, m.destination, text(m.start), text(m.end))
                         .arg(m.days)
                         .arg(m.status, m.btoStatus);
        lines << QStringLiteral("mission days %1").arg(summary.missionDays);
        for (const auto &c : summary.checkIns)
            lines << QStringLiteral("check-in %1|%2|%3|%4|%5|%6")
                         .arg(text(c.date), c.supervisorName)
                         .arg(c.agendaItems)
                         .arg(c.actions)
                         .arg(c.actionsDone)
                         .arg(c.decisions);
        for (const auto &r : summary.reviews)
            lines << QStringLiteral("review %1|%2|%3|%4|%5|%6|%7")
                         .arg(r.deliverableTitle, r.versionLabel, text(r.submittedOn),
                             r.reviewerName, text(r.reviewedOn), r.outcome)
                         .arg(r.daysWaited);
        const auto &a = summary.appraisal;
        lines << QStringLiteral("appraisal %1|%2|%3|%4|%5|%6|%7|%8|%9")
                     .arg(int(summary.hasAppraisal))
                     .arg(a.stage, text(a.objectivesSetOn), text(a.midTermOn), a.midTermNotes,
                         a.supervisorComments, a.staffComments, text(a.supervisorAcknowledgedOn),
                         text(a.staffAcknowledgedOn))
              << QStringLiteral("locked %1").arg(int(a.locked));
        for (const auto &r : a.ratings)
            lines << QStringLiteral("rating %1|%2|%3|%4")
                         .arg(r.subject)
                         .arg(int(r.competency))
                         .arg(r.level, r.comment);
        return lines;
    }

    static PerformanceSummary summaryOf(UnitFixture &unit, Id personId, int year = 2026)
    {
        return REQUIRE_OK(unit.store().summaries().forPerson(personId, year, unit.today()));
    }

    static Appraisal openCycle(
        UnitFixture &unit, const QDate &start, const QDate &end, const QList<Id> &objectiveIds = {})
    {
        Appraisal appraisal;
        appraisal.personId = unit.jpo.id;
        appraisal.supervisorId = unit.head.id;
        appraisal.periodStart = start;
        appraisal.periodEnd = end;
        appraisal.objectivesSetOn = start.addDays(14);
        appraisal.objectiveIds = objectiveIds;
        return REQUIRE_OK(unit.store().appraisals().open(appraisal, unit.head.id));
    }

    static WorkPlan planFor(UnitFixture &unit, Id personId, const QDate &start, const QDate &end)
    {
        WorkPlan plan;
        plan.personId = personId;
        plan.title = QStringLiteral("Work plan %1").arg(start.year());
        plan.periodStart = start;
        plan.periodEnd = end;
        return REQUIRE_OK(unit.store().workPlans().add(plan));
    }

    static CheckIn checkIn(const UnitFixture &unit, const QDate &date)
    {
        CheckIn checkIn;
        checkIn.supervisorId = unit.head.id;
        checkIn.superviseeId = unit.jpo.id;
        checkIn.date = date;
        checkIn.agenda = { { 0, QStringLiteral("ICLS paper outline"), false, 0 },
            { 0, QStringLiteral("Mission to Dakar"), true, 0 } };
        checkIn.notes = QStringLiteral("Outline agreed.");
        checkIn.decisions = QStringLiteral("Publier la note en français d'ici août.");
        checkIn.privateNotes = QStringLiteral("PRIVATE: seems overloaded, watch the deadlines.");
        checkIn.actions = {
            { 0, QStringLiteral("Write to the statistics office"), unit.jpo.id, date.addDays(7),
                false },
            { 0, QStringLiteral("Book the GAC room"), unit.head.id, date.addDays(14), true },
        };
        return checkIn;
    }

    static std::unique_ptr<UnitStore> demoStore(const QDate &today)
    {
        auto store = ScratchUnit::openStore();
        REQUIRE_OK(DemoUnit::write(*store, today));
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Dates in summaries follow the locale; the expectations below are written in C's.
        QLocale::setDefault(QLocale::c());
    }

    void shouldFillTheHeaderForTheCalendarYear()
    {
        // GIVEN a named unit, and a JPO with a position, a grade, a duty station and two
        // assignments, the later of which overlaps 2026
        UnitFixture unit;
        QVERIFY(unit.store().settings().setUnitName(QStringLiteral("  Cooperatives, SSE unit ")));
        Person jpo = unit.jpo;
        jpo.positionTitle = QStringLiteral("Junior Professional Officer");
        jpo.grade = QStringLiteral("P2");
        jpo.dutyStation = QStringLiteral("HQ Geneva");
        QVERIFY(unit.store().people().update(jpo));
        Assignment first;
        first.personId = jpo.id;
        first.type = Assignment::Type::Internship;
        first.title = QStringLiteral("Internship - SSE research");
        first.start = QDate(2024, 9, 1);
        first.end = QDate(2025, 2, 28);
        REQUIRE_OK(unit.store().assignments().add(first));
        Assignment second = first;
        second.type = Assignment::Type::Jpo;
        second.title = QStringLiteral("JPO - SSE statistics");
        second.start = QDate(2025, 9, 1);
        second.end = QDate(2027, 8, 31);
        REQUIRE_OK(unit.store().assignments().add(second));

        // WHEN the 2026 summary is read (no appraisal cycle)
        const PerformanceSummary summary = summaryOf(unit, jpo.id);

        // THEN the header names the person, the supervisor, the assignment and the calendar year
        const auto &header = summary.header;
        QCOMPARE(header.personId, jpo.id);
        QCOMPARE(header.name, QStringLiteral("Kofi Mensah"));
        QCOMPARE(header.email, jpo.email);
        QCOMPARE(header.positionTitle, QStringLiteral("Junior Professional Officer"));
        QCOMPARE(header.category, QStringLiteral("JPO"));
        QCOMPARE(header.grade, QStringLiteral("P2"));
        QCOMPARE(header.unit, QStringLiteral("Cooperatives, SSE unit"));
        QCOMPARE(header.dutyStation, QStringLiteral("HQ Geneva"));
        QCOMPARE(header.supervisorName, QStringLiteral("Amélie Dubois"));
        QCOMPARE(
            header.assignment, QStringLiteral("JPO - SSE statistics, 1 Sep 2025 to 31 Aug 2027"));
        QCOMPARE(header.periodStart, QDate(2026, 1, 1));
        QCOMPARE(header.periodEnd, QDate(2026, 12, 31));
        QVERIFY(summary.isEmpty());
    }

    void shouldTakeThePeriodFromTheCycleStartingInTheYear()
    {
        // GIVEN a JPO whose appraisal cycle runs from September 2025 to August 2026
        UnitFixture unit;
        openCycle(unit, QDate(2025, 9, 1), QDate(2026, 8, 31));

        // WHEN the summaries of 2025 and 2026 are read
        const PerformanceSummary cycle = summaryOf(unit, unit.jpo.id, 2025);
        const PerformanceSummary calendar = summaryOf(unit, unit.jpo.id, 2026);

        // THEN 2025 is the cycle, with its appraisal; 2026, where no cycle starts, is the year
        QCOMPARE(cycle.header.periodStart, QDate(2025, 9, 1));
        QCOMPARE(cycle.header.periodEnd, QDate(2026, 8, 31));
        QVERIFY(cycle.hasAppraisal);
        QCOMPARE(calendar.header.periodStart, QDate(2026, 1, 1));
        QCOMPARE(calendar.header.periodEnd, QDate(2026, 12, 31));
        QVERIFY(!calendar.hasAppraisal);
    }

    void shouldListObjectivesWorkFirstWithProgressAndAchievements()
    {
        // GIVEN a plan whose learning element was written before its work objectives, with
        // activities and progress
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective learning = unit.addObjective(
            plan.id, QStringLiteral("Project cycle management"), Objective::Kind::Learning);
        const Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const Objective nac = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        const Activity outline
            = unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 3, 31));
        const Activity draft
            = unit.addActivity(paper.id, QStringLiteral("Draft"), QDate(2026, 9, 30));
        const Activity course
            = unit.addActivity(learning.id, QStringLiteral("PCM course"), QDate(2026, 5, 31));
        unit.log(outline, 40, QDate(2026, 2, 1));
        unit.log(outline, 100, QDate(2026, 3, 1));
        unit.log(draft, 20, QDate(2026, 4, 1));
        unit.log(course, 50, QDate(2026, 5, 2));

        // WHEN the summary is read
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id);

        // THEN work objectives come first, in plan order, then learning elements
        QCOMPARE(summary.objectives.size(), 3);
        const auto &first = summary.objectives.at(0);
        QCOMPARE(first.title, QStringLiteral("ICLS paper"));
        QCOMPARE(first.plan, plan.title);
        QCOMPARE(first.indicator, QStringLiteral("Delivered on time"));
        QVERIFY(!first.learning);
        QCOMPARE(first.percent, 60); // (100 + 20) / 2
        QCOMPARE(first.activities, 2);
        QCOMPARE(first.activitiesDone, 1);
        QCOMPARE(summary.objectives.at(1).objectiveId, nac.id);
        QCOMPARE(summary.objectives.at(1).percent, 0);
        QVERIFY(summary.objectives.at(1).achievements.isEmpty());
        QCOMPARE(summary.objectives.at(2).objectiveId, learning.id);
        QVERIFY(summary.objectives.at(2).learning);
        QCOMPARE(summary.objectives.at(2).percent, 50);
        // AND the achievements are the entries of the objective's activities, oldest first
        QCOMPARE(first.achievements.size(), 3);
        QCOMPARE(first.achievements.at(0).date, QDate(2026, 2, 1));
        QCOMPARE(first.achievements.at(0).activity, QStringLiteral("Outline"));
        QCOMPARE(first.achievements.at(0).percent, 40);
        QCOMPARE(first.achievements.at(0).note, QStringLiteral("Worked on Outline"));
        QCOMPARE(first.achievements.at(2).activity, QStringLiteral("Draft"));
    }

    void shouldKeepOnlyAchievementsLoggedWithinTheCycle()
    {
        // GIVEN progress logged before and during a cycle that starts mid-February
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const Activity outline
            = unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 3, 31));
        unit.log(outline, 30, QDate(2026, 2, 1));
        unit.log(outline, 70, QDate(2026, 3, 1));
        openCycle(unit, QDate(2026, 2, 15), QDate(2027, 2, 14), { paper.id });

        // WHEN the summary is read
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id);

        // THEN only the entry within the cycle is an achievement; progress is the latest
        QCOMPARE(summary.objectives.size(), 1);
        QCOMPARE(summary.objectives.at(0).achievements.size(), 1);
        QCOMPARE(summary.objectives.at(0).achievements.at(0).date, QDate(2026, 3, 1));
        QCOMPARE(summary.objectives.at(0).percent, 70);
    }

    void shouldListDeliverablesClearedInThePeriodWithRoleAndVersions()
    {
        // GIVEN a brief the JPO owns, with translations, cleared in March 2026; a report of the
        // head's the JPO contributed to, cleared in May; one cleared in 2025; one still planned
        UnitFixture unit;
        Deliverable brief = unit.addDeliverable(
            unit.jpo.id, QStringLiteral("Brief on SSE statistics"), QDate(2026, 3, 31));
        brief.versions = { { 0, QStringLiteral("EN"), true, LanguageVersion::Status::Cleared, {} },
            { 0, QStringLiteral("FR"), true, LanguageVersion::Status::InProgress, {} } };
        QVERIFY(unit.store().deliverables().update(brief));
        unit.reviewDraft(unit.submitDraft(brief.id, QDate(2026, 3, 2)),
            ReviewRound::Outcome::Cleared, QDate(2026, 3, 10));
        Deliverable report = unit.addDeliverable(
            unit.head.id, QStringLiteral("Global report"), QDate(2026, 5, 31));
        report.contributorIds = { unit.jpo.id };
        QVERIFY(unit.store().deliverables().update(report));
        unit.reviewDraft(unit.submitDraft(report.id, QDate(2026, 5, 4)),
            ReviewRound::Outcome::Cleared, QDate(2026, 5, 12));
        const Deliverable old
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Old note"), QDate(2025, 11, 30));
        unit.reviewDraft(unit.submitDraft(old.id, QDate(2025, 11, 2)),
            ReviewRound::Outcome::Cleared, QDate(2025, 11, 10));
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Planned note"), QDate(2026, 10, 31));

        // WHEN the JPO's and the head's summaries are read
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id);
        const PerformanceSummary head = summaryOf(unit, unit.head.id);

        // THEN the JPO's lists the two cleared in 2026, by clearance date, with the role held
        QCOMPARE(summary.deliverables.size(), 2);
        const auto &first = summary.deliverables.at(0);
        QCOMPARE(first.deliverableId, brief.id);
        QCOMPARE(first.type, QStringLiteral("Brief"));
        QCOMPARE(first.status, QStringLiteral("Cleared"));
        QCOMPARE(first.dueDate, QDate(2026, 3, 31));
        QCOMPARE(first.statusSince, QDate(2026, 3, 10));
        QCOMPARE(first.versions, QStringLiteral("EN cleared, FR in progress"));
        QCOMPARE(first.role, QStringLiteral("Owner"));
        QCOMPARE(summary.deliverables.at(1).title, QStringLiteral("Global report"));
        QCOMPARE(summary.deliverables.at(1).versions, QString());
        QCOMPARE(summary.deliverables.at(1).role, QStringLiteral("Contributor"));
        // AND the head's names the report as owned
        QCOMPARE(head.deliverables.size(), 1);
        QCOMPARE(head.deliverables.at(0).role, QStringLiteral("Owner"));
    }

    void shouldCountMissionDaysWithinThePeriodAndTellTheBtoStatus()
    {
        // GIVEN missions across new year, ended with and without reports, ahead, and cancelled
        UnitFixture unit;
        auto &missions = unit.store().missions();
        const Mission newYear = unit.addMission(
            unit.jpo.id, QDate(2025, 12, 29), QDate(2026, 1, 3), Mission::Status::Completed);
        QVERIFY(missions.submitBto(newYear.id, QDate(2026, 1, 8)));
        unit.addMission(
            unit.jpo.id, QDate(2026, 5, 4), QDate(2026, 5, 8), Mission::Status::Completed);
        unit.addMission(
            unit.jpo.id, QDate(2026, 6, 10), QDate(2026, 6, 12), Mission::Status::Completed);
        unit.addMission(unit.jpo.id, QDate(2026, 9, 7), QDate(2026, 9, 11));
        unit.addMission(
            unit.jpo.id, QDate(2026, 10, 5), QDate(2026, 10, 9), Mission::Status::Cancelled);

        // WHEN the summary is read on 15 June 2026
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id);

        // THEN the cancelled one is left out and days are counted within 2026 only
        QCOMPARE(summary.missions.size(), 4);
        const auto &first = summary.missions.at(0);
        QCOMPARE(first.purpose, QStringLiteral("NAC meeting in Dakar"));
        QCOMPARE(first.kind, QStringLiteral("Project mission"));
        QCOMPARE(first.destination, QStringLiteral("Dakar, Senegal"));
        QCOMPARE(first.status, QStringLiteral("Completed"));
        QCOMPARE(first.days, 3);
        QCOMPARE(summary.missionDays, 3 + 5 + 3 + 5);
        // AND the BTO status reads as submitted, overdue (due ten working days after 8 May),
        // due, and not due
        QCOMPARE(first.btoStatus, QStringLiteral("Submitted 8 Jan 2026"));
        QCOMPARE(summary.missions.at(1).btoStatus, QStringLiteral("Overdue since 23 May 2026"));
        QCOMPARE(summary.missions.at(2).btoStatus, QStringLiteral("Due 26 Jun 2026"));
        QCOMPARE(summary.missions.at(3).btoStatus, QStringLiteral("Not due"));
        QCOMPARE(summary.missions.at(3).status, QStringLiteral("Planned"));
    }

    void shouldListCheckInsHeldInThePeriod()
    {
        // GIVEN check-ins in December 2025 and March 2026
        UnitFixture unit;
        REQUIRE_OK(unit.store().checkIns().save(checkIn(unit, QDate(2025, 12, 1)), unit.head.id));
        REQUIRE_OK(unit.store().checkIns().save(checkIn(unit, QDate(2026, 3, 5)), unit.head.id));

        // WHEN the JPO's 2026 summary is read
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id);

        // THEN only the 2026 one is there, counted, with its shared decisions as written
        QCOMPARE(summary.checkIns.size(), 1);
        const auto &line = summary.checkIns.at(0);
        QCOMPARE(line.date, QDate(2026, 3, 5));
        QCOMPARE(line.supervisorName, QStringLiteral("Amélie Dubois"));
        QCOMPARE(line.agendaItems, 2);
        QCOMPARE(line.actions, 2);
        QCOMPARE(line.actionsDone, 1);
        QCOMPARE(line.decisions, QStringLiteral("Publier la note en français d'ici août."));
    }

    void shouldNeverCarryTheSupervisorsPrivateNotes()
    {
        // GIVEN a check-in with private notes, in a cycle with an appraisal
        UnitFixture unit;
        REQUIRE_OK(unit.store().checkIns().save(checkIn(unit, QDate(2026, 3, 5)), unit.head.id));
        openCycle(unit, QDate(2026, 1, 1), QDate(2026, 12, 31));

        // WHEN the JPO's, the head's and the unit's summaries are read
        QList<PerformanceSummary> summaries
            = REQUIRE_OK(unit.store().summaries().forUnit(2026, unit.today()));
        summaries << summaryOf(unit, unit.jpo.id) << summaryOf(unit, unit.head.id);

        // THEN no field of any of them holds the private text
        QVERIFY(!summaries.isEmpty());
        for (const PerformanceSummary &summary : std::as_const(summaries)) {
            for (const QString &line : describe(summary))
                QVERIFY2(!line.contains(QStringLiteral("PRIVATE")), qPrintable(line));
        }
    }

    void shouldListReviewRoundsWithTheirWait()
    {
        // GIVEN a draft revised then cleared, and another still waiting
        UnitFixture unit;
        const Deliverable brief
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), QDate(2026, 4, 30));
        unit.reviewDraft(unit.submitDraft(brief.id, QDate(2026, 3, 2)),
            ReviewRound::Outcome::Revise, QDate(2026, 3, 9));
        unit.reviewDraft(unit.submitDraft(brief.id, QDate(2026, 3, 20)),
            ReviewRound::Outcome::Cleared, QDate(2026, 3, 23));
        const Deliverable note
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Note"), QDate(2026, 7, 31));
        unit.submitDraft(note.id, QDate(2026, 6, 1));

        // WHEN the summary is read on 15 June 2026
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id);

        // THEN each round is there, oldest first, with how long it waited
        QCOMPARE(summary.reviews.size(), 3);
        const auto &first = summary.reviews.at(0);
        QCOMPARE(first.deliverableTitle, QStringLiteral("Brief"));
        QCOMPARE(first.versionLabel, QStringLiteral("draft"));
        QCOMPARE(first.submittedOn, QDate(2026, 3, 2));
        QCOMPARE(first.reviewerName, QStringLiteral("Amélie Dubois"));
        QCOMPARE(first.reviewedOn, QDate(2026, 3, 9));
        QCOMPARE(first.outcome, QStringLiteral("Revise"));
        QCOMPARE(first.daysWaited, 7);
        QCOMPARE(summary.reviews.at(1).outcome, QStringLiteral("Cleared"));
        QCOMPARE(summary.reviews.at(1).daysWaited, 3);
        QVERIFY(!summary.reviews.at(2).reviewedOn.isValid());
        QCOMPARE(summary.reviews.at(2).outcome, QStringLiteral("Waiting for review"));
        QCOMPARE(summary.reviews.at(2).daysWaited, 14);
    }

    void shouldCountAPendingWaitOnlyToTheEndOfAPastPeriod()
    {
        // GIVEN a draft submitted in December 2025 and never reviewed
        UnitFixture unit;
        const Deliverable note
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Note"), QDate(2026, 1, 31));
        unit.submitDraft(note.id, QDate(2025, 12, 20));

        // WHEN the 2025 summary is read in June 2026
        const PerformanceSummary summary = summaryOf(unit, unit.jpo.id, 2025);

        // THEN the wait stops at the end of 2025
        QCOMPARE(summary.reviews.size(), 1);
        QCOMPARE(summary.reviews.at(0).daysWaited, 11);
    }

    void shouldShowRatingsOnlyFromTheEndOfCycle()
    {
        // GIVEN a 2026 cycle appraising one objective, after its mid-term review
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const Appraisal cycle
            = openCycle(unit, QDate(2026, 1, 1), QDate(2026, 12, 31), { paper.id });
        auto &appraisals = unit.store().appraisals();
        QVERIFY(appraisals.recordMidTerm(
            cycle.id, unit.head.id, QDate(2026, 6, 30), QStringLiteral("On track; NAC to fix.")));

        // WHEN the summary is read at mid-term
        const PerformanceSummary midTerm = summaryOf(unit, unit.jpo.id);

        // THEN it has the stage and notes, but no ratings
        QVERIFY(midTerm.hasAppraisal);
        QCOMPARE(midTerm.appraisal.stage, QStringLiteral("Mid-term review"));
        QCOMPARE(midTerm.appraisal.objectivesSetOn, QDate(2026, 1, 15));
        QCOMPARE(midTerm.appraisal.midTermOn, QDate(2026, 6, 30));
        QCOMPARE(midTerm.appraisal.midTermNotes, QStringLiteral("On track; NAC to fix."));
        QVERIFY(midTerm.appraisal.ratings.isEmpty());
        QVERIFY(!midTerm.appraisal.locked);

        // WHEN the end-of-cycle appraisal is written, rated, and acknowledged by both
        QVERIFY(appraisals.startEndOfCycle(cycle.id, unit.head.id));
        const auto levels = REQUIRE_OK(appraisals.ratingScale());
        const auto competencies = REQUIRE_OK(appraisals.competencies());
        QList<AppraisalRating> ratings { { AppraisalRating::Subject::Objective, paper.id,
            levels.at(0).id, QStringLiteral("Paper cleared ahead of the session") } };
        for (const auto &competency : competencies)
            ratings.append(
                { AppraisalRating::Subject::Competency, competency.id, levels.at(1).id, {} });
        QVERIFY(appraisals.setSupervisorPart(
            cycle.id, unit.head.id, ratings, QStringLiteral("A strong year.")));
        QVERIFY(appraisals.setStaffPart(cycle.id, unit.jpo.id, QStringLiteral("Merci.")));
        QVERIFY(appraisals.acknowledge(cycle.id, unit.head.id, QDate(2026, 12, 10)));
        QVERIFY(appraisals.acknowledge(cycle.id, unit.jpo.id, QDate(2026, 12, 11)));
        const PerformanceSummary ended = summaryOf(unit, unit.jpo.id);

        // THEN the ratings are there, objectives first, with both parts and the lock
        const auto &part = ended.appraisal;
        QCOMPARE(part.stage, QStringLiteral("End-of-cycle appraisal"));
        QCOMPARE(part.ratings.size(), 1 + competencies.size());
        QCOMPARE(part.ratings.at(0).subject, QStringLiteral("ICLS paper"));
        QVERIFY(!part.ratings.at(0).competency);
        QCOMPARE(part.ratings.at(0).level, QStringLiteral("Exceeds expectations"));
        QCOMPARE(part.ratings.at(0).comment, QStringLiteral("Paper cleared ahead of the session"));
        QCOMPARE(part.ratings.at(1).subject, QStringLiteral("Integrity and transparency"));
        QVERIFY(part.ratings.at(1).competency);
        QCOMPARE(part.ratings.at(1).level, QStringLiteral("Fully meets expectations"));
        QCOMPARE(part.supervisorComments, QStringLiteral("A strong year."));
        QCOMPARE(part.staffComments, QStringLiteral("Merci."));
        QCOMPARE(part.supervisorAcknowledgedOn, QDate(2026, 12, 10));
        QCOMPARE(part.staffAcknowledgedOn, QDate(2026, 12, 11));
        QVERIFY(part.locked);
    }

    void shouldGiveAnEmptySummaryWithItsHeaderForSomeoneWithNothingInTheCycle()
    {
        // GIVEN an intern with nothing recorded, and a 2025 plan of the JPO's
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Lena Vogel"), Person::Category::Intern, unit.head.id);
        const WorkPlan old = planFor(unit, unit.jpo.id, QDate(2025, 1, 1), QDate(2025, 12, 31));
        unit.addObjective(old.id, QStringLiteral("Old objective"));

        // WHEN their 2026 summaries are read
        const PerformanceSummary internSummary = summaryOf(unit, intern.id);
        const PerformanceSummary jpoSummary = summaryOf(unit, unit.jpo.id);

        // THEN both are empty, headers still filled
        QVERIFY(internSummary.isEmpty());
        QCOMPARE(internSummary.header.name, QStringLiteral("Lena Vogel"));
        QCOMPARE(internSummary.header.category, QStringLiteral("Intern"));
        QCOMPARE(internSummary.header.supervisorName, QStringLiteral("Amélie Dubois"));
        QCOMPARE(internSummary.missionDays, 0);
        QVERIFY(jpoSummary.isEmpty());
        QCOMPARE(summaryOf(unit, unit.jpo.id, 2025).objectives.size(), 1);
    }

    void shouldRefuseAnUnknownPerson()
    {
        // GIVEN a unit
        UnitFixture unit;

        // WHEN the summary of someone not in it is asked for
        const auto summary = unit.store().summaries().forPerson(9999, 2026, unit.today());

        // THEN it is a not-found error that says so
        QVERIFY(!summary);
        QCOMPARE(summary.error().code(), Error::Code::NotFound);
        QVERIFY(summary.error().message().contains(QStringLiteral("9999")));
    }

    void shouldKeepAccentsAndRightToLeftNamesAsWritten()
    {
        // GIVEN a supervisee with an Arabic name, an objective and progress written in French
        UnitFixture unit;
        const QString name = QStringLiteral("سارة الحسيني");
        const Person sara = unit.addPerson(name, Person::Category::Jpo, unit.head.id);
        const WorkPlan plan = unit.addPlan(sara.id);
        const Objective objective = unit.addObjective(
            plan.id, QStringLiteral("Étude sur l'économie sociale et solidaire au Sénégal"));
        const Activity activity = unit.addActivity(
            objective.id, QStringLiteral("Enquête auprès des coopératives"), QDate(2026, 5, 31));
        unit.log(activity, 50, QDate(2026, 4, 2));

        // WHEN her summary is read, alone and with the unit's
        const PerformanceSummary summary = summaryOf(unit, sara.id);
        const auto unitSummaries = REQUIRE_OK(unit.store().summaries().forUnit(2026, unit.today()));

        // THEN the text is as written
        QCOMPARE(summary.header.name, name);
        QCOMPARE(summary.objectives.at(0).title,
            QStringLiteral("Étude sur l'économie sociale et solidaire au Sénégal"));
        QCOMPARE(summary.objectives.at(0).achievements.at(0).activity,
            QStringLiteral("Enquête auprès des coopératives"));
        QCOMPARE(unitSummaries.size(), 1);
        QCOMPARE(unitSummaries.at(0).header.name, name);
    }

    void shouldGiveTheUnitEveryoneWithSomethingAsForEachPerson()
    {
        // GIVEN a JPO with a plan, an intern with a check-in, and people with nothing
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Zoë Martin"), Person::Category::Intern, unit.head.id);
        unit.addPerson(
            QStringLiteral("Bruno Costa"), Person::Category::TechnicalOfficer, unit.head.id);
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        unit.log(unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 3, 31)), 40,
            QDate(2026, 3, 1));
        CheckIn talk = checkIn(unit, QDate(2026, 4, 1));
        talk.superviseeId = intern.id;
        talk.actions.clear();
        REQUIRE_OK(unit.store().checkIns().save(talk, unit.head.id));

        // WHEN the unit's summaries are read
        const auto summaries = REQUIRE_OK(unit.store().summaries().forUnit(2026, unit.today()));

        // THEN the two with something are there, by name, each as read alone
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).header.name, QStringLiteral("Kofi Mensah"));
        QCOMPARE(summaries.at(1).header.name, QStringLiteral("Zoë Martin"));
        for (const PerformanceSummary &summary : summaries)
            QCOMPARE(describe(summary), describe(summaryOf(unit, summary.header.personId)));
    }

    void shouldAgreeWithForPersonOnTheDemoUnit()
    {
        // GIVEN the demo unit, whose people have plans, missions, reviews and appraisals at
        // every stage
        const QDate today(2026, 6, 15);
        const auto store = demoStore(today);
        const auto people = REQUIRE_OK(store->people().all());

        for (int year : { 2025, 2026 }) {
            // WHEN the whole unit is read at once, with its fixed number of queries
            const auto all = REQUIRE_OK(store->summaries().forUnit(year, today));

            // THEN it holds exactly the non-empty summaries of each person read alone
            QList<PerformanceSummary> alone;
            for (const Person &person : people) {
                const auto summary
                    = REQUIRE_OK(store->summaries().forPerson(person.id, year, today));
                if (!summary.isEmpty())
                    alone.append(summary);
            }
            QCOMPARE(all.size(), alone.size());
            for (qsizetype i = 0; i < all.size(); ++i)
                QCOMPARE(describe(all.at(i)), describe(alone.at(i)));
        }
        // AND the demo gives each section something to show
        const auto all = REQUIRE_OK(store->summaries().forUnit(2026, today));
        QVERIFY(std::any_of(
            all.cbegin(), all.cend(), [](const auto &s) { return !s.objectives.isEmpty(); }));
        QVERIFY(std::any_of(
            all.cbegin(), all.cend(), [](const auto &s) { return !s.missions.isEmpty(); }));
        QVERIFY(std::any_of(
            all.cbegin(), all.cend(), [](const auto &s) { return !s.checkIns.isEmpty(); }));
        QVERIFY(std::any_of(
            all.cbegin(), all.cend(), [](const auto &s) { return !s.reviews.isEmpty(); }));
        QVERIFY(
            std::any_of(all.cbegin(), all.cend(), [](const auto &s) { return s.hasAppraisal; }));
    }
};

QTEST_GUILESS_MAIN(SummaryQueriesTest)
#include "summaryqueriestest.moc"
