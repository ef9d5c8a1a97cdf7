#ifndef CORE_SQLSTATEMENT_H
#define CORE_SQLSTATEMENT_H

#include "../id.h"
#include "../result.h"
#include "statementrecorder.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Core {

class Database;
class StatementCache;

// One prepared statement with bound values. Every failure (prepare or exec) comes back as an
// Error carrying the driver's text, through Database::failure, so no call site can forget to
// check. Also the one place where our value conventions meet SQL: dates as ISO YYYY-MM-DD,
// instants as UTC ISO text, a 0 id as NULL. The statement is prepared once per connection and
// text and used again (StatementCache): every placeholder must be bound before each exec().
class SqlStatement
{
public:
    SqlStatement(const Database &database, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    SqlStatement &bindText(const QString &placeholder, const QString &value);
    SqlStatement &bindDate(const QString &placeholder, const QDate &date);
    SqlStatement &bindId(const QString &placeholder, Id id);

    Status exec();
    bool next() { return m_query.next(); }
    // The id an "INSERT ... RETURNING id" gave the new row (both databases answer it as a row).
    // Ends the statement: SQLite would not commit while it is still being read.
    Id insertedId();
    // Ends a statement whose rows have been read, so that its transaction may commit.
    void finish() { m_query.finish(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    QString text(int column) const { return m_query.value(column).toString(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    Id id(int column) const { return m_query.value(column).toLongLong(); }
    bool flag(int column) const { return m_query.value(column).toInt() != 0; }
    QDate date(int column) const;
    QDateTime instant(int column) const;
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    // As the driver gives it, for a value only handed back to the database.
    QVariant value(int column) const { return m_query.value(column); }

    static QString instantText(const QDateTime &instant);

private:
    void recordBinding(const QString &placeholder, const QVariant &value);

    const Database &m_database;
    StatementCache &m_cache;
    QSqlQuery m_query;
    QString m_sql;
    Error m_prepareError;
    // A server prepares only queries and changes of rows; the rest (DDL, SET, BEGIN) is sent as
    // it is, each time.
    bool m_direct = false;
    // Kept only while a StatementRecorder listens: Qt 6.4 cannot name a bound value afterwards.
    QList<std::pair<QString, QVariant>> m_recordedBindings;
};

} // namespace Core

#endif
