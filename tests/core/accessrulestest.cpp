#include "appraisal.h"
#include "checkin.h"
#include "storage/accountrepository.h"
#include "storage/appraisalrepository.h"
#include "storage/auditlog.h"
#include "storage/checkinrepository.h"
#include "storage/missionrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/unitsettings.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

// Who may see and change what, once a unit has accounts: the rules hold below every editor,
// so each test goes through the store as the window and the command line do.
class AccessRulesTest : public QObject
{
    Q_OBJECT

private:
    static const QString password;

    // The unit head, the JPO they supervise, and an intern supervised by the JPO, each with an
    // account; nobody signed in yet.
    struct Unit
    {
        UnitFixture fixture;
        Person intern;
        Person observer;

        Unit()
        {
            intern = fixture.addPerson(
                QStringLiteral("Lucía Ortega"), Person::Category::Intern, fixture.jpo.id);
            observer
                = fixture.addPerson(QStringLiteral("Ola Nordmann"), Person::Category::OtherStaff);
            auto &accounts = fixture.store().accounts();
            QVERIFY(accounts.create(fixture.head.id, Actor::Role::UnitHead, password));
            QVERIFY(accounts.create(fixture.jpo.id, Actor::Role::Supervisor, password));
            QVERIFY(accounts.create(intern.id, Actor::Role::Staff, password));
            QVERIFY(accounts.create(observer.id, Actor::Role::Observer, password));
        }
        UnitStore &store() { return fixture.store(); }
        void signIn(const Person &person) { QVERIFY(store().signIn(person.email, password)); }
        Appraisal openAppraisal(const Person &person, const Person &supervisor)
        {
            const Objective objective
                = fixture.addObjective(fixture.addPlan(person.id).id, QStringLiteral("ICLS paper"));
            Appraisal appraisal;
            appraisal.personId = person.id;
            appraisal.supervisorId = supervisor.id;
            appraisal.periodStart = QDate(2026, 1, 1);
            appraisal.periodEnd = QDate(2026, 12, 31);
            appraisal.objectivesSetOn = QDate(2026, 1, 15);
            appraisal.objectiveIds = { objective.id };
            return REQUIRE_OK(store().appraisals().open(appraisal, supervisor.id));
        }
    };

    static int objectiveCount(UnitStore &store, Id planId)
    {
        return int(REQUIRE_OK(store.objectives().forPlan(planId)).size());
    }

private Q_SLOTS:
    void shouldMakeTheFirstAccountTheUnitHeads()
    {
        // GIVEN a unit without accounts
        UnitFixture unit;
        auto &accounts = unit.store().accounts();

        // WHEN the first account made is a JPO's
        const Status jpoFirst = accounts.create(unit.jpo.id, Actor::Role::Staff, password);

        // THEN it is refused, and the unit head's is accepted
        QCOMPARE(jpoFirst.error().code(), Error::Code::Validation);
        QVERIFY(!REQUIRE_OK(accounts.any()));
        QVERIFY(accounts.create(unit.head.id, Actor::Role::UnitHead, password));
        QVERIFY(REQUIRE_OK(accounts.any()));
    }

    void shouldRefuseShortPasswordsAtTheField()
    {
        UnitFixture unit;
        const Status status = unit.store().accounts().create(
            unit.head.id, Actor::Role::UnitHead, QStringLiteral("short"));
        QCOMPARE(status.error().field(), QStringLiteral("password"));
        QVERIFY(!REQUIRE_OK(unit.store().accounts().any()));
    }

    void shouldAnswerAWrongPasswordAndAnUnknownEmailAlike()
    {
        Unit unit;
        const Status wrongPassword
            = unit.store().signIn(unit.fixture.jpo.email, QStringLiteral("not the password"));
        const Status unknown = unit.store().signIn(QStringLiteral("nobody@unit.test"), password);
        QCOMPARE(wrongPassword.error().code(), Error::Code::Forbidden);
        QCOMPARE(wrongPassword.error().message(), unknown.error().message());
        QVERIFY(!unit.store().signedIn());
        unit.signIn(unit.fixture.jpo);
        QCOMPARE(unit.store().signedIn()->personId, unit.fixture.jpo.id);
        QCOMPARE(unit.store().signedIn()->role, Actor::Role::Supervisor);
    }

    void shouldKeepAStaffMemberToTheirOwnPlan()
    {
        // GIVEN plans for the intern and the JPO, and the intern signed in
        Unit unit;
        const WorkPlan internPlan = unit.fixture.addPlan(unit.intern.id);
        const WorkPlan jpoPlan = unit.fixture.addPlan(unit.fixture.jpo.id);
        unit.signIn(unit.intern);

        // WHEN the intern adds an objective to each
        Objective objective;
        objective.title = QStringLiteral("NAC in Senegal");
        objective.planId = jpoPlan.id;
        const auto intoOthers = unit.store().objectives().add(objective);
        objective.planId = internPlan.id;
        const auto intoOwn = unit.store().objectives().add(objective);

        // THEN only their own plan changed, and the refusal says who may
        QCOMPARE(intoOthers.error().code(), Error::Code::Forbidden);
        QVERIFY2(intoOthers.error().message().contains(QLatin1String("supervisor")),
            qPrintable(intoOthers.error().message()));
        QVERIFY(intoOwn);
        QCOMPARE(objectiveCount(unit.store(), jpoPlan.id), 0);
        QCOMPARE(objectiveCount(unit.store(), internPlan.id), 1);
    }

    void shouldLetASupervisorChangeTheirSuperviseesPlanButNotTheirOwnSupervisors()
    {
        Unit unit;
        const WorkPlan internPlan = unit.fixture.addPlan(unit.intern.id);
        const WorkPlan headPlan = unit.fixture.addPlan(unit.fixture.head.id);
        unit.signIn(unit.fixture.jpo);

        Objective objective;
        objective.title = QStringLiteral("Literature review");
        objective.planId = internPlan.id;
        QVERIFY(unit.store().objectives().add(objective));
        objective.planId = headPlan.id;
        QCOMPARE(unit.store().objectives().add(objective).error().code(), Error::Code::Forbidden);
        // Nor may they retitle the head's plan.
        WorkPlan retitled = headPlan;
        retitled.title = QStringLiteral("Renamed by the JPO");
        QCOMPARE(unit.store().workPlans().update(retitled).error().code(), Error::Code::Forbidden);
        QCOMPARE(REQUIRE_OK(unit.store().workPlans().find(headPlan.id)).title, headPlan.title);
    }

    void shouldLetTheUnitHeadChangeEveryone()
    {
        Unit unit;
        const WorkPlan internPlan = unit.fixture.addPlan(unit.intern.id);
        unit.signIn(unit.fixture.head);
        QVERIFY(unit.fixture.addObjective(internPlan.id, QStringLiteral("Field study")).id != 0);
        QVERIFY(unit.store().settings().setBtoWorkingDays(7));
    }

    void shouldKeepUnitSettingsToTheUnitHead()
    {
        Unit unit;
        unit.signIn(unit.fixture.jpo);
        const Status status = unit.store().settings().setBtoWorkingDays(3);
        QCOMPARE(status.error().code(), Error::Code::Forbidden);
        QCOMPARE(unit.store().settings().btoWorkingDays(), 10);
    }

    void shouldRefuseEveryChangeToAnObserver()
    {
        // GIVEN the observer signed in
        Unit unit;
        const Mission before
            = unit.fixture.addMission(unit.fixture.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6));
        unit.signIn(unit.observer);

        // WHEN they try shared work (a mission) and their own record
        Mission mission = before;
        mission.city = QStringLiteral("Abidjan");
        const Status missionChange = unit.store().missions().update(mission);
        WorkPlan plan;
        plan.personId = unit.observer.id;
        plan.title = QStringLiteral("Observer's plan");
        plan.periodStart = QDate(2026, 1, 1);
        plan.periodEnd = QDate(2026, 12, 31);
        const auto ownPlan = unit.store().workPlans().add(plan);

        // THEN nothing changes, and they can still read
        QCOMPARE(missionChange.error().code(), Error::Code::Forbidden);
        QVERIFY(missionChange.error().message().contains(QLatin1String("observer")));
        QCOMPARE(ownPlan.error().code(), Error::Code::Forbidden);
        QCOMPARE(REQUIRE_OK(unit.store().missions().find(before.id)).city, before.city);
    }

    void shouldKeepAppraisalsConfidential()
    {
        // GIVEN the intern's appraisal by the JPO
        Unit unit;
        const Appraisal appraisal = unit.openAppraisal(unit.intern, unit.fixture.jpo);

        // THEN the observer cannot read it, the intern, the JPO and the head can
        unit.signIn(unit.observer);
        QCOMPARE(unit.store().appraisals().forPerson(unit.intern.id).error().code(),
            Error::Code::Forbidden);
        QCOMPARE(
            unit.store().appraisals().find(appraisal.id).error().code(), Error::Code::Forbidden);
        for (const Person &party : { unit.intern, unit.fixture.jpo, unit.fixture.head }) {
            unit.signIn(party);
            QCOMPARE(REQUIRE_OK(unit.store().appraisals().forPerson(unit.intern.id)).size(), 1);
        }
    }

    void shouldHideDraftRatingsUntilTheSupervisorSigns()
    {
        // GIVEN the JPO's appraisal at its end, rated by the head but not signed
        Unit unit;
        Appraisal appraisal = unit.openAppraisal(unit.fixture.jpo, unit.fixture.head);
        auto &appraisals = unit.store().appraisals();
        const Id head = unit.fixture.head.id;
        QVERIFY(appraisals.recordMidTerm(
            appraisal.id, head, QDate(2026, 6, 30), QStringLiteral("On track")));
        QVERIFY(appraisals.startEndOfCycle(appraisal.id, head));
        const auto levels = REQUIRE_OK(appraisals.ratingScale());
        QList<AppraisalRating> ratings { { AppraisalRating::Subject::Objective,
            appraisal.objectiveIds.first(), levels.at(0).id,
            QStringLiteral("Paper cleared early") } };
        for (const auto &competency : REQUIRE_OK(appraisals.competencies()))
            ratings.append(
                { AppraisalRating::Subject::Competency, competency.id, levels.at(1).id, {} });
        unit.signIn(unit.fixture.head);
        QVERIFY(appraisals.setSupervisorPart(
            appraisal.id, head, ratings, QStringLiteral("Strong year")));

        // WHEN the JPO reads it, before and after the head signs
        unit.signIn(unit.fixture.jpo);
        const Appraisal draft = REQUIRE_OK(appraisals.find(appraisal.id));
        unit.signIn(unit.fixture.head);
        QVERIFY(appraisals.acknowledge(appraisal.id, head, QDate(2026, 12, 10)));
        unit.signIn(unit.fixture.jpo);
        const Appraisal shared = REQUIRE_OK(appraisals.find(appraisal.id));

        // THEN the draft showed no rating nor comment, the shared one shows both
        QVERIFY(draft.ratings.isEmpty());
        QVERIFY(draft.supervisorComments.isEmpty());
        QCOMPARE(shared.ratings.size(), ratings.size());
        QCOMPARE(shared.supervisorComments, QStringLiteral("Strong year"));
    }

    void shouldKeepDraftRatingsOutOfTheAppraisedPersonsHistory()
    {
        // GIVEN the JPO's appraisal at its end, rated and commented by the head, not signed
        Unit unit;
        const Appraisal appraisal = unit.openAppraisal(unit.fixture.jpo, unit.fixture.head);
        auto &appraisals = unit.store().appraisals();
        const Id head = unit.fixture.head.id;
        QVERIFY(appraisals.recordMidTerm(
            appraisal.id, head, QDate(2026, 6, 30), QStringLiteral("On track")));
        QVERIFY(appraisals.startEndOfCycle(appraisal.id, head));
        const auto levels = REQUIRE_OK(appraisals.ratingScale());
        QList<AppraisalRating> ratings { { AppraisalRating::Subject::Objective,
            appraisal.objectiveIds.first(), levels.at(0).id, QStringLiteral("Cleared early") } };
        for (const auto &competency : REQUIRE_OK(appraisals.competencies()))
            ratings.append(
                { AppraisalRating::Subject::Competency, competency.id, levels.at(1).id, {} });
        unit.signIn(unit.fixture.head);
        QVERIFY(appraisals.setSupervisorPart(
            appraisal.id, head, ratings, QStringLiteral("Strong year")));
        const auto history = [&unit, &appraisal] {
            return REQUIRE_OK(
                unit.store().auditLog().history(QStringLiteral("appraisal"), appraisal.id));
        };
        const auto shows = [](const QList<AuditEvent> &events, const QString &text) {
            for (const AuditEvent &event : events) {
                for (const AuditEvent::Change &change : event.changes) {
                    if (change.after == text)
                        return true;
                }
            }
            return false;
        };
        const int headSees = int(history().size());

        // WHEN the head saves the same part again, and the JPO and the observer look
        QVERIFY(appraisals.setSupervisorPart(
            appraisal.id, head, ratings, QStringLiteral("Strong year")));
        const int headSeesAfterSavingAgain = int(history().size());
        unit.signIn(unit.fixture.jpo);
        const QList<AuditEvent> draft = history();
        unit.signIn(unit.observer);
        const Status observerMay
            = unit.store().auditLog().checkMaySeeHistory(QStringLiteral("appraisal"), appraisal.id);

        // THEN saving again recorded nothing; the JPO sees neither rating nor comment until
        // the head signs, then both; the observer may not look at all
        QCOMPARE(headSeesAfterSavingAgain, headSees);
        QVERIFY(!draft.isEmpty());
        QVERIFY(!shows(draft, QStringLiteral("Strong year")));
        QVERIFY(!shows(draft, QStringLiteral("Cleared early")));
        QCOMPARE(observerMay.error().code(), Error::Code::Forbidden);
        unit.signIn(unit.fixture.head);
        QVERIFY(appraisals.acknowledge(appraisal.id, head, QDate(2026, 12, 10)));
        unit.signIn(unit.fixture.jpo);
        QVERIFY(shows(history(), QStringLiteral("Strong year")));
        QVERIFY(shows(history(), QStringLiteral("Cleared early")));
    }

    void shouldRefuseActingInSomeoneElsesName()
    {
        // GIVEN the intern signed in
        Unit unit;
        unit.signIn(unit.intern);

        // WHEN a check-in is saved as written by their supervisor, or read as the head
        CheckIn checkIn;
        checkIn.supervisorId = unit.fixture.jpo.id;
        checkIn.superviseeId = unit.intern.id;
        checkIn.date = QDate(2026, 6, 1);
        checkIn.privateNotes = QStringLiteral("Needs coaching on drafting");
        const auto asSupervisor = unit.store().checkIns().save(checkIn, unit.fixture.jpo.id);
        const auto readAsHead
            = unit.store().checkIns().forSupervisee(unit.intern.id, unit.fixture.head.id);

        // THEN both are refused
        QCOMPARE(asSupervisor.error().code(), Error::Code::Forbidden);
        QCOMPARE(readAsHead.error().code(), Error::Code::Forbidden);
        QVERIFY(REQUIRE_OK(unit.store().checkIns().forSupervisee(unit.intern.id, unit.intern.id))
                    .isEmpty());
    }

    void shouldKeepAnotherPairsCheckInsFromAStaffMember()
    {
        Unit unit;
        CheckIn checkIn;
        checkIn.supervisorId = unit.fixture.head.id;
        checkIn.superviseeId = unit.fixture.jpo.id;
        checkIn.date = QDate(2026, 6, 1);
        unit.signIn(unit.fixture.head);
        REQUIRE_OK(unit.store().checkIns().save(checkIn, unit.fixture.head.id));
        unit.signIn(unit.intern);
        QCOMPARE(unit.store()
                     .checkIns()
                     .forSupervisee(unit.fixture.jpo.id, unit.intern.id)
                     .error()
                     .code(),
            Error::Code::Forbidden);
    }

    void shouldLetPeopleChangeOnlyTheirOwnPasswordAndOnlyTheHeadRoles()
    {
        Unit unit;
        auto &accounts = unit.store().accounts();
        unit.signIn(unit.intern);
        const QString replacement = QStringLiteral("a new long passphrase");
        QCOMPARE(
            accounts
                .changePassword(unit.intern.id, QStringLiteral("wrong current one"), replacement)
                .error()
                .field(),
            QStringLiteral("current"));
        QVERIFY(accounts.changePassword(unit.intern.id, password, replacement));
        QCOMPARE(accounts.changePassword(unit.fixture.jpo.id, password, replacement).error().code(),
            Error::Code::Forbidden);
        QCOMPARE(accounts.setRole(unit.intern.id, Actor::Role::UnitHead).error().code(),
            Error::Code::Forbidden);
        QVERIFY(unit.store().signIn(unit.intern.email, replacement));
        QCOMPARE(unit.store().signedIn()->role, Actor::Role::Staff);
    }

    void shouldAlwaysKeepAUnitHeadAccount()
    {
        Unit unit;
        unit.signIn(unit.fixture.head);
        auto &accounts = unit.store().accounts();
        QCOMPARE(accounts.setRole(unit.fixture.head.id, Actor::Role::Staff).error().code(),
            Error::Code::Conflict);
        QCOMPARE(accounts.remove(unit.fixture.head.id).error().code(), Error::Code::Conflict);
        QVERIFY(accounts.setRole(unit.fixture.jpo.id, Actor::Role::UnitHead));
        QVERIFY(accounts.setRole(unit.fixture.head.id, Actor::Role::Supervisor));
    }

    void shouldNotLetAUnitWithAccountsBeUsedWithoutSigningIn()
    {
        Unit unit;
        QCOMPARE(unit.store().attributeChangesTo(unit.fixture.head.id).error().code(),
            Error::Code::Forbidden);
    }
};

const QString AccessRulesTest::password = QStringLiteral("correct horse battery");

QTEST_GUILESS_MAIN(AccessRulesTest)
#include "accessrulestest.moc"
