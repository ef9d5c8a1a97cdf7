#ifndef CORE_DATABASE_H
#define CORE_DATABASE_H

#include "../actor.h"
#include "../result.h"
#include "serveraddress.h"
#include "statementcache.h"
#include "verification.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Core {

class BackgroundCheck;

// Owns one named Qt Sql connection to one SSE Unit Desk database and closes it when destroyed:
// a local SQLite file, or a unit's shared PostgreSQL database (openServer). Opening a file checks
// that the file is ours and not from a newer version before anything is written, runs SQLite's
// quick check on it (a damaged file is refused, untouched, with Error::Code::Corrupt), sets the
// connection up for safe writes, backs an older file up, and migrates the schema to the newest
// version. Opened read-only, it does none of the writing: see openReadOnly().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Core::Database)

public:
    // The SQLite header's application_id that marks a file as ours ("SSED").
    static constexpr qint32 applicationId = 0x53534544;
    // A writer waits this long for another writer before giving up with Error::Code::Busy.
    static constexpr int busyTimeoutMs = 5000;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // An older file is checked before it is upgraded, however `verification` asks.
    static Result<std::unique_ptr<Database>> open(
        const QString &path, Verification verification = Verification::First);
    // A connection that never writes to the file: no migration, no backup, no journal settings
    // (changing them writes), and SQLite itself refuses every change (see failure()). For a
    // second program while another holds the DatabaseLock, and for verbs that only read. The
    // file must be one of ours, healthy, and at the newest schema version: the queries need it,
    // and only a writable opening may upgrade it.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);
    static Result<std::unique_ptr<Database>> openInMemory();
    // A new file climbed to `schemaVersion` only, for a salvage: rows read from an older file
    // must land in the schema they were written for, and climb the rest of the ladder after.
    static Result<std::unique_ptr<Database>> create(const QString &path, int schemaVersion);
    // Where the unit's database lives unless --database names another file.
    static QString defaultPath();

    // A unit on a PostgreSQL server, reached as the address's user. The database (or the
    // address's schema) must be one of ours at the newest version, or empty when set-up may
    // create it; only the unit's owner (who ran `ssedesk server init`) may create or upgrade
    // the schema. A server has its own backups and its own checks: none of the file's apply.
    static Result<std::unique_ptr<Database>> openServer(
        const ServerAddress &address, ServerSetUp setUp = ServerSetUp::Refuse);

    // The file's path, or the server's address without its password.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isServer() const { return m_server; }
    int schemaVersion() const;
    // True when no person has been recorded yet: the file may be filled with demo data.
    Result<bool> isEmpty() const;

    // For storage classes only: the UI never sees a connection.
    QSqlDatabase connection() const;
    // For SqlStatement: this connection's prepared statements. Reading never changes what the
    // database holds, so a const Database lends them too.
    StatementCache &statements() const { return m_statements; }
    // The one place driver errors become Errors: the context says what we were doing. A busy
    // or locked file and a damaged one get their own codes, so callers can offer a retry or the
    // way out of a damaged file instead of a bare driver message.
    static Error failure(const QString &context, const QSqlError &error);
    // The same for a statement on this connection, whichever kind of database it is.
    Error statementFailure(const QString &context, const QSqlError &error) const;
    // The messages for those two, naming the file, for where its path is known.
    static Error busy(const QString &path);
    static Error corrupt(const QString &path, const QString &finding);

    // Who this connection's changes are recorded against in the audit trail (0: nobody, the
    // program itself) and, when `signedIn`, whose role bounds what it may change (AccessGuards)
    // and read (the repositories ask actor()).
    Status setActor(const Actor &actor, bool signedIn);
    // The person signed in, whose rules apply; none in a unit without accounts.
    const std::optional<Actor> &actor() const { return m_signedIn; }
    // Refuses a call made in the name of someone other than the person signed in: a repository
    // told "written by X" must not take it on trust.
    Status checkActingAs(Id personId) const;

    // A file's audit trail and access guards are temporary triggers of its connection, and
    // making them costs more than all the rest of opening a unit: they are made before the
    // first change instead, that is before a transaction begins (TransactionGuard) and before a
    // statement changes rows outside one (SqlStatement). A unit opened to be read never pays.
    using WriteRules = std::function<Status(const Database &)>;
    void deferWriteRules(WriteRules make);
    // Makes them now if they are due; a failure refuses the change that asked.
    Status ensureWriteRules() const;
    bool changesNeedPreparing() const
    {
        return m_writeRulesState == WriteRulesState::Due || m_alongside;
    }
    // The verdict of a check made alongside (Corrupt for a damaged file); healthy otherwise.
    // Every change waits for it.
    Status awaitVerification() const;
    // While a restore replaces and migrates the tables they name, no change may make them; once
    // it is done, the next change makes them again for the new tables.
    void holdWriteRules() const { m_writeRulesState = WriteRulesState::Held; }
    void renewWriteRules() const;

private:
    Database(QString connectionName, QString path);
    enum class Access { ReadWrite, ReadOnly };

    // `checked`: false for a file whose check runs alongside; its connection then never
    // checkpoints on close, from the moment it is open, until the check has found it healthy.
    static Result<std::unique_ptr<Database>> openConnection(
        const QString &path, bool inMemory, Access access = Access::ReadWrite, bool checked = true);
    // Climbs a new file (or one with no schema yet) to `schemaVersion` (-1: the newest).
    static Result<std::unique_ptr<Database>> createAt(const QString &path, int schemaVersion);
    // One of ours: checked, backed up before an upgrade, then upgraded.
    static Result<std::unique_ptr<Database>> openExisting(
        const QString &path, bool walMode, Verification verification);
    Status configure(bool inMemory);
    // Off while a file is not yet found healthy: closing must not write into a damaged file.
    void setCheckpointOnClose(bool checkpoint) const;
    Status configureServer(const ServerAddress &address, ServerSetUp setUp);
    static Error serverFailure(const QString &context, const QSqlError &error);
    Status pragma(const QString &statement, const QVariant &expected = {});

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_server = false;
    std::optional<Actor> m_signedIn;
    mutable StatementCache m_statements;
    enum class WriteRulesState { None, Due, Making, Made, Held };
    WriteRules m_makeWriteRules;
    mutable WriteRulesState m_writeRulesState = WriteRulesState::None;
    mutable std::unique_ptr<BackgroundCheck> m_alongside;
    mutable Status m_verification;
};

} // namespace Core

#endif
