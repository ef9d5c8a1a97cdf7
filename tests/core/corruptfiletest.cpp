#include "storage/corruptfile.h"
#include "databasefiles.h"
#include "storage/backupservice.h"
#include "unitfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

const QDateTime monday(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class CorruptFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void shouldMoveADamagedFileAsideWithItsJournal()
    {
        // GIVEN a damaged file with its -wal and -shm beside it
        const QString path = pathOf(QStringLiteral("aside/unit.ssedesk"));
        QVERIFY(QDir().mkpath(pathOf(QStringLiteral("aside"))));
        writeFile(path, "main");
        writeFile(path + QStringLiteral("-wal"), "wal");
        writeFile(path + QStringLiteral("-shm"), "shm");

        // WHEN it is quarantined
        const QString moved = REQUIRE_OK(CorruptFile::quarantine(path));

        // THEN all three carry the new name, unchanged, and the old name is free
        QCOMPARE(moved, path + QStringLiteral(".corrupt"));
        QCOMPARE(contentOf(moved), QByteArray("main"));
        QCOMPARE(contentOf(moved + QStringLiteral("-wal")), QByteArray("wal"));
        QCOMPARE(contentOf(moved + QStringLiteral("-shm")), QByteArray("shm"));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void shouldNeverOverwriteAnEarlierQuarantine()
    {
        // GIVEN a file quarantined before, and one whose journal alone was left by an older one
        const QString path = pathOf(QStringLiteral("again/unit.ssedesk"));
        QVERIFY(QDir().mkpath(pathOf(QStringLiteral("again"))));
        writeFile(path + QStringLiteral(".corrupt"), "first");
        writeFile(path + QStringLiteral(".2.corrupt-wal"), "second's journal");
        writeFile(path, "third");

        // WHEN the file is quarantined
        const QString moved = REQUIRE_OK(CorruptFile::quarantine(path));

        // THEN it takes the next free number, and the earlier ones are as they were
        QCOMPARE(moved, path + QStringLiteral(".3.corrupt"));
        QCOMPARE(contentOf(moved), QByteArray("third"));
        QCOMPARE(contentOf(path + QStringLiteral(".corrupt")), QByteArray("first"));
        QCOMPARE(
            contentOf(path + QStringLiteral(".2.corrupt-wal")), QByteArray("second's journal"));
    }

    void shouldOfferTheNewestBackupThatPassesItsChecks()
    {
        // GIVEN a unit with two backups, the newer one damaged
        const QString path = pathOf(QStringLiteral("offer/unit.ssedesk"));
        writeDemoUnit(path);
        QString older;
        {
            auto store = REQUIRE_OK(UnitStore::open(path));
            older = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Daily, monday)).path;
            const QString newer = REQUIRE_OK(
                store->backups().backUp(BackupFolder::Reason::Auto, monday.addSecs(3600)))
                                      .path;
            damageLeafPage(newer, QStringLiteral("progress_entry"));
        }

        // WHEN the backup to offer is asked for
        const auto offered = REQUIRE_OK(CorruptFile::newestVerifiedBackup(path));

        // THEN it is the older, healthy one
        QVERIFY(offered.has_value());
        QCOMPARE(offered->path, older);
    }

    void shouldPutAVerifiedBackupWhereTheDamagedFileWas()
    {
        // GIVEN the demo unit with a backup, then a damaged page in the unit's file
        const QString path = pathOf(QStringLiteral("recover/unit.ssedesk"));
        writeDemoUnit(path);
        REQUIRE_OK(REQUIRE_OK(UnitStore::open(path))
                       ->backups()
                       .backUp(BackupFolder::Reason::Daily, monday));
        const Contents saved
            = contentsOf(REQUIRE_OK(CorruptFile::newestVerifiedBackup(path))->path);
        damageLeafPage(path, QStringLiteral("progress_entry"));
        const auto refused = UnitStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Corrupt);

        // WHEN the user moves it aside and takes the backup offered
        const QString quarantined = REQUIRE_OK(CorruptFile::quarantine(path));
        const auto offered = REQUIRE_OK(CorruptFile::newestVerifiedBackup(path));
        QVERIFY(offered.has_value());
        const Status restored = CorruptFile::restoreBackup(offered->path, path);
        QVERIFY2(restored, qPrintable(restored.error().message()));

        // THEN the unit opens with the backup's rows, and the damaged file is still there
        REQUIRE_OK(UnitStore::open(path));
        QCOMPARE(contentsOf(path), saved);
        QVERIFY(QFileInfo::exists(quarantined));
    }

    void shouldNotRestoreOverAFileStillInPlace()
    {
        // GIVEN a unit with a backup
        const QString path = pathOf(QStringLiteral("occupied/unit.ssedesk"));
        auto store = REQUIRE_OK(UnitStore::open(path));
        const auto backup
            = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual, monday));

        // WHEN the backup is put in place of a file that was not moved aside
        const Status refused = CorruptFile::restoreBackup(backup.path, path);

        // THEN it is refused
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
    }
};

QTEST_GUILESS_MAIN(CorruptFileTest)
#include "corruptfiletest.moc"
