#ifndef CORE_STATEMENTCACHE_H
#define CORE_STATEMENTCACHE_H

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Core {

// The prepared statements of one connection, by SQL text, for SqlStatement to use again.
// Preparing through Qt Sql costs more than running most of our reads (QSqlResult::savePrepare
// and sqlite3_prepare16_v2 were 42% of the dashboard's instructions). A statement is lent to one
// user at a time: a second use of the same text while the first is still being read (a query
// run inside the loop over another's rows) gets one of its own, kept too when given back.
// Owned by Database, which clears it before its connection closes: a QSqlQuery left alive then
// would stop working and make Qt warn that the connection is still in use.
class StatementCache
{
public:
    StatementCache() = default;
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // An idle prepared statement for `sql`, if one was given back.
    std::optional<QSqlQuery> take(const QString &sql);
    // Ends the statement's reading and keeps it for the next user of `sql`. Finishing resets it
    // in SQLite, so an idle statement never holds a read transaction open (which would keep
    // this connection from seeing other writers' changes and the WAL from being checkpointed).
    void giveBack(const QString &sql, QSqlQuery &&query);
    void clear();

    int idleCount() const;

private:
    QHash<QString, QList<QSqlQuery>> m_idle;
};

} // namespace Core

#endif
