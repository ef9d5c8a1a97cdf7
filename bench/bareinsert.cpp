#include "bareinsert.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Bench {

namespace {

const QString connectionName = QStringLiteral("ssedesk-bench-floor");

} // namespace

BareInsert::BareInsert(const QString &path, const QList<Statement> &recorded)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    connection.setDatabaseName(path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open())
        qFatal("floor connection: %s", qPrintable(connection.lastError().text()));
    for (const QString &pragma : { QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("PRAGMA synchronous = FULL") }) {
        QSqlQuery query(connection);
        if (!query.exec(pragma))
            qFatal("%s: %s", qPrintable(pragma), qPrintable(query.lastError().text()));
    }
    m_begin = prepared(connection, statementStarting(recorded, QStringLiteral("BEGIN")));
    m_insert = prepared(connection, statementStarting(recorded, QStringLiteral("INSERT")));
    m_commit = prepared(connection, statementStarting(recorded, QStringLiteral("COMMIT")));
}

BareInsert::~BareInsert()
{
    m_begin.reset();
    m_insert.reset();
    m_commit.reset();
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

Core::Id BareInsert::insert()
{
    run(*m_begin);
    run(*m_insert);
    // Our insert returns its id, as the server needs; SQLite commits only once the statement
    // has handed its row over and is finished.
    if (!m_insert->next())
        qFatal("the insert returned no id: %s", qPrintable(m_insert->lastError().text()));
    const Core::Id id = m_insert->value(0).toLongLong();
    m_insert->finish();
    run(*m_commit);
    return id;
}

BareInsert::Statement BareInsert::statementStarting(
    const QList<Statement> &recorded, const QString &keyword)
{
    for (const Statement &statement : recorded) {
        if (statement.sql.startsWith(keyword))
            return statement;
    }
    qFatal("logging progress ran no %s", qPrintable(keyword));
}

std::unique_ptr<QSqlQuery> BareInsert::prepared(
    const QSqlDatabase &connection, const Statement &statement)
{
    auto query = std::make_unique<QSqlQuery>(connection);
    if (!query->prepare(statement.sql))
        qFatal("%s: %s", qPrintable(statement.sql), qPrintable(query->lastError().text()));
    for (const auto &[placeholder, value] : statement.bindings)
        query->bindValue(placeholder, value);
    return query;
}

void BareInsert::run(QSqlQuery &query)
{
    if (!query.exec())
        qFatal("%s: %s", qPrintable(query.lastQuery()), qPrintable(query.lastError().text()));
}

} // namespace Bench
