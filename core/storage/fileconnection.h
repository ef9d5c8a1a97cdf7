#ifndef CORE_FILECONNECTION_H
#define CORE_FILECONNECTION_H

#include "../result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace Core {

// A named Qt Sql connection to a database file other than the live one (a backup being checked,
// a damaged file being read, a salvage being written), removed when destroyed. A read-only
// connection never writes to the database file: checking a file must not change it. (Beside a
// WAL file SQLite still creates its empty -wal and -shm companions, which it needs even to read.)
class FileConnection
{
    Q_DECLARE_TR_FUNCTIONS(Core::FileConnection)

public:
    enum class Mode { ReadOnly, ReadWrite };

    ~FileConnection();
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    static Result<std::unique_ptr<FileConnection>> open(const QString &path, Mode mode);

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // For the SQLite C API (the online backup); null if the driver is not SQLite.
    sqlite3 *handle() const;
    // The first column of every row `statement` answers: what PRAGMA checks report.
    Result<QStringList> lines(const QString &statement) const;

    // The handle of any Qt Sql connection to SQLite, the live one included.
    static sqlite3 *handleOf(const QSqlDatabase &connection);
    // First column of every row, for any connection: shared by the checks on live and copied files.
    static Result<QStringList> linesOf(const QSqlDatabase &connection, const QString &statement);

private:
    FileConnection(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

} // namespace Core

#endif
