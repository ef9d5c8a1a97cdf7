#include "backupfolder.h"

#include "databasefile.h"
#include "integritycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

namespace Core {

namespace {

const QString backupSuffix = QStringLiteral(".ssedesk");
const QString dateFormat = QStringLiteral("yyyyMMdd");
const QString timeFormat = QStringLiteral("HHmmss.zzz");

const BackupFolder::Reason reasons[] = { BackupFolder::Reason::Daily, BackupFolder::Reason::Auto,
    BackupFolder::Reason::PreMigration, BackupFolder::Reason::PreRestore,
    BackupFolder::Reason::PreImport, BackupFolder::Reason::Manual };

QString stampOf(const QDateTime &takenAt)
{
    const QDateTime utc = takenAt.toUTC();
    return utc.date().toString(dateFormat) + QLatin1Char('T') + utc.time().toString(timeFormat)
        + QLatin1Char('Z');
}

Status remove(const QString &path)
{
    QFile file(path);
    if (!file.remove())
        return Error(Error::Code::Storage,
            BackupFolder::tr("The old backup %1 cannot be removed: %2")
                .arg(path, file.errorString()));
    return {};
}

// A backup cut short by a crash leaves its partial file; one a day old is no one's any more.
Status removeLeftovers(const QDir &folder, const QDateTime &now)
{
    const QFileInfoList partial = folder.entryInfoList(
        { QLatin1Char('*') + BackupFolder::partialSuffix() }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : partial) {
        if (file.lastModified().secsTo(now) < 24 * 60 * 60)
            continue;
        if (Status status = remove(file.absoluteFilePath()); !status)
            return status;
    }
    return {};
}

} // namespace

// The inverse of newFilePath; nothing for a name that is not a backup's. Date and time are read
// apart and joined as UTC, so that no local daylight-saving gap can shift them.
std::optional<BackupFolder::Backup> BackupFolder::backupAt(const QString &path)
{
    const QFileInfo file(path);
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8})T(\\d{6}\\.\\d{3})Z-([a-z-]+)\\.ssedesk$"));
    const QRegularExpressionMatch match = pattern.match(file.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), dateFormat);
    const QTime time = QTime::fromString(match.captured(2), timeFormat);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    for (Reason reason : reasons) {
        if (reasonName(reason) != match.captured(3))
            continue;
        Backup backup;
        backup.path = file.absoluteFilePath();
        backup.takenAt = QDateTime(date, time, Qt::UTC);
        backup.reason = reason;
        backup.size = file.size();
        auto header = DatabaseFile::inspect(backup.path, std::numeric_limits<int>::max());
        backup.schemaVersion = header ? header.value().schemaVersion : 0;
        return backup;
    }
    return std::nullopt;
}

BackupFolder::BackupFolder(const QString &databasePath)
    : m_path(QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups"))
{
}

QString BackupFolder::newFilePath(Reason reason, const QDateTime &takenAt) const
{
    // Two backups in the same millisecond (a test, a fast machine) must not share a time: the
    // rotation tells backups apart by it.
    const QDir folder(m_path);
    QDateTime at = takenAt;
    while (!folder.entryList({ stampOf(at) + QStringLiteral("-*") }, QDir::Files).isEmpty())
        at = at.addMSecs(1);
    return folder.filePath(stampOf(at) + QLatin1Char('-') + reasonName(reason) + backupSuffix);
}

Result<QList<BackupFolder::Backup>> BackupFolder::list() const
{
    const QDir folder(m_path);
    QList<Backup> backups;
    if (!folder.exists())
        return backups;
    const QFileInfoList files
        = folder.entryInfoList({ QLatin1Char('*') + backupSuffix }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (auto backup = backupAt(file.absoluteFilePath()))
            backups.prepend(*backup);
    }
    return backups;
}

Result<std::optional<BackupFolder::Backup>> BackupFolder::newestVerified() const
{
    auto backups = list();
    if (!backups)
        return backups.error();
    for (const Backup &backup : std::as_const(backups.value())) {
        if (IntegrityCheck::verifyCopy(backup.path))
            return std::optional<Backup>(backup);
    }
    return std::optional<Backup>();
}

Status BackupFolder::prune(const QDateTime &now, const BackupRotation::Policy &policy) const
{
    auto backups = list();
    if (!backups)
        return backups.error();
    QList<QDateTime> takenAt;
    for (const Backup &backup : std::as_const(backups.value()))
        takenAt.append(backup.takenAt);
    const QList<QDateTime> kept = BackupRotation::keep(takenAt, now, policy);
    for (const Backup &backup : std::as_const(backups.value())) {
        if (kept.contains(backup.takenAt))
            continue;
        if (Status status = remove(backup.path); !status)
            return status;
    }
    return removeLeftovers(QDir(m_path), now);
}

QString BackupFolder::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::Auto:
        return QStringLiteral("auto");
    case Reason::PreMigration:
        return QStringLiteral("pre-migration");
    case Reason::PreRestore:
        return QStringLiteral("pre-restore");
    case Reason::PreImport:
        return QStringLiteral("pre-import");
    case Reason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

QString BackupFolder::displayName(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("daily");
    case Reason::Auto:
        return tr("automatic, while working");
    case Reason::PreMigration:
        return tr("before an upgrade");
    case Reason::PreRestore:
        return tr("before a restore");
    case Reason::PreImport:
        return tr("before an import");
    case Reason::Manual:
        break;
    }
    return tr("made by hand");
}

QString BackupFolder::partialSuffix()
{
    return QStringLiteral(".part");
}

} // namespace Core
