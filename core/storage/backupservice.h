#ifndef CORE_BACKUPSERVICE_H
#define CORE_BACKUPSERVICE_H

#include "../result.h"
#include "backupfolder.h"
#include "backuprotation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Core {

class Database;

// Backups of the open database: verified copies (see VerifiedCopy) in its backup folder (see
// BackupFolder), thinned by the rotation rule after each new one, and restores from them. When
// to back up is the caller's choice; this class answers whether one is due: on open when the
// newest is a day old, while working after 30 minutes of changes, and always before a
// migration (Database::open), an import and a restore.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(Core::BackupService)

public:
    explicit BackupService(const Database &database, const BackupRotation::Policy &policy = {});

    BackupFolder folder() const;
    BackupRotation::Policy policy() const { return m_policy; }
    void setPolicy(const BackupRotation::Policy &policy) { m_policy = policy; }

    // A verified copy at `destination`, which it replaces only once the copy is verified: for
    // `ssedesk backup --out FILE`. Not part of the rotation.
    Status backUpTo(const QString &destination) const;
    // A new backup in the folder, then the older ones the rotation does not keep are deleted.
    Result<BackupFolder::Backup> backUp(
        BackupFolder::Reason reason, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Newest first.
    Result<QList<BackupFolder::Backup>> list() const;

    // A daily backup when there is none, or the newest (of any reason) is a day old or more.
    Result<std::optional<BackupFolder::Backup>> backUpIfDue(const QDateTime &now);
    // Remembers that a committed change is in no backup yet (the store calls it on changed()).
    void noteChange(const QDateTime &now);
    bool hasChangesSinceLastBackup() const { return m_firstChangeNotBackedUp.isValid(); }
    // From a timer: an automatic backup once the oldest change in no backup is `minutes` old.
    // Nothing changed since the last backup, no backup: a unit left open all week makes none.
    Result<std::optional<BackupFolder::Backup>> backUpIfChangedFor(
        const QDateTime &now, int minutes = 30);

    // Replaces the database's contents with a backup's: the backup is verified first (healthy,
    // ours, not newer than this application), the current contents are backed up (reason
    // PreRestore, returned so the user can be told where they went), and an older backup climbs
    // the migrations after. Listeners must reload everything afterwards.
    Result<BackupFolder::Backup> restore(
        const QString &backupPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static Error serverRefusal();
    Result<BackupFolder::Backup> take(BackupFolder::Reason reason, const QDateTime &now);
    Status copyInto(const QString &backupPath) const;

    const Database &m_database;
    BackupRotation::Policy m_policy;
    QDateTime m_firstChangeNotBackedUp;
};

} // namespace Core

#endif
