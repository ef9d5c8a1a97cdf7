#include "statementcache.h"

namespace Core {

std::optional<QSqlQuery> StatementCache::take(const QString &sql)
{
    const auto idle = m_idle.find(sql);
    if (idle == m_idle.end() || idle->isEmpty())
        return std::nullopt;
    return idle->takeLast();
}

void StatementCache::giveBack(const QString &sql, QSqlQuery &&query)
{
    query.finish();
    m_idle[sql].append(std::move(query));
}

void StatementCache::clear()
{
    m_idle.clear();
}

int StatementCache::idleCount() const
{
    int count = 0;
    for (const QList<QSqlQuery> &queries : m_idle)
        count += int(queries.size());
    return count;
}

} // namespace Core
