#include "corruptfile.h"

#include "fileconnection.h"
#include "integritycheck.h"
#include "verifiedcopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Core {

namespace {

const QStringList companions = { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") };

bool isFree(const QString &path)
{
    return std::none_of(companions.cbegin(), companions.cend(),
        [&path](const QString &suffix) { return QFileInfo::exists(path + suffix); });
}

QString quarantinePathFor(const QString &path)
{
    QString candidate = path + QStringLiteral(".corrupt");
    for (int number = 2; !isFree(candidate); ++number)
        candidate = path + QStringLiteral(".%1.corrupt").arg(number);
    return candidate;
}

} // namespace

Result<QString> CorruptFile::quarantine(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(tr("%1 does not exist.").arg(path));
    const QString target = quarantinePathFor(path);
    QStringList moved;
    for (const QString &suffix : companions) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        QFile file(path + suffix);
        if (file.rename(target + suffix)) {
            moved.append(suffix);
            continue;
        }
        // Half a quarantine would part the file from its journal: put back what was moved.
        const QString why = file.errorString();
        for (const QString &back : std::as_const(moved))
            QFile::rename(target + back, path + back);
        return Error(Error::Code::Storage,
            tr("%1 cannot be moved aside to %2: %3").arg(path + suffix, target + suffix, why));
    }
    return target;
}

Result<std::optional<BackupFolder::Backup>> CorruptFile::newestVerifiedBackup(
    const QString &databasePath)
{
    return BackupFolder(databasePath).newestVerified();
}

Status CorruptFile::restoreBackup(const QString &backupPath, const QString &databasePath)
{
    if (!isFree(databasePath))
        return Error::conflict(
            tr("%1 is still there; move the damaged file aside first.").arg(databasePath));
    auto version = IntegrityCheck::verifyCopy(backupPath);
    if (!version)
        return version.error();
    auto backup = FileConnection::open(backupPath, FileConnection::Mode::ReadOnly);
    if (!backup)
        return backup.error();
    return VerifiedCopy::write(backup.value()->connection(), databasePath, version.value());
}

} // namespace Core
