#ifndef CORE_STORAGELOCATION_H
#define CORE_STORAGELOCATION_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Core {

// Where a database file lives, as far as its safety goes. SQLite relies on the file system's
// locks to keep two writers apart, and network file systems (NFS, SMB, SSHFS) implement them
// loosely or not at all: two people working on one unit file over a share can damage it. The
// GUI shows the warning; the command-line verbs that write print it; neither refuses, since a
// single user on a share may know what they are doing.
class StorageLocation
{
    Q_DECLARE_TR_FUNCTIONS(Core::StorageLocation)
public:
    // What kind of network share a database at `path` would be on ("an NFS share"), or nothing
    // when it is on a local disk or the question cannot be answered. The file need not exist:
    // its nearest existing folder is asked.
    static std::optional<QString> isNetworkShare(const QString &path);
    // What a person reads about a database on a network share of that kind.
    static QString networkShareWarning(const QString &path, const QString &shareKind);

    // The decision itself, from what the kernel says of a file system: the statfs() magic
    // number and, for a FUSE file system, the mount's type in /proc/self/mountinfo
    // ("fuse.sshfs"). Apart so that tests can reach it: CI has no network share to mount.
    static std::optional<QString> shareKindOf(quint64 magic, const QString &mountType);
    // The file system type mountinfo gives for the mount of device `device` ("0:52"), or an
    // empty string when no line names it.
    static QString mountTypeOf(const QByteArray &mountInfo, const QString &device);
};

} // namespace Core

#endif
