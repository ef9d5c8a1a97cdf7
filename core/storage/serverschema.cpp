#include "serverschema.h"

#include "audittriggers.h"
#include "database.h"
#include "sqlstatement.h"

#include <QRegularExpression>

namespace Core {

namespace {

// SQLite's julianday() of a date, and date() with one "N days" modifier: the two date
// computations our queries share (DateOverlap), written so that both databases accept the same
// text. IMMUTABLE, as an index on an expression requires: the text is always ISO YYYY-MM-DD.
// The collation makes "COLLATE NOCASE" mean on the server what it means in a file: a case-blind
// comparison for e-mails, codes and names.
const QStringList sharedFunctions = {
    QStringLiteral(
        "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', "
        "deterministic = false)"),
    QStringLiteral("CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision LANGUAGE "
                   "sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$ SELECT extract(julian FROM "
                   "to_date(left($1, 10), 'YYYY-MM-DD'))::double precision - 0.5 $fn$"),
    QStringLiteral("CREATE OR REPLACE FUNCTION date(text, text) RETURNS text LANGUAGE sql "
                   "IMMUTABLE STRICT PARALLEL SAFE AS $fn$ SELECT to_char(to_date($1, "
                   "'YYYY-MM-DD') + $2::interval, 'YYYY-MM-DD') $fn$"),
    QStringLiteral("CREATE TABLE ssedesk_schema (application TEXT NOT NULL, version INTEGER NOT "
                   "NULL)"),
    QStringLiteral("INSERT INTO ssedesk_schema (application, version) VALUES ('ssedesk', 0)"),
};

// Who is working. A person logged in as their own role (ServerRoles: the role is named after
// their e-mail) is that person, with the role of their account, and cannot claim otherwise. Only
// the schema's owner or a member of its owning role (its administrator, the migration, the tests)
// says whom its changes are made for, as a file's connection does (Database::setActor).
const QString actorFunctions = QStringLiteral(R"(
    CREATE OR REPLACE FUNCTION ssedesk_owner_session() RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = %1 AS $fn$
        SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') FROM pg_namespace n
        WHERE n.nspname = '%1' $fn$;
    CREATE OR REPLACE FUNCTION ssedesk_actor_id() RETURNS integer LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = %1 AS $fn$
        SELECT CASE WHEN ssedesk_owner_session()
            THEN nullif(current_setting('ssedesk.actor_id', true), '')::integer
            ELSE (SELECT p.id FROM person p WHERE lower(p.email) = session_user::text COLLATE "C") END $fn$;
    CREATE OR REPLACE FUNCTION ssedesk_actor_role() RETURNS text LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = %1 AS $fn$
        SELECT CASE WHEN ssedesk_owner_session()
            THEN nullif(current_setting('ssedesk.actor_role', true), '')
            ELSE coalesce((SELECT a.role FROM account a JOIN person p ON p.id = a.person_id
                WHERE lower(p.email) = session_user::text COLLATE "C"), 'observer') END $fn$)");

// What ServerRoles hides from direct reading, given to whom it belongs: a supervisor's private
// notes to that supervisor, their draft comments to all but the person appraised until they
// sign. With nobody signed in (the owner's own session: set-up, migration) everything shows, as
// in a unit without accounts. And the lock of an appraisal both sides have signed, which nobody
// may change.
const QString confidentialFunctions = QStringLiteral(R"(
    CREATE OR REPLACE FUNCTION checkin_private_notes(checkin_id integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $fn$
        SELECT CASE WHEN ssedesk_actor_role() IS NULL
            OR c.supervisor_id = ssedesk_actor_id() THEN c.private_notes ELSE '' END
        FROM checkin c WHERE c.id = checkin_id $fn$;
    CREATE OR REPLACE FUNCTION appraisal_supervisor_comments(appraisal_id integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $fn$
        SELECT CASE WHEN ssedesk_actor_role() IS NULL
            OR a.person_id IS DISTINCT FROM ssedesk_actor_id()
            OR a.supervisor_acknowledged_on IS NOT NULL THEN a.supervisor_comments ELSE '' END
        FROM appraisal a WHERE a.id = appraisal_id $fn$;
    CREATE OR REPLACE FUNCTION appraisal_locked(appraisal_id integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $fn$
        SELECT EXISTS (SELECT 1 FROM appraisal a WHERE a.id = appraisal_id
            AND a.staff_acknowledged_on IS NOT NULL AND a.supervisor_acknowledged_on IS NOT NULL)
    $fn$;
    CREATE OR REPLACE FUNCTION guard_appraisal_lock() RETURNS trigger LANGUAGE plpgsql
    SET search_path = %1 AS $fn$
    BEGIN
        IF TG_TABLE_NAME = 'appraisal' THEN
            IF appraisal_locked(OLD.id) THEN
                RAISE EXCEPTION 'ssedesk:forbidden:appraisal_locked';
            END IF;
        ELSIF TG_OP <> 'INSERT' AND appraisal_locked(OLD.appraisal_id) THEN
            RAISE EXCEPTION 'ssedesk:forbidden:appraisal_locked';
        ELSIF TG_OP <> 'DELETE' AND appraisal_locked(NEW.appraisal_id) THEN
            RAISE EXCEPTION 'ssedesk:forbidden:appraisal_locked';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END $fn$;
    CREATE OR REPLACE TRIGGER lock BEFORE UPDATE OR DELETE ON appraisal
        FOR EACH ROW EXECUTE FUNCTION guard_appraisal_lock();
    CREATE OR REPLACE TRIGGER lock BEFORE INSERT OR UPDATE OR DELETE ON appraisal_rating
        FOR EACH ROW EXECUTE FUNCTION guard_appraisal_lock();
    CREATE OR REPLACE TRIGGER lock BEFORE INSERT OR UPDATE OR DELETE ON appraisal_objective
        FOR EACH ROW EXECUTE FUNCTION guard_appraisal_lock();
    CREATE OR REPLACE FUNCTION ssedesk_may_see_pair(person integer, supervisor integer)
    RETURNS boolean LANGUAGE sql STABLE SET search_path = %1 AS $fn$
        SELECT ssedesk_actor_role() IS NULL OR ssedesk_actor_role() = 'unit_head'
            OR ssedesk_actor_id() IN (person, supervisor) $fn$)");

Status run(const Database &database, const QString &sql)
{
    SqlStatement statement(database, sql);
    return statement.exec();
}

} // namespace

QString ServerSchema::translate(const QString &sql)
{
    static const QRegularExpression identity(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    // PostgreSQL wants an index's expression in parentheses of its own.
    static const QRegularExpression expressionIndex(
        QStringLiteral("^(CREATE INDEX \\w+ ON \\w+)\\((.*\\(.*)\\)$"),
        QRegularExpression::DotMatchesEverythingOption);
    // A row's place in its table: SQLite's rowid, PostgreSQL's ctid. It finds a stored link row
    // again within one write (ChildRows), and stands for the order links were given in (meeting
    // participants): link rows are only inserted and deleted, so ctid keeps that order until
    // the table is vacuumed and refilled.
    static const QRegularExpression rowid(QStringLiteral("\\browid\\b"));
    // Columns a server keeps from direct reading (ServerRoles): read through their functions.
    static const QRegularExpression privateNotes(QStringLiteral("\\bcheckin\\.private_notes\\b"));
    static const QRegularExpression supervisorComments(
        QStringLiteral("\\bappraisal\\.supervisor_comments\\b"));
    QString translated = sql;
    translated.replace(
        identity, QStringLiteral("id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    translated.replace(expressionIndex, QStringLiteral("\\1((\\2))"));
    translated.replace(rowid, QStringLiteral("ctid"));
    translated.replace(privateNotes, QStringLiteral("checkin_private_notes(checkin.id)"));
    translated.replace(
        supervisorComments, QStringLiteral("appraisal_supervisor_comments(appraisal.id)"));
    return translated;
}

Status ServerSchema::prepare(const Database &database)
{
    for (const QString &sql : sharedFunctions) {
        if (Status status = run(database, sql); !status)
            return status;
    }
    return {};
}

Result<int> ServerSchema::version(const Database &database)
{
    SqlStatement marked(database, QStringLiteral("SELECT to_regclass(:table) IS NOT NULL"));
    marked.bind(QStringLiteral(":table"), markerTable());
    if (Status status = marked.exec(); !status)
        return status.error();
    if (!marked.next() || !marked.flag(0))
        return 0;
    SqlStatement query(database,
        QStringLiteral("SELECT version FROM ssedesk_schema WHERE application = 'ssedesk'"));
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.integer(0) : 0;
}

Status ServerSchema::stamp(const Database &database, int version)
{
    SqlStatement stamp(database, QStringLiteral("UPDATE ssedesk_schema SET version = :version"));
    stamp.bind(QStringLiteral(":version"), version);
    return stamp.exec();
}

Result<QString> ServerSchema::currentSchema(const Database &database)
{
    SqlStatement query(database, QStringLiteral("SELECT current_schema()"));
    if (Status status = query.exec(); !status)
        return status.error();
    query.next();
    return query.text(0);
}

Status ServerSchema::installRules(const Database &database)
{
    auto schema = currentSchema(database);
    if (!schema)
        return schema.error();
    if (Status status = run(database, actorFunctions.arg(schema.value())); !status)
        return status;
    if (Status status = run(database, confidentialFunctions.arg(schema.value())); !status)
        return status;
    return AuditTriggers::installOnServer(database, schema.value());
}

} // namespace Core
