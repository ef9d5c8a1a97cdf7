#include "databasefiles.h"
#include "ssedeskrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace DatabaseFiles;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

SsedeskRun backUp(const QString &database, const QString &out, const QStringList &more = {})
{
    return SsedeskRun(QStringList { QStringLiteral("backup"), QStringLiteral("--database"),
                          database, QStringLiteral("--out"), out }
        + more);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(path));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class BackupVerbTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("unit")));
        m_demo = m_dir.filePath(QStringLiteral("unit/unit.ssedesk"));
        writeDemoUnit(m_demo);
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_demo, QStringLiteral("PRAGMA journal_mode = WAL"));
    }

    void shouldWriteACopyEqualRowForRow()
    {
        // GIVEN the demo unit
        const QByteArray before = digestOf(m_demo);
        const QString out = m_dir.filePath(QStringLiteral("copy.ssedesk"));

        // WHEN it is backed up
        const SsedeskRun run = backUp(m_demo, out);

        // THEN the database was only read, with nothing left beside it but SQLite's companions
        // for reading a WAL file (the log empty), and the copy holds every row of every table
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY2(run.out().startsWith(QStringLiteral("Backed up %1 to %2 (").arg(m_demo, out)),
            qPrintable(run.out()));
        QVERIFY2(run.out().contains(QStringLiteral(", verified).")), qPrintable(run.out()));
        QCOMPARE(digestOf(m_demo), before);
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("unit"))),
            QStringList({ QStringLiteral("unit.ssedesk"), QStringLiteral("unit.ssedesk-shm"),
                QStringLiteral("unit.ssedesk-wal") }));
        QCOMPARE(QFileInfo(m_demo + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(contentsOf(out), contentsOf(m_demo));
    }

    void shouldReplaceAnExistingFileOnlyWhenForced()
    {
        // GIVEN a file already at --out
        const QString out = m_dir.filePath(QStringLiteral("kept.ssedesk"));
        writeFile(out, "last month's copy\n");

        // WHEN the unit is backed up onto it, without and then with --force
        const SsedeskRun refused = backUp(m_demo, out);
        const QByteArray afterRefusal = bytesOf(out);
        const SsedeskRun forced = backUp(m_demo, out, { QStringLiteral("--force") });

        // THEN the first is refused and leaves the file as it was, the second replaces it
        QVERIFY(refused.hasFinished());
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY2(refused.err().contains(QStringLiteral("%1 exists already").arg(out)),
            qPrintable(refused.err()));
        QVERIFY2(refused.err().contains(QStringLiteral("--force")), qPrintable(refused.err()));
        QCOMPARE(afterRefusal, QByteArray("last month's copy\n"));
        QVERIFY2(forced.exitCode() == 0, qPrintable(forced.err()));
        QCOMPARE(contentsOf(out), contentsOf(m_demo));
    }

    void shouldRefuseTheDatabaseItselfAsTheCopy()
    {
        // GIVEN the demo unit
        const QByteArray before = digestOf(m_demo);

        // WHEN it is backed up onto itself, even forced
        const SsedeskRun run = backUp(m_demo, m_demo, { QStringLiteral("--force") });

        // THEN that is a usage error, and the database is untouched
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("the database itself")), qPrintable(run.err()));
        QCOMPARE(digestOf(m_demo), before);
    }

    void shouldRefuseAMissingDatabaseAndWriteNothing()
    {
        // GIVEN a database name that does not exist
        const QString missing = m_dir.filePath(QStringLiteral("typo/unit.ssedesk"));
        const QString out = m_dir.filePath(QStringLiteral("never.ssedesk"));

        // WHEN it is backed up
        const SsedeskRun run = backUp(missing, out);

        // THEN it is refused, and neither file nor folder was created
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(QStringLiteral("%1 does not exist").arg(missing)),
            qPrintable(run.err()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo"))));
    }

    void shouldRequireBothFiles()
    {
        // WHEN backup is run without --out
        const SsedeskRun run({ QStringLiteral("backup"), QStringLiteral("--database"), m_demo });

        // THEN it says what is missing, with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("--out")), qPrintable(run.err()));
    }
};

QTEST_GUILESS_MAIN(BackupVerbTest)
#include "backupverbtest.moc"
