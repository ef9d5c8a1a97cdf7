#include "storage/database.h"
#include "databasefiles.h"
#include "storage/peoplerepository.h"
#include "storage/schemamigrations.h"
#include "unitfixture.h"
#include "unitstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Core;
using namespace DatabaseFiles;

namespace {

void makeForeignSqlite(const QString &path, int userVersion, qint32 applicationId)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO songs VALUES ('La Bohème')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
}

// The child's side of the disk-full test: adds people, each in its own transaction, until one
// fails, then tells the parent how many were committed and what the failure said.
int writeUntilFull(const QString &path, int channel)
{
    int committed = 0;
    QString message;
    {
        auto store = UnitStore::open(path);
        if (!store)
            message = store.error().message();
        for (int i = 0; store && i < 100000 && message.isEmpty(); ++i) {
            Person person;
            person.name = QStringLiteral("Writer %1").arg(i);
            person.email = QStringLiteral("writer%1@unit.test").arg(i);
            person.positionTitle = QString(3000, QLatin1Char('x'));
            if (auto added = store.value()->people().add(person))
                ++committed;
            else
                message = added.error().message();
        }
    }
    const QByteArray report = QByteArray::number(committed) + '\n' + message.toUtf8();
    return ::write(channel, report.constData(), size_t(report.size())) == report.size() ? 0 : 1;
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void shouldCreateTheNewestSchemaInANewFile()
    {
        // GIVEN a path where nothing exists yet, in a folder that does not exist either
        const QString path = pathOf(QStringLiteral("new/unit.ssedesk"));

        // WHEN it is opened
        {
            auto store = REQUIRE_OK(UnitStore::open(path));
            QCOMPARE(store->path(), path);
            QCOMPARE(REQUIRE_OK(store->isEmpty()), true);
        }

        // THEN it carries our mark, the newest schema version, and WAL journaling
        QCOMPARE(pragmaOf(path, QStringLiteral("application_id")).toInt(), Database::applicationId);
        QCOMPARE(pragmaOf(path, QStringLiteral("user_version")).toInt(),
            SchemaMigrations::latestVersion());
        QCOMPARE(pragmaOf(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragmaOf(path, QStringLiteral("foreign_key_check")), QVariant());
        // AND only its owner may read or write it: the accounts inside protect nothing against
        // someone who can copy the file
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void shouldTurnForeignKeysOnForEveryConnection()
    {
        // GIVEN an open database
        auto database = REQUIRE_OK(Database::openInMemory());

        // WHEN foreign keys are asked for on its connection
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(query.next());

        // THEN they are on, and synchronous is FULL (2)
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void shouldKeepDataAcrossReopening()
    {
        // GIVEN a file with one person in it
        const QString path = pathOf(QStringLiteral("keep.ssedesk"));
        {
            auto store = REQUIRE_OK(UnitStore::open(path));
            Person person;
            person.name = QStringLiteral("Jesús Álvarez");
            person.email = QStringLiteral("jesus@unit.test");
            REQUIRE_OK(store->people().add(person));
        }

        // WHEN it is opened again
        auto store = REQUIRE_OK(UnitStore::open(path));

        // THEN the person is still there, accents intact
        const auto people = REQUIRE_OK(store->people().all());
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, QStringLiteral("Jesús Álvarez"));
    }

    void shouldAdoptAZeroByteFile()
    {
        // GIVEN an empty file, as `touch` makes
        const QString path = pathOf(QStringLiteral("touched.ssedesk"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        // WHEN it is opened THEN it becomes a new unit database
        auto store = REQUIRE_OK(UnitStore::open(path));
        QCOMPARE(pragmaOf(path, QStringLiteral("user_version")).toInt(),
            SchemaMigrations::latestVersion());
    }

    void shouldRefuseFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("a text file")
            << QByteArray("name,email\nAna,ana@unit.test\n") << int(Error::Code::NotOurs);
        QTest::newRow("a truncated SQLite header")
            << QByteArray("SQLite format 3\0abc", 19) << int(Error::Code::NotOurs);
        QTest::newRow("binary noise") << QByteArray(4096, '\x7f') << int(Error::Code::NotOurs);
    }

    void shouldRefuseFilesThatAreNotOurs()
    {
        // GIVEN a file that is not an SSE Unit Desk database
        QFETCH(QByteArray, content);
        QFETCH(int, expectedCode);
        const QString path = pathOf(QStringLiteral("foreign.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const QByteArray before = digestOf(path);

        // WHEN it is opened
        auto store = UnitStore::open(path);

        // THEN it is refused with a message naming the file, and left byte for byte untouched
        QVERIFY(!store);
        QCOMPARE(int(store.error().code()), expectedCode);
        QVERIFY2(store.error().message().contains(path), qPrintable(store.error().message()));
        QCOMPARE(digestOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void shouldRefuseAnotherApplicationsSqliteFile_data()
    {
        QTest::addColumn<qint32>("applicationId");
        QTest::newRow("no application id") << qint32(0);
        QTest::newRow("another application's id") << qint32(0x0f055112);
    }

    void shouldRefuseAnotherApplicationsSqliteFile()
    {
        // GIVEN an SQLite file made by another program
        QFETCH(qint32, applicationId);
        const QString path = pathOf(QStringLiteral("songs-%1.db").arg(applicationId));
        makeForeignSqlite(path, 3, applicationId);
        const QByteArray before = digestOf(path);

        // WHEN it is opened
        auto store = UnitStore::open(path);

        // THEN it is refused as not ours and untouched
        QVERIFY(!store);
        QCOMPARE(store.error().code(), Error::Code::NotOurs);
        QVERIFY(store.error().message().contains(QStringLiteral("another application")));
        QCOMPARE(digestOf(path), before);
    }

    void shouldRefuseAFileFromANewerVersion()
    {
        // GIVEN one of our files, stamped with a schema newer than this build knows
        const QString path = pathOf(QStringLiteral("future.ssedesk"));
        makeForeignSqlite(path, SchemaMigrations::latestVersion() + 1, Database::applicationId);
        const QByteArray before = digestOf(path);

        // WHEN it is opened
        auto store = UnitStore::open(path);

        // THEN it is refused as too new, and untouched
        QVERIFY(!store);
        QCOMPARE(store.error().code(), Error::Code::TooNew);
        QVERIFY(store.error().message().contains(QStringLiteral("newer version")));
        QCOMPARE(digestOf(path), before);
    }

    void shouldMigrateFromEveryOlderVersion()
    {
        for (int from = 0; from < SchemaMigrations::latestVersion(); ++from) {
            // GIVEN a database emptied back to version 0, then climbed to version `from` only
            auto database = REQUIRE_OK(Database::openInMemory());
            QSqlQuery query(database->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%'")));
            QStringList tables;
            while (query.next())
                tables.append(query.value(0).toString());
            for (const QString &table : tables)
                QVERIFY(query.exec(QStringLiteral("DROP TABLE ") + table));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 0")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            QVERIFY(SchemaMigrations::migrate(*database, 0, from).isOk());
            QCOMPARE(database->schemaVersion(), from);

            // WHEN the rest of the ladder runs
            const Status status = SchemaMigrations::migrate(*database, from);

            // THEN it reaches the newest version with a consistent schema
            QVERIFY2(status.isOk(), qPrintable(status.error().message()));
            QCOMPARE(database->schemaVersion(), SchemaMigrations::latestVersion());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!query.next());
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
    }

    void shouldIndexHowLongMissionsAndMeetingsLastFromVersion8()
    {
        // GIVEN a database at schema version 7
        auto database = REQUIRE_OK(Database::openInMemory());
        QSqlQuery query(database->connection());
        for (const char *index : { "mission_span", "meeting_span" })
            QVERIFY(query.exec(QStringLiteral("DROP INDEX ") + QLatin1String(index)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));

        // WHEN it is upgraded
        const Status status = SchemaMigrations::migrate(*database, 7);

        // THEN missions and meetings have their span indexes, which the agenda's ranges need
        QVERIFY2(status.isOk(), qPrintable(status.error().message()));
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND name LIKE '%_span' ORDER BY name")));
        QStringList indexes;
        while (query.next())
            indexes.append(query.value(0).toString());
        QCOMPARE(indexes,
            QStringList({ QStringLiteral("meeting_span"), QStringLiteral("mission_span") }));
    }

    void shouldRollBackAFailedWriteCompletely()
    {
        // GIVEN a unit with one person
        UnitFixture unit;
        const auto before = REQUIRE_OK(unit.store().people().all());

        // WHEN a person is added with an e-mail already taken
        Person twin;
        twin.name = QStringLiteral("Someone Else");
        twin.email = unit.jpo.email.toUpper();
        auto added = unit.store().people().add(twin);

        // THEN the write is refused with a reason, and nothing changed
        QVERIFY(!added);
        QCOMPARE(added.error().code(), Error::Code::Conflict);
        QCOMPARE(added.error().field(), QStringLiteral("email"));
        QCOMPARE(REQUIRE_OK(unit.store().people().all()), before);
    }

    void shouldRefuseADamagedFileAndSayWhatToDo_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half its size") << QStringLiteral("truncated");
        QTest::newRow("a page overwritten with noise") << QStringLiteral("page");
    }

    void shouldRefuseADamagedFileAndSayWhatToDo()
    {
        // GIVEN the demo unit in a file, then damaged
        QFETCH(QString, damage);
        const QString path = pathOf(QStringLiteral("damaged-%1.ssedesk").arg(damage));
        writeDemoUnit(path);
        if (damage == QLatin1String("truncated"))
            truncate(path, QFileInfo(path).size() / 2);
        else
            damageLeafPage(path, QStringLiteral("progress_entry"));
        const QByteArray before = digestOf(path);

        // WHEN it is opened
        auto store = UnitStore::open(path);

        // THEN it is refused as damaged, with the way out, and left byte for byte as it was
        QVERIFY(!store);
        QCOMPARE(store.error().code(), Error::Code::Corrupt);
        const QString message = store.error().message();
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("is damaged"))
                && message.contains(QStringLiteral("Restore the newest backup")),
            qPrintable(message));
        QCOMPARE(digestOf(path), before);
    }

    void shouldTellABusyFileFromADamagedOneWhenWriting()
    {
        // GIVEN a unit file, and another program in the middle of a write to it
        const QString path = pathOf(QStringLiteral("busy-write.ssedesk"));
        auto store = REQUIRE_OK(UnitStore::open(path));
        QSqlDatabase holder
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery hold(holder);
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        // WHEN the unit writes, past the busy timeout
        Person person;
        person.name = QStringLiteral("Ama Owusu");
        person.email = QStringLiteral("ama@unit.test");
        const auto refused = store->people().add(person);

        // THEN it is told the file is busy and to try again, not that it is damaged
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Busy);
        QVERIFY2(refused.error().message().contains(QStringLiteral("busy: another program is "
                                                                   "writing to it; try again")),
            qPrintable(refused.error().message()));
        // AND trying again once the other program is done succeeds
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        REQUIRE_OK(store->people().add(person));
        hold.clear();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void shouldTellABusyFileFromADamagedOneWhenOpening()
    {
        // GIVEN a unit file that another program holds with an exclusive lock
        const QString path = pathOf(QStringLiteral("busy-open.ssedesk"));
        REQUIRE_OK(UnitStore::open(path));
        QSqlDatabase holder
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery hold(holder);
        QVERIFY(hold.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(hold.exec(QStringLiteral("UPDATE person SET name = name")));
        const QByteArray before = digestOf(path);

        // WHEN it is opened, past the busy timeout
        auto store = UnitStore::open(path);

        // THEN the file is named as busy, not damaged, and was not touched
        QVERIFY(!store);
        QCOMPARE(store.error().code(), Error::Code::Busy);
        QCOMPARE(store.error().message(),
            path
                + QStringLiteral(" is busy: another program is writing to it; try again in a "
                                 "moment."));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold.clear();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(digestOf(path), before);
    }

    void shouldFailCleanlyWhenTheDiskIsFull()
    {
        // GIVEN a unit file
        const QString path = pathOf(QStringLiteral("full.ssedesk"));
        REQUIRE_OK(UnitStore::open(path));
        const rlim_t limit = rlim_t(QFileInfo(path).size() + 64 * 1024);

        // WHEN a child process whose files may not grow past that size (as on a full disk; the
        // signal that would kill it ignored, as a real full disk sends none) adds people until a
        // write fails
        int channel[2];
        QCOMPARE(::pipe(channel), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(channel[0]);
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit cap { limit, limit };
            ::setrlimit(RLIMIT_FSIZE, &cap);
            ::_exit(writeUntilFull(path, channel[1]));
        }
        ::close(channel[1]);
        QByteArray report;
        char buffer[512];
        for (ssize_t got; (got = ::read(channel[0], buffer, sizeof buffer)) > 0;)
            report.append(buffer, got);
        ::close(channel[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, report.constData());
        const int committed = report.left(report.indexOf('\n')).toInt();
        const QString message = QString::fromUtf8(report.mid(report.indexOf('\n') + 1));

        // THEN some writes went through, then one failed with a message and not a crash
        QVERIFY2(committed > 0, report.constData());
        QCOMPARE(message.isEmpty(), false);
        QVERIFY2(
            message.contains(QStringLiteral("free some space and try again")), qPrintable(message));
        // AND the file is healthy, with every committed person in it
        QCOMPARE(
            pragmaOf(path, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        auto store = REQUIRE_OK(UnitStore::open(path));
        QCOMPARE(int(REQUIRE_OK(store->people().all()).size()), committed);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "databasetest.moc"
