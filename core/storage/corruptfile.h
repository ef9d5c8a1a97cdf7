#ifndef CORE_CORRUPTFILE_H
#define CORE_CORRUPTFILE_H

#include "../result.h"
#include "backupfolder.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Core {

// What can be done with a database that failed its check at open (Error::Code::Corrupt). The
// user chooses; nothing is ever deleted:
//  1. quarantine() moves the damaged file aside, which frees its name;
//  2. then either restoreBackup() puts the newest verified backup (newestVerifiedBackup()) in its
//     place, or Salvage::run() copies what can still be read from the quarantined file into it.
class CorruptFile
{
    Q_DECLARE_TR_FUNCTIONS(Core::CorruptFile)

public:
    // Renames NAME to NAME.corrupt, with its -wal and -shm files (SQLite pairs them by name, so
    // the quarantined file keeps its last committed changes); NAME.2.corrupt and so on when an
    // earlier one is there. Gives the new path.
    static Result<QString> quarantine(const QString &path);
    // The newest backup of `databasePath` that passes its checks; the backups are found by the
    // database's original name, quarantined or not.
    static Result<std::optional<BackupFolder::Backup>> newestVerifiedBackup(
        const QString &databasePath);
    // A verified copy of `backupPath` at `databasePath`, which must be free (quarantine first).
    // Opening it afterwards runs the migrations an older backup needs.
    static Status restoreBackup(const QString &backupPath, const QString &databasePath);
};

} // namespace Core

#endif
