#include "verifiedcopy.h"

#include "backupfolder.h"
#include "database.h"
#include "integritycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Core {

namespace {

Error cannotWrite(const QString &path, const QString &why)
{
    return Error(Error::Code::Storage,
        VerifiedCopy::tr("The backup %1 cannot be written: %2").arg(path, why));
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status vacuumInto(const QSqlDatabase &source, const QString &path)
{
    QSqlQuery vacuum(source);
    // The file name is bound like any value: VACUUM INTO takes an expression.
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO :path")))
        return Database::failure(VerifiedCopy::tr("Preparing the backup"), vacuum.lastError());
    vacuum.bindValue(QStringLiteral(":path"), path);
    if (!vacuum.exec())
        return Database::failure(
            VerifiedCopy::tr("Writing the backup %1").arg(path), vacuum.lastError());
    return {};
}

// VACUUM INTO does not sync what it wrote: without this, a power cut after the rename could
// leave a backup that names itself verified but holds nothing.
Status flush(const QString &path, int flags)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (descriptor < 0)
        return cannotWrite(path, systemError());
    const bool synced = ::fsync(descriptor) == 0;
    const QString why = synced ? QString() : systemError();
    ::close(descriptor);
    if (!synced)
        return cannotWrite(path, why);
    return {};
}

} // namespace

Status VerifiedCopy::write(
    const QSqlDatabase &source, const QString &destination, int schemaVersion)
{
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(folder))
        return cannotWrite(destination, tr("the folder %1 cannot be created").arg(folder));
    QTemporaryFile partial(destination + QStringLiteral(".XXXXXX") + BackupFolder::partialSuffix());
    if (!partial.open())
        return cannotWrite(destination, partial.errorString());
    // VACUUM INTO writes only into a file that does not exist or is empty, as this one is.
    partial.close();

    if (Status status = vacuumInto(source, partial.fileName()); !status)
        return status;
    auto version = IntegrityCheck::verifyCopy(partial.fileName());
    if (!version)
        return version.error().withContext(tr("Checking the new backup"));
    if (version.value() != schemaVersion)
        return cannotWrite(destination,
            tr("the copy has schema version %1 instead of %2")
                .arg(version.value())
                .arg(schemaVersion));
    if (Status status = flush(partial.fileName(), O_RDONLY); !status)
        return status;
    if (std::rename(QFile::encodeName(partial.fileName()).constData(),
            QFile::encodeName(destination).constData())
        != 0)
        return cannotWrite(destination, systemError());
    partial.setAutoRemove(false);
    // The rename itself is durable only once the folder is.
    return flush(folder, O_RDONLY | O_DIRECTORY);
}

} // namespace Core
