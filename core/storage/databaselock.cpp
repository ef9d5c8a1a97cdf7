#include "databaselock.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace Core {

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath), m_file(lockFilePath(databasePath))
{
    // QLockFile's default treats a lock older than 30 s as abandoned, but a unit stays open
    // for days. With no time limit a lock is stale only when its process is gone (or the
    // machine rebooted), which QLockFile checks on this host through the pid, the executable
    // name behind it and the boot id.
    m_file.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

QString DatabaseLock::lockFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &databasePath)
{
    // The lock comes before the database, which may be about to be created in a new folder.
    const QString folder = QFileInfo(databasePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error(Error::Code::Storage, tr("The folder %1 cannot be created.").arg(folder));
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    if (lock->m_file.tryLock(0))
        return lock;
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError:
        return heldBy(databasePath, holderOf(databasePath));
    case QLockFile::PermissionError:
        return Error(Error::Code::Storage,
            tr("%1 cannot be opened for writing: the lock file %2 cannot be created in its "
               "folder (no permission to write there).")
                .arg(databasePath, lockFilePath(databasePath)));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error(Error::Code::Storage,
        tr("%1 cannot be opened for writing: the lock file %2 cannot be written (is the disk "
           "full?).")
            .arg(databasePath, lockFilePath(databasePath)));
}

std::optional<DatabaseLock::Holder> DatabaseLock::holderOf(const QString &databasePath)
{
    const QLockFile file(lockFilePath(databasePath));
    Holder holder;
    if (!file.getLockInfo(&holder.pid, &holder.hostName, &holder.application))
        return std::nullopt;
    holder.since = QFileInfo(file.fileName()).lastModified().toUTC();
    holder.isOnThisHost = holder.hostName == QSysInfo::machineHostName();
    return holder;
}

QString DatabaseLock::Holder::text() const
{
    const QString when = since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (application.isEmpty())
        return tr("process %1 on host %2 since %3").arg(QString::number(pid), hostName, when);
    return tr("process %1 (%2) on host %3 since %4")
        .arg(QString::number(pid), application, hostName, when);
}

// The lock file can vanish between the refusal and the reading of it: the holder just closed.
// Trying again is then the right advice, which the message gives either way.
Error DatabaseLock::heldBy(const QString &databasePath, const std::optional<Holder> &holder)
{
    if (!holder)
        return Error(Error::Code::Busy,
            tr("%1 is open for writing in another program; close it there, or try again in a "
               "moment.")
                .arg(databasePath));
    QString message = tr("%1 is open for writing in another program: held by %2. Only one "
                         "program may change a unit at a time; close it there and try again.")
                          .arg(databasePath, holder->text());
    // A lock from this machine whose process died is taken over without asking; one from
    // another machine cannot be checked, and may outlive a crash there.
    if (!holder->isOnThisHost)
        message += QLatin1Char(' ')
            + tr("If SSE Unit Desk is no longer running on %1, delete %2.")
                  .arg(holder->hostName, lockFilePath(databasePath));
    return Error(Error::Code::Busy, message);
}

} // namespace Core
