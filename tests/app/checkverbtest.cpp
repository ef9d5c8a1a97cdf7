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

SsedeskRun check(const QString &path)
{
    return SsedeskRun({ QStringLiteral("check"), QStringLiteral("--database"), path });
}

QStringList linesOf(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class CheckVerbTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A copy of the demo unit, alone in a folder of its own.
    QString demoCopy(const QString &folder)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString path = m_dir.filePath(folder + QStringLiteral("/unit.ssedesk"));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo unit");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.ssedesk"));
        writeDemoUnit(m_demo);
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_demo, QStringLiteral("PRAGMA journal_mode = WAL"));
    }

    void shouldFindTheDemoUnitHealthyAndLeaveItUntouched()
    {
        // GIVEN the demo unit
        const QString path = demoCopy(QStringLiteral("healthy"));
        const QByteArray before = digestOf(path);

        // WHEN it is checked
        const SsedeskRun run = check(path);

        // THEN the verdict is healthy in one line, the exit status 0, and the file byte for byte
        // as it was; beside it only SQLite's companions for reading a WAL file, the log empty
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(linesOf(run.out()).size(), 1);
        QVERIFY2(run.out().startsWith(path + QStringLiteral(": healthy")), qPrintable(run.out()));
        QCOMPARE(run.err(), QString());
        QCOMPARE(digestOf(path), before);
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("healthy"))),
            QStringList({ QStringLiteral("unit.ssedesk"), QStringLiteral("unit.ssedesk-shm"),
                QStringLiteral("unit.ssedesk-wal") }));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }

    void shouldListEachRowWhoseParentIsMissing()
    {
        // GIVEN the demo unit with an objective deleted behind the foreign keys' back, as
        // another program could
        const QString path = demoCopy(QStringLiteral("orphans"));
        execute(path,
            QStringLiteral(
                "DELETE FROM objective WHERE id = (SELECT min(objective_id) FROM activity)"));
        const QByteArray before = digestOf(path);

        // WHEN it is checked
        const SsedeskRun run = check(path);

        // THEN it is not healthy: a count, then each orphan on a line of its own, the way out
        // on standard error, exit status 1, and the file unchanged
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        const QStringList lines = linesOf(run.out());
        const qsizetype problems = lines.size() - 1;
        QVERIFY(problems >= 1);
        QCOMPARE(lines.first(),
            problems == 1
                ? path + QStringLiteral(": not healthy, 1 problem found:")
                : path + QStringLiteral(": not healthy, %1 problems found:").arg(problems));
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.contains(QStringLiteral("refers to a missing row of table objective")),
                qPrintable(line));
        QVERIFY2(run.err().contains(QStringLiteral("ssedesk restore --database %1").arg(path)),
            qPrintable(run.err()));
        QCOMPARE(digestOf(path), before);
    }

    void shouldFindADamagedPage()
    {
        // GIVEN the demo unit with one page overwritten, as a bad sector would
        const QString path = demoCopy(QStringLiteral("damaged"));
        damageLeafPage(path, QStringLiteral("progress_entry"));
        const QByteArray before = digestOf(path);

        // WHEN it is checked
        const SsedeskRun run = check(path);

        // THEN it is not healthy, and the damaged file was only read
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.out().contains(QStringLiteral(": not healthy, ")), qPrintable(run.out()));
        QCOMPARE(digestOf(path), before);
    }

    void shouldRefuseAFileItCannotCheck_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("a text file") << QByteArray("Minutes of the NAC meeting\n")
                                     << QStringLiteral("is not an SSE Unit "
                                                       "Desk database");
        QTest::newRow("an empty file") << QByteArray() << QStringLiteral("it is empty or missing");
        QTest::newRow("no file") << QByteArray("none") << QStringLiteral("does not exist");
    }

    void shouldRefuseAFileItCannotCheck()
    {
        // GIVEN a file that holds no unit, or none at all
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/unit.ssedesk");
        if (contents != "none") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        const QStringList filesBefore = filesIn(folder);

        // WHEN it is checked
        const SsedeskRun run = check(path);

        // THEN it is refused with its reason and exit status 1, and nothing was written
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(message), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
        QCOMPARE(filesIn(folder), filesBefore);
        if (contents != "none") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), contents);
        }
    }

    void shouldRequireADatabase()
    {
        // WHEN check is run without --database
        const SsedeskRun run({ QStringLiteral("check") });

        // THEN it asks for one with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("--database")), qPrintable(run.err()));
    }
};

QTEST_GUILESS_MAIN(CheckVerbTest)
#include "checkverbtest.moc"
