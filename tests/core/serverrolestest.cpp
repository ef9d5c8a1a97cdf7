#include "scratchunit.h"
#include "unitfixture.h"

#include "appraisal.h"
#include "checkin.h"
#include "mission.h"
#include "storage/appraisalrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/missionrepository.h"
#include "storage/peoplerepository.h"
#include "storage/serverroles.h"
#include "storage/workplanrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Core;

// The rules of a unit on a PostgreSQL server hold for whoever logs in, with any program: each
// person logs in as their own role and reads and writes with raw SQL here, as they could with
// psql. Runs only against the test server (SSEDESK_TEST_SERVER).
class ServerRolesTest : public QObject
{
    Q_OBJECT

    ServerAddress m_address;
    std::unique_ptr<UnitStore> m_store;
    QString m_suffix;
    Person m_head;
    Person m_supervisor;
    Person m_jpo;
    Person m_otherJpo;
    Person m_observer;
    Appraisal m_ownAppraisal;
    Appraisal m_othersAppraisal;
    CheckIn m_checkIn;
    QStringList m_connections;

    Person addPerson(const QString &name, Person::Category category, Id supervisorId)
    {
        Person person;
        person.name = name;
        person.email
            = name.toLower().remove(QLatin1Char(' ')) + m_suffix + QStringLiteral("@unit.test");
        person.category = category;
        person.supervisorId = supervisorId;
        return REQUIRE_OK(m_store->people().add(person));
    }

    Appraisal openAppraisal(const Person &person, const Person &supervisor)
    {
        Appraisal appraisal;
        appraisal.personId = person.id;
        appraisal.supervisorId = supervisor.id;
        appraisal.periodStart = QDate(2026, 1, 1);
        appraisal.periodEnd = QDate(2026, 12, 31);
        appraisal.objectivesSetOn = QDate(2026, 1, 15);
        return REQUIRE_OK(m_store->appraisals().open(appraisal, supervisor.id));
    }

    static void succeed(const Status &status)
    {
        if (!status)
            qFatal("%s", qPrintable(status.error().message()));
    }

    // A raw connection as `person`'s own role, in the unit's schema.
    QSqlDatabase loginAs(const Person &person)
    {
        const QString name = QStringLiteral("raw-%1").arg(m_connections.size());
        m_connections << name;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_address.host());
        db.setPort(m_address.port());
        db.setUserName(person.email.toLower());
        db.setPassword(QStringLiteral("correct horse battery"));
        db.setDatabaseName(m_address.databaseName());
        if (!db.open())
            qFatal("Login as %s failed: %s", qPrintable(person.email),
                qPrintable(db.lastError().text()));
        QSqlQuery(db).exec(QStringLiteral("SET search_path TO ") + m_address.schema());
        return db;
    }

    static QVariant single(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static QString refusal(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) ? QString() : query.lastError().databaseText();
    }

    // The test server's own user, owner of the scratch schema.
    QSqlDatabase owner()
    {
        const QString name = QStringLiteral("owner");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        m_connections << name;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_address.host());
        db.setPort(m_address.port());
        db.setUserName(m_address.user());
        db.setPassword(m_address.password());
        db.setDatabaseName(m_address.databaseName());
        db.open();
        QSqlQuery(db).exec(QStringLiteral("SET search_path TO ") + m_address.schema());
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ScratchUnit::onServer())
            QSKIP("Needs SSEDESK_TEST_SERVER");
        m_suffix = QStringLiteral(".%1").arg(QCoreApplication::applicationPid());
        m_address = ScratchUnit::freshServerSchema();
        m_store = REQUIRE_OK(UnitStore::openServer(m_address, ServerSetUp::Create));
        m_head = addPerson(QStringLiteral("Amelie Dubois"), Person::Category::UnitHead, 0);
        m_supervisor
            = addPerson(QStringLiteral("Jan Novak"), Person::Category::TechnicalOfficer, m_head.id);
        m_jpo = addPerson(QStringLiteral("Kofi Mensah"), Person::Category::Jpo, m_supervisor.id);
        m_otherJpo = addPerson(QStringLiteral("Lena Berg"), Person::Category::Jpo, m_head.id);
        m_observer = addPerson(QStringLiteral("Omar Haddad"), Person::Category::OtherStaff, 0);
        m_ownAppraisal = openAppraisal(m_jpo, m_supervisor);
        m_othersAppraisal = openAppraisal(m_otherJpo, m_head);
        CheckIn checkIn;
        checkIn.supervisorId = m_supervisor.id;
        checkIn.superviseeId = m_jpo.id;
        checkIn.date = QDate(2026, 6, 1);
        checkIn.notes = QStringLiteral("Reviewed the NAC preparation.");
        checkIn.privateNotes = QStringLiteral("Seems overloaded; watch the deadlines.");
        m_checkIn = REQUIRE_OK(m_store->checkIns().save(checkIn, m_supervisor.id));
        // A draft rating of the supervisor's, not signed yet.
        QSqlQuery rate(owner());
        QVERIFY(rate.exec(QStringLiteral(
            "INSERT INTO appraisal_rating (appraisal_id, subject, subject_id, level_id) SELECT %1, "
            "'competency', min(c.id), min(l.id) FROM competency c, rating_level l")
                              .arg(m_ownAppraisal.id)));

        auto admin = REQUIRE_OK(Database::openServer(m_address));
        succeed(ServerRoles::initialise(*admin));
        const QString password = QStringLiteral("correct horse battery");
        succeed(ServerRoles::addUser(*admin, m_head.email, Actor::Role::UnitHead, password));
        succeed(
            ServerRoles::addUser(*admin, m_supervisor.email, Actor::Role::Supervisor, password));
        succeed(ServerRoles::addUser(*admin, m_jpo.email, Actor::Role::Staff, password));
        succeed(ServerRoles::addUser(*admin, m_otherJpo.email, Actor::Role::Staff, password));
        succeed(ServerRoles::addUser(*admin, m_observer.email, Actor::Role::Observer, password));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_connections)) {
            if (name != QLatin1String("owner"))
                QSqlDatabase::database(name).close();
        }
        if (!ScratchUnit::onServer())
            return;
        m_store.reset();
        QSqlQuery drop(owner());
        for (const Person &person : { m_head, m_supervisor, m_jpo, m_otherJpo, m_observer }) {
            drop.exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(person.email.toLower()));
            drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(person.email.toLower()));
        }
    }

    void shouldKeepAnotherPersonsAppraisalFromAStaffMemberEvenWithRawSql()
    {
        // GIVEN a JPO logged in as their own role
        QSqlDatabase jpo = loginAs(m_jpo);
        // WHEN they read every appraisal, and the other JPO's by its id
        // THEN they see their own only
        QCOMPARE(single(jpo, QStringLiteral("SELECT count(*) FROM appraisal")).toInt(), 1);
        QCOMPARE(single(jpo,
                     QStringLiteral("SELECT count(*) FROM appraisal WHERE id = %1")
                         .arg(m_othersAppraisal.id))
                     .toInt(),
            0);
        // AND the other's history is not in the trail they can read
        QCOMPARE(single(jpo,
                     QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'appraisal' "
                                    "AND entity_id = %1")
                         .arg(m_othersAppraisal.id))
                     .toInt(),
            0);
        // WHILE the unit head sees both, and the other JPO's supervisor's trail shows it
        QSqlDatabase head = loginAs(m_head);
        QCOMPARE(single(head, QStringLiteral("SELECT count(*) FROM appraisal")).toInt(), 2);
        QVERIFY(single(head,
                    QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'appraisal' "
                                   "AND entity_id = %1")
                        .arg(m_othersAppraisal.id))
                    .toInt()
            > 0);
    }

    void shouldKeepPrivateNotesAndDraftRatingsFromTheSupervisee()
    {
        QSqlDatabase jpo = loginAs(m_jpo);
        // WHEN the supervisee reads the private notes column of their own check-in
        const QString refused = refusal(jpo, QStringLiteral("SELECT private_notes FROM checkin"));
        // THEN the server refuses the column, and the function gives nothing
        QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
        QCOMPARE(
            single(jpo, QStringLiteral("SELECT checkin_private_notes(id) FROM checkin")).toString(),
            QString());
        // AND the supervisor's draft rating is not visible before the supervisor signs
        QCOMPARE(single(jpo, QStringLiteral("SELECT count(*) FROM appraisal_rating")).toInt(), 0);
        // WHILE the supervisor reads both
        QSqlDatabase supervisor = loginAs(m_supervisor);
        QCOMPARE(single(supervisor, QStringLiteral("SELECT checkin_private_notes(id) FROM checkin"))
                     .toString(),
            m_checkIn.privateNotes);
        QCOMPARE(
            single(supervisor, QStringLiteral("SELECT count(*) FROM appraisal_rating")).toInt(), 1);
    }

    void shouldLetNobodyChangeASignedAppraisal()
    {
        // GIVEN an appraisal both sides have signed
        QSqlQuery sign(owner());
        QVERIFY(sign.exec(QStringLiteral("UPDATE appraisal SET supervisor_acknowledged_on = "
                                         "'2026-12-10', staff_acknowledged_on = '2026-12-11' "
                                         "WHERE id = %1")
                              .arg(m_ownAppraisal.id)));
        // WHEN the person appraised, their supervisor and the unit head try to change it
        for (const Person &person : { m_jpo, m_supervisor, m_head }) {
            const QString refused = refusal(loginAs(person),
                QStringLiteral("UPDATE appraisal SET staff_comments = 'Changed' WHERE id = %1")
                    .arg(m_ownAppraisal.id));
            // THEN the server refuses each
            QVERIFY2(refused.contains(QLatin1String("ssedesk:forbidden:appraisal_locked")),
                qPrintable(person.name + QStringLiteral(": ") + refused));
        }
        QCOMPARE(single(owner(),
                     QStringLiteral("SELECT staff_comments FROM appraisal WHERE id = %1")
                         .arg(m_ownAppraisal.id))
                     .toString(),
            QString());
    }

    void shouldRefuseChangesOutsideOnesOwnWorkAndToTheTrail()
    {
        QSqlDatabase jpo = loginAs(m_jpo);
        // WHEN a JPO changes the other JPO's record, writes to the trail or erases it
        const QString othersRecord = refusal(
            jpo, QStringLiteral("UPDATE person SET grade = 'P5' WHERE id = %1").arg(m_otherJpo.id));
        const QString forged = refusal(jpo,
            QStringLiteral("INSERT INTO audit_event (at, entity, entity_id, action) VALUES "
                           "('2026-01-01', 'person', 1, 'insert')"));
        const QString erased = refusal(jpo, QStringLiteral("DELETE FROM audit_event"));
        // THEN the server refuses all three
        QVERIFY2(othersRecord.contains(QLatin1String("ssedesk:forbidden:person")),
            qPrintable(othersRecord));
        QVERIFY2(forged.contains(QLatin1String("permission denied")), qPrintable(forged));
        QVERIFY2(erased.contains(QLatin1String("permission denied")), qPrintable(erased));
        // AND an observer may not add shared work either
        const QString observed = refusal(loginAs(m_observer),
            QStringLiteral("INSERT INTO project (code, title) VALUES ('X', 'Observer project')"));
        QVERIFY2(observed.contains(QLatin1String("permission denied")), qPrintable(observed));
    }

    void shouldGiveALoginToSomeoneWhoseAccountCameWithTheUnit()
    {
        // GIVEN a person who already has an account (a unit moved from its file brings them)
        auto admin = REQUIRE_OK(Database::openServer(m_address));
        // WHEN the administrator adds their login again, as a staff member this time
        const Status added = ServerRoles::addUser(
            *admin, m_observer.email, Actor::Role::Staff, QStringLiteral("correct horse battery"));
        // THEN it is done, and the account takes the role given
        QVERIFY2(added, qPrintable(added.error().message()));
        auto store = REQUIRE_OK(
            UnitStore::openServer(m_address.withUser(m_observer.email.toLower())
                                      .withPassword(QStringLiteral("correct horse battery"))));
        QCOMPARE(store->signedIn()->role, Actor::Role::Staff);
    }

    void shouldSignThePersonLoggedInIntoTheAppWithTheirRole()
    {
        // WHEN the JPO opens the unit with the app's core as their own role
        auto store = REQUIRE_OK(
            UnitStore::openServer(m_address.withUser(m_jpo.email.toLower())
                                      .withPassword(QStringLiteral("correct horse battery"))));
        // THEN they are signed in as themselves, and the other's appraisal is refused
        QVERIFY(store->signedIn());
        QCOMPARE(store->signedIn()->personId, m_jpo.id);
        QCOMPARE(store->signedIn()->role, Actor::Role::Staff);
        const auto others = store->appraisals().forPerson(m_otherJpo.id);
        QVERIFY(!others || others.value().isEmpty());
        // AND a change to another's plan is refused with the rule's words
        WorkPlan plan;
        plan.personId = m_otherJpo.id;
        plan.title = QStringLiteral("Not mine");
        plan.periodStart = QDate(2026, 1, 1);
        plan.periodEnd = QDate(2026, 12, 31);
        const auto added = store->workPlans().add(plan);
        QVERIFY(!added);
        QCOMPARE(added.error().code(), Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(ServerRolesTest)
#include "serverrolestest.moc"
