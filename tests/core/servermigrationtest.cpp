#include "storage/servermigration.h"
#include "databasefiles.h"
#include "scratchunit.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sqlstatement.h"
#include "storage/supervisionqueries.h"
#include "unitfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

const QDate today(2026, 6, 15);

QMap<QString, qint64> countsOf(const QList<ServerMigration::TableCopy> &copied)
{
    QMap<QString, qint64> counts;
    for (const ServerMigration::TableCopy &table : copied)
        counts.insert(table.table, table.rows);
    return counts;
}

QMap<QString, qint64> countsOf(const Contents &contents)
{
    QMap<QString, qint64> counts;
    for (auto table = contents.cbegin(); table != contents.cend(); ++table)
        counts.insert(table.key(), table.value().size());
    return counts;
}

// Every row of the server's tables that the file has, counted there with the server's own SQL.
QMap<QString, qint64> serverCounts(const ServerAddress &address, const QStringList &tables)
{
    auto server = REQUIRE_OK(Database::openServer(address));
    QMap<QString, qint64> counts;
    for (const QString &table : tables) {
        // The table names come from the file's schema, read by the test itself.
        SqlStatement count(*server, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        counts.insert(table, count.exec() && count.next() ? count.value(0).toLongLong() : -1);
    }
    return counts;
}

// The audit, guard and lock triggers of the server's unit that are not enabled, seen from a
// connection that was open during the copy: opening the server installs them again.
qint64 disabledRules(const Database &server)
{
    SqlStatement disabled(server, QStringLiteral(R"(
        SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgname IN ('audit', 'guard', 'lock') AND t.tgenabled <> 'O'
            AND c.relnamespace = current_schema()::regnamespace)"));
    return disabled.exec() && disabled.next() ? disabled.value(0).toLongLong() : -1;
}

Person newcomer()
{
    Person person;
    person.name = QStringLiteral("Ana Duarte");
    person.email = QStringLiteral("ana.duarte@example.org");
    person.category = Person::Category::Intern;
    return person;
}

int auditEventsOf(const UnitStore &store)
{
    return int(REQUIRE_OK(store.auditLog().page(0, 1000000)).size());
}

} // namespace

// Moving a unit from its file to a server: everything copied with its ids, the counts checked,
// the file untouched, and a server that already holds a unit refused.
class ServerMigrationTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_unit;
    QByteArray m_digest;
    Contents m_contents;

    Result<QList<ServerMigration::TableCopy>> migrate(
        const ServerAddress &to, const QString &from = {})
    {
        auto source = REQUIRE_OK(Database::openReadOnly(from.isEmpty() ? m_unit : from));
        return ServerMigration::toServer(*source, to);
    }

    // A copy of the demo unit whose unit head has an account (the password "unit head 2026").
    QString unitWithAccounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("accounts.ssedesk"));
        if (!QFile::exists(path)) {
            QFile::copy(m_unit, path);
            auto store = REQUIRE_OK(UnitStore::open(path));
            const auto people = REQUIRE_OK(store->people().all());
            const auto head = std::find_if(people.cbegin(), people.cend(),
                [](const Person &p) { return p.category == Person::Category::UnitHead; });
            const Status created = store->accounts().create(
                head->id, Actor::Role::UnitHead, QStringLiteral("unit head 2026"));
            if (!created)
                qFatal("creating the account failed: %s", qPrintable(created.error().message()));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_unit = m_dir.filePath(QStringLiteral("unit.ssedesk"));
        writeDemoUnit(m_unit);
        // An appraisal rated and signed by both sides, which the server then locks.
        execute(m_unit,
            QStringLiteral("INSERT INTO appraisal_rating (appraisal_id, subject, subject_id, "
                           "level_id) SELECT min(id), 'competency', (SELECT min(id) FROM "
                           "competency), (SELECT min(id) FROM rating_level) FROM appraisal"));
        execute(m_unit,
            QStringLiteral(
                "UPDATE appraisal SET stage = 'end_of_cycle', supervisor_acknowledged_on "
                "= '2026-06-12', staff_acknowledged_on = '2026-06-14' WHERE id = "
                "(SELECT min(appraisal_id) FROM appraisal_rating)"));
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_unit, QStringLiteral("PRAGMA journal_mode = WAL"));
        m_digest = digestOf(m_unit);
        m_contents = contentsOf(m_unit);
        QVERIFY(m_contents.value(QStringLiteral("audit_event")).size() > 0);
        QVERIFY(m_contents.value(QStringLiteral("appraisal_rating")).size() > 0);
    }

    void shouldCopyEveryRowOfEveryTableAndLeaveTheFileAsItWas()
    {
        // GIVEN the demo unit in its file and an empty schema on the server
        const ServerAddress server = ScratchUnit::freshServerSchema();
        auto source = REQUIRE_OK(Database::openReadOnly(m_unit));
        auto destination = REQUIRE_OK(Database::openServer(server, ServerSetUp::Create));

        // WHEN the unit is moved there
        const auto copied = ServerMigration(*source, *destination).run();

        // THEN every table of the file was copied, parents first, with as many rows on the
        // server as in the file, and the server's trail and guards are on again; the file is byte
        // for byte as it was
        QVERIFY2(copied, qPrintable(copied.error().message()));
        QCOMPARE(countsOf(copied.value()), countsOf(m_contents));
        QCOMPARE(disabledRules(*destination), 0);
        QCOMPARE(serverCounts(server, m_contents.keys()), countsOf(m_contents));
        QStringList order;
        for (const ServerMigration::TableCopy &table : copied.value())
            order << table.table;
        QVERIFY(
            order.indexOf(QStringLiteral("person")) < order.indexOf(QStringLiteral("work_plan")));
        QVERIFY(order.indexOf(QStringLiteral("work_plan"))
            < order.indexOf(QStringLiteral("objective")));
        QVERIFY(order.indexOf(QStringLiteral("checkin_action"))
            < order.indexOf(QStringLiteral("checkin_agenda")));
        QCOMPARE(digestOf(m_unit), m_digest);
    }

    void shouldReadTheSameUnitBackFromTheServer()
    {
        // GIVEN the unit moved to the server
        const ServerAddress server = ScratchUnit::freshServerSchema();
        QVERIFY(migrate(server));

        // WHEN both are read through the repositories
        auto file = REQUIRE_OK(UnitStore::openReadOnly(m_unit));
        auto copy = REQUIRE_OK(UnitStore::openServer(server));

        // THEN they hold the same people with the same ids, the same plans' progress, and the
        // same audit trail: the copy itself recorded nothing
        QCOMPARE(REQUIRE_OK(copy->people().all()), REQUIRE_OK(file->people().all()));
        const auto fileOverview = REQUIRE_OK(file->supervision().overview(today));
        const auto copyOverview = REQUIRE_OK(copy->supervision().overview(today));
        QCOMPARE(copyOverview.size(), fileOverview.size());
        for (qsizetype i = 0; i < fileOverview.size(); ++i) {
            QCOMPARE(copyOverview.at(i).personId, fileOverview.at(i).personId);
            QCOMPARE(copyOverview.at(i).planId, fileOverview.at(i).planId);
            QCOMPARE(copyOverview.at(i).progress, fileOverview.at(i).progress);
            QCOMPARE(copyOverview.at(i).lastProgressOn, fileOverview.at(i).lastProgressOn);
        }
        QCOMPARE(auditEventsOf(*copy), auditEventsOf(*file));
    }

    void shouldAddNewRecordsOnTheServerAfterTheCopiedOnes()
    {
        // GIVEN the unit moved to the server
        const ServerAddress server = ScratchUnit::freshServerSchema();
        QVERIFY(migrate(server));
        auto copy = REQUIRE_OK(UnitStore::openServer(server));
        const auto people = REQUIRE_OK(copy->people().all());
        Id largest = 0;
        for (const Person &person : people)
            largest = std::max(largest, person.id);

        // WHEN someone new joins the unit there
        const auto added = copy->people().add(newcomer());

        // THEN they get the next id after the copied ones, and their arrival is recorded
        QVERIFY2(added, qPrintable(added.error().message()));
        QCOMPARE(added.value().id, largest + 1);
        auto file = REQUIRE_OK(UnitStore::openReadOnly(m_unit));
        QCOMPARE(auditEventsOf(*copy), auditEventsOf(*file) + 1);
    }

    void shouldCopyPeopleWhoseSupervisorJoinedAfterThem()
    {
        // GIVEN a unit of 600 people, more than one statement takes, whose first person is
        // supervised by the last to join
        const QString path = m_dir.filePath(QStringLiteral("people.ssedesk"));
        REQUIRE_OK(UnitStore::open(path));
        execute(path,
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                           "i < 600) INSERT INTO person (name, email, category) SELECT 'Person ' "
                           "|| i, 'person' || i || '@example.org', 'jpo' FROM n"));
        execute(path,
            QStringLiteral("UPDATE person SET supervisor_id = (SELECT max(id) FROM person) "
                           "WHERE id = (SELECT min(id) FROM person)"));
        const ServerAddress server = ScratchUnit::freshServerSchema();

        // WHEN the unit is moved to the server
        const auto copied = migrate(server, path);

        // THEN everyone arrived, the supervisor with them
        QVERIFY2(copied, qPrintable(copied.error().message()));
        QCOMPARE(countsOf(copied.value()).value(QStringLiteral("person")), 600);
        auto copy = REQUIRE_OK(UnitStore::openServer(server));
        const auto people = REQUIRE_OK(copy->people().all());
        const auto first = std::min_element(people.cbegin(), people.cend(),
            [](const Person &a, const Person &b) { return a.id < b.id; });
        QCOMPARE(first->supervisorId, first->id + 599);
    }

    void shouldRefuseAServerThatAlreadyHoldsAUnitAndLeaveItAsItWas()
    {
        // GIVEN the unit moved to the server once, and a person added there since
        const ServerAddress server = ScratchUnit::freshServerSchema();
        QVERIFY(migrate(server));
        REQUIRE_OK(REQUIRE_OK(UnitStore::openServer(server))->people().add(newcomer()));
        const auto before = serverCounts(server, m_contents.keys());

        // WHEN it is moved there a second time
        const auto again = migrate(server);

        // THEN it is refused, saying so, and the server holds what it held
        QVERIFY(!again);
        QCOMPARE(again.error().code(), Error::Code::Conflict);
        QVERIFY2(again.error().message().contains(QStringLiteral("already holds a unit")),
            qPrintable(again.error().message()));
        QCOMPARE(serverCounts(server, m_contents.keys()), before);
    }

    void shouldRollBackWhenATableArrivesIncomplete()
    {
        // GIVEN a server schema made for the unit, where a rule of someone else's silently drops
        // every partner written to it
        const ServerAddress server = ScratchUnit::freshServerSchema();
        {
            auto database = REQUIRE_OK(Database::openServer(server, ServerSetUp::Create));
            for (const QString &sql :
                { QStringLiteral("CREATE FUNCTION lose_row() RETURNS trigger LANGUAGE plpgsql "
                                 "AS $f$ BEGIN RETURN NULL; END $f$"),
                    QStringLiteral("CREATE TRIGGER lose BEFORE INSERT ON partner FOR EACH ROW "
                                   "EXECUTE FUNCTION lose_row()") }) {
                SqlStatement statement(*database, sql);
                QVERIFY(statement.exec());
            }
        }
        QVERIFY(m_contents.value(QStringLiteral("partner")).size() > 0);

        // WHEN the unit is moved there
        const auto copied = migrate(server);

        // THEN the count check names the table, and nothing of the copy stays on the server
        QVERIFY(!copied);
        QVERIFY2(copied.error().message().contains(QStringLiteral("The table partner has")),
            qPrintable(copied.error().message()));
        const auto after = serverCounts(server, m_contents.keys());
        QCOMPARE(after.value(QStringLiteral("person")), 0);
        QCOMPARE(after.value(QStringLiteral("audit_event")), 0);
        QVERIFY(after.value(QStringLiteral("strategy_objective")) > 0);
    }

    void shouldLeaveAUnitWithAccountsToItsUnitHead()
    {
        // GIVEN a unit whose unit head has an account, opened read-only by nobody
        const QString path = unitWithAccounts();
        const QByteArray digest = digestOf(path);
        const ServerAddress server = ScratchUnit::freshServerSchema();
        auto store = REQUIRE_OK(UnitStore::openReadOnly(path));

        // WHEN it is moved before and after its unit head signs in
        const auto refused = store->copyToServer(server);
        const auto headsPeople = REQUIRE_OK(store->people().all());
        const auto head = std::find_if(headsPeople.cbegin(), headsPeople.cend(),
            [](const Person &p) { return p.category == Person::Category::UnitHead; });
        QVERIFY(store->signIn(head->email, QStringLiteral("unit head 2026")));
        const auto copied = store->copyToServer(server);

        // THEN the first is refused and the second copies everything, the account with it
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Forbidden);
        QVERIFY2(copied, qPrintable(copied.error().message()));
        QCOMPARE(countsOf(copied.value()).value(QStringLiteral("account")), 1);
        QCOMPARE(digestOf(path), digest);
    }

    void shouldRefuseAServerItCannotReach()
    {
        // GIVEN an address where no server listens
        const ServerAddress nowhere = REQUIRE_OK(
            ServerAddress::parse(QStringLiteral("postgresql://unit@127.0.0.1:1/unit")));

        // WHEN the unit is moved there
        const auto copied = migrate(nowhere);

        // THEN it is refused with the reason, and the file is as it was
        QVERIFY(!copied);
        QVERIFY2(copied.error().message().contains(QStringLiteral("could not be reached")),
            qPrintable(copied.error().message()));
        QCOMPARE(digestOf(m_unit), m_digest);
    }
};

QTEST_GUILESS_MAIN(ServerMigrationTest)
#include "servermigrationtest.moc"
