#include "serverroles.h"

#include "accountrepository.h"
#include "database.h"
#include "peoplerepository.h"
#include "serverschema.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QStringList>

namespace Core {

namespace {

const QString memberGroup = QStringLiteral("ssedesk_member");

// Tables whose rows are confidential to an appraisal's or a check-in's two parties, with the
// condition that shows a row: the parent's own policy applies inside the EXISTS, so a child
// row is seen by whoever sees its parent.
struct Confidential
{
    const char *table;
    const char *visible;
};

constexpr Confidential confidentialTables[] = {
    { "appraisal", "ssedesk_may_see_pair(person_id, supervisor_id)" },
    { "appraisal_objective", "EXISTS (SELECT 1 FROM appraisal a WHERE a.id = appraisal_id)" },
    // The supervisor's ratings reach the person appraised once the supervisor has signed.
    { "appraisal_rating",
        "EXISTS (SELECT 1 FROM appraisal a WHERE a.id = appraisal_id AND (a.person_id IS "
        "DISTINCT FROM ssedesk_actor_id() OR a.supervisor_acknowledged_on IS NOT NULL))" },
    { "checkin", "ssedesk_may_see_pair(supervisee_id, supervisor_id)" },
    { "checkin_action", "EXISTS (SELECT 1 FROM checkin c WHERE c.id = checkin_id)" },
    { "checkin_agenda", "EXISTS (SELECT 1 FROM checkin c WHERE c.id = checkin_id)" },
    { "checkin_objective", "EXISTS (SELECT 1 FROM checkin c WHERE c.id = checkin_id)" },
    { "checkin_recurring", "ssedesk_may_see_pair(supervisee_id, supervisor_id)" },
};

// Columns nobody reads directly: the functions of the same name (ServerSchema::installRules)
// give them to whom they belong.
struct HiddenColumn
{
    const char *table;
    const char *column;
};

constexpr HiddenColumn hiddenColumns[] = {
    { "checkin", "private_notes" },
    { "appraisal", "supervisor_comments" },
    { "account", "password_hash" },
};

bool isHidden(const QString &table, const QString &column)
{
    for (const HiddenColumn &hidden : hiddenColumns) {
        if (table == QLatin1String(hidden.table) && column == QLatin1String(hidden.column))
            return true;
    }
    return false;
}

Status run(const Database &database, const QString &sql)
{
    SqlStatement statement(database, sql);
    return statement.exec();
}

// CREATE ROLE takes no bound values: the server quotes them itself, with format()'s %I and %L.
const QString loginFunction = QStringLiteral(R"(
    CREATE OR REPLACE FUNCTION pg_temp.ssedesk_create_login(login text, password text,
        grouprole text) RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, password);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
        END IF;
        EXECUTE format('GRANT %I TO %I', grouprole, login);
    END $fn$)");

const QString groupFunction = QStringLiteral(R"(
    CREATE OR REPLACE FUNCTION pg_temp.ssedesk_create_group(grouprole text, member text)
        RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grouprole) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', grouprole);
        END IF;
        IF member <> '' THEN
            EXECUTE format('GRANT %I TO %I', member, grouprole);
        END IF;
    END $fn$)");

Result<QStringList> tablesOf(const Database &database)
{
    SqlStatement query(database,
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                       "ORDER BY tablename"));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList tables;
    while (query.next())
        tables << query.text(0);
    return tables;
}

Result<QStringList> visibleColumns(const Database &database, const QString &table)
{
    SqlStatement query(database,
        QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                       "current_schema() AND table_name = :table ORDER BY ordinal_position"));
    query.bind(QStringLiteral(":table"), table);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList columns;
    while (query.next()) {
        if (!isHidden(table, query.text(0)))
            columns << QLatin1Char('"') + query.text(0) + QLatin1Char('"');
    }
    return columns;
}

// The statements granting this schema to the groups. Identifiers are our own tables' and
// columns' names, read from the catalogue and quoted, and our own group roles'.
Result<QStringList> grants(const Database &database, const QString &schema)
{
    QStringList statements;
    const QString members = memberGroup;
    const QString writers = QStringList { ServerRoles::groupRole(Actor::Role::UnitHead),
        ServerRoles::groupRole(Actor::Role::Supervisor),
        ServerRoles::groupRole(Actor::Role::Staff) }
                                .join(QStringLiteral(", "));
    statements
        << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2")
               .arg(schema, members)
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, members)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, writers);
    auto tables = tablesOf(database);
    if (!tables)
        return tables.error();
    for (const QString &table : std::as_const(tables.value())) {
        const QString quoted = QLatin1Char('"') + table + QLatin1Char('"');
        auto columns = visibleColumns(database, table);
        if (!columns)
            return columns.error();
        statements << QStringLiteral("GRANT SELECT (%1) ON %2 TO %3")
                          .arg(columns.value().join(QStringLiteral(", ")), quoted, members);
        // The trail and the schema's version are written by the owner's functions alone; the
        // accounts by the unit's owner (server add-user).
        if (table == QLatin1String("audit_event") || table == QLatin1String("ssedesk_schema")
            || table == QLatin1String("account"))
            continue;
        statements
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(quoted, writers);
    }
    return statements;
}

QStringList rowSecurity()
{
    QStringList statements;
    for (const Confidential &confidential : confidentialTables) {
        const QString table = QString::fromLatin1(confidential.table);
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("DROP POLICY IF EXISTS parties ON %1").arg(table)
                   << QStringLiteral("CREATE POLICY parties ON %1 USING (%2)")
                          .arg(table, QString::fromLatin1(confidential.visible));
    }
    // The history of an appraisal or a check-in is as confidential as they are.
    statements << QStringLiteral("ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("ALTER TABLE audit_event FORCE ROW LEVEL SECURITY")
               << QStringLiteral("DROP POLICY IF EXISTS readers ON audit_event")
               << QStringLiteral("DROP POLICY IF EXISTS writers ON audit_event")
               << QStringLiteral(
                      "CREATE POLICY readers ON audit_event FOR SELECT USING (CASE "
                      "coalesce(parent_entity, entity) WHEN 'appraisal' THEN ssedesk_actor_role() "
                      "IS NOT DISTINCT FROM 'unit_head' OR EXISTS (SELECT 1 FROM appraisal a "
                      "WHERE a.id = coalesce(parent_id, entity_id)) WHEN 'checkin' THEN "
                      "ssedesk_actor_role() IS NOT DISTINCT FROM 'unit_head' OR EXISTS (SELECT 1 "
                      "FROM checkin c WHERE c.id = coalesce(parent_id, entity_id)) ELSE true END)")
               << QStringLiteral(
                      "CREATE POLICY writers ON audit_event FOR INSERT WITH CHECK (true)");
    return statements;
}

} // namespace

QString ServerRoles::groupRole(Actor::Role role)
{
    return QStringLiteral("ssedesk_") + Actor::roleKey(role);
}

Status ServerRoles::initialise(const Database &owner)
{
    auto schema = ServerSchema::currentSchema(owner);
    if (!schema)
        return schema.error();
    TransactionGuard transaction(owner);
    if (!transaction.began())
        return transaction.began();
    if (Status status = run(owner, groupFunction); !status)
        return status;
    QStringList groups { memberGroup };
    for (Actor::Role role : Actor::roles())
        groups << groupRole(role);
    for (const QString &group : std::as_const(groups)) {
        SqlStatement create(
            owner, QStringLiteral("SELECT pg_temp.ssedesk_create_group(:group, :member)"));
        create.bind(QStringLiteral(":group"), group)
            .bind(QStringLiteral(":member"), group == memberGroup ? QString() : memberGroup);
        if (Status status = create.exec(); !status)
            return status.error().withContext(tr("Creating the group role %1").arg(group));
    }
    auto statements = grants(owner, schema.value());
    if (!statements)
        return statements.error();
    for (const QString &sql : statements.value() + rowSecurity()) {
        if (Status status = run(owner, sql); !status)
            return status;
    }
    return transaction.commit();
}

Status ServerRoles::addUser(
    const Database &owner, const QString &email, Actor::Role role, const QString &password)
{
    const PeopleRepository people(owner);
    auto person = people.findByEmail(email);
    if (!person)
        return person.error();
    const QString login = person.value().email.trimmed().toLower();
    if (login.toUtf8().size() > 63)
        return Error::validation(
            tr("%1 is longer than the 63 bytes a PostgreSQL role name may have.").arg(login),
            QStringLiteral("email"));
    TransactionGuard transaction(owner);
    if (!transaction.began())
        return transaction.began();
    AccountRepository accounts(owner);
    // A unit moved from its file (ssedesk migrate) brings its accounts: the person keeps theirs,
    // with the role given here, and gains the login.
    if (Status created = accounts.create(person.value().id, role, password); !created) {
        if (created.error().code() != Error::Code::Conflict)
            return created;
        if (Status status = accounts.setRole(person.value().id, role); !status)
            return status;
    }
    if (Status status = run(owner, loginFunction); !status)
        return status;
    SqlStatement create(
        owner, QStringLiteral("SELECT pg_temp.ssedesk_create_login(:login, :password, :group)"));
    create.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":password"), password)
        .bind(QStringLiteral(":group"), groupRole(role));
    if (Status status = create.exec(); !status)
        return status.error().withContext(tr("Creating the login %1").arg(login));
    return transaction.commit();
}

} // namespace Core
