#ifndef CORE_BACKUPFOLDER_H
#define CORE_BACKUPFOLDER_H

#include "../result.h"
#include "backuprotation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Core {

// The folder of one database's backups, beside it: unit.ssedesk keeps them in
// unit.ssedesk.backups/. Each file is named after when it was taken (UTC, to the millisecond,
// so that names sort by time) and why: 20260615T101530.123Z-daily.ssedesk. Anything else in the
// folder is ignored, never deleted, except the leftovers of a backup cut short by a crash.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(Core::BackupFolder)

public:
    enum class Reason { Daily, Auto, PreMigration, PreRestore, PreImport, Manual };

    struct Backup
    {
        QString path;
        QDateTime takenAt; // UTC
        Reason reason = Reason::Manual;
        qint64 size = 0; // bytes
        int schemaVersion = 0; // from the file's header; 0 when the header is not ours
    };

    explicit BackupFolder(const QString &databasePath);

    QString path() const { return m_path; }
    // Where a backup taken at `takenAt` goes: never a file that exists already.
    QString newFilePath(Reason reason, const QDateTime &takenAt) const;
    // The backup at `path`, if the file is named like one.
    static std::optional<Backup> backupAt(const QString &path);
    // Newest first. A folder that does not exist yet holds no backups.
    Result<QList<Backup>> list() const;
    // The newest backup that passes IntegrityCheck::verifyCopy, if any: the one to offer when
    // the database itself is damaged.
    Result<std::optional<Backup>> newestVerified() const;
    // Deletes the backups `policy` does not keep as of `now`.
    Status prune(const QDateTime &now, const BackupRotation::Policy &policy) const;

    // The reason as the file name spells it ("pre-migration"), and as a person reads it.
    static QString reasonName(Reason reason);
    static QString displayName(Reason reason);
    // The suffix of a backup being written, before it is verified and renamed into place.
    static QString partialSuffix();

private:
    QString m_path;
};

} // namespace Core

#endif
