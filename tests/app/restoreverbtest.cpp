#include "databasefiles.h"
#include "ssedeskrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace DatabaseFiles;

namespace {

SsedeskRun restore(const QString &database, const QString &from)
{
    return SsedeskRun({ QStringLiteral("restore"), QStringLiteral("--database"), database,
        QStringLiteral("--from"), from });
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// What a day's work after the backup would have added.
void addSomeone(const QString &database)
{
    execute(database,
        QStringLiteral("INSERT INTO person (name, email, category) "
                       "VALUES ('Kofi Boateng', 'k.boateng@unit.test', 'jpo')"));
}

} // namespace

class RestoreVerbTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_backup;

    QString unitIn(const QString &folder)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString path = m_dir.filePath(folder + QStringLiteral("/unit.ssedesk"));
        if (!QFile::copy(m_backup, path))
            qFatal("cannot copy the demo unit");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_backup = m_dir.filePath(QStringLiteral("backup.ssedesk"));
        writeDemoUnit(m_backup);
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_backup, QStringLiteral("PRAGMA journal_mode = WAL"));
    }

    void shouldPutTheBackupBackAndKeepWhatWasThere()
    {
        // GIVEN a unit that gained a person since its backup
        const QString database = unitIn(QStringLiteral("changed"));
        addSomeone(database);
        const Contents changed = contentsOf(database);

        // WHEN the backup is restored
        const SsedeskRun run = restore(database, m_backup);

        // THEN the unit holds the backup's rows again, and what it held is in a pre-restore
        // backup that the message names
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(contentsOf(database), contentsOf(m_backup));
        const QStringList backups = filesIn(database + QStringLiteral(".backups"));
        QCOMPARE(backups.size(), 1);
        QVERIFY2(backups.first().endsWith(QStringLiteral("-pre-restore.ssedesk")),
            qPrintable(backups.first()));
        const QString before = database + QStringLiteral(".backups/") + backups.first();
        QCOMPARE(run.out(),
            QStringLiteral("Restored %1 from %2. What it held before is kept in %3.\n")
                .arg(database, m_backup, before));
        QCOMPARE(contentsOf(before), changed);
    }

    void shouldKeepADamagedUnitAsideAndRestoreInItsPlace()
    {
        // GIVEN a unit with a damaged page
        const QString database = unitIn(QStringLiteral("damaged"));
        damageLeafPage(database, QStringLiteral("progress_entry"));
        const QByteArray damaged = digestOf(database);

        // WHEN the backup is restored
        const SsedeskRun run = restore(database, m_backup);

        // THEN the damaged file is kept whole as unit.ssedesk.corrupt, and the backup is in its
        // place
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const QString aside = database + QStringLiteral(".corrupt");
        QVERIFY2(run.out().contains(QStringLiteral("it was kept as %1").arg(aside)),
            qPrintable(run.out()));
        QCOMPARE(digestOf(aside), damaged);
        QCOMPARE(contentsOf(database), contentsOf(m_backup));
    }

    void shouldRecreateAMissingUnit()
    {
        // GIVEN a unit file that was deleted
        QDir().mkpath(m_dir.filePath(QStringLiteral("deleted")));
        const QString database = m_dir.filePath(QStringLiteral("deleted/unit.ssedesk"));

        // WHEN the backup is restored
        const SsedeskRun run = restore(database, m_backup);

        // THEN the unit is back
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY2(run.out().contains(QStringLiteral("did not exist")), qPrintable(run.out()));
        QCOMPARE(contentsOf(database), contentsOf(m_backup));
    }

    void shouldRefuseABackupThatIsNotOurs()
    {
        // GIVEN a unit, and a text file given as the backup
        const QString database = unitIn(QStringLiteral("foreign"));
        const QByteArray before = digestOf(database);
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the NAC meeting\n");
        file.close();

        // WHEN it is restored
        const SsedeskRun run = restore(database, notes);

        // THEN it is refused, and the unit is byte for byte as it was
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(QStringLiteral("is not an SSE Unit Desk database")),
            qPrintable(run.err()));
        QCOMPARE(digestOf(database), before);
    }

    void shouldListTheBackupsWhenNoneIsNamed()
    {
        // GIVEN a unit with one backup of its own (taken by a restore)
        const QString database = unitIn(QStringLiteral("listed"));
        QCOMPARE(restore(database, m_backup).exitCode(), 0);
        const QString backup = database + QStringLiteral(".backups/")
            + filesIn(database + QStringLiteral(".backups")).value(0);

        // WHEN restore is run without --from
        const SsedeskRun run({ QStringLiteral("restore"), QStringLiteral("--database"), database });

        // THEN the backups are listed to choose from, with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("restore needs --from BACKUP")),
            qPrintable(run.err()));
        QVERIFY2(run.err().contains(backup), qPrintable(run.err()));
        QVERIFY2(run.err().contains(QStringLiteral("before a restore")), qPrintable(run.err()));
    }
};

QTEST_GUILESS_MAIN(RestoreVerbTest)
#include "restoreverbtest.moc"
