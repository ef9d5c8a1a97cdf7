#ifndef CORE_DATABASEFILE_H
#define CORE_DATABASEFILE_H

#include "../result.h"

#include <QCoreApplication>
#include <QString>

namespace Core {

// Reads an existing file's SQLite header, without opening it through SQLite, to decide whether
// we may open it at all. A refused file is never touched: not even a -wal file is created.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(Core::DatabaseFile)

public:
    enum class Kind { Missing, Empty, Ours, ForeignEmptySqlite };

    struct Header
    {
        Kind kind = Kind::Missing;
        int schemaVersion = 0; // PRAGMA user_version, for Kind::Ours
        // Already in WAL mode: opening it to write changes nothing in its header.
        bool walMode = false;
    };

    static Result<Header> inspect(const QString &path, int newestKnownVersion);
};

} // namespace Core

#endif
