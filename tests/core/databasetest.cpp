#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/schemamigrations.h"
#include "unitfixture.h"
#include "unitstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Reads one pragma through a connection of the test's own, as another program would.
QVariant pragmaOf(const QString &path, const QString &pragma)
{
    QVariant value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

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

    void shouldRefuseAnotherApplicationsSqliteFile()
    {
        // GIVEN an SQLite file made by another program
        const QString path = pathOf(QStringLiteral("songs.db"));
        makeForeignSqlite(path, 3, 0);
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
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "databasetest.moc"
