#include "stagedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace App {

namespace {

// What SQLite may leave beside a database: a rollback journal, or a WAL file and its index.
const QStringList sideFileSuffixes = {
    QStringLiteral("-journal"),
    QStringLiteral("-wal"),
    QStringLiteral("-shm"),
};

Core::Error storageError(const QString &message)
{
    return Core::Error(Core::Error::Code::Storage, message);
}

} // namespace

StagedFile::StagedFile(QString target) : m_target(std::move(target)) { }

StagedFile::~StagedFile()
{
    if (!m_committed)
        discard();
}

Core::Status StagedFile::stage(bool copyTarget)
{
    const QFileInfo target(m_target);
    if (!QDir().mkpath(target.absolutePath()))
        return storageError(tr("The folder %1 cannot be created.").arg(target.absolutePath()));
    // Hidden and in the same folder: the final rename then stays on one file system.
    QTemporaryFile staging(target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".XXXXXX.part"));
    staging.setAutoRemove(false);
    if (!staging.open())
        return storageError(tr("A temporary file cannot be created next to %1: %2")
                                .arg(m_target, staging.errorString()));
    m_path = staging.fileName();
    staging.close();
    if (target.exists())
        QFile::setPermissions(m_path, QFile::permissions(m_target));
    return copyTarget ? copyTargetInto(m_path) : Core::Status();
}

Core::Status StagedFile::copyTargetInto(const QString &stagingPath) const
{
    QFile source(m_target);
    QFile copy(stagingPath);
    if (!source.open(QIODevice::ReadOnly))
        return storageError(tr("%1 cannot be read: %2").arg(m_target, source.errorString()));
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return storageError(tr("%1 cannot be written: %2").arg(stagingPath, copy.errorString()));
    constexpr qint64 chunkSize = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(chunkSize);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size())
            return storageError(tr("Copying %1 failed: %2")
                                    .arg(m_target, source.errorString() + copy.errorString()));
    }
    return {};
}

Core::Status StagedFile::commit()
{
    for (const QString &suffix : sideFileSuffixes) {
        if (QFileInfo::exists(m_path + suffix))
            return storageError(tr("The staged database %1 is still in use.").arg(m_path));
    }
    // POSIX rename replaces the target atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(m_target).constData())
        != 0)
        return storageError(tr("%1 cannot be replaced: %2")
                                .arg(m_target, QString::fromLocal8Bit(std::strerror(errno))));
    m_committed = true;
    return {};
}

void StagedFile::discard()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    for (const QString &suffix : sideFileSuffixes)
        QFile::remove(m_path + suffix);
}

} // namespace App
