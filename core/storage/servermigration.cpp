#include "servermigration.h"

#include "database.h"
#include "schemamigrations.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Core {

namespace {

// The server answers every statement with a round trip (about 140 us here): rows go 500 to a
// statement, and never more parameters than PostgreSQL's 16-bit count allows.
constexpr int rowsPerStatement = 500;
constexpr int maximumParameters = 30000;

// Table and column names come from the file's own schema (sqlite_schema, pragma_table_info),
// which is ours and the same as the server's, never from input; they are quoted all the same,
// so that they stay identifiers whatever they are called. Every value is bound.
QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

struct Table
{
    QString name;
    QStringList columns;
    QSet<QString> parents; // the tables its foreign keys refer to, itself excepted
    // A foreign key to its own table (a person's supervisor), and the column it refers to.
    QString selfColumn;
    QString selfKey;
};

Result<QMap<QString, Table>> readTables(const Database &source)
{
    QMap<QString, Table> tables;
    SqlStatement columns(source, QStringLiteral(R"(
        SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
        ORDER BY m.name, c.cid)"));
    if (Status status = columns.exec(); !status)
        return status.error();
    while (columns.next()) {
        Table &table = tables[columns.text(0)];
        table.name = columns.text(0);
        table.columns.append(columns.text(1));
    }
    SqlStatement keys(source, QStringLiteral(R"(
        SELECT m.name, f."table", f."from", f."to" FROM sqlite_schema m
        JOIN pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\')"));
    if (Status status = keys.exec(); !status)
        return status.error();
    while (keys.next()) {
        Table &table = tables[keys.text(0)];
        if (keys.text(1) != table.name) {
            table.parents.insert(keys.text(1));
        } else {
            table.selfColumn = keys.text(2);
            table.selfKey = keys.text(3);
        }
    }
    return tables;
}

// Parents before children, so that every foreign key finds its row already copied.
Result<QList<Table>> parentsFirst(QMap<QString, Table> tables)
{
    QList<Table> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(),
            [&placed](const Table &table) { return placed.contains(table.parents); });
        if (ready == tables.end())
            return Error(Error::Code::Storage,
                QCoreApplication::translate("Core::ServerMigration",
                    "The unit's tables refer to each other in a circle (%1): they cannot "
                    "be copied one after the other.")
                    .arg(QStringList(tables.keys()).join(QStringLiteral(", "))));
        placed.insert(ready->name);
        ordered.append(*ready);
        tables.erase(ready);
    }
    return ordered;
}

QString selectSql(const Table &table)
{
    QStringList columns;
    for (const QString &column : table.columns)
        columns << QStringLiteral("t.") + identifier(column);
    // In rowid order: a link row's place stands for the order it was given in (the server reads
    // it from ctid, see ServerSchema::translate), and a multi-row INSERT keeps it.
    if (table.selfColumn.isEmpty())
        return QStringLiteral("SELECT %1 FROM %2 t ORDER BY t.rowid")
            .arg(columns.join(QStringLiteral(", ")), identifier(table.name));
    // A row that refers to another of its table must reach the server after it: the server
    // checks a statement's foreign keys when the statement ends, and a table may take several
    // statements. The roots first, then the rows referring to them, and so on; a row caught in
    // a circle is never reached, and the count check refuses the copy.
    return QStringLiteral(
        "WITH RECURSIVE depth(key, level) AS (SELECT %3, 0 FROM %2 WHERE %4 IS NULL "
        "UNION ALL SELECT c.%3, depth.level + 1 FROM %2 c JOIN depth ON c.%4 = depth.key) "
        "SELECT %1 FROM %2 t JOIN depth ON depth.key = t.%3 ORDER BY depth.level, t.rowid")
        .arg(columns.join(QStringLiteral(", ")), identifier(table.name), identifier(table.selfKey),
            identifier(table.selfColumn));
}

QString placeholder(int index)
{
    return QStringLiteral(":v%1").arg(index);
}

QString insertSql(const Table &table, int rows)
{
    QStringList columns;
    for (const QString &column : table.columns)
        columns << identifier(column);
    QStringList tuples;
    int index = 0;
    for (int row = 0; row < rows; ++row) {
        QStringList values;
        for (int column = 0; column < table.columns.size(); ++column)
            values << placeholder(index++);
        tuples << QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(identifier(table.name), columns.join(QStringLiteral(", ")),
            tuples.join(QStringLiteral(", ")));
}

// `values` holds whole rows, column after column.
Status insertRows(const Database &destination, const Table &table, const QVariantList &values)
{
    SqlStatement insert(destination, insertSql(table, int(values.size() / table.columns.size())));
    for (int index = 0; index < values.size(); ++index)
        insert.bind(placeholder(index), values.at(index));
    return insert.exec();
}

Result<qint64> copyTable(const Database &source, const Database &destination, const Table &table)
{
    const int columns = int(table.columns.size());
    const qsizetype batch
        = qsizetype(std::max(1, std::min(rowsPerStatement, maximumParameters / columns))) * columns;
    SqlStatement rows(source, selectSql(table));
    if (Status status = rows.exec(); !status)
        return status.error();
    QVariantList values;
    values.reserve(batch);
    qint64 copied = 0;
    while (rows.next()) {
        for (int column = 0; column < columns; ++column)
            values.append(rows.isNull(column) ? QVariant() : rows.value(column));
        ++copied;
        if (values.size() == batch) {
            if (Status status = insertRows(destination, table, values); !status)
                return status.error();
            values.clear();
        }
    }
    if (!values.isEmpty()) {
        if (Status status = insertRows(destination, table, values); !status)
            return status.error();
    }
    return copied;
}

Result<qint64> rowCount(const Database &database, const QString &table)
{
    SqlStatement count(database, QStringLiteral("SELECT count(*) FROM %1").arg(identifier(table)));
    if (Status status = count.exec(); !status)
        return status.error();
    return count.next() ? count.value(0).toLongLong() : 0;
}

// A unit is there as soon as any table holds a row, but for the reference lists a new unit
// starts with (SchemaMigrations::seededTables), which the file's own replace. Anything done on
// the server since the schema was made is in its audit trail, which is one of the tables
// looked at: the seeded lists are thus as they were made.
Status checkHoldsNoUnit(const Database &destination, const QList<Table> &tables)
{
    const QStringList seeded = SchemaMigrations::seededTables();
    for (const Table &table : tables) {
        if (seeded.contains(table.name))
            continue;
        const auto rows = rowCount(destination, table.name);
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            return Error::conflict(QCoreApplication::translate("Core::ServerMigration",
                "%1 already holds a unit (its table %2 has rows). "
                "Nothing was copied, and it was left as it was.")
                                       .arg(destination.path(), table.name));
    }
    return {};
}

Status clearSeededTables(const Database &destination)
{
    for (const QString &table : SchemaMigrations::seededTables()) {
        SqlStatement clear(destination, QStringLiteral("DELETE FROM %1").arg(identifier(table)));
        if (Status status = clear.exec(); !status)
            return status;
    }
    return {};
}

// The copy is not a change anyone made: the server's audit triggers would record every copied
// row as one (and the trail itself arrives with the rest). They are disabled for the copy with
// ALTER TABLE, which the tables' owner may do, rather than with session_replication_role, which
// needs a superuser (a unit's owner need not be one) and would silence the foreign keys' checks
// as well. The other rules go with them. The access guards: the copy is written by the schema's
// owner with nobody signed in, whom they let through, and asking costs a plpgsql call per row
// (1.4 s of the 1.7 s that 12,560 progress entries took). The lock of a signed appraisal: its
// ratings arrive after it, as they were when it was signed. ALTER TABLE belongs to the
// transaction: it locks each table until the commit, so that no one else's change can slip in
// unrecorded or unchecked, and a rollback undoes it with the rest.
Status setServerRules(const Database &destination, bool enabled)
{
    SqlStatement triggers(destination, QStringLiteral(R"(
        SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgname IN ('audit', 'guard', 'lock')
            AND c.relnamespace = current_schema()::regnamespace
        ORDER BY c.relname, t.tgname)"));
    if (Status status = triggers.exec(); !status)
        return status;
    QList<std::pair<QString, QString>> found;
    while (triggers.next())
        found.append({ triggers.text(0), triggers.text(1) });
    for (const auto &[table, trigger] : std::as_const(found)) {
        SqlStatement alter(destination,
            QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                .arg(identifier(table),
                    enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"),
                    identifier(trigger)));
        if (Status status = alter.exec(); !status)
            return status;
    }
    return {};
}

// Rows arrive with their ids: each identity's next value must come after the largest copied.
Status moveSequences(const Database &destination)
{
    SqlStatement identities(destination, QStringLiteral(R"(
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name)"));
    if (Status status = identities.exec(); !status)
        return status;
    QList<std::pair<QString, QString>> columns;
    while (identities.next())
        columns.append({ identities.text(0), identities.text(1) });
    for (const auto &[table, column] : std::as_const(columns)) {
        SqlStatement move(destination,
            QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, :column), "
                           "coalesce(max(%2), 1), max(%2) IS NOT NULL) FROM %1")
                .arg(identifier(table), identifier(column)));
        // pg_get_serial_sequence reads its table as SQL does (quoted), its column as it is.
        move.bind(QStringLiteral(":table"), identifier(table))
            .bind(QStringLiteral(":column"), column);
        if (Status status = move.exec(); !status)
            return status;
    }
    return {};
}

Status compareCounts(
    const Database &source, const Database &destination, const QList<Table> &tables)
{
    for (const Table &table : tables) {
        const auto inFile = rowCount(source, table.name);
        if (!inFile)
            return inFile.error();
        const auto onServer = rowCount(destination, table.name);
        if (!onServer)
            return onServer.error();
        if (inFile.value() != onServer.value())
            return Error(Error::Code::Storage,
                QCoreApplication::translate("Core::ServerMigration",
                    "The table %1 has %2 rows in %3 but %4 on the server after the copy. "
                    "Nothing was copied: %5 was left as it was.")
                    .arg(table.name)
                    .arg(inFile.value())
                    .arg(source.path())
                    .arg(onServer.value())
                    .arg(destination.path()));
    }
    return {};
}

// One read transaction on the file: every table is read as it was at one moment, whatever the
// window writes meanwhile (the write-ahead log keeps that picture). A deferred BEGIN: the
// connection is read-only, and BEGIN IMMEDIATE would ask for the write lock.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &database) : m_database(database)
    {
        SqlStatement begin(database, QStringLiteral("BEGIN"));
        m_began = begin.exec();
    }
    ~ReadSnapshot()
    {
        if (!m_began)
            return;
        SqlStatement end(m_database, QStringLiteral("ROLLBACK"));
        // Nothing was written: ending the reading cannot lose anything.
        (void)end.exec();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const Status &began() const { return m_began; }

private:
    const Database &m_database;
    Status m_began;
};

Result<QList<ServerMigration::TableCopy>> copyAll(const Database &source,
    const Database &destination, const QList<Table> &tables,
    const ServerMigration::Progress &progress)
{
    if (Status status = checkHoldsNoUnit(destination, tables); !status)
        return status.error();
    if (Status status = setServerRules(destination, false); !status)
        return status.error();
    if (Status status = clearSeededTables(destination); !status)
        return status.error();
    QList<ServerMigration::TableCopy> copied;
    for (const Table &table : tables) {
        const auto rows = copyTable(source, destination, table);
        if (!rows)
            return rows.error().withContext(
                QCoreApplication::translate("Core::ServerMigration", "Copying the table %1")
                    .arg(table.name));
        copied.append({ table.name, rows.value() });
        if (progress)
            progress(copied.last(), int(copied.size()), int(tables.size()));
    }
    if (Status status = moveSequences(destination); !status)
        return status.error();
    if (Status status = setServerRules(destination, true); !status)
        return status.error();
    if (Status status = compareCounts(source, destination, tables); !status)
        return status.error();
    return copied;
}

} // namespace

ServerMigration::ServerMigration(const Database &source, const Database &destination)
    : m_source(source), m_destination(destination)
{
}

Result<QList<ServerMigration::TableCopy>> ServerMigration::toServer(
    const Database &source, const ServerAddress &destination, const Progress &progress)
{
    // Refused before the server is touched.
    if (Status status = checkSource(source); !status)
        return status.error();
    // A unit already there at the newest version is opened as it is (and refused below unless
    // it is empty); a schema is created only where there is none yet. An older unit there is
    // refused as it is, not upgraded.
    auto server = Database::openServer(destination, ServerSetUp::Refuse);
    if (!server && server.error().code() == Error::Code::NotFound)
        server = Database::openServer(destination, ServerSetUp::Create);
    if (!server)
        return server.error();
    return ServerMigration(source, *server.value()).run(progress);
}

Result<QList<ServerMigration::TableCopy>> ServerMigration::run(const Progress &progress) const
{
    if (Status status = checkSource(m_source); !status)
        return status.error();
    if (m_source.schemaVersion() != m_destination.schemaVersion())
        return Error(Error::Code::Storage,
            tr("%1 is at schema version %2 and %3 at %4: a unit is copied between two of the "
               "same version. Open the file once with this version of SSE Unit Desk to upgrade "
               "it (a backup is taken first).")
                .arg(m_source.path())
                .arg(m_source.schemaVersion())
                .arg(m_destination.path())
                .arg(m_destination.schemaVersion()));
    ReadSnapshot snapshot(m_source);
    if (!snapshot.began())
        return snapshot.began().error();
    auto tables = readTables(m_source);
    if (!tables)
        return tables.error();
    auto ordered = parentsFirst(tables.value());
    if (!ordered)
        return ordered.error();
    TransactionGuard transaction(m_destination);
    if (!transaction.began())
        return transaction.began().error();
    auto copied = copyAll(m_source, m_destination, ordered.value(), progress);
    if (!copied)
        return copied;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return copied;
}

// The copy holds everything, confidential records included (check-ins' private notes,
// appraisals, password hashes): a unit with accounts goes only in its unit head's hands.
Status ServerMigration::checkSource(const Database &source)
{
    SqlStatement accounts(source, QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"));
    if (Status status = accounts.exec(); !status)
        return status;
    if (!accounts.next() || !accounts.flag(0))
        return {};
    if (source.actor() && source.actor()->role == Actor::Role::UnitHead)
        return {};
    return Error(Error::Code::Forbidden,
        tr("%1 has accounts: only its unit head may move it to a server, since the copy holds "
           "everything, confidential records included. Sign in as the unit head.")
            .arg(source.path()));
}

} // namespace Core
