#include "dateoverlap.h"

namespace Core {

QString DateOverlap::condition(const QString &table)
{
    // The span expression must stay the one the version 7 indexes were made on, word for word:
    // SQLite uses an index on an expression only for that same expression.
    return QStringLiteral(
        "%1.start_date <= :to AND %1.start_date >= date(:from, '-' || (SELECT "
        "coalesce(max(julianday(end_date) - julianday(start_date)), 0) FROM %1) || ' days') AND "
        "%1.end_date >= :from")
        .arg(table);
}

} // namespace Core
