#include "storage/meetingrepository.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

namespace {

FollowUpAction action(const QString &text, Id ownerId = 0, const QDate &due = {})
{
    FollowUpAction followUp;
    followUp.text = text;
    followUp.ownerId = ownerId;
    followUp.dueDate = due;
    return followUp;
}

Meeting nac()
{
    Meeting meeting;
    meeting.title = QStringLiteral("NAC Senegal, 3rd meeting");
    meeting.kind = Meeting::Kind::Nac;
    meeting.start = QDate(2026, 6, 10);
    meeting.end = QDate(2026, 6, 11);
    meeting.countryCode = QStringLiteral("SN");
    meeting.place = QStringLiteral("Dakar, Ministry of Labour");
    return meeting;
}

QList<Id> actionIds(const Meeting &meeting)
{
    QList<Id> ids;
    for (const FollowUpAction &followUp : meeting.actions)
        ids.append(followUp.id);
    return ids;
}

} // namespace

class MeetingRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreAndReadBackEveryField()
    {
        // GIVEN a NAC meeting with a project, participants, actions and deliverables both ways
        UnitFixture unit;
        QSignalSpy changed(&unit.store().meetings(), &MeetingRepository::changed);
        const Project project = unit.addProject(QStringLiteral("SEN/24/01/LUX"));
        const Deliverable paper = unit.addDeliverable(
            unit.jpo.id, QStringLiteral("Background paper"), QDate(2026, 6, 1));
        const Deliverable minutes = unit.addDeliverable(
            unit.jpo.id, QStringLiteral("NAC recommendations"), QDate(2026, 7, 1));
        Meeting meeting = nac();
        meeting.projectId = project.id;
        meeting.participantIds = { unit.jpo.id, unit.head.id };
        meeting.externalParticipants = QStringLiteral("Ministry of Labour; UNDP");
        meeting.minutes = QStringLiteral("The committee endorsed the survey module.");
        meeting.actions
            = { action(QStringLiteral("Circulate the minutes"), unit.jpo.id, QDate(2026, 6, 18)),
                  action(QStringLiteral("Ministry to nominate a focal point")) };
        meeting.inputDeliverableIds = { paper.id };
        meeting.outputDeliverableIds = { minutes.id };

        // WHEN it is added and read back
        const Meeting added = REQUIRE_OK(unit.store().meetings().add(meeting));
        const Meeting found = REQUIRE_OK(unit.store().meetings().find(added.id));

        // THEN everything survived, the actions got ids of their own, and listeners heard once
        QCOMPARE(found, added);
        QCOMPARE(found.actions.size(), 2);
        QVERIFY(found.actions.at(0).id != 0);
        QVERIFY(found.actions.at(1).id != found.actions.at(0).id);
        meeting.id = added.id;
        for (int i = 0; i < meeting.actions.size(); ++i)
            meeting.actions[i].id = found.actions.at(i).id;
        QCOMPARE(found, meeting);
        QCOMPARE(changed.count(), 1);
    }

    void shouldRefuseInvalidMeetings_data()
    {
        QTest::addColumn<Meeting>("meeting");
        QTest::addColumn<QString>("field");
        const Id unknown = 999;

        Meeting noCountry = nac();
        noCountry.countryCode.clear();
        QTest::newRow("NAC without a country") << noCountry << QStringLiteral("country");
        Meeting backwards = nac();
        backwards.end = backwards.start.addDays(-1);
        QTest::newRow("end before start") << backwards << QStringLiteral("end");
        Meeting stranger = nac();
        stranger.participantIds = { unknown };
        QTest::newRow("unknown participant") << stranger << QStringLiteral("participants");
        Meeting silent = nac();
        silent.actions = { action(QStringLiteral("  ")) };
        QTest::newRow("follow-up action text empty") << silent << QStringLiteral("actions");
        Meeting ownerless = nac();
        ownerless.actions = { action(QStringLiteral("Send the report"), unknown) };
        QTest::newRow("unknown action owner") << ownerless << QStringLiteral("actions");
        Meeting orphan = nac();
        orphan.projectId = unknown;
        QTest::newRow("unknown project") << orphan << QStringLiteral("project");
        Meeting dangling = nac();
        dangling.outputDeliverableIds = { unknown };
        QTest::newRow("unknown deliverable") << dangling << QStringLiteral("deliverables");
    }

    void shouldRefuseInvalidMeetings()
    {
        // GIVEN a meeting breaking one rule
        QFETCH(Meeting, meeting);
        QFETCH(QString, field);
        UnitFixture unit;
        QSignalSpy changed(&unit.store().meetings(), &MeetingRepository::changed);

        // WHEN it is added
        const auto added = unit.store().meetings().add(meeting);

        // THEN it is refused, naming the field, and nothing was written
        QVERIFY(!added);
        QCOMPARE(added.error().code(), Error::Code::Validation);
        QCOMPARE(added.error().field(), field);
        QVERIFY(!added.error().message().isEmpty());
        QVERIFY(REQUIRE_OK(unit.store().meetings().all()).isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void shouldReplaceParticipantsAndDeliverablesOnUpdate()
    {
        // GIVEN a meeting with the JPO and one input deliverable
        UnitFixture unit;
        const Deliverable first
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Draft agenda"), QDate(2026, 6, 1));
        const Deliverable second
            = unit.addDeliverable(unit.head.id, QStringLiteral("Concept note"), QDate(2026, 6, 2));
        Meeting meeting = nac();
        meeting.participantIds = { unit.jpo.id };
        meeting.inputDeliverableIds = { first.id };
        meeting = REQUIRE_OK(unit.store().meetings().add(meeting));

        // WHEN the head replaces the JPO and the deliverables change sides
        meeting.title = QStringLiteral("NAC Senegal, extraordinary meeting");
        meeting.participantIds = { unit.head.id };
        meeting.inputDeliverableIds = { second.id };
        meeting.outputDeliverableIds = { first.id };
        QVERIFY(unit.store().meetings().update(meeting));

        // THEN the stored meeting is exactly the new one
        QCOMPARE(REQUIRE_OK(unit.store().meetings().find(meeting.id)), meeting);
    }

    void shouldKeepActionIdsAcrossUpdates()
    {
        // GIVEN a meeting with three follow-up actions
        UnitFixture unit;
        Meeting meeting = nac();
        meeting.actions = { action(QStringLiteral("Circulate the minutes"), unit.jpo.id),
            action(QStringLiteral("Book the room")), action(QStringLiteral("Invite the GAC")) };
        meeting = REQUIRE_OK(unit.store().meetings().add(meeting));
        const QList<Id> before = actionIds(meeting);

        // WHEN the first is edited, the second dropped, the third kept and a new one added
        meeting.actions[0].text = QStringLiteral("Circulate the minutes in EN and FR");
        meeting.actions.removeAt(1);
        meeting.actions.append(action(QStringLiteral("Draft the report"), unit.head.id));
        QVERIFY(unit.store().meetings().update(meeting));
        const Meeting after = REQUIRE_OK(unit.store().meetings().find(meeting.id));

        // THEN the kept actions keep their ids, the new one has a fresh id, in the given order
        QCOMPARE(after.actions.size(), 3);
        QCOMPARE(after.actions.at(0).id, before.at(0));
        QCOMPARE(after.actions.at(0).text, QStringLiteral("Circulate the minutes in EN and FR"));
        QCOMPARE(after.actions.at(1).id, before.at(2));
        QVERIFY(!before.contains(after.actions.at(2).id));
        QCOMPARE(after.actions.at(2).text, QStringLiteral("Draft the report"));
        QCOMPARE(after.actions.at(2).ownerId, unit.head.id);
    }

    void shouldMarkOneActionDone()
    {
        // GIVEN a meeting with two open actions
        UnitFixture unit;
        Meeting meeting = nac();
        meeting.actions = { action(QStringLiteral("Circulate the minutes")),
            action(QStringLiteral("Book the room")) };
        meeting = REQUIRE_OK(unit.store().meetings().add(meeting));
        QSignalSpy changed(&unit.store().meetings(), &MeetingRepository::changed);

        // WHEN the second is marked done, twice
        QVERIFY(unit.store().meetings().setActionDone(meeting.actions.at(1).id, true));
        QVERIFY(unit.store().meetings().setActionDone(meeting.actions.at(1).id, true));

        // THEN only it is done, ids unchanged, and only the real change was signalled
        const Meeting after = REQUIRE_OK(unit.store().meetings().find(meeting.id));
        QCOMPARE(actionIds(after), actionIds(meeting));
        QCOMPARE(after.actions.at(0).done, false);
        QCOMPARE(after.actions.at(1).done, true);
        QCOMPARE(changed.count(), 1);
    }

    void shouldRefuseUnknownActions()
    {
        // GIVEN two meetings, the second with an action
        UnitFixture unit;
        Meeting first = REQUIRE_OK(unit.store().meetings().add(nac()));
        Meeting second = nac();
        second.actions = { action(QStringLiteral("Book the room")) };
        second = REQUIRE_OK(unit.store().meetings().add(second));

        // WHEN the first claims the second's action, and a missing action is marked done
        first.actions = second.actions;
        const Status claimed = unit.store().meetings().update(first);
        const Status missing = unit.store().meetings().setActionDone(12345, true);

        // THEN both are refused and the action stays with its meeting
        QVERIFY(!claimed);
        QCOMPARE(claimed.error().field(), QStringLiteral("actions"));
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY(REQUIRE_OK(unit.store().meetings().find(first.id)).actions.isEmpty());
        QCOMPARE(REQUIRE_OK(unit.store().meetings().find(second.id)).actions, second.actions);
    }

    void shouldNotSignalAnUnchangedMeeting()
    {
        // GIVEN a stored meeting
        UnitFixture unit;
        const Meeting meeting = REQUIRE_OK(unit.store().meetings().add(nac()));
        QSignalSpy changed(&unit.store().meetings(), &MeetingRepository::changed);

        // WHEN it is saved as it is
        QVERIFY(unit.store().meetings().update(meeting));

        // THEN nobody is told
        QCOMPARE(changed.count(), 0);
    }

    void shouldListEachMeetingWithItsOwnDetails()
    {
        // GIVEN three meetings in June, each with different participants and actions
        UnitFixture unit;
        const Meeting early = unit.addMeeting(
            QStringLiteral("Task force"), QDate(2026, 6, 1), QDate(2026, 6, 1), { unit.head.id });
        Meeting middle = nac();
        middle.participantIds = { unit.jpo.id, unit.head.id };
        middle.actions = { action(QStringLiteral("Circulate the minutes")) };
        middle = REQUIRE_OK(unit.store().meetings().add(middle));
        const Meeting late = unit.addMeeting(
            QStringLiteral("GAC"), QDate(2026, 6, 20), QDate(2026, 6, 22), { unit.jpo.id });

        // WHEN all are listed, and those overlapping 11 to 20 June
        const auto all = REQUIRE_OK(unit.store().meetings().all());
        const auto overlapping
            = REQUIRE_OK(unit.store().meetings().between(QDate(2026, 6, 11), QDate(2026, 6, 20)));

        // THEN all come newest first, each with its own details, and the range keeps the two
        QCOMPARE(all, QList<Meeting>({ late, middle, early }));
        QCOMPARE(overlapping, QList<Meeting>({ middle, late }));
    }

    void shouldRemoveAMeetingWithItsActions()
    {
        // GIVEN a meeting with an action
        UnitFixture unit;
        Meeting meeting = nac();
        meeting.actions = { action(QStringLiteral("Circulate the minutes")) };
        meeting = REQUIRE_OK(unit.store().meetings().add(meeting));

        // WHEN it is removed, then removed again
        const Status removed = unit.store().meetings().remove(meeting.id);
        const Status again = unit.store().meetings().remove(meeting.id);

        // THEN it and its action are gone; the second removal names what is missing
        QVERIFY(removed);
        QCOMPARE(unit.store().meetings().find(meeting.id).error().code(), Error::Code::NotFound);
        QCOMPARE(
            unit.store().meetings().setActionDone(meeting.actions.first().id, true).error().code(),
            Error::Code::NotFound);
        QCOMPARE(again.error().code(), Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(MeetingRepositoryTest)
#include "meetingrepositorytest.moc"
