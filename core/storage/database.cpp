#include "database.h"

#include "databasefile.h"
#include "schemamigrations.h"
#include "sqlstatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStandardPaths>

namespace Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Core::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ssedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A writer waits this long for another writer before giving up with "database is locked".
constexpr int busyTimeoutMs = 5000;

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/unit.ssedesk");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    auto header = DatabaseFile::inspect(path, SchemaMigrations::latestVersion());
    if (!header)
        return header.error();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(
            Error::Code::Storage, tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    return openConnection(path, false);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openConnection(QStringLiteral(":memory:"), true);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path, bool inMemory)
{
    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (!db.isValid())
        return Error(Error::Code::Storage,
            tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)."));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return failure(tr("Opening %1").arg(path), db.lastError());
    if (Status status = database->configure(inMemory); !status)
        return status.error();
    if (Status status = SchemaMigrations::migrate(*database, database->schemaVersion()); !status)
        return status.error();
    return database;
}

Status Database::configure(bool inMemory)
{
    if (Status status = pragma(QStringLiteral("PRAGMA foreign_keys = ON")); !status)
        return status;
    // Read back: an SQLite built without foreign keys accepts the pragma and ignores it.
    if (Status status = pragma(QStringLiteral("PRAGMA foreign_keys"), 1); !status)
        return status;
    if (!inMemory) {
        if (Status status
            = pragma(QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal"));
            !status)
            return status;
    }
    // Every committed progress entry must survive a power cut, not just an application crash.
    return pragma(QStringLiteral("PRAGMA synchronous = FULL"));
}

Status Database::pragma(const QString &statement, const QVariant &expected)
{
    SqlStatement query(*this, statement);
    if (Status status = query.exec(); !status)
        return status;
    if (expected.isValid()) {
        const QString actual = query.next() ? query.text(0) : QString();
        if (actual != expected.toString())
            return Error(Error::Code::Storage,
                tr("The database did not accept \"%1\" (it answered \"%2\").")
                    .arg(statement, actual));
    }
    return {};
}

int Database::schemaVersion() const
{
    SqlStatement query(*this, QStringLiteral("PRAGMA user_version"));
    if (!query.exec() || !query.next())
        return 0;
    return query.integer(0);
}

Result<bool> Database::isEmpty() const
{
    SqlStatement query(*this, QStringLiteral("SELECT EXISTS (SELECT 1 FROM person)"));
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && !query.flag(0);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::failure(const QString &context, const QSqlError &error)
{
    return Error(Error::Code::Storage, context + QStringLiteral(": ") + error.text());
}

} // namespace Core
