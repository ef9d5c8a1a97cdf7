#include "accessguards.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Core {

namespace {

const QString refusalPrefix = QStringLiteral("ssedesk:forbidden:");

// Who owns a row, as SQL over the row (ROW stands for NEW or OLD): the person whose work it is
// and that person's supervisor. Either may change it, and so may the unit head. An empty owner
// leaves it to the supervisor; both empty, to the unit head alone. A child row names its parent:
// once the parent is gone (a cascade of the parent's own deletion, which its guard has already
// allowed) there is nothing left to own it, and the child goes with it.
struct Guard
{
    const char *table;
    const char *owner;
    const char *supervisor;
    const char *parent;
};

#define PLAN_OWNER(planId) "(SELECT person_id FROM main.work_plan WHERE id = " planId ")"
#define SUPERVISOR_OF(personId) "(SELECT supervisor_id FROM main.person WHERE id = " personId ")"
#define OBJECTIVE_PLAN(objectiveId)                                                                \
    "(SELECT plan_id FROM main.objective WHERE id = " objectiveId ")"
#define CHECKIN(column) "(SELECT " column " FROM main.checkin WHERE id = ROW.checkin_id)"
#define APPRAISAL(column) "(SELECT " column " FROM main.appraisal WHERE id = ROW.appraisal_id)"

constexpr Guard guards[] = {
    { "person", "", "ROW.supervisor_id", "" },
    { "assignment", "", SUPERVISOR_OF("ROW.person_id"), "main.person WHERE id = ROW.person_id" },
    { "work_plan", "ROW.person_id", SUPERVISOR_OF("ROW.person_id"), "" },
    { "work_plan_revision", PLAN_OWNER("ROW.plan_id"), SUPERVISOR_OF(PLAN_OWNER("ROW.plan_id")),
        "main.work_plan WHERE id = ROW.plan_id" },
    { "objective", PLAN_OWNER("ROW.plan_id"), SUPERVISOR_OF(PLAN_OWNER("ROW.plan_id")),
        "main.work_plan WHERE id = ROW.plan_id" },
    { "objective_theme", PLAN_OWNER(OBJECTIVE_PLAN("ROW.objective_id")),
        SUPERVISOR_OF(PLAN_OWNER(OBJECTIVE_PLAN("ROW.objective_id"))),
        "main.objective WHERE id = ROW.objective_id" },
    { "activity", PLAN_OWNER(OBJECTIVE_PLAN("ROW.objective_id")),
        SUPERVISOR_OF(PLAN_OWNER(OBJECTIVE_PLAN("ROW.objective_id"))),
        "main.objective WHERE id = ROW.objective_id" },
    { "progress_entry", PLAN_OWNER(OBJECTIVE_PLAN("ROW.objective_id")),
        SUPERVISOR_OF(PLAN_OWNER(OBJECTIVE_PLAN("ROW.objective_id"))),
        "main.objective WHERE id = ROW.objective_id" },
    { "checkin", "ROW.supervisee_id", "ROW.supervisor_id", "" },
    { "checkin_action", CHECKIN("supervisee_id"), CHECKIN("supervisor_id"),
        "main.checkin WHERE id = ROW.checkin_id" },
    { "checkin_agenda", CHECKIN("supervisee_id"), CHECKIN("supervisor_id"),
        "main.checkin WHERE id = ROW.checkin_id" },
    { "checkin_objective", CHECKIN("supervisee_id"), CHECKIN("supervisor_id"),
        "main.checkin WHERE id = ROW.checkin_id" },
    { "checkin_recurring", "ROW.supervisee_id", "ROW.supervisor_id", "" },
    { "appraisal", "ROW.person_id", "ROW.supervisor_id", "" },
    { "appraisal_objective", APPRAISAL("person_id"), APPRAISAL("supervisor_id"),
        "main.appraisal WHERE id = ROW.appraisal_id" },
    { "appraisal_rating", APPRAISAL("person_id"), APPRAISAL("supervisor_id"),
        "main.appraisal WHERE id = ROW.appraisal_id" },
    { "unit_setting", "", "", "" },
    { "rating_level", "", "", "" },
    { "competency", "", "", "" },
    { "strategy_objective", "", "", "" },
    { "thematic_area", "", "", "" },
    { "account", "", "", "" },
};

#undef PLAN_OWNER
#undef SUPERVISOR_OF
#undef OBJECTIVE_PLAN
#undef CHECKIN
#undef APPRAISAL

// Who is working, and how "differs from" is written: a file's connection keeps the person
// signed in in a temporary table; a server knows them from the role logged in (ServerSchema).
struct Dialect
{
    QString actors;
    QString differs;
    QString tablePrefix;
};

const Dialect fileDialect { QStringLiteral("temp.session_actor"), QStringLiteral("IS NOT"),
    QStringLiteral("main.") };
const Dialect serverDialect { QStringLiteral(
                                  "(SELECT ssedesk_actor_id() AS person_id, ssedesk_actor_role() "
                                  "AS role)"),
    QStringLiteral("IS DISTINCT FROM"), QString() };

QString overRow(const char *expression, const QString &row, const Dialect &dialect)
{
    QString sql = QString::fromLatin1(expression);
    return sql.isEmpty() ? QStringLiteral("NULL")
                         : sql.replace(QStringLiteral("ROW."), row + QLatin1Char('.'))
                               .replace(QStringLiteral("main."), dialect.tablePrefix);
}

// True when someone is signed in who is neither the unit head, nor the owner, nor the owner's
// supervisor. IS NOT rather than <>: an owner that cannot be found (NULL) is nobody's.
QString refused(const Guard &guard, const QString &row, const Dialect &dialect = fileDialect)
{
    const QString byActor
        = QStringLiteral("EXISTS (SELECT 1 FROM %1 a WHERE a.role IS NOT NULL "
                         "AND a.role <> 'unit_head' AND (a.role = 'observer' OR (a.person_id %2 %3 "
                         "AND a.person_id %2 %4)))")
              .arg(dialect.actors, dialect.differs, overRow(guard.owner, row, dialect),
                  overRow(guard.supervisor, row, dialect));
    if (qstrlen(guard.parent) == 0)
        return byActor;
    // The actor first: with nobody signed in, the parent is never looked up.
    return QStringLiteral("(%1 AND EXISTS (SELECT 1 FROM %2))")
        .arg(byActor, overRow(guard.parent, row, dialect));
}

QString trigger(const Guard &guard, const char *action)
{
    const QString table = QString::fromLatin1(guard.table);
    const QString when = qstrcmp(action, "insert") == 0 ? refused(guard, QStringLiteral("NEW"))
        : qstrcmp(action, "delete") == 0
        ? refused(guard, QStringLiteral("OLD"))
        // Both ends of an update: nobody may move a record into, or out of, another's hands.
        : refused(guard, QStringLiteral("OLD")) + QStringLiteral(" OR ")
            + refused(guard, QStringLiteral("NEW"));
    return QStringLiteral("CREATE TEMP TRIGGER guard_%1_%2 BEFORE %3 ON main.%1 WHEN %4 BEGIN "
                          "SELECT RAISE(ABORT, '%5%1'); END")
        .arg(table, QString::fromLatin1(action), QString::fromLatin1(action).toUpper(), when,
            refusalPrefix);
}

QString observerTrigger(const QString &table, const char *action)
{
    return QStringLiteral(
        "CREATE TEMP TRIGGER guard_%1_%2 BEFORE %3 ON main.\"%1\" WHEN EXISTS (SELECT 1 FROM "
        "temp.session_actor WHERE role = 'observer') BEGIN SELECT RAISE(ABORT, '%4observer'); END")
        .arg(table, QString::fromLatin1(action), QString::fromLatin1(action).toUpper(),
            refusalPrefix);
}

// An account: its owner may change their own password, never a role; the rest is the unit
// head's.
const QString accountGuard = QStringLiteral(
    "CREATE TEMP TRIGGER guard_account_update BEFORE UPDATE ON main.account WHEN EXISTS ("
    "SELECT 1 FROM temp.session_actor a WHERE a.role IS NOT NULL AND a.role <> 'unit_head' "
    "AND (a.role = 'observer' OR a.person_id IS NOT OLD.person_id OR NEW.role IS NOT OLD.role "
    "OR NEW.person_id IS NOT OLD.person_id)) BEGIN SELECT RAISE(ABORT, '%1account'); END");

// The server's guards: one function per guarded table, checking the old row of an update or
// deletion and the new row of an insertion or update, like the file's triggers.
QString serverFunction(const Guard &guard, const QString &schema)
{
    const QString table = QString::fromLatin1(guard.table);
    QString checks;
    if (table == QLatin1String("account")) {
        // As on a file: the owner may change their own password, never a role.
        checks = QStringLiteral(
            "IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM %1 a WHERE a.role IS NOT NULL AND "
            "a.role <> 'unit_head' AND (a.role = 'observer' OR a.person_id IS DISTINCT FROM "
            "OLD.person_id OR NEW.role IS DISTINCT FROM OLD.role OR NEW.person_id IS DISTINCT "
            "FROM OLD.person_id)) THEN RAISE EXCEPTION '%2account'; END IF; "
            "IF TG_OP <> 'UPDATE' AND %3 THEN RAISE EXCEPTION '%2account'; END IF; ")
                     .arg(serverDialect.actors, refusalPrefix,
                         refused(guard, QStringLiteral("OLD"), serverDialect));
    } else {
        checks
            = QStringLiteral("IF TG_OP <> 'INSERT' THEN IF %1 THEN RAISE EXCEPTION '%3%4'; "
                             "END IF; END IF; IF TG_OP <> 'DELETE' THEN IF %2 THEN RAISE "
                             "EXCEPTION '%3%4'; END IF; END IF; ")
                  .arg(refused(guard, QStringLiteral("OLD"), serverDialect),
                      refused(guard, QStringLiteral("NEW"), serverDialect), refusalPrefix, table);
    }
    return QStringLiteral("CREATE OR REPLACE FUNCTION guard_%1() RETURNS trigger LANGUAGE plpgsql "
                          "SET search_path = %2 AS $guard$ BEGIN %3"
                          "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $guard$")
        .arg(table, schema, checks);
}

const QString serverObserverFunction = QStringLiteral(
    "CREATE OR REPLACE FUNCTION guard_observer() RETURNS trigger LANGUAGE plpgsql SET "
    "search_path = %1 AS $guard$ BEGIN IF ssedesk_actor_role() = 'observer' THEN RAISE "
    "EXCEPTION '%2observer'; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; "
    "END $guard$");

QString serverTrigger(const QString &table, const QString &function)
{
    return QStringLiteral("CREATE OR REPLACE TRIGGER guard BEFORE INSERT OR UPDATE OR DELETE ON "
                          "\"%1\" FOR EACH ROW EXECUTE FUNCTION %2()")
        .arg(table, function);
}

} // namespace

Status AccessGuards::installOnServer(
    const Database &database, const QStringList &tables, const QString &schema)
{
    QStringList statements { serverObserverFunction.arg(schema, refusalPrefix) };
    QStringList open = tables;
    for (const Guard &guard : guards) {
        const QString table = QString::fromLatin1(guard.table);
        open.removeAll(table);
        statements << serverFunction(guard, schema)
                   << serverTrigger(table, QStringLiteral("guard_") + table);
    }
    for (const QString &table : std::as_const(open))
        statements << serverTrigger(table, QStringLiteral("guard_observer"));
    for (const QString &sql : statements) {
        SqlStatement statement(database, sql);
        if (Status status = statement.exec(); !status)
            return status;
    }
    return {};
}

Status AccessGuards::install(const Database &database, const QStringList &tables)
{
    QStringList statements;
    QStringList open = tables;
    for (const Guard &guard : guards) {
        open.removeAll(QString::fromLatin1(guard.table));
        for (const char *action : { "insert", "update", "delete" }) {
            const bool ownPassword
                = qstrcmp(guard.table, "account") == 0 && qstrcmp(action, "update") == 0;
            statements << (ownPassword ? accountGuard.arg(refusalPrefix) : trigger(guard, action));
        }
    }
    // The unit's shared work: every member may change it, an observer nothing.
    for (const QString &table : std::as_const(open)) {
        for (const char *action : { "insert", "update", "delete" })
            statements << observerTrigger(table, action);
    }
    for (const QString &sql : statements) {
        SqlStatement statement(database, sql);
        if (Status status = statement.exec(); !status)
            return status;
    }
    return {};
}

QString AccessGuards::refusal(const QString &databaseText)
{
    const qsizetype at = databaseText.indexOf(refusalPrefix);
    if (at < 0)
        return {};
    // The table's name runs to the end of the word: SQLite adds nothing after it, PostgreSQL a
    // line with the error's code.
    QString table = databaseText.mid(at + refusalPrefix.size());
    const qsizetype end = table.indexOf(QRegularExpression(QStringLiteral("[^a-z_]")));
    if (end >= 0)
        table.truncate(end);
    if (table == QLatin1String("observer"))
        return tr("You are signed in as an observer: you may read the unit but not change it.");
    if (table == QLatin1String("person") || table == QLatin1String("assignment"))
        return tr("Only the person's supervisor or the unit head may change a person's record "
                  "or contract.");
    if (table.startsWith(QLatin1String("checkin")))
        return tr("Only the supervisor and the supervisee of a check-in, or the unit head, may "
                  "change it.");
    if (table == QLatin1String("appraisal_locked"))
        return tr("Both sides have signed this appraisal: it is locked, and nobody may change it.");
    if (table.startsWith(QLatin1String("appraisal")))
        return tr("Only the person appraised, their appraising supervisor or the unit head may "
                  "change an appraisal.");
    if (table == QLatin1String("account"))
        return tr("Only the unit head may create accounts or change roles; everyone may change "
                  "their own password.");
    if (table == QLatin1String("unit_setting") || table == QLatin1String("rating_level")
        || table == QLatin1String("competency") || table == QLatin1String("strategy_objective")
        || table == QLatin1String("thematic_area"))
        return tr("Only the unit head may change the unit's settings and lists.");
    return tr("Only the plan's owner, their supervisor or the unit head may change a work plan, "
              "its objectives, activities and progress.");
}

} // namespace Core
