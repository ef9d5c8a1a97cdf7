#ifndef CORE_DATABASELOCK_H
#define CORE_DATABASELOCK_H

#include "../result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace Core {

// One writer at a time: a lock file beside the database (unit.ssedesk.lock) that names the
// process holding it. SQLite's own locks last one transaction and say nothing of who holds them;
// this one lasts as long as a program has the unit open for writing, so a second program is told
// who has it instead of having its edits interleaved with the first's. The GUI holds it while a
// unit is open; the command-line verbs that write take it for their run; readers (check, export,
// backup, a read-only window) need none.
//
// A lock left by a process that died (a crash, a kill, a power cut followed by a reboot) on this
// machine is noticed and taken over at once. A lock from another machine cannot be checked from
// here, so it stands until that machine releases it or someone deletes the file.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(Core::DatabaseLock)
public:
    // Who holds a lock, as its file records it.
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString application; // the holder's executable name ("ssedesk")
        QDateTime since; // when the lock was taken: the lock file's time, UTC
        bool isOnThisHost = false;

        // "process 4242 (ssedesk) on host geneva-ws12 since 2026-06-15 10:15"
        QString text() const;
    };

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Takes the lock for the database at `databasePath` (which need not exist yet), released
    // when the returned object is destroyed. Refused with Error::Code::Busy when another live
    // process holds it, the message naming the holder; Error::Code::Storage when the lock file
    // cannot be written (a read-only folder, a full disk).
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString &databasePath);
    // Who holds the lock on `databasePath` now, if anyone does (a stale lock file included).
    static std::optional<Holder> holderOf(const QString &databasePath);
    static QString lockFilePath(const QString &databasePath);

    QString databasePath() const { return m_databasePath; }

private:
    explicit DatabaseLock(const QString &databasePath);
    static Error heldBy(const QString &databasePath, const std::optional<Holder> &holder);

    QString m_databasePath;
    QLockFile m_file;
};

} // namespace Core

#endif
