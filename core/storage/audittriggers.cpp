#include "audittriggers.h"

#include "accessguards.h"
#include "database.h"
#include "serverschema.h"
#include "sqlstatement.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace Core {

namespace {

struct TableShape
{
    QStringList columns; // audited ones, in declaration order
    QString parentColumn; // a NOT NULL foreign key whose row owns this one (ON DELETE CASCADE)
    QString parentTable;
};

// Identifiers come from our own schema (sqlite_master, pragma_table_info), never from input;
// quoting keeps them identifiers whatever they are named.
QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

// Runs `parents` (rows of table, column, parent table) and gives each table the parent of the
// last row naming it.
Status assignParents(SqlStatement &parents, QMap<QString, TableShape> &shapes)
{
    if (Status status = parents.exec(); !status)
        return status;
    while (parents.next()) {
        auto shape = shapes.find(parents.text(0));
        if (shape != shapes.end()) {
            shape->parentColumn = parents.text(1);
            shape->parentTable = parents.text(2);
        }
    }
    return {};
}

Result<QMap<QString, TableShape>> readShapes(const Database &database)
{
    QMap<QString, TableShape> shapes;
    SqlStatement columns(database, QStringLiteral(R"(
        SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
            AND m.name <> 'audit_event'
        ORDER BY m.name, c.cid)"));
    if (Status status = columns.exec(); !status)
        return status.error();
    while (columns.next()) {
        const QString table = columns.text(0);
        const QString column = columns.text(1);
        if (!AuditTriggers::isConfidential(table, column))
            shapes[table].columns.append(column);
    }
    // A child row (a version of a deliverable, an action of a check-in) belongs to the parent
    // its cascade names: its changes also show in the parent's history.
    SqlStatement parents(database, QStringLiteral(R"(
        SELECT m.name, f."from", f."table" FROM sqlite_schema m
        JOIN pragma_foreign_key_list(m.name) f
        JOIN pragma_table_info(m.name) c ON c.name = f."from"
        WHERE m.type = 'table' AND f.on_delete = 'CASCADE' AND c."notnull" = 1
        ORDER BY m.name, f.id)"));
    // SQLite numbers a table's foreign keys from the last declared: in ascending id the first
    // key declared comes last and wins (a check-in's objective belongs to the check-in, a
    // mission's deliverable to the mission).
    if (Status status = assignParents(parents, shapes); !status)
        return status.error();
    return shapes;
}

QString jsonOf(const QStringList &columns, const QString &row)
{
    QStringList pairs;
    for (const QString &column : columns)
        pairs << literal(column) << row + QLatin1Char('.') + identifier(column);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString trigger(const QString &table, const TableShape &shape, const QString &action)
{
    const bool isInsert = action == QLatin1String("insert");
    const bool isDelete = action == QLatin1String("delete");
    const QString row = isDelete ? QStringLiteral("OLD") : QStringLiteral("NEW");
    QString when;
    if (!isInsert && !isDelete) {
        QStringList differences;
        for (const QString &column : shape.columns)
            differences << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(identifier(column));
        when = QStringLiteral(" WHEN ") + differences.join(QStringLiteral(" OR "));
    }
    const QString parentTable
        = shape.parentTable.isEmpty() ? QStringLiteral("NULL") : literal(shape.parentTable);
    const QString parentId = shape.parentColumn.isEmpty()
        ? QStringLiteral("NULL")
        : row + QLatin1Char('.') + identifier(shape.parentColumn);
    return QStringLiteral(
        "CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3%4 BEGIN "
        "INSERT INTO audit_event (at, actor_id, entity, entity_id, parent_entity, "
        "parent_id, action, old_values, new_values) VALUES ("
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT person_id FROM temp.session_actor), "
        "%5, %6.rowid, %7, %8, %9, %10, %11); END")
        .arg(identifier(QStringLiteral("audit_") + table + QLatin1Char('_') + action),
            action.toUpper(), identifier(table), when, literal(table), row, parentTable, parentId,
            literal(action),
            isInsert ? QStringLiteral("NULL") : jsonOf(shape.columns, QStringLiteral("OLD")),
            isDelete ? QStringLiteral("NULL") : jsonOf(shape.columns, QStringLiteral("NEW")));
}

Status run(const Database &database, const QString &sql)
{
    SqlStatement statement(database, sql);
    return statement.exec();
}

Status dropTemporaryTriggers(const Database &database)
{
    SqlStatement listed(
        database, QStringLiteral("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger'"));
    if (Status status = listed.exec(); !status)
        return status;
    QStringList names;
    while (listed.next())
        names << listed.text(0);
    for (const QString &name : names) {
        if (Status status
            = run(database, QStringLiteral("DROP TRIGGER IF EXISTS temp.") + identifier(name));
            !status)
            return status;
    }
    return {};
}

// The same shapes from PostgreSQL's catalogue, for the tables of the unit's schema; the key of a
// row is its one-column primary key (a link row, keyed by both its ends, has none: 0).
Result<QMap<QString, TableShape>> readServerShapes(
    const Database &database, QMap<QString, QString> &keys)
{
    QMap<QString, TableShape> shapes;
    SqlStatement columns(database, QStringLiteral(R"(
        SELECT c.table_name, c.column_name FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema
            AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema() AND c.table_name NOT IN ('audit_event', :marker)
        ORDER BY c.table_name, c.ordinal_position)"));
    columns.bind(QStringLiteral(":marker"), ServerSchema::markerTable());
    if (Status status = columns.exec(); !status)
        return status.error();
    while (columns.next()) {
        const QString table = columns.text(0);
        const QString column = columns.text(1);
        TableShape &shape = shapes[table];
        if (!AuditTriggers::isConfidential(table, column))
            shape.columns.append(column);
    }
    SqlStatement parents(database, QStringLiteral(R"(
        SELECT child.relname, a.attname, parent.relname FROM pg_constraint k
        JOIN pg_class child ON child.oid = k.conrelid
        JOIN pg_class parent ON parent.oid = k.confrelid
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
        WHERE k.contype = 'f' AND k.confdeltype = 'c' AND a.attnotnull
            AND child.relnamespace = current_schema()::regnamespace
        ORDER BY child.relname, k.conkey[1] DESC)"));
    // Ordered by descending column: the key on the first column declared comes last and wins.
    if (Status status = assignParents(parents, shapes); !status)
        return status.error();
    SqlStatement primaryKeys(database, QStringLiteral(R"(
        SELECT t.relname, min(a.attname) FROM pg_constraint k
        JOIN pg_class t ON t.oid = k.conrelid
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
        WHERE k.contype = 'p' AND a.atttypid = 'integer'::regtype
            AND t.relnamespace = current_schema()::regnamespace
        GROUP BY t.relname HAVING max(array_length(k.conkey, 1)) = 1)"));
    if (Status status = primaryKeys.exec(); !status)
        return status.error();
    while (primaryKeys.next())
        keys.insert(primaryKeys.text(0), primaryKeys.text(1));
    return shapes;
}

// One function for every table: what differs from table to table (its key, its parent, the
// columns kept out of the trail) comes as the trigger's arguments. Owned by the unit's owner and
// run with the owner's rights (SECURITY DEFINER): a person may add to the trail only through a
// change of their own, never write to audit_event directly.
const QString serverAuditFunction = QStringLiteral(R"(
    CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = %1 AS $audit$
    DECLARE
        hidden text[] := TG_ARGV[3]::text[];
        before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - hidden END;
        after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - hidden END;
        shown jsonb := coalesce(after, before);
    BEGIN
        IF TG_OP = 'UPDATE' AND before = after THEN
            RETURN NULL;
        END IF;
        INSERT INTO audit_event (at, actor_id, entity, entity_id, parent_entity, parent_id,
            action, old_values, new_values)
        VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            ssedesk_actor_id(), TG_TABLE_NAME, coalesce((shown ->> TG_ARGV[0])::integer, 0),
            nullif(TG_ARGV[1], ''), (shown ->> TG_ARGV[2])::integer, lower(TG_OP),
            before::text, after::text);
        RETURN NULL;
    END $audit$)");

// The trail is append-only on a server too, whoever asks, its owner included.
const QStringList serverAppendOnly = {
    QStringLiteral("CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger "
                   "LANGUAGE plpgsql AS $refuse$ BEGIN RAISE EXCEPTION "
                   "'ssedesk:append-only:audit_event'; END $refuse$"),
    QStringLiteral("CREATE OR REPLACE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON "
                   "audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"),
    QStringLiteral("CREATE OR REPLACE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "
                   "audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()"),
};

QString serverTrigger(const QString &table, const TableShape &shape, const QString &key)
{
    QStringList hidden;
    for (const QString &column :
        { QStringLiteral("private_notes"), QStringLiteral("password_hash") }) {
        if (AuditTriggers::isConfidential(table, column))
            hidden << column;
    }
    // Trigger arguments are string constants: quoted as such.
    return QStringLiteral("CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "
                          "%1 FOR EACH ROW EXECUTE FUNCTION audit_row(%2, %3, %4, %5)")
        .arg(identifier(table), literal(key), literal(shape.parentTable),
            literal(shape.parentColumn),
            literal(QLatin1Char('{') + hidden.join(QLatin1Char(',')) + QLatin1Char('}')));
}

} // namespace

Status AuditTriggers::installOnServer(const Database &database, const QString &schema)
{
    QMap<QString, QString> keys;
    auto shapes = readServerShapes(database, keys);
    if (!shapes)
        return shapes.error();
    if (!shapes.value().contains(QStringLiteral("account")))
        return {};
    QStringList statements { serverAuditFunction.arg(schema) };
    statements << serverAppendOnly;
    for (auto shape = shapes.value().cbegin(); shape != shapes.value().cend(); ++shape)
        statements << serverTrigger(shape.key(), shape.value(), keys.value(shape.key()));
    for (const QString &sql : std::as_const(statements)) {
        if (Status status = run(database, sql); !status)
            return status;
    }
    return AccessGuards::installOnServer(database, shapes.value().keys(), schema);
}

bool AuditTriggers::isConfidential(const QString &table, const QString &column)
{
    return (table == QLatin1String("checkin") && column == QLatin1String("private_notes"))
        || (table == QLatin1String("account") && column == QLatin1String("password_hash"));
}

Status AuditTriggers::uninstall(const Database &database)
{
    return dropTemporaryTriggers(database);
}

Status AuditTriggers::prepareSession(const Database &database)
{
    return run(database,
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS session_actor (person_id INTEGER, "
                       "role TEXT)"));
}

Status AuditTriggers::install(const Database &database)
{
    if (Status status = prepareSession(database); !status)
        return status;
    if (Status status = dropTemporaryTriggers(database); !status)
        return status;
    auto shapes = readShapes(database);
    if (!shapes)
        return shapes.error();
    // Before the audit_event table exists (a file not yet at schema 7) there is nothing to
    // write to; the next install, after the migration, adds the triggers.
    if (!shapes.value().contains(QStringLiteral("account")))
        return {};
    for (auto shape = shapes.value().cbegin(); shape != shapes.value().cend(); ++shape) {
        for (const char *action : { "insert", "update", "delete" }) {
            if (Status status
                = run(database, trigger(shape.key(), shape.value(), QString::fromLatin1(action)));
                !status)
                return status;
        }
    }
    return AccessGuards::install(database, shapes.value().keys());
}

} // namespace Core
