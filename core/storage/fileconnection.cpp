#include "fileconnection.h"

#include "database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ssedesk-file-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

FileConnection::FileConnection(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

FileConnection::~FileConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<FileConnection>> FileConnection::open(const QString &path, Mode mode)
{
    std::unique_ptr<FileConnection> file(new FileConnection(nextConnectionName(), path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connectionName);
    if (!db.isValid())
        return Error(Error::Code::Storage,
            tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)."));
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Database::failure(tr("Opening %1").arg(path), db.lastError());
    return file;
}

QSqlDatabase FileConnection::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *FileConnection::handle() const
{
    return handleOf(connection());
}

Result<QStringList> FileConnection::lines(const QString &statement) const
{
    return linesOf(connection(), statement);
}

sqlite3 *FileConnection::handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<QStringList> FileConnection::linesOf(
    const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return Database::failure(tr("Running \"%1\"").arg(statement), query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    // A damaged page can stop the answer halfway: that is a failure, not a short answer.
    if (query.lastError().isValid())
        return Database::failure(tr("Running \"%1\"").arg(statement), query.lastError());
    return lines;
}

} // namespace Core
