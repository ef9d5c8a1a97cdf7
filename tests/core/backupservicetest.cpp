#include "storage/backupservice.h"
#include "databasefiles.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/schemamigrations.h"
#include "unitfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

const QDateTime monday(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);

Person someone(const QString &name)
{
    Person person;
    person.name = name;
    person.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@unit.test");
    return person;
}

// A file at schema version 4 with one person in it, as the release before the last wrote it.
void writeVersion4File(const QString &path)
{
    REQUIRE_OK(Database::create(path, 4));
    execute(path,
        QStringLiteral("INSERT INTO person (name, email, category) "
                       "VALUES ('Awa Diop', 'awa@unit.test', 'jpo')"));
}

QStringList fileNamesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class BackupServiceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void shouldWriteAVerifiedBackupNamedAfterItsTimeAndReason()
    {
        // GIVEN a unit file with one person
        const QString path = pathOf(QStringLiteral("named/unit.ssedesk"));
        auto store = REQUIRE_OK(UnitStore::open(path));
        REQUIRE_OK(store->people().add(someone(QStringLiteral("Ana Lima"))));

        // WHEN a backup is made by hand
        const auto backup
            = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual, monday));

        // THEN it sits in the unit's backup folder, named by its UTC time and reason
        QCOMPARE(backup.path,
            pathOf(
                QStringLiteral("named/unit.ssedesk.backups/20260615T100000.000Z-manual.ssedesk")));
        // AND it is a healthy copy of ours, at our schema version, holding the person
        QCOMPARE(
            pragmaOf(backup.path, QStringLiteral("quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(pragmaOf(backup.path, QStringLiteral("application_id")).toInt(),
            Database::applicationId);
        QCOMPARE(contentsOf(backup.path).value(QStringLiteral("person")).size(), 1);
        // AND the list shows it with what the header says, and no partial file is left
        const auto listed = REQUIRE_OK(store->backups().list());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().takenAt, monday);
        QCOMPARE(listed.first().reason, BackupFolder::Reason::Manual);
        QCOMPARE(listed.first().size, QFileInfo(backup.path).size());
        QCOMPARE(listed.first().schemaVersion, SchemaMigrations::latestVersion());
        QCOMPARE(fileNamesIn(store->backups().folder().path()),
            QStringList { QStringLiteral("20260615T100000.000Z-manual.ssedesk") });
    }

    void shouldListNewestFirstAndNeverReuseAName()
    {
        // GIVEN a unit file
        auto store = REQUIRE_OK(UnitStore::open(pathOf(QStringLiteral("list/unit.ssedesk"))));

        // WHEN backups are taken at two times, the second twice in the same millisecond
        REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Daily, monday));
        REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Auto, monday.addSecs(60)));
        REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::PreImport, monday.addSecs(60)));

        // THEN the list holds all three, newest first, with their reasons
        const auto listed = REQUIRE_OK(store->backups().list());
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).reason, BackupFolder::Reason::PreImport);
        QCOMPARE(listed.at(0).takenAt, monday.addSecs(60).addMSecs(1));
        QCOMPARE(listed.at(1).reason, BackupFolder::Reason::Auto);
        QCOMPARE(listed.at(2).reason, BackupFolder::Reason::Daily);
    }

    void shouldRestoreTheDemoUnitRowForRow()
    {
        // GIVEN the demo unit in a file, and a backup of it
        const QString path = pathOf(QStringLiteral("demo/unit.ssedesk"));
        writeDemoUnit(path);
        auto store = REQUIRE_OK(UnitStore::open(path));
        const Contents original = contentsOf(path);
        const auto backup
            = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual, monday));
        // AND changes made after it
        REQUIRE_OK(store->people().add(someone(QStringLiteral("Late Arrival"))));
        execute(path, QStringLiteral("DELETE FROM progress_entry WHERE id % 2 = 0"));
        QVERIFY(contentsOf(path) != original);

        // WHEN the backup is restored
        const auto before = REQUIRE_OK(store->backups().restore(backup.path, monday.addSecs(3600)));

        // THEN every table equals the backup's, row for row
        const Contents restored = contentsOf(path);
        QCOMPARE(restored.keys(), original.keys());
        for (auto table = original.cbegin(); table != original.cend(); ++table)
            QVERIFY2(restored.value(table.key()) == table.value(), qPrintable(table.key()));
        // AND the open store reads the restored rows, on a file still in WAL mode
        QCOMPARE(REQUIRE_OK(store->people().all()).size(),
            original.value(QStringLiteral("person")).size());
        QCOMPARE(pragmaOf(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        // AND what was there before the restore was backed up first
        QCOMPARE(before.reason, BackupFolder::Reason::PreRestore);
        QCOMPARE(contentsOf(before.path).value(QStringLiteral("person")).size(),
            original.value(QStringLiteral("person")).size() + 1);
    }

    void shouldLeaveNothingBehindWhenABackupFails()
    {
        // GIVEN a unit, and a destination in a folder no one can create (CI runs as root, so
        // permissions would not stop it; /proc does)
        const QString path = pathOf(QStringLiteral("fail/unit.ssedesk"));
        auto store = REQUIRE_OK(UnitStore::open(path));

        // WHEN a backup is written there
        const Status refused
            = store->backups().backUpTo(QStringLiteral("/proc/ssedesk/unit.ssedesk"));

        // THEN it fails with a message naming the destination, and nothing was created
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Storage);
        QVERIFY2(refused.error().message().contains(QStringLiteral("/proc/ssedesk/unit.ssedesk")),
            qPrintable(refused.error().message()));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/ssedesk")));
    }

    void shouldRemoveThePartialFileWhenTheLastStepFails()
    {
        // GIVEN a unit, and a destination that is a folder with a file in it
        auto store = REQUIRE_OK(UnitStore::open(pathOf(QStringLiteral("rename/unit.ssedesk"))));
        const QString destination = pathOf(QStringLiteral("rename/out"));
        QVERIFY(QDir().mkpath(destination));
        QFile keep(destination + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("earlier");
        keep.close();
        const QStringList before = fileNamesIn(pathOf(QStringLiteral("rename")));

        // WHEN a backup is written there: the copy succeeds, the rename into place cannot
        const Status refused = store->backups().backUpTo(destination);

        // THEN it fails, the folder is as it was, and no partial copy is left beside it
        QVERIFY(!refused);
        QCOMPARE(fileNamesIn(pathOf(QStringLiteral("rename"))), before);
        QCOMPARE(fileNamesIn(destination), QStringList { QStringLiteral("keep.txt") });
    }

    void shouldBackUpOnOpenOnlyWhenTheNewestIsADayOld()
    {
        // GIVEN a unit with no backup yet
        auto store = REQUIRE_OK(UnitStore::open(pathOf(QStringLiteral("daily/unit.ssedesk"))));
        BackupService &backups = store->backups();

        // WHEN it is opened on Monday, again 23 hours later, and again 24 hours later
        const auto first = REQUIRE_OK(backups.backUpIfDue(monday));
        const auto tooSoon = REQUIRE_OK(backups.backUpIfDue(monday.addSecs(23 * 3600)));
        const auto nextDay = REQUIRE_OK(backups.backUpIfDue(monday.addSecs(24 * 3600)));

        // THEN the first and the last take a daily backup, the middle one none
        QVERIFY(first.has_value());
        QCOMPARE(first->reason, BackupFolder::Reason::Daily);
        QVERIFY(!tooSoon.has_value());
        QVERIFY(nextDay.has_value());
        QCOMPARE(REQUIRE_OK(backups.list()).size(), 2);
    }

    void shouldBackUpAfterThirtyMinutesOfChangesAndNeverWithoutChanges()
    {
        // GIVEN a unit with no change since it was opened
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto store = REQUIRE_OK(UnitStore::open(pathOf(QStringLiteral("auto/unit.ssedesk"))));
        BackupService &backups = store->backups();
        QVERIFY(!REQUIRE_OK(backups.backUpIfChangedFor(now.addSecs(3600))).has_value());

        // WHEN a person is added, which the store reports to its backups as a change
        REQUIRE_OK(store->people().add(someone(QStringLiteral("Wen Li"))));
        QVERIFY(backups.hasChangesSinceLastBackup());

        // THEN no backup is due before 30 minutes of changes, then an automatic one is
        QVERIFY(!REQUIRE_OK(backups.backUpIfChangedFor(now.addSecs(20 * 60))).has_value());
        const auto taken = REQUIRE_OK(backups.backUpIfChangedFor(now.addSecs(31 * 60)));
        QVERIFY(taken.has_value());
        QCOMPARE(taken->reason, BackupFolder::Reason::Auto);
        // AND none afterwards until something changes again
        QVERIFY(!backups.hasChangesSinceLastBackup());
        QVERIFY(!REQUIRE_OK(backups.backUpIfChangedFor(now.addSecs(5 * 3600))).has_value());
        backups.noteChange(now.addSecs(6 * 3600));
        QVERIFY(REQUIRE_OK(backups.backUpIfChangedFor(now.addSecs(7 * 3600))).has_value());
        QCOMPARE(REQUIRE_OK(backups.list()).size(), 2);
    }

    void shouldThinOlderBackupsAfterANewOne()
    {
        // GIVEN a unit keeping two days of backups, a file of someone else's in its backup
        // folder, and the partial file of a backup a crash cut short two days ago
        auto store = REQUIRE_OK(UnitStore::open(pathOf(QStringLiteral("thin/unit.ssedesk"))));
        BackupService &backups = store->backups();
        backups.setPolicy({ 2, 0, 0 });
        const QString folder = backups.folder().path();
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name :
            { QStringLiteral("notes.txt"), QStringLiteral("x.ssedesk.AbC123.part") }) {
            QFile file(folder + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setFileTime(monday.addDays(-2), QFileDevice::FileModificationTime));
        }

        // WHEN a backup is taken at noon on four days in a row
        for (int day = 0; day < 4; ++day)
            REQUIRE_OK(backups.backUp(BackupFolder::Reason::Daily, monday.addDays(day)));

        // THEN the two newest days are left, beside the stranger's file; the leftover is gone
        const auto listed = REQUIRE_OK(backups.list());
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).takenAt, monday.addDays(3));
        QCOMPARE(listed.at(1).takenAt, monday.addDays(2));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/notes.txt")));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/x.ssedesk.AbC123.part")));
    }

    void shouldBackUpBeforeMigratingAnOlderFile()
    {
        // GIVEN a file at schema version 4
        const QString path = pathOf(QStringLiteral("older/unit.ssedesk"));
        writeVersion4File(path);
        const QByteArray before = digestOf(path);

        // WHEN this version opens it
        auto store = REQUIRE_OK(UnitStore::open(path));

        // THEN it was upgraded, after a pre-migration backup holding the file as it was
        QCOMPARE(pragmaOf(path, QStringLiteral("user_version")).toInt(),
            SchemaMigrations::latestVersion());
        const auto listed = REQUIRE_OK(store->backups().list());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().reason, BackupFolder::Reason::PreMigration);
        QCOMPARE(listed.first().schemaVersion, 4);
        QCOMPARE(contentsOf(listed.first().path).value(QStringLiteral("person")).size(), 1);
        QVERIFY(digestOf(listed.first().path) != before); // a copy, never the file itself
    }

    void shouldNotBackUpANewOrCurrentFile()
    {
        // GIVEN a path where nothing exists
        const QString path = pathOf(QStringLiteral("fresh/unit.ssedesk"));

        // WHEN it is created, closed and opened again
        REQUIRE_OK(UnitStore::open(path));
        auto store = REQUIRE_OK(UnitStore::open(path));

        // THEN no backup was needed: there was nothing to lose, then nothing to migrate
        QCOMPARE(REQUIRE_OK(store->backups().list()).size(), 0);
        QVERIFY(!QFileInfo::exists(store->backups().folder().path()));
    }

    void shouldRestoreAnOlderBackupAndMigrateIt()
    {
        // GIVEN a version 4 file as a backup, and a current unit without its person
        const QString old = pathOf(QStringLiteral("restore-old/old.ssedesk"));
        writeVersion4File(old);
        auto store
            = REQUIRE_OK(UnitStore::open(pathOf(QStringLiteral("restore-old/unit.ssedesk"))));

        // WHEN the old file is restored
        REQUIRE_OK(store->backups().restore(old, monday));

        // THEN the unit holds its person, at the newest schema
        const auto people = REQUIRE_OK(store->people().all());
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, QStringLiteral("Awa Diop"));
        QCOMPARE(pragmaOf(store->path(), QStringLiteral("user_version")).toInt(),
            SchemaMigrations::latestVersion());
        // AND the chosen file was only read
        QCOMPARE(pragmaOf(old, QStringLiteral("user_version")).toInt(), 4);
    }

    void shouldRefuseToRestoreABackupItCannotTrust_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("a damaged page") << QStringLiteral("page") << int(Error::Code::Corrupt);
        QTest::newRow("a newer version") << QStringLiteral("newer") << int(Error::Code::TooNew);
        QTest::newRow("another application")
            << QStringLiteral("foreign") << int(Error::Code::NotOurs);
    }

    void shouldRefuseToRestoreABackupItCannotTrust()
    {
        // GIVEN a unit with one person, and a copy of the demo unit spoilt in one way
        QFETCH(QString, damage);
        QFETCH(int, expectedCode);
        const QString path = pathOf(QStringLiteral("refuse-%1/unit.ssedesk").arg(damage));
        auto store = REQUIRE_OK(UnitStore::open(path));
        REQUIRE_OK(store->people().add(someone(QStringLiteral("Stays Here"))));
        const QString spoilt = pathOf(QStringLiteral("refuse-%1/spoilt.ssedesk").arg(damage));
        writeDemoUnit(spoilt);
        if (damage == QLatin1String("page"))
            damageLeafPage(spoilt, QStringLiteral("progress_entry"));
        else if (damage == QLatin1String("newer"))
            execute(spoilt, QStringLiteral("PRAGMA user_version = 99"));
        else
            execute(spoilt, QStringLiteral("PRAGMA application_id = 7"));
        const QByteArray spoiltBefore = digestOf(spoilt);

        // WHEN it is restored
        const auto restored = store->backups().restore(spoilt, monday);

        // THEN the restore is refused with its reason, before any backup or change was made
        QVERIFY(!restored);
        QCOMPARE(int(restored.error().code()), expectedCode);
        QCOMPARE(REQUIRE_OK(store->people().all()).size(), 1);
        QCOMPARE(REQUIRE_OK(store->backups().list()).size(), 0);
        QCOMPARE(digestOf(spoilt), spoiltBefore);
    }
};

QTEST_GUILESS_MAIN(BackupServiceTest)
#include "backupservicetest.moc"
