#include "database.h"

#include "accessguards.h"
#include "backgroundcheck.h"
#include "backupservice.h"
#include "databasefile.h"
#include "fileconnection.h"
#include "integritycheck.h"
#include "schemamigrations.h"
#include "serverschema.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

namespace Core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ssedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    m_statements.clear();
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, Verification verification)
{
    auto header = DatabaseFile::inspect(path, SchemaMigrations::latestVersion());
    if (!header)
        return header.error();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(
            Error::Code::Storage, tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    auto database = header.value().kind == DatabaseFile::Kind::Ours
        ? openExisting(path, header.value().walMode, verification)
        : createAt(path, -1);
    // The driver's own words for a lock say neither which file nor what to do.
    if (!database && database.error().code() == Error::Code::Busy)
        return busy(path);
    return database;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    const int latest = SchemaMigrations::latestVersion();
    auto header = DatabaseFile::inspect(path, latest);
    if (!header)
        return header.error();
    switch (header.value().kind) {
    case DatabaseFile::Kind::Ours:
        break;
    case DatabaseFile::Kind::Missing:
        return Error::notFound(tr("%1 does not exist.").arg(path));
    case DatabaseFile::Kind::Empty:
    case DatabaseFile::Kind::ForeignEmptySqlite:
        return Error::notFound(tr("%1 holds no unit yet: there is nothing to read.").arg(path));
    }
    if (header.value().schemaVersion < latest)
        return Error(Error::Code::Storage,
            tr("%1 was written by an older version of SSE Unit Desk (schema %2; this version "
               "reads %3). It must be upgraded before it can be read, and a read-only opening "
               "cannot do that: open it once for writing (a backup is taken before any upgrade).")
                .arg(path)
                .arg(header.value().schemaVersion)
                .arg(latest));
    if (Status healthy = IntegrityCheck::quickCheckFile(path); !healthy)
        return healthy.error();
    auto database = openConnection(path, false, Access::ReadOnly);
    if (!database && database.error().code() == Error::Code::Busy)
        return busy(path);
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return createAt(QStringLiteral(":memory:"), -1);
}

Result<std::unique_ptr<Database>> Database::openServer(
    const ServerAddress &address, ServerSetUp setUp)
{
    std::unique_ptr<Database> database(new Database(nextConnectionName(), address.display()));
    database->m_server = true;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid())
        return Error(Error::Code::Storage,
            tr("The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)."));
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setUserName(address.user());
    db.setPassword(address.password());
    db.setDatabaseName(address.databaseName());
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=ssedesk"));
    if (!db.open())
        return Error(Error::Code::Storage,
            tr("The server %1 could not be reached or refused the login: %2")
                .arg(address.display(), db.lastError().databaseText().trimmed()));
    if (Status status = database->configureServer(address, setUp); !status)
        return status.error();
    return database;
}

Status Database::configureServer(const ServerAddress &address, ServerSetUp setUp)
{
    // Notices (an index that already exists) are not for the person at the window.
    if (Status status = pragma(QStringLiteral("SET client_min_messages TO warning")); !status)
        return status;
    if (!address.schema().isEmpty()) {
        // ServerAddress accepts only plain lower-case identifiers, and SET takes no bound value.
        if (setUp == ServerSetUp::Create) {
            if (Status status
                = pragma(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(address.schema()));
                !status)
                return status;
        }
        if (Status status = pragma(QStringLiteral("SET search_path TO %1").arg(address.schema()));
            !status)
            return status;
    }
    auto version = ServerSchema::version(*this);
    if (!version)
        return version.error();
    const int latest = SchemaMigrations::latestVersion();
    if (version.value() > latest)
        return Error(Error::Code::TooNew,
            tr("The unit on %1 was written by a newer version of SSE Unit Desk (schema %2; this "
               "version reads up to %3). It was left untouched: use the newer version.")
                .arg(m_path)
                .arg(version.value())
                .arg(latest));
    if (version.value() == 0) {
        SqlStatement tables(*this,
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        if (Status status = tables.exec(); !status)
            return status;
        if (tables.next() && tables.integer(0) > 0)
            return Error(Error::Code::NotOurs,
                tr("%1 holds tables that are not an SSE Unit Desk unit. It was left untouched.")
                    .arg(m_path));
        if (setUp == ServerSetUp::Refuse)
            return Error::notFound(tr("%1 holds no unit yet: its administrator prepares it with "
                                      "\"ssedesk server init\".")
                                       .arg(m_path));
    } else if (version.value() < latest && setUp == ServerSetUp::Refuse) {
        return Error(Error::Code::Storage,
            tr("The unit on %1 is at schema %2 and this version needs %3: its administrator "
               "upgrades it with \"ssedesk server init\" (after taking a backup).")
                .arg(m_path)
                .arg(version.value())
                .arg(latest));
    }
    // Only the owner sets the schema up; a person's login finds it ready.
    if (version.value() == latest && setUp == ServerSetUp::Refuse)
        return {};
    if (Status status = SchemaMigrations::migrate(*this, version.value()); !status)
        return status;
    // Again at every set-up: the rules follow the tables, and this version's own code.
    TransactionGuard transaction(*this);
    if (!transaction.began())
        return transaction.began();
    if (Status status = ServerSchema::installRules(*this); !status)
        return status;
    return transaction.commit();
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, int schemaVersion)
{
    if (QFileInfo::exists(path))
        return Error::conflict(tr("%1 already exists; it was left untouched.").arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Code::Storage,
            tr("The folder %1 cannot be created.").arg(QFileInfo(path).absolutePath()));
    return createAt(path, schemaVersion);
}

Result<std::unique_ptr<Database>> Database::createAt(const QString &path, int schemaVersion)
{
    const bool inMemory = path == QLatin1String(":memory:");
    // A unit's file is its owner's alone: made private before SQLite writes a byte to it, so
    // its journal files, which SQLite gives the same mode, are private too.
    if (!inMemory) {
        QFile file(path);
        if (!file.open(QIODevice::Append)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error(
                Error::Code::Storage, tr("%1 cannot be created: %2").arg(path, file.errorString()));
    }
    auto database = openConnection(path, inMemory);
    if (!database)
        return database;
    const Database &created = *database.value();
    if (Status status = SchemaMigrations::migrate(created, created.schemaVersion(), schemaVersion);
        !status)
        return status.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openExisting(
    const QString &path, bool walMode, Verification verification)
{
    // Checked on a read-only connection of its own: a damaged file is refused before anything,
    // not even a checkpoint on close, can write to it. Alongside only for a file already in WAL
    // mode, so that setting the connection up writes nothing to it.
    std::unique_ptr<BackgroundCheck> alongside;
    if (verification == Verification::Alongside && walMode) {
        alongside = std::make_unique<BackgroundCheck>(path);
    } else if (Status healthy = IntegrityCheck::quickCheckFile(path); !healthy) {
        return healthy.error();
    }
    auto database = openConnection(path, false, Access::ReadWrite, !alongside);
    if (!database)
        return database;
    Database &existing = *database.value();
    existing.m_alongside = std::move(alongside);
    const int version = existing.schemaVersion();
    if (version < SchemaMigrations::latestVersion()) {
        if (Status healthy = existing.awaitVerification(); !healthy)
            return healthy.error();
        BackupService backups(existing);
        if (auto backup = backups.backUp(BackupFolder::Reason::PreMigration); !backup)
            return backup.error().withContext(
                tr("%1 was not upgraded, because the backup taken before every upgrade failed")
                    .arg(path));
    }
    if (Status status = SchemaMigrations::migrate(existing, version); !status)
        return status.error();
    return database;
}

void Database::setCheckpointOnClose(bool checkpoint) const
{
    if (sqlite3 *handle = FileConnection::handleOf(connection()))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, checkpoint ? 0 : 1, nullptr);
}

Status Database::awaitVerification() const
{
    if (m_alongside) {
        m_verification = m_alongside->verdict();
        m_alongside.reset();
        if (m_verification)
            setCheckpointOnClose(true);
    }
    return m_verification;
}

Result<std::unique_ptr<Database>> Database::openConnection(
    const QString &path, bool inMemory, Access access, bool checked)
{
    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    database->m_readOnly = access == Access::ReadOnly;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (!db.isValid())
        return Error(Error::Code::Storage,
            tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)."));
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (database->m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return failure(tr("Opening %1").arg(path), db.lastError());
    // Before anything reads the file: a failure setting the connection up closes it at once.
    if (!checked)
        database->setCheckpointOnClose(false);
    // The journal mode and synchronous settings are the writer's business, and setting them
    // could write; foreign keys only matter to changes, which this connection cannot make.
    if (database->m_readOnly)
        return database;
    if (Status status = database->configure(inMemory); !status)
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
    if (m_server) {
        auto version = ServerSchema::version(*this);
        return version ? version.value() : 0;
    }
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

Status Database::setActor(const Actor &actor, bool signedIn)
{
    m_signedIn.reset();
    // A read-only connection writes nothing, so there is nothing to record or guard: the
    // repositories' read rules still need to know who asks.
    if (m_server) {
        SqlStatement remember(*this,
            QStringLiteral("SELECT set_config('ssedesk.actor_id', :person, false), "
                           "set_config('ssedesk.actor_role', :role, false)"));
        remember
            .bind(QStringLiteral(":person"),
                actor.personId != 0 ? QString::number(actor.personId) : QString())
            .bind(QStringLiteral(":role"),
                signedIn ? Actor::roleKey(actor.role) : QStringLiteral(""));
        if (Status status = remember.exec(); !status)
            return status;
    } else if (!m_readOnly) {
        SqlStatement forget(*this, QStringLiteral("DELETE FROM temp.session_actor"));
        if (Status status = forget.exec(); !status)
            return status;
        if (actor.personId != 0) {
            SqlStatement remember(*this,
                QStringLiteral(
                    "INSERT INTO temp.session_actor (person_id, role) VALUES (:person, :role)"));
            remember.bindId(QStringLiteral(":person"), actor.personId)
                .bind(QStringLiteral(":role"),
                    signedIn ? QVariant(Actor::roleKey(actor.role))
                             : QVariant(QMetaType::fromType<QString>()));
            if (Status status = remember.exec(); !status)
                return status;
        }
    }
    if (signedIn)
        m_signedIn = actor;
    return {};
}

void Database::deferWriteRules(WriteRules make)
{
    m_makeWriteRules = std::move(make);
    m_writeRulesState = m_makeWriteRules ? WriteRulesState::Due : WriteRulesState::None;
}

Status Database::ensureWriteRules() const
{
    if (Status healthy = awaitVerification(); !healthy)
        return healthy;
    if (m_writeRulesState != WriteRulesState::Due)
        return {};
    // Making them runs statements that change the connection's schema: they must not ask again.
    m_writeRulesState = WriteRulesState::Making;
    Status made = m_makeWriteRules(*this);
    m_writeRulesState = made ? WriteRulesState::Made : WriteRulesState::Due;
    return made;
}

void Database::renewWriteRules() const
{
    m_writeRulesState = m_makeWriteRules ? WriteRulesState::Due : WriteRulesState::None;
}

Status Database::checkActingAs(Id personId) const
{
    if (!m_signedIn || m_signedIn->personId == personId)
        return {};
    return Error(Error::Code::Forbidden,
        tr("You are signed in as %1: you cannot act in someone else's name.")
            .arg(m_signedIn->name));
}

Error Database::failure(const QString &context, const QSqlError &error)
{
    // Our own triggers refuse with a recognisable text: the rules of who may change what, and
    // the audit trail that nobody may rewrite.
    if (const QString refusal = AccessGuards::refusal(error.databaseText()); !refusal.isEmpty())
        return Error(Error::Code::Forbidden, refusal);
    if (error.databaseText().contains(QLatin1String("ssedesk:append-only:")))
        return Error(Error::Code::Forbidden,
            tr("The audit trail records what was done; nobody may change or delete it."));
    // Extended result codes carry the primary code in their low byte.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(Error::Code::Busy,
            tr("The database is busy: another program is writing to it; try again in a moment."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(Error::Code::Corrupt,
            context + QStringLiteral(": ") + error.text() + QStringLiteral(" ")
                + tr("The database file is damaged: close it and open it again to restore a "
                     "backup or salvage what can still be read."));
    case SQLITE_READONLY:
        // Opened read-only on purpose (another program holds the unit), or a file or folder the
        // user may not write to: either way SQLite's "attempt to write a readonly database"
        // says neither what happened to the change nor what to do.
        return Error(Error::Code::Storage,
            tr("This database is open read-only: the change was not saved. To change the unit, "
               "open it for writing once no other program has it open, from a file you may "
               "write to."));
    case SQLITE_FULL:
        return Error(Error::Code::Storage,
            context + QStringLiteral(": ")
                + tr("the disk is full. Nothing of this change was saved; free some space and "
                     "try again."));
    case SQLITE_IOERR:
        // A file that may not grow (a quota, a size limit) fails this way rather than as full.
        return Error(Error::Code::Storage,
            context + QStringLiteral(": ")
                + tr("the disk refused to read or write (%1). Nothing of this change was saved; "
                     "if the disk is full, free some space and try again.")
                      .arg(error.databaseText()));
    default:
        return Error(Error::Code::Storage, context + QStringLiteral(": ") + error.text());
    }
}

Error Database::statementFailure(const QString &context, const QSqlError &error) const
{
    return m_server ? serverFailure(context, error) : failure(context, error);
}

Error Database::serverFailure(const QString &context, const QSqlError &error)
{
    const QString text = error.databaseText();
    if (const QString refusal = AccessGuards::refusal(text); !refusal.isEmpty())
        return Error(Error::Code::Forbidden, refusal);
    if (text.contains(QLatin1String("ssedesk:append-only:")))
        return Error(Error::Code::Forbidden,
            tr("The audit trail records what was done; nobody may change or delete it."));
    // SQLSTATE classes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return Error(Error::Code::Busy,
            tr("The server is busy with someone else's change to the same records; try again in "
               "a moment."));
    if (state == QLatin1String("42501"))
        return Error(Error::Code::Forbidden,
            tr("The server refused: your role there may not do this (%1).").arg(text.trimmed()));
    if (state.startsWith(QLatin1String("08")))
        return Error(Error::Code::Storage,
            context + QStringLiteral(": ")
                + tr("the connection to the server was lost. Nothing of this change was saved; "
                     "check the network and try again."));
    if (state == QLatin1String("53100"))
        return Error(Error::Code::Storage,
            context + QStringLiteral(": ")
                + tr("the server's disk is full. Nothing of this change was saved."));
    return Error(Error::Code::Storage, context + QStringLiteral(": ") + text.trimmed());
}

Error Database::busy(const QString &path)
{
    return Error(Error::Code::Busy,
        tr("%1 is busy: another program is writing to it; try again in a moment.").arg(path));
}

Error Database::corrupt(const QString &path, const QString &finding)
{
    return Error(Error::Code::Corrupt,
        tr("%1 is damaged (the integrity check found: %2). It was left as it is. Restore the "
           "newest backup, or salvage what can still be read into a new file.")
            .arg(path, finding));
}

} // namespace Core
