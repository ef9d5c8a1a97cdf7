#include "storage/checkinrepository.h"
#include "storage/assignmentrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

class CheckInRepositoryTest : public QObject
{
    Q_OBJECT

private:
    static CheckIn meeting(const UnitFixture &unit, const QDate &date)
    {
        CheckIn checkIn;
        checkIn.supervisorId = unit.head.id;
        checkIn.superviseeId = unit.jpo.id;
        checkIn.date = date;
        checkIn.agenda = { { 0, QStringLiteral("ICLS paper outline"), false, 0 } };
        checkIn.notes = QStringLiteral("Outline agreed; data for Sénégal still missing.");
        checkIn.decisions = QStringLiteral("Ask the statistics office for the 2024 survey.");
        checkIn.privateNotes = QStringLiteral("Seems overloaded; watch the deadlines.");
        checkIn.actions = {
            { 0, QStringLiteral("Write to the statistics office"), unit.jpo.id, date.addDays(7),
                false },
            { 0, QStringLiteral("Book the GAC room"), unit.head.id, date.addDays(14), true },
        };
        return checkIn;
    }

private Q_SLOTS:
    void shouldStoreACheckInWhole()
    {
        // GIVEN a check-in written by the supervisor
        UnitFixture unit;
        CheckIn checkIn = meeting(unit, QDate(2026, 6, 1));

        // WHEN it is saved and read back by the supervisor
        const CheckIn saved = REQUIRE_OK(unit.store().checkIns().save(checkIn, unit.head.id));
        const CheckIn read = REQUIRE_OK(unit.store().checkIns().find(saved.id, unit.head.id));

        // THEN every part is there, private notes included
        QCOMPARE(read.notes, checkIn.notes);
        QCOMPARE(read.privateNotes, checkIn.privateNotes);
        QCOMPARE(read.agenda.size(), 1);
        QCOMPARE(read.actions.size(), 2);
        QCOMPARE(read.actions.at(0).ownerId, unit.jpo.id);
        QVERIFY(read.actions.at(1).done);
    }

    void shouldNeverShowPrivateNotesToTheSupervisee()
    {
        // GIVEN a check-in with private notes
        UnitFixture unit;
        const CheckIn saved = REQUIRE_OK(
            unit.store().checkIns().save(meeting(unit, QDate(2026, 6, 1)), unit.head.id));

        // WHEN the supervisee reads it, alone and in the list, and saves a change
        CheckIn asSupervisee = REQUIRE_OK(unit.store().checkIns().find(saved.id, unit.jpo.id));
        const auto list
            = REQUIRE_OK(unit.store().checkIns().forSupervisee(unit.jpo.id, unit.jpo.id));
        asSupervisee.notes += QStringLiteral(" I will send the outline on Friday.");
        asSupervisee.privateNotes = QStringLiteral("I wrote this");
        REQUIRE_OK(unit.store().checkIns().save(asSupervisee, unit.jpo.id));

        // THEN the supervisee never saw them, could not overwrite them, and the supervisor
        // still has them next to the supervisee's change
        QVERIFY(asSupervisee.notes.endsWith(QStringLiteral("Friday.")));
        QCOMPARE(list.first().privateNotes, QString());
        const CheckIn asSupervisor
            = REQUIRE_OK(unit.store().checkIns().find(saved.id, unit.head.id));
        QCOMPARE(
            asSupervisor.privateNotes, QStringLiteral("Seems overloaded; watch the deadlines."));
        QVERIFY(asSupervisor.notes.endsWith(QStringLiteral("Friday.")));
    }

    void shouldRefuseAnOutsiderAndEmptyItems()
    {
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Léa Martin"), Person::Category::Intern, unit.head.id);
        auto outsider = unit.store().checkIns().save(meeting(unit, QDate(2026, 6, 1)), intern.id);
        QVERIFY(!outsider);
        QCOMPARE(outsider.error().field(), QStringLiteral("author"));
        CheckIn empty = meeting(unit, QDate(2026, 6, 1));
        empty.actions[0].text = QStringLiteral("  ");
        auto refused = unit.store().checkIns().save(empty, unit.head.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("actions"));
        QVERIFY(
            REQUIRE_OK(unit.store().checkIns().forSupervisee(unit.jpo.id, unit.head.id)).isEmpty());
    }

    void shouldCarryOverOpenActionsAndRecurringItems()
    {
        // GIVEN a check-in with one open and one done action, and a recurring item
        UnitFixture unit;
        auto &checkIns = unit.store().checkIns();
        QVERIFY(checkIns.setRecurringItems(unit.head.id, unit.jpo.id,
            { QStringLiteral("Work plan progress"), QStringLiteral(" ") }));
        const CheckIn first
            = REQUIRE_OK(checkIns.save(meeting(unit, QDate(2026, 6, 1)), unit.head.id));

        // WHEN the next check-in is prepared
        const CheckIn next
            = REQUIRE_OK(checkIns.prepareNext(unit.head.id, unit.jpo.id, QDate(2026, 6, 15)));

        // THEN its agenda has the recurring item, then the open action, pointing at it
        QCOMPARE(next.agenda.size(), 2);
        QCOMPARE(next.agenda.at(0).text, QStringLiteral("Work plan progress"));
        QVERIFY(next.agenda.at(0).recurring);
        QVERIFY(next.agenda.at(1).text.startsWith(
            QStringLiteral("Follow up: Write to the statistics office")));
        QVERIFY(next.agenda.at(1).text.contains(unit.jpo.name));
        QCOMPARE(next.agenda.at(1).carriedActionId, first.actions.at(0).id);

        // AND once the action is done, it no longer carries over
        QVERIFY(checkIns.setActionDone(first.actions.at(0).id, true));
        const CheckIn after
            = REQUIRE_OK(checkIns.prepareNext(unit.head.id, unit.jpo.id, QDate(2026, 6, 15)));
        QCOMPARE(after.agenda.size(), 1);
    }

    void shouldKeepActionIdsAcrossEdits()
    {
        UnitFixture unit;
        auto &checkIns = unit.store().checkIns();
        CheckIn saved = REQUIRE_OK(checkIns.save(meeting(unit, QDate(2026, 6, 1)), unit.head.id));
        const Id kept = saved.actions.at(0).id;
        saved.actions.removeLast();
        saved.actions[0].dueDate = QDate(2026, 6, 20);
        saved.actions.append(
            { 0, QStringLiteral("Share the draft with ILOSTAT"), unit.jpo.id, {}, false });
        const CheckIn now = REQUIRE_OK(checkIns.save(saved, unit.head.id));
        QCOMPARE(now.actions.size(), 2);
        QCOMPARE(now.actions.at(0).id, kept);
        QCOMPARE(now.actions.at(0).dueDate, QDate(2026, 6, 20));
    }

    void shouldShowWhichObjectivesWaitLongestForDiscussion()
    {
        // GIVEN three objectives: one discussed in May, one in June, one never
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const Objective nac = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        const Objective report = unit.addObjective(plan.id, QStringLiteral("National report"));
        CheckIn may = meeting(unit, QDate(2026, 5, 4));
        may.discussedObjectiveIds = { paper.id, nac.id };
        REQUIRE_OK(unit.store().checkIns().save(may, unit.head.id));
        CheckIn june = meeting(unit, QDate(2026, 6, 1));
        june.discussedObjectiveIds = { nac.id };
        REQUIRE_OK(unit.store().checkIns().save(june, unit.head.id));

        // WHEN the objectives are listed by last discussion
        const auto list
            = REQUIRE_OK(unit.store().checkIns().objectivesByLastDiscussed(unit.jpo.id));

        // THEN the never-discussed comes first, then May's, then June's
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).objectiveId, report.id);
        QVERIFY(!list.at(0).lastDiscussed.isValid());
        QCOMPARE(list.at(1).objectiveId, paper.id);
        QCOMPARE(list.at(1).lastDiscussed, QDate(2026, 5, 4));
        QCOMPARE(list.at(2).lastDiscussed, QDate(2026, 6, 1));
    }

    void shouldListWhoIsDueACheckIn()
    {
        // GIVEN the JPO met 10 days ago, an intern met 45 days ago, an officer never
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Léa Martin"), Person::Category::Intern, unit.head.id);
        const Person officer = unit.addPerson(
            QStringLiteral("Ravi Iyer"), Person::Category::TechnicalOfficer, unit.head.id);
        REQUIRE_OK(
            unit.store().checkIns().save(meeting(unit, unit.today().addDays(-10)), unit.head.id));
        CheckIn internMeeting = meeting(unit, unit.today().addDays(-45));
        internMeeting.superviseeId = intern.id;
        REQUIRE_OK(unit.store().checkIns().save(internMeeting, unit.head.id));

        // WHEN those due after 30 days are listed
        const auto due = REQUIRE_OK(unit.store().checkIns().due(unit.today(), 30));

        // THEN the officer (never) then the intern (45 days), each with their supervisor's name
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).superviseeId, officer.id);
        QCOMPARE(due.at(0).daysSince, -1);
        QCOMPARE(due.at(1).superviseeId, intern.id);
        QCOMPARE(due.at(1).daysSince, 45);
        QCOMPARE(due.at(1).supervisorName, unit.head.name);
    }

    void shouldNotCallFormerSuperviseesToACheckIn()
    {
        // GIVEN an intern whose internship ended last year, one whose internship runs now, and
        // an officer whose contracts the unit does not record; none ever met
        UnitFixture unit;
        const auto intern = [&unit](const QString &name, const QDate &start, const QDate &end) {
            const Person person = unit.addPerson(name, Person::Category::Intern, unit.head.id);
            Assignment internship;
            internship.personId = person.id;
            internship.type = Assignment::Type::Internship;
            internship.title = QStringLiteral("Internship");
            internship.start = start;
            internship.end = end;
            REQUIRE_OK(unit.store().assignments().add(internship));
            return person;
        };
        const Person former
            = intern(QStringLiteral("Léa Martin"), QDate(2025, 3, 1), QDate(2025, 8, 31));
        const Person current = intern(
            QStringLiteral("Tomás Silva"), unit.today().addMonths(-2), unit.today().addMonths(4));
        const Person officer = unit.addPerson(
            QStringLiteral("Ravi Iyer"), Person::Category::TechnicalOfficer, unit.head.id);

        // WHEN those due a check-in are listed
        const auto due = REQUIRE_OK(unit.store().checkIns().due(unit.today(), 30));

        // THEN the former intern is not among them
        QList<Id> listed;
        for (const CheckInDue &line : due)
            listed.append(line.superviseeId);
        QVERIFY(!listed.contains(former.id));
        QVERIFY(listed.contains(current.id));
        QVERIFY(listed.contains(officer.id));
    }
};

QTEST_GUILESS_MAIN(CheckInRepositoryTest)
#include "checkinrepositorytest.moc"
