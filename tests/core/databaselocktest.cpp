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

namespace {

// The lock holder in a process of its own, as a second instance of the application would be.
class LockHolder
{
public:
    explicit LockHolder(const QString &database)
    {
        m_process.start(QStringLiteral(SSEDESK_LOCKHOLDER), { database });
        if (!m_process.waitForReadyRead(30000) || m_process.readLine() != "locked\n")
            qFatal("lockholder did not take the lock: %s",
                m_process.readAllStandardError().constData());
    }
    ~LockHolder()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    qint64 pid() const { return m_process.processId(); }
    void killHard()
    {
        m_process.kill(); // SIGKILL: no destructor runs, the lock file stays behind
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(path));
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

class DatabaseLockTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void shouldRefuseASecondLockAndNameTheHolder()
    {
        // GIVEN a unit locked by this process
        const QString path = pathOf(QStringLiteral("twice.ssedesk"));
        auto first = DatabaseLock::acquire(path);
        QVERIFY2(first, qPrintable(first.error().message()));

        // WHEN the lock is asked for again, as a second window would
        const auto second = DatabaseLock::acquire(path);

        // THEN it is refused as busy, naming this process and this host
        QVERIFY(!second);
        QCOMPARE(second.error().code(), Error::Code::Busy);
        const QString expected
            = QStringLiteral("held by process %1 (%2) on host %3 since ")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QFileInfo(QCoreApplication::applicationFilePath()).fileName(),
                      QSysInfo::machineHostName());
        QVERIFY2(second.error().message().contains(expected), qPrintable(second.error().message()));
        QVERIFY2(second.error().message().startsWith(path), qPrintable(second.error().message()));
    }

    void shouldFreeTheUnitWhenTheHolderCloses()
    {
        // GIVEN a unit locked, then released
        const QString path = pathOf(QStringLiteral("released.ssedesk"));
        {
            auto lock = DatabaseLock::acquire(path);
            QVERIFY(lock);
            QVERIFY(QFileInfo::exists(DatabaseLock::lockFilePath(path)));
        }

        const bool leftBehind = QFileInfo::exists(DatabaseLock::lockFilePath(path));

        // WHEN it is asked for again
        const auto again = DatabaseLock::acquire(path);

        // THEN the lock file was gone in between, and the lock is granted
        QVERIFY(!leftBehind);
        QVERIFY2(again, qPrintable(again.error().message()));
    }

    void shouldRefuseWhileAnotherProcessHoldsTheUnit()
    {
        // GIVEN a unit locked by another process
        const QString path = pathOf(QStringLiteral("other.ssedesk"));
        LockHolder holder(path);

        // WHEN this process asks for the lock
        const auto lock = DatabaseLock::acquire(path);

        // THEN it is refused, and the holder is that process on this host, since just now
        QVERIFY(!lock);
        QCOMPARE(lock.error().code(), Error::Code::Busy);
        QVERIFY2(lock.error().message().contains(
                     QStringLiteral("held by process %1 (lockholder)").arg(holder.pid())),
            qPrintable(lock.error().message()));
        const auto found = DatabaseLock::holderOf(path);
        QVERIFY(found);
        QCOMPARE(found->pid, holder.pid());
        QCOMPARE(found->hostName, QSysInfo::machineHostName());
        QCOMPARE(found->application, QStringLiteral("lockholder"));
        QVERIFY(found->isOnThisHost);
        QVERIFY(qAbs(found->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void shouldTakeOverTheLockOfAKilledProcess()
    {
        // GIVEN a unit whose holder was killed with SIGKILL, leaving its lock file behind
        const QString path = pathOf(QStringLiteral("killed.ssedesk"));
        LockHolder holder(path);
        holder.killHard();
        QVERIFY(QFileInfo::exists(DatabaseLock::lockFilePath(path)));

        // WHEN the next program asks for the lock
        const auto lock = DatabaseLock::acquire(path);

        // THEN it gets it at once, and the lock file now names this process
        QVERIFY2(lock, qPrintable(lock.error().message()));
        QCOMPARE(DatabaseLock::holderOf(path)->pid, QCoreApplication::applicationPid());
    }

    void shouldTakeOverALockFileWhoseProcessIsGone()
    {
        // GIVEN a lock file from this host whose process no longer runs
        const QString path = pathOf(QStringLiteral("stale.ssedesk"));
        writeFile(DatabaseLock::lockFilePath(path),
            QByteArray::number(deadPid()) + "\nssedesk\n" + QSysInfo::machineHostName().toUtf8()
                + '\n');

        // WHEN the lock is asked for
        const auto lock = DatabaseLock::acquire(path);

        // THEN it is granted
        QVERIFY2(lock, qPrintable(lock.error().message()));
        QCOMPARE(DatabaseLock::holderOf(path)->pid, QCoreApplication::applicationPid());
    }

    void shouldLeaveALockFromAnotherHostAlone()
    {
        // GIVEN a lock file written on another machine of the office, a week ago
        const QString path = pathOf(QStringLiteral("shared.ssedesk"));
        const QString lockPath = DatabaseLock::lockFilePath(path);
        const QByteArray recorded = "4242\nssedesk\ngeneva-ws12\nother-machine-id\nother-boot\n";
        writeFile(lockPath, recorded);
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        const QDateTime weekAgo = QDateTime(QDate(2026, 6, 8), QTime(9, 30));
        QVERIFY(lockFile.setFileTime(weekAgo, QFileDevice::FileModificationTime));
        lockFile.close();

        // WHEN the lock is asked for here
        const auto lock = DatabaseLock::acquire(path);

        // THEN it is refused with the holder and what to do if that machine crashed, and the
        // lock file is as it was: its age alone proves nothing
        QVERIFY(!lock);
        QCOMPARE(lock.error().code(), Error::Code::Busy);
        QVERIFY2(lock.error().message().contains(
                     QStringLiteral("held by process 4242 (ssedesk) on host geneva-ws12 since "
                                    "2026-06-08 09:30")),
            qPrintable(lock.error().message()));
        QVERIFY2(lock.error().message().contains(QStringLiteral("delete %1").arg(lockPath)),
            qPrintable(lock.error().message()));
        QCOMPARE(contentsOf(lockPath), recorded);
        QVERIFY(!DatabaseLock::holderOf(path)->isOnThisHost);
    }

    void shouldCreateTheFolderOfANewUnit()
    {
        // GIVEN a database path in a folder that does not exist yet, as on a first start
        const QString path = pathOf(QStringLiteral("new/folder/unit.ssedesk"));

        // WHEN the lock is taken
        const auto lock = DatabaseLock::acquire(path);

        // THEN it is, in the new folder
        QVERIFY2(lock, qPrintable(lock.error().message()));
        QVERIFY(QFileInfo::exists(DatabaseLock::lockFilePath(path)));
    }

    void shouldSayNobodyHoldsAFreeUnit()
    {
        // GIVEN a unit nobody has locked WHEN its holder is asked for THEN there is none
        QVERIFY(!DatabaseLock::holderOf(pathOf(QStringLiteral("free.ssedesk"))));
    }
};

QTEST_GUILESS_MAIN(DatabaseLockTest)
#include "databaselocktest.moc"
