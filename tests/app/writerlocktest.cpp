#include "databasefiles.h"
#include "ssedeskrun.h"
#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

const QByteArray newPeople
    = "name,email,position title,category,grade,duty station,languages,supervisor email\n"
      "Kofi Boateng,k.boateng@unit.test,JPO - SSE finance,jpo,P2,HQ Geneva,EN,\n";

const QByteArray planRows = "kind,objective title,activity title,indicator,date,description\n"
                            "objective,Map cooperatives in crisis settings,,,2026-09-15,\n";

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(path));
}

// A pid that no process has: one of a child that has ended.
qint64 deadPid()
{
    QProcess child;
    child.start(QStringLiteral("true"));
    if (!child.waitForStarted())
        qFatal("cannot start true");
    const qint64 pid = child.processId();
    child.waitForFinished();
    return pid;
}

} // namespace

// The command line under the one-writer rule: while another program (here, this test) has a
// unit open for writing, the verbs that change it refuse and name the holder, and the verbs
// that read it work on.
class WriterLockTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_people;
    QString m_plan;

    QString demoCopy(const QString &folder)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString path = m_dir.filePath(folder + QStringLiteral("/unit.ssedesk"));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo unit");
        return path;
    }

    QStringList argumentsFor(const QString &verb, const QString &database) const
    {
        const QStringList target { QStringLiteral("--database"), database };
        if (verb == QLatin1String("demo"))
            return QStringList { verb } + target;
        if (verb == QLatin1String("import people"))
            return QStringList { QStringLiteral("import"), QStringLiteral("people") } + target
                + QStringList { QStringLiteral("--file"), m_people };
        if (verb == QLatin1String("import workplan"))
            return QStringList { QStringLiteral("import"), QStringLiteral("workplan") } + target
                + QStringList { QStringLiteral("--file"), m_plan, QStringLiteral("--person"),
                      QStringLiteral("n.elkhoury@unitdesk.example") };
        if (verb == QLatin1String("restore"))
            return QStringList { verb } + target + QStringList { QStringLiteral("--from"), m_demo };
        if (verb == QLatin1String("check"))
            return QStringList { verb } + target;
        if (verb == QLatin1String("backup"))
            return QStringList { verb } + target
                + QStringList { QStringLiteral("--out"), database + QStringLiteral(".copy") };
        return QStringList { QStringLiteral("export"), QStringLiteral("calendar") } + target
            + QStringList { QStringLiteral("--out"), database + QStringLiteral(".ics") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.ssedesk"));
        writeDemoUnit(m_demo);
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_demo, QStringLiteral("PRAGMA journal_mode = WAL"));
        m_people = m_dir.filePath(QStringLiteral("people.csv"));
        writeFile(m_people, newPeople);
        m_plan = m_dir.filePath(QStringLiteral("plan.csv"));
        writeFile(m_plan, planRows);
    }

    void shouldRefuseToWriteWhileAnotherProgramHoldsTheUnit_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : { "demo", "import people", "import workplan", "restore" })
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void shouldRefuseToWriteWhileAnotherProgramHoldsTheUnit()
    {
        // GIVEN a unit this process holds for writing (a new file for the demo, which writes
        // only into one)
        QFETCH(QString, verb);
        const QString folder = QString(verb).replace(QLatin1Char(' '), QLatin1Char('-'));
        QDir().mkpath(m_dir.filePath(folder));
        const QString database = verb == QLatin1String("demo")
            ? m_dir.filePath(folder + QStringLiteral("/new.ssedesk"))
            : demoCopy(folder);
        const QByteArray before = digestOf(database);
        auto lock = DatabaseLock::acquire(database);
        QVERIFY2(lock, qPrintable(lock.error().message()));
        const QStringList filesBefore = filesIn(m_dir.filePath(folder));

        // WHEN the verb is run on it
        const SsedeskRun run(argumentsFor(verb, database));

        // THEN it is refused with the holder named, and the unit is byte for byte as it was,
        // with no backup or anything else created beside it
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        const QString holder
            = QStringLiteral("held by process %1 (%2) on host %3 since ")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QFileInfo(QCoreApplication::applicationFilePath()).fileName(),
                      QSysInfo::machineHostName());
        QVERIFY2(run.err().contains(holder), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
        QCOMPARE(digestOf(database), before);
        QCOMPARE(filesIn(m_dir.filePath(folder)), filesBefore);
    }

    void shouldReadWhileAnotherProgramHoldsTheUnit_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : { "check", "backup", "export calendar" })
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void shouldReadWhileAnotherProgramHoldsTheUnit()
    {
        // GIVEN a unit this process holds for writing
        QFETCH(QString, verb);
        const QString database = demoCopy(
            QStringLiteral("read-") + QString(verb).replace(QLatin1Char(' '), QLatin1Char('-')));
        auto lock = DatabaseLock::acquire(database);
        QVERIFY(lock);

        // WHEN a verb that only reads is run on it
        const SsedeskRun run(argumentsFor(verb, database));

        // THEN it works as ever
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
    }

    void shouldTakeOverTheLockOfAProgramThatDied()
    {
        // GIVEN a unit whose lock file was left by a process that has since died
        const QString database = demoCopy(QStringLiteral("stale"));
        writeFile(DatabaseLock::lockFilePath(database),
            QByteArray::number(deadPid()) + "\nssedesk\n" + QSysInfo::machineHostName().toUtf8()
                + '\n');

        // WHEN people are imported
        const SsedeskRun run(argumentsFor(QStringLiteral("import people"), database));

        // THEN the import goes ahead, and the lock is released at the end
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY2(run.out().startsWith(QStringLiteral("1 person added")), qPrintable(run.out()));
        QVERIFY(!QFileInfo::exists(DatabaseLock::lockFilePath(database)));
    }
};

QTEST_GUILESS_MAIN(WriterLockTest)
#include "writerlocktest.moc"
