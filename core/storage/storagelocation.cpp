#include "storagelocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>

namespace Core {

namespace {

// statfs() f_type values, from linux/magic.h and the file systems' own headers.
constexpr quint64 nfsMagic = 0x6969;
constexpr quint64 smbMagic = 0x517B;
constexpr quint64 cifsMagic = 0xFF534D42;
constexpr quint64 smb2Magic = 0xFE534D42;
constexpr quint64 cephMagic = 0x00C36400;
constexpr quint64 afsMagic = 0x5346414F;
constexpr quint64 kafsMagic = 0x6B414653;
constexpr quint64 fuseMagic = 0x65735546;

// The nearest folder of `path` that exists: a database about to be created has none yet.
QString existingFolderOf(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    if (!info.isDir())
        info.setFile(info.absolutePath());
    QDir folder(info.absoluteFilePath());
    while (!folder.exists() && !folder.isRoot())
        folder.setPath(QFileInfo(folder.absolutePath()).absolutePath());
    return folder.absolutePath();
}

QString fuseMountType(const QByteArray &folder)
{
    struct stat status
    {
    };
    if (::stat(folder.constData(), &status) != 0)
        return {};
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountInfo.open(QIODevice::ReadOnly))
        return {};
    return StorageLocation::mountTypeOf(mountInfo.readAll(),
        QStringLiteral("%1:%2").arg(major(status.st_dev)).arg(minor(status.st_dev)));
}

} // namespace

std::optional<QString> StorageLocation::isNetworkShare(const QString &path)
{
    const QByteArray folder = QFile::encodeName(existingFolderOf(path));
    struct statfs fileSystem
    {
    };
    if (::statfs(folder.constData(), &fileSystem) != 0)
        return std::nullopt;
    const auto magic = static_cast<quint64>(static_cast<quint32>(fileSystem.f_type));
    // Every FUSE file system has the same magic number; only the mount table says which it is.
    return shareKindOf(magic, magic == fuseMagic ? fuseMountType(folder) : QString());
}

QString StorageLocation::networkShareWarning(const QString &path, const QString &shareKind)
{
    return tr("%1 is on %2. SQLite cannot rely on the locks of a network file system: two "
              "people working on this unit at once can damage it. Keep the unit on a local disk "
              "of one computer, and share exports and backups instead.")
        .arg(path, shareKind);
}

std::optional<QString> StorageLocation::shareKindOf(quint64 magic, const QString &mountType)
{
    switch (magic) {
    case nfsMagic:
        return tr("an NFS share");
    case smbMagic:
    case cifsMagic:
    case smb2Magic:
        return tr("an SMB (Windows) share");
    case cephMagic:
        return tr("a Ceph file system");
    case afsMagic:
    case kafsMagic:
        return tr("an AFS share");
    case fuseMagic:
        break;
    default:
        return std::nullopt;
    }
    if (mountType == QLatin1String("fuse.sshfs"))
        return tr("an SSHFS mount");
    // What the desktop mounts when a user opens smb:// or sftp:// in a file manager.
    if (mountType == QLatin1String("fuse.gvfsd-fuse"))
        return tr("a network location mounted by the desktop (GVfs)");
    return std::nullopt;
}

// A mountinfo line: ID PARENT MAJOR:MINOR ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - TYPE SOURCE
// SUPEROPTIONS (proc(5)). The optional fields vary in number; the lone "-" ends them.
QString StorageLocation::mountTypeOf(const QByteArray &mountInfo, const QString &device)
{
    const QByteArray wanted = device.toLatin1();
    for (const QByteArray &line : mountInfo.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3 || fields.at(2) != wanted)
            continue;
        const qsizetype separator = fields.indexOf(QByteArrayLiteral("-"), 3);
        if (separator >= 0 && separator + 1 < fields.size())
            return QString::fromUtf8(fields.at(separator + 1));
    }
    return {};
}

} // namespace Core
