#include "auditevent.h"
#include "auditfield.h"
#include "checkin.h"
#include "databasefiles.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/backupservice.h"
#include "storage/checkinrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/missionrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/unitsettings.h"
#include "unitfixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

// Every change is recorded with who made it, when, and the values before and after, in a trail
// nobody can rewrite.
class AuditTrailTest : public QObject
{
    Q_OBJECT

private:
    static const QString password;

    static void giveAccounts(UnitFixture &unit)
    {
        auto &accounts = unit.store().accounts();
        QVERIFY(accounts.create(unit.head.id, Actor::Role::UnitHead, password));
        QVERIFY(accounts.create(unit.jpo.id, Actor::Role::Staff, password));
    }

    static const AuditEvent::Change *changeOf(const AuditEvent &event, const QString &field)
    {
        for (const AuditEvent::Change &change : event.changes) {
            if (change.field == field)
                return &change;
        }
        return nullptr;
    }

private Q_SLOTS:
    void shouldRecordWhoChangedWhatWithTheValuesBeforeAndAfter()
    {
        // GIVEN the JPO signed in on their own plan
        UnitFixture unit;
        const Objective objective
            = unit.addObjective(unit.addPlan(unit.jpo.id).id, QStringLiteral("ICLS paper"));
        giveAccounts(unit);
        QVERIFY(unit.store().signIn(unit.jpo.email, password));

        // WHEN they retitle an objective
        Objective retitled = objective;
        retitled.title = QStringLiteral("ICLS room document");
        QVERIFY(unit.store().objectives().update(retitled));

        // THEN its history shows them, the old and the new title, and only what changed
        const auto history = REQUIRE_OK(
            unit.store().auditLog().history(QStringLiteral("objective"), objective.id));
        QCOMPARE(history.size(), 2); // added (by nobody signed in), then changed
        const AuditEvent &change = history.first();
        QCOMPARE(change.action, AuditEvent::Action::Update);
        QCOMPARE(change.actorId, unit.jpo.id);
        QCOMPARE(change.actorName, unit.jpo.name);
        QVERIFY(qAbs(change.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(change.changes.size(), 1);
        QCOMPARE(change.changes.first().field, QStringLiteral("title"));
        QCOMPARE(change.changes.first().before, QStringLiteral("ICLS paper"));
        QCOMPARE(change.changes.first().after, QStringLiteral("ICLS room document"));
        QCOMPARE(history.last().action, AuditEvent::Action::Insert);
        QCOMPARE(history.last().actorId, Id(0));
    }

    void shouldShowARecordsOwnRowsInItsHistory()
    {
        // GIVEN a deliverable with a French version
        UnitFixture unit;
        Deliverable brief = unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), unit.today());
        LanguageVersion french;
        french.language = QStringLiteral("FR");
        brief.versions = { french };
        QVERIFY(unit.store().deliverables().update(brief));
        brief = REQUIRE_OK(unit.store().deliverables().find(brief.id));

        // WHEN the version moves on
        QVERIFY(unit.store().deliverables().setVersionStatus(
            brief.versions.first().id, LanguageVersion::Status::InProgress));

        // THEN the deliverable's history holds the version's changes
        const auto history
            = REQUIRE_OK(unit.store().auditLog().history(QStringLiteral("deliverable"), brief.id));
        const AuditEvent &latest = history.first();
        QCOMPARE(latest.entity, QStringLiteral("deliverable_version"));
        QCOMPARE(AuditEvent::entityName(latest.entity), QStringLiteral("Language version"));
        const AuditEvent::Change *status = changeOf(latest, QStringLiteral("status"));
        QVERIFY(status);
        QCOMPARE(status->before, QStringLiteral("planned"));
        QCOMPARE(status->after, QStringLiteral("in_progress"));
    }

    void shouldNotRecordUnchangedTravellersWhenAMissionMovesOn()
    {
        // GIVEN a planned mission with two travellers
        UnitFixture unit;
        Mission mission = unit.addMission(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 3));
        mission.travellerIds = { unit.jpo.id, unit.head.id };
        QVERIFY(unit.store().missions().update(mission));
        const int before
            = int(REQUIRE_OK(unit.store().auditLog().history(QStringLiteral("mission"), mission.id))
                      .size());

        // WHEN it is authorised, its travellers unchanged
        QVERIFY(unit.store().missions().setStatus(mission.id, Mission::Status::Authorised));

        // THEN its history gained the status change and nothing about its travellers
        const auto history
            = REQUIRE_OK(unit.store().auditLog().history(QStringLiteral("mission"), mission.id));
        QCOMPARE(history.size(), before + 1);
        QCOMPARE(history.first().entity, QStringLiteral("mission"));
        QVERIFY(changeOf(history.first(), QStringLiteral("status")));
    }

    void shouldRecordOnlyTheLinksThatCameOrWent()
    {
        // GIVEN a mission of the JPO and a deliverable with two contributors
        UnitFixture unit;
        const Person consultant = unit.addPerson(
            QStringLiteral("Awa Diop"), Person::Category::NationalConsultant, unit.head.id);
        Mission mission = unit.addMission(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 3));
        Deliverable brief = unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), unit.today());
        brief.contributorIds = { unit.head.id, consultant.id };
        QVERIFY(unit.store().deliverables().update(brief));
        const auto countOf = [&](const QString &entity, Id id) {
            return int(REQUIRE_OK(unit.store().auditLog().history(entity, id)).size());
        };
        const int missionBefore = countOf(QStringLiteral("mission"), mission.id);
        const int briefBefore = countOf(QStringLiteral("deliverable"), brief.id);

        // WHEN the consultant joins the mission, and the deliverable is saved with one
        // contributor dropped
        mission.travellerIds = { unit.jpo.id, consultant.id };
        QVERIFY(unit.store().missions().update(mission));
        brief.contributorIds = { consultant.id };
        QVERIFY(unit.store().deliverables().update(brief));

        // THEN each history gained exactly that link: the consultant added, the head removed
        const auto missionHistory
            = REQUIRE_OK(unit.store().auditLog().history(QStringLiteral("mission"), mission.id));
        QCOMPARE(missionHistory.size(), missionBefore + 1);
        QCOMPARE(missionHistory.first().entity, QStringLiteral("mission_traveller"));
        QCOMPARE(missionHistory.first().action, AuditEvent::Action::Insert);
        QCOMPARE(changeOf(missionHistory.first(), QStringLiteral("person_id"))->after,
            QString::number(consultant.id));
        const auto briefHistory
            = REQUIRE_OK(unit.store().auditLog().history(QStringLiteral("deliverable"), brief.id));
        QCOMPARE(briefHistory.size(), briefBefore + 1);
        QCOMPARE(briefHistory.first().entity, QStringLiteral("deliverable_contributor"));
        QCOMPARE(briefHistory.first().action, AuditEvent::Action::Delete);
        QCOMPARE(changeOf(briefHistory.first(), QStringLiteral("person_id"))->before,
            QString::number(unit.head.id));
    }

    void shouldGatherAPlansObjectivesActivitiesAndProgressInItsHistory()
    {
        // GIVEN a plan with an objective, an activity and progress logged on it
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const Activity activity
            = unit.addActivity(objective.id, QStringLiteral("Draft outline"), QDate(2026, 3, 1));
        unit.log(activity, 40, QDate(2026, 2, 20));

        // WHEN the plan's history is read
        const auto history
            = REQUIRE_OK(unit.store().auditLog().history(QStringLiteral("work_plan"), plan.id));

        // THEN it holds each of them, newest first (the activity moved on by the progress logged)
        QStringList entities;
        for (const AuditEvent &event : history)
            entities << event.entity;
        QCOMPARE(entities,
            QStringList({ QStringLiteral("progress_entry"), QStringLiteral("activity"),
                QStringLiteral("activity"), QStringLiteral("objective"),
                QStringLiteral("work_plan") }));
    }

    void shouldFileALinkUnderTheRecordItsTableIsNamedAfter()
    {
        // GIVEN a plan's objective, discussed at a check-in and linked to a mission's deliverable
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        CheckIn checkIn;
        checkIn.supervisorId = unit.head.id;
        checkIn.superviseeId = unit.jpo.id;
        checkIn.date = QDate(2026, 6, 1);
        checkIn.discussedObjectiveIds = { objective.id };
        const CheckIn held = REQUIRE_OK(unit.store().checkIns().save(checkIn, unit.head.id));
        const Deliverable brief
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), unit.today());
        Mission mission = unit.addMission(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 3));
        mission.deliverableIds = { brief.id };
        QVERIFY(unit.store().missions().update(mission));
        const auto entitiesOf = [&unit](const QString &entity, Id id) {
            QStringList entities;
            for (const AuditEvent &event : REQUIRE_OK(unit.store().auditLog().history(entity, id)))
                entities << event.entity;
            return entities;
        };

        // WHEN the histories of the check-in, the plan, the mission and the deliverable are read
        const QStringList checkInHistory = entitiesOf(QStringLiteral("checkin"), held.id);
        const QStringList planHistory = entitiesOf(QStringLiteral("work_plan"), plan.id);
        const QStringList missionHistory = entitiesOf(QStringLiteral("mission"), mission.id);
        const QStringList briefHistory = entitiesOf(QStringLiteral("deliverable"), brief.id);

        // THEN the objective discussed is the check-in's, never in the plan's history; the
        // deliverable taken on the mission is the mission's
        QVERIFY(checkInHistory.contains(QStringLiteral("checkin_objective")));
        QVERIFY(!planHistory.contains(QStringLiteral("checkin_objective")));
        QVERIFY(missionHistory.contains(QStringLiteral("mission_deliverable")));
        QVERIFY(!briefHistory.contains(QStringLiteral("mission_deliverable")));
    }

    void shouldRecordRemovalsWithWhatWasRemoved()
    {
        UnitFixture unit;
        const Objective objective
            = unit.addObjective(unit.addPlan(unit.jpo.id).id, QStringLiteral("NAC in Senegal"));
        QVERIFY(unit.store().objectives().remove(objective.id));
        const auto history = REQUIRE_OK(
            unit.store().auditLog().history(QStringLiteral("objective"), objective.id));
        QCOMPARE(history.first().action, AuditEvent::Action::Delete);
        const AuditEvent::Change *title = changeOf(history.first(), QStringLiteral("title"));
        QVERIFY(title);
        QCOMPARE(title->before, QStringLiteral("NAC in Senegal"));
        QVERIFY(title->after.isEmpty());
    }

    void shouldKeepPrivateNotesAndPasswordsOutOfTheTrail()
    {
        // GIVEN a check-in with private notes, and accounts with passwords
        UnitFixture unit;
        giveAccounts(unit);
        QVERIFY(unit.store().signIn(unit.head.email, password));
        CheckIn checkIn;
        checkIn.supervisorId = unit.head.id;
        checkIn.superviseeId = unit.jpo.id;
        checkIn.date = QDate(2026, 6, 1);
        checkIn.notes = QStringLiteral("Shared: paper outline agreed");
        checkIn.privateNotes = QStringLiteral("Private: consider extension");
        REQUIRE_OK(unit.store().checkIns().save(checkIn, unit.head.id));

        // THEN nothing in the unit's log holds the private notes or a password hash
        const auto events = REQUIRE_OK(unit.store().auditLog().page(0, 1000));
        bool sharedSeen = false;
        for (const AuditEvent &event : events) {
            for (const AuditEvent::Change &change : event.changes) {
                QVERIFY(!change.after.contains(QLatin1String("Private:")));
                QVERIFY(!change.after.contains(QLatin1String("argon2")));
                QVERIFY(change.field != QLatin1String("private_notes"));
                sharedSeen = sharedSeen || change.after.contains(QLatin1String("Shared:"));
            }
        }
        QVERIFY(sharedSeen);
    }

    void shouldPageTheUnitLogNewestFirst()
    {
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        for (int i = 1; i <= 5; ++i)
            unit.addObjective(plan.id, QStringLiteral("Objective %1").arg(i));
        const auto first = REQUIRE_OK(unit.store().auditLog().page(0, 3));
        const auto second = REQUIRE_OK(unit.store().auditLog().page(first.last().id, 3));
        QCOMPARE(first.size(), 3);
        QCOMPARE(
            changeOf(first.first(), QStringLiteral("title"))->after, QStringLiteral("Objective 5"));
        QVERIFY(second.first().id < first.last().id);
        QCOMPARE(changeOf(second.first(), QStringLiteral("title"))->after,
            QStringLiteral("Objective 2"));
    }

    void shouldKeepTheUnitLogToTheUnitHead()
    {
        UnitFixture unit;
        giveAccounts(unit);
        QVERIFY(unit.store().signIn(unit.jpo.email, password));
        QCOMPARE(unit.store().auditLog().page(0, 10).error().code(), Error::Code::Forbidden);
        QVERIFY(unit.store().signIn(unit.head.email, password));
        QVERIFY(!REQUIRE_OK(unit.store().auditLog().page(0, 10)).isEmpty());
    }

    void shouldKeepRecordingAfterARestore()
    {
        // GIVEN a unit file backed up with one person, then given a second
        QTemporaryDir folder;
        auto store = REQUIRE_OK(UnitStore::open(folder.filePath(QStringLiteral("unit.ssedesk"))));
        const auto addPerson = [&store](const QString &name) {
            Person person;
            person.name = name;
            person.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@unit.test");
            return REQUIRE_OK(store->people().add(person));
        };
        addPerson(QStringLiteral("Aisha Bello"));
        const auto backup = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual));
        addPerson(QStringLiteral("Kofi Mensah"));

        // WHEN the backup is restored and someone is added after
        REQUIRE_OK(store->backups().restore(backup.path));
        const Person later = addPerson(QStringLiteral("Lucía Ortega"));

        // THEN that change is recorded as before the restore
        const auto history
            = REQUIRE_OK(store->auditLog().history(QStringLiteral("person"), later.id));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, AuditEvent::Action::Insert);
        QCOMPARE(REQUIRE_OK(store->people().all()).size(), 2);
    }

    void shouldKeepTheHistoryOfARemovedProgressEntry()
    {
        // GIVEN a progress entry logged, and another
        UnitFixture unit;
        const Objective objective
            = unit.addObjective(unit.addPlan(unit.jpo.id).id, QStringLiteral("ICLS paper"));
        const Activity activity = unit.addActivity(
            objective.id, QStringLiteral("Draft the paper"), unit.today().addDays(30));
        const ProgressEntry kept = unit.log(activity, 20, unit.today().addDays(-2));
        const ProgressEntry removed = unit.log(activity, 40, unit.today().addDays(-1));

        // WHEN the second is removed
        QVERIFY(unit.store().progress().remove(removed.id));

        // THEN each entry's history is its own: the removed one's shows it logged and removed
        const auto gone = REQUIRE_OK(
            unit.store().auditLog().history(QStringLiteral("progress_entry"), removed.id));
        QCOMPARE(gone.size(), 2);
        QCOMPARE(gone.first().action, AuditEvent::Action::Delete);
        QCOMPARE(gone.last().action, AuditEvent::Action::Insert);
        const auto still = REQUIRE_OK(
            unit.store().auditLog().history(QStringLiteral("progress_entry"), kept.id));
        QCOMPARE(still.size(), 1);
        QCOMPARE(still.first().entityId, kept.id);
    }

    void shouldGuardAndRecordFromTheFirstChangeOfAnOpening()
    {
        // GIVEN a unit file with accounts, opened again with the JPO signed in
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("unit.ssedesk"));
        Person jpo;
        {
            auto store = REQUIRE_OK(UnitStore::open(path));
            Person head;
            head.name = QStringLiteral("Aisha Bello");
            head.email = QStringLiteral("aisha@unit.test");
            head.category = Person::Category::UnitHead;
            head = REQUIRE_OK(store->people().add(head));
            jpo.name = QStringLiteral("Lena Hoffmann");
            jpo.email = QStringLiteral("lena@unit.test");
            jpo.category = Person::Category::Jpo;
            jpo.supervisorId = head.id;
            jpo = REQUIRE_OK(store->people().add(jpo));
            QVERIFY(store->accounts().create(head.id, Actor::Role::UnitHead, password));
            QVERIFY(store->accounts().create(jpo.id, Actor::Role::Staff, password));
        }
        auto store = REQUIRE_OK(UnitStore::open(path));
        QVERIFY(store->signIn(jpo.email, password));

        // WHEN the first changes of this opening are ones only the unit head may make, and the
        // head then makes one
        const Status first = store->settings().setBtoWorkingDays(3);
        const Status second = store->settings().setBtoWorkingDays(4);
        QVERIFY(store->signIn(QStringLiteral("aisha@unit.test"), password));
        QVERIFY(store->settings().setBtoWorkingDays(5));

        // THEN the file's guards refused both, the refusal rolled back did not take the guards
        // or the trail with it, and the head's change is in the trail under their name
        QCOMPARE(first.error().code(), Error::Code::Forbidden);
        QCOMPARE(second.error().code(), Error::Code::Forbidden);
        QCOMPARE(store->settings().btoWorkingDays(), 5);
        const auto newest = REQUIRE_OK(store->auditLog().page(0, 1));
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.first().actorName, QStringLiteral("Aisha Bello"));
    }

    void shouldNameEveryFieldOfEveryRecordInWords()
    {
        // GIVEN a unit file at the newest schema
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("unit.ssedesk"));
        REQUIRE_OK(UnitStore::open(path));

        // WHEN each column of each table the trail records is looked up
        QStringList unnamed;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery columns(db);
            QVERIFY(columns.exec(QStringLiteral(
                "SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> "
                "'audit_event'")));
            while (columns.next()) {
                const QString table = columns.value(0).toString();
                const QString column = columns.value(1).toString();
                if (!AuditField::isNamed(table, column))
                    unnamed << table + QLatin1Char('.') + column;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));

        // THEN every one has its words, and a traveller is called so
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QCOMPARE(AuditField::name(QStringLiteral("mission_traveller"), QStringLiteral("person_id")),
            QStringLiteral("Traveller"));
        QCOMPARE(AuditField::name(QStringLiteral("person"), QStringLiteral("newer_column_id")),
            QStringLiteral("Newer column"));
    }

    void shouldRefuseToRewriteTheTrailEvenWithRawSql()
    {
        // GIVEN a unit file with a recorded change
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("unit.ssedesk"));
        {
            auto store = REQUIRE_OK(UnitStore::open(path));
            Person person;
            person.name = QStringLiteral("Aisha Bello");
            person.email = QStringLiteral("aisha@unit.test");
            REQUIRE_OK(store->people().add(person));
        }

        // WHEN another program tries to change or delete it
        QString updateError;
        QString deleteError;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("UPDATE audit_event SET actor_id = 99")));
            updateError = query.lastError().databaseText();
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_event")));
            deleteError = query.lastError().databaseText();
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE actor_id "
                                              "IS NULL AND entity = 'person'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        // THEN both were refused by the file itself
        QVERIFY2(updateError.contains(QLatin1String("append-only")), qPrintable(updateError));
        QVERIFY2(deleteError.contains(QLatin1String("append-only")), qPrintable(deleteError));
    }
};

const QString AuditTrailTest::password = QStringLiteral("correct horse battery");

QTEST_GUILESS_MAIN(AuditTrailTest)
#include "audittrailtest.moc"
