#include "backupservice.h"

#include "audittriggers.h"
#include "database.h"
#include "fileconnection.h"
#include "integritycheck.h"
#include "schemamigrations.h"
#include "verifiedcopy.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Core {

namespace {

constexpr qint64 day = 24 * 60 * 60;

} // namespace

BackupService::BackupService(const Database &database, const BackupRotation::Policy &policy)
    : m_database(database), m_policy(policy)
{
}

BackupFolder BackupService::folder() const
{
    return BackupFolder(m_database.path());
}

Status BackupService::backUpTo(const QString &destination) const
{
    if (m_database.isServer())
        return serverRefusal();
    return VerifiedCopy::write(m_database.connection(), destination, m_database.schemaVersion());
}

Result<BackupFolder::Backup> BackupService::backUp(
    BackupFolder::Reason reason, const QDateTime &now)
{
    auto backup = take(reason, now);
    if (!backup)
        return backup;
    if (Status pruned = folder().prune(now, m_policy); !pruned)
        return pruned.error().withContext(
            tr("The backup was made, but older ones were not thinned"));
    return backup;
}

Result<QList<BackupFolder::Backup>> BackupService::list() const
{
    return folder().list();
}

Result<std::optional<BackupFolder::Backup>> BackupService::backUpIfDue(const QDateTime &now)
{
    if (m_database.isServer())
        return std::optional<BackupFolder::Backup>();
    auto backups = list();
    if (!backups)
        return backups.error();
    if (!backups.value().isEmpty() && backups.value().first().takenAt.secsTo(now) < day)
        return std::optional<BackupFolder::Backup>();
    auto backup = backUp(BackupFolder::Reason::Daily, now);
    if (!backup)
        return backup.error();
    return std::optional<BackupFolder::Backup>(backup.value());
}

void BackupService::noteChange(const QDateTime &now)
{
    if (!m_firstChangeNotBackedUp.isValid())
        m_firstChangeNotBackedUp = now;
}

Result<std::optional<BackupFolder::Backup>> BackupService::backUpIfChangedFor(
    const QDateTime &now, int minutes)
{
    if (m_database.isServer() || !hasChangesSinceLastBackup()
        || m_firstChangeNotBackedUp.secsTo(now) < qint64(minutes) * 60)
        return std::optional<BackupFolder::Backup>();
    auto backup = backUp(BackupFolder::Reason::Auto, now);
    if (!backup)
        return backup.error();
    return std::optional<BackupFolder::Backup>(backup.value());
}

Result<BackupFolder::Backup> BackupService::restore(const QString &backupPath, const QDateTime &now)
{
    if (m_database.isServer())
        return serverRefusal();
    const QString context = tr("Restoring %1").arg(backupPath);
    // A restore replaces everyone's work: in a unit with accounts, the unit head's decision.
    if (const auto &actor = m_database.actor(); actor && actor->role != Actor::Role::UnitHead)
        return Error(Error::Code::Forbidden,
            tr("Only the unit head may restore a backup: it replaces everyone's work."));
    if (auto verified = IntegrityCheck::verifyCopy(backupPath); !verified)
        return verified.error().withContext(context);
    // Taken before, pruned after: thinning could otherwise delete the very backup chosen.
    auto before = take(BackupFolder::Reason::PreRestore, now);
    if (!before)
        return before.error().withContext(context);
    // This connection's audit triggers name the tables of the schema being replaced: they go
    // before the copy, and the next change makes them again for the restored schema, whatever
    // became of the copy.
    m_database.holdWriteRules();
    if (Status dropped = AuditTriggers::uninstall(m_database); !dropped) {
        m_database.renewWriteRules();
        return dropped.error().withContext(context);
    }
    Status restored = copyInto(backupPath);
    if (restored)
        restored = SchemaMigrations::migrate(m_database, m_database.schemaVersion());
    m_database.renewWriteRules();
    if (!restored)
        return restored.error().withContext(context);
    if (Status pruned = folder().prune(now, m_policy); !pruned)
        return pruned.error().withContext(context);
    return before;
}

Error BackupService::serverRefusal()
{
    return Error::validation(tr("A unit on a server is backed up by the server's administrators "
                                "(pg_dump), not by SSE Unit Desk."));
}

Result<BackupFolder::Backup> BackupService::take(BackupFolder::Reason reason, const QDateTime &now)
{
    if (m_database.isServer())
        return serverRefusal();
    if (m_database.path() == QLatin1String(":memory:"))
        return Error::validation(tr("A database in memory has no backup folder."));
    // A file still being checked is copied once found healthy: thinning after a copy of a
    // damaged file could delete a good backup.
    if (Status healthy = m_database.awaitVerification(); !healthy)
        return healthy.error();
    const BackupFolder backups = folder();
    const QString path = backups.newFilePath(reason, now);
    if (Status written = backUpTo(path); !written)
        return written.error();
    m_firstChangeNotBackedUp = QDateTime();
    return *BackupFolder::backupAt(path);
}

// The online backup API copies the backup into the live connection rather than closing it and
// swapping files: the copy runs under the live connection's write lock in one step, so another
// reader (a second instance, `ssedesk check`) sees the old contents or the new, never a mix;
// the Database, its connection and every repository stay valid; and a file renamed under an
// open connection would leave that connection reading the deleted one.
Status BackupService::copyInto(const QString &backupPath) const
{
    auto source = FileConnection::open(backupPath, FileConnection::Mode::ReadOnly);
    if (!source)
        return source.error();
    sqlite3 *destination = FileConnection::handleOf(m_database.connection());
    sqlite3_backup *copy
        = sqlite3_backup_init(destination, "main", source.value()->handle(), "main");
    if (!copy)
        return Error(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(destination)));
    const int stepped = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    if (stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED)
        return Database::busy(m_database.path());
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Error(Error::Code::Storage,
            tr("The backup could not be copied into the database: %1")
                .arg(QString::fromUtf8(
                    sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished))));
    return {};
}

} // namespace Core
