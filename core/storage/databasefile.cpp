#include "databasefile.h"

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Core {

namespace {

// Offsets in the 100-byte SQLite database header (https://sqlite.org/fileformat.html).
constexpr int headerSize = 100;
// The read and write format versions: 2 in WAL mode.
constexpr int readVersionOffset = 18;
constexpr int writeVersionOffset = 19;
constexpr int schemaCookieOffset = 40;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;

qint32 bigEndianAt(const QByteArray &header, int offset)
{
    return qFromBigEndian<qint32>(header.constData() + offset);
}

Error notOurs(const QString &path, const QString &why)
{
    return Error(Error::Code::NotOurs,
        DatabaseFile::tr("%1 is not an SSE Unit Desk database (%2). It was left untouched.")
            .arg(path, why));
}

} // namespace

Result<DatabaseFile::Header> DatabaseFile::inspect(const QString &path, int newestKnownVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Header { Kind::Missing, 0 };
    if (info.isDir())
        return notOurs(path, tr("it is a folder"));
    if (info.size() == 0)
        return Header { Kind::Empty, 0 };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            Error::Code::Storage, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return notOurs(path, tr("it is not an SQLite file"));

    const qint32 applicationId = bigEndianAt(header, applicationIdOffset);
    const qint32 userVersion = bigEndianAt(header, userVersionOffset);
    if (applicationId == 0 && bigEndianAt(header, schemaCookieOffset) == 0)
        return Header { Kind::ForeignEmptySqlite, 0 };
    if (applicationId != Database::applicationId)
        return notOurs(path, tr("it belongs to another application"));
    if (userVersion > newestKnownVersion)
        return Error(Error::Code::TooNew,
            tr("%1 was written by a newer version of SSE Unit Desk (schema %2; this version "
               "knows up to %3). Update the application to open it. The file was left untouched.")
                .arg(path)
                .arg(userVersion)
                .arg(newestKnownVersion));
    const bool walMode = header.at(readVersionOffset) == 2 && header.at(writeVersionOffset) == 2;
    return Header { Kind::Ours, userVersion, walMode };
}

} // namespace Core
