#include "storage/agendaqueries.h"
#include "storage/activityrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/missionrepository.h"
#include "storage/unitsettings.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

namespace {

using Kind = AgendaItem::Kind;

const QDate juneFirst(2026, 6, 1);
const QDate juneLast(2026, 6, 30);

QList<Kind> kindsOf(const QList<AgendaItem> &items)
{
    QList<Kind> kinds;
    for (const AgendaItem &item : items)
        kinds.append(item.kind);
    return kinds;
}

QStringList titlesOf(const QList<AgendaItem> &items)
{
    QStringList titles;
    for (const AgendaItem &item : items)
        titles.append(item.title);
    return titles;
}

AgendaItem only(const QList<AgendaItem> &items, Kind kind)
{
    AgendaItem found;
    int count = 0;
    for (const AgendaItem &item : items) {
        if (item.kind == kind) {
            found = item;
            ++count;
        }
    }
    if (count != 1)
        qFatal("Expected one agenda item of kind %d, found %d", int(kind), count);
    return found;
}

} // namespace

class AgendaQueriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListEveryKindByStartDate()
    {
        // GIVEN in June: a mission, a meeting, a deliverable, an activity, and a BTO report due
        // after a May mission (return Friday 22 May, 10 working days: Friday 5 June)
        UnitFixture unit;
        unit.addMission(
            unit.jpo.id, QDate(2026, 6, 8), QDate(2026, 6, 12), Mission::Status::Authorised);
        unit.addMission(
            unit.jpo.id, QDate(2026, 5, 18), QDate(2026, 5, 22), Mission::Status::Completed);
        unit.addMeeting(QStringLiteral("GAC"), QDate(2026, 6, 2), QDate(2026, 6, 3),
            { unit.head.id, unit.jpo.id });
        unit.addDeliverable(unit.jpo.id, QStringLiteral("ICLS brief"), QDate(2026, 6, 20));
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Statistics"));
        unit.addActivity(objective.id, QStringLiteral("Questionnaire"), QDate(2026, 6, 25));

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN each is there once, by start date, described for a calendar
        QCOMPARE(kindsOf(agenda),
            QList<Kind>({ Kind::Meeting, Kind::BtoReportDue, Kind::Mission, Kind::DeliverableDue,
                Kind::ActivityDue }));
        const AgendaItem meeting = agenda.at(0);
        QCOMPARE(meeting.title, QStringLiteral("GAC"));
        QCOMPARE(meeting.place, QStringLiteral("Geneva, Switzerland"));
        QCOMPARE(meeting.people, QStringLiteral("Amélie Dubois, Kofi Mensah"));
        QCOMPARE(meeting.personIds, QList<Id>({ unit.head.id, unit.jpo.id }));
        const AgendaItem bto = agenda.at(1);
        QCOMPARE(bto.start, QDate(2026, 6, 5));
        QCOMPARE(bto.end, bto.start);
        QCOMPARE(bto.title, QStringLiteral("Back-to-office report: NAC meeting in Dakar"));
        QCOMPARE(bto.people, unit.jpo.name);
        const AgendaItem mission = agenda.at(2);
        QCOMPARE(mission.start, QDate(2026, 6, 8));
        QCOMPARE(mission.end, QDate(2026, 6, 12));
        QCOMPARE(mission.place, QStringLiteral("Dakar, Senegal"));
        QCOMPARE(mission.status, QStringLiteral("authorised"));
        QCOMPARE(mission.personIds, QList<Id>({ unit.jpo.id }));
        QCOMPARE(agenda.at(3).title, QStringLiteral("ICLS brief"));
        QCOMPARE(agenda.at(3).people, unit.jpo.name);
        QCOMPARE(agenda.at(4).title, QStringLiteral("Questionnaire"));
        QCOMPARE(agenda.at(4).people, unit.jpo.name);
    }

    void shouldSortTiesByTitle()
    {
        // GIVEN two deliverables due the same day
        UnitFixture unit;
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Report"), QDate(2026, 6, 20));
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), QDate(2026, 6, 20));

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN they come by title
        QCOMPARE(
            titlesOf(agenda), QStringList({ QStringLiteral("Brief"), QStringLiteral("Report") }));
    }

    void shouldTakeSpansThatOverlapTheRange_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("listed");
        // The range is 10 to 20 June.
        QTest::newRow("ends the day the range starts")
            << QDate(2026, 6, 8) << QDate(2026, 6, 10) << true;
        QTest::newRow("ends the day before") << QDate(2026, 6, 7) << QDate(2026, 6, 9) << false;
        QTest::newRow("starts the day the range ends")
            << QDate(2026, 6, 20) << QDate(2026, 6, 23) << true;
        QTest::newRow("starts the day after") << QDate(2026, 6, 21) << QDate(2026, 6, 23) << false;
        QTest::newRow("spans the whole range") << QDate(2026, 6, 1) << QDate(2026, 6, 30) << true;
        QTest::newRow("a year long, ending in the range")
            << QDate(2025, 6, 12) << QDate(2026, 6, 12) << true;
    }

    void shouldTakeSpansThatOverlapTheRange()
    {
        // GIVEN a mission and a meeting over the same days
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(bool, listed);
        UnitFixture unit;
        unit.addMission(unit.jpo.id, start, end);
        unit.addMeeting(QStringLiteral("Workshop"), start, end);

        // WHEN the agenda of 10 to 20 June is read
        const auto agenda = REQUIRE_OK(
            unit.store().agenda().between(QDate(2026, 6, 10), QDate(2026, 6, 20), unit.today()));

        // THEN both are in it, or neither
        QCOMPARE(agenda.size(), listed ? 2 : 0);
    }

    void shouldTakeDeadlinesOnTheRangeBoundsOnly()
    {
        // GIVEN deliverables due the day before, on the first and last day, and the day after
        UnitFixture unit;
        for (const QDate &due : { QDate(2026, 5, 31), juneFirst, juneLast, QDate(2026, 7, 1) })
            unit.addDeliverable(unit.jpo.id, due.toString(Qt::ISODate), due);

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN the two inside are in it
        QCOMPARE(titlesOf(agenda),
            QStringList({ QStringLiteral("2026-06-01"), QStringLiteral("2026-06-30") }));
    }

    void shouldLeaveOutCancelledThingsAndClosedPlans()
    {
        // GIVEN a cancelled mission and deliverable, a cancelled activity, and an intern's closed
        // plan
        UnitFixture unit;
        unit.addMission(
            unit.jpo.id, QDate(2026, 6, 8), QDate(2026, 6, 9), Mission::Status::Cancelled);
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Dropped"), QDate(2026, 6, 10),
            Deliverable::Status::Cancelled);
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Statistics"));
        Activity dropped
            = unit.addActivity(objective.id, QStringLiteral("Dropped"), QDate(2026, 6, 11));
        dropped.status = Activity::Status::Cancelled;
        QVERIFY(unit.store().activities().update(dropped));
        const Person intern
            = unit.addPerson(QStringLiteral("Léa Martin"), Person::Category::Intern, unit.head.id);
        const WorkPlan old = unit.addPlan(intern.id, QStringLiteral("Old plan"));
        const Objective oldObjective = unit.addObjective(old.id, QStringLiteral("Old"));
        unit.addActivity(oldObjective.id, QStringLiteral("Old activity"), QDate(2026, 6, 12));
        unit.agree(old);
        QVERIFY(unit.store().workPlans().activate(old.id));
        QVERIFY(unit.store().workPlans().close(old.id));

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN none of them shows
        QVERIFY2(agenda.isEmpty(), qPrintable(titlesOf(agenda).join(QLatin1Char('|'))));
    }

    void shouldNarrowToOnePerson()
    {
        // GIVEN the head's mission, meeting, plan and deliverable (the JPO contributing to it),
        // and the JPO's meeting
        UnitFixture unit;
        unit.addMission(unit.head.id, QDate(2026, 6, 8), QDate(2026, 6, 9));
        unit.addMeeting(QStringLiteral("Heads of unit"), QDate(2026, 6, 3), QDate(2026, 6, 3),
            { unit.head.id });
        unit.addMeeting(
            QStringLiteral("JPO induction"), QDate(2026, 6, 4), QDate(2026, 6, 4), { unit.jpo.id });
        Deliverable report = unit.addDeliverable(
            unit.head.id, QStringLiteral("Global report"), QDate(2026, 6, 22));
        report.contributorIds = { unit.jpo.id };
        QVERIFY(unit.store().deliverables().update(report));
        const WorkPlan plan = unit.addPlan(unit.head.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Strategy"));
        unit.addActivity(objective.id, QStringLiteral("Strategy note"), QDate(2026, 6, 24));

        // WHEN the JPO's agenda and the head's are read
        auto &agenda = unit.store().agenda();
        const auto jpos
            = REQUIRE_OK(agenda.between(juneFirst, juneLast, unit.today(), unit.jpo.id));
        const auto heads
            = REQUIRE_OK(agenda.between(juneFirst, juneLast, unit.today(), unit.head.id));

        // THEN the JPO sees their meeting and the report they contribute to, shown as the head's
        QCOMPARE(titlesOf(jpos),
            QStringList({ QStringLiteral("JPO induction"), QStringLiteral("Global report") }));
        QCOMPARE(jpos.at(1).personIds, QList<Id>({ unit.head.id }));
        QCOMPARE(kindsOf(heads),
            QList<Kind>({ Kind::Meeting, Kind::Mission, Kind::DeliverableDue, Kind::ActivityDue }));
    }

    void shouldFlagOpenDeadlinesInThePastAsOverdue_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<bool>("overdue");
        // Today is 15 June.
        QTest::newRow("open, due yesterday") << QDate(2026, 6, 14) << false << true;
        QTest::newRow("open, due today") << QDate(2026, 6, 15) << false << false;
        QTest::newRow("open, due next week") << QDate(2026, 6, 22) << false << false;
        QTest::newRow("finished, due last week") << QDate(2026, 6, 8) << true << false;
    }

    void shouldFlagOpenDeadlinesInThePastAsOverdue()
    {
        // GIVEN a deliverable and an activity due the same day, open or finished
        QFETCH(QDate, due);
        QFETCH(bool, finished);
        QFETCH(bool, overdue);
        UnitFixture unit;
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), due,
            finished ? Deliverable::Status::Delivered : Deliverable::Status::Drafting);
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("Statistics"));
        Activity activity = unit.addActivity(objective.id, QStringLiteral("Tables"), due);
        if (finished) {
            activity.status = Activity::Status::Completed;
            QVERIFY(unit.store().activities().update(activity));
        }

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN both are listed, overdue only when open and past
        QCOMPARE(only(agenda, Kind::DeliverableDue).overdue, overdue);
        QCOMPARE(only(agenda, Kind::ActivityDue).overdue, overdue);
    }

    void shouldDueTheBtoReportInTheUnitsWorkingDays_data()
    {
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("overdue");
        // Return on Friday 29 May; today is Monday 15 June.
        QTest::newRow("the default 10, over two weekends") << 0 << QDate(2026, 6, 12) << true;
        QTest::newRow("1, over a weekend") << 1 << QDate(2026, 6, 1) << true;
        QTest::newRow("11, due today") << 11 << QDate(2026, 6, 15) << false;
    }

    void shouldDueTheBtoReportInTheUnitsWorkingDays()
    {
        // GIVEN a mission back on Friday 29 May, with the unit's setting (0: left at default)
        QFETCH(int, workingDays);
        QFETCH(QDate, due);
        QFETCH(bool, overdue);
        UnitFixture unit;
        if (workingDays != 0)
            QVERIFY(unit.store().settings().setBtoWorkingDays(workingDays));
        unit.addMission(
            unit.jpo.id, QDate(2026, 5, 25), QDate(2026, 5, 29), Mission::Status::Completed);

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN the report falls due after that many working days, weekends skipped
        const AgendaItem report = only(agenda, Kind::BtoReportDue);
        QCOMPARE(report.start, due);
        QCOMPARE(report.overdue, overdue);
    }

    void shouldFindReportsDueLongAfterTheReturn()
    {
        // GIVEN 60 working days for reports, and a mission back on Friday 1 May
        UnitFixture unit;
        QVERIFY(unit.store().settings().setBtoWorkingDays(60));
        unit.addMission(
            unit.jpo.id, QDate(2026, 4, 27), QDate(2026, 5, 1), Mission::Status::Completed);

        // WHEN July's agenda is read
        const auto agenda = REQUIRE_OK(
            unit.store().agenda().between(QDate(2026, 7, 1), QDate(2026, 7, 31), unit.today()));

        // THEN the report is due in it, twelve weeks later
        QCOMPARE(only(agenda, Kind::BtoReportDue).start, QDate(2026, 7, 24));
    }

    void shouldDropReportsOnceSubmitted()
    {
        // GIVEN a mission whose report is in, and one still under way
        UnitFixture unit;
        const Mission done = unit.addMission(
            unit.jpo.id, QDate(2026, 5, 25), QDate(2026, 5, 29), Mission::Status::Completed);
        QVERIFY(unit.store().missions().submitBto(done.id, QDate(2026, 6, 2)));
        unit.addMission(
            unit.head.id, QDate(2026, 5, 26), QDate(2026, 5, 28), Mission::Status::UnderWay);

        // WHEN June's agenda is read
        const auto agenda
            = REQUIRE_OK(unit.store().agenda().between(juneFirst, juneLast, unit.today()));

        // THEN only the report still to come is listed, under its traveller
        const AgendaItem report = only(agenda, Kind::BtoReportDue);
        QCOMPARE(report.personIds, QList<Id>({ unit.head.id }));
    }
};

QTEST_GUILESS_MAIN(AgendaQueriesTest)
#include "agendaqueriestest.moc"
