#ifndef CORE_DATEOVERLAP_H
#define CORE_DATEOVERLAP_H

#include <QString>

namespace Core {

// Things with a start and an end date (missions, meetings) that overlap the range :from..:to.
// "start_date <= :to AND end_date >= :from" bounds each column on one side only, and SQLite,
// with no statistics, judges no index worth it and reads the whole table. Nothing starts
// earlier than :from less the longest span of the table, so that bound is added: the start
// then lies in a closed range the (start_date, end_date) index searches. The longest span comes
// from an index on the span expression (schema version 7), one step down it.
class DateOverlap
{
public:
    // The condition for `table`, one of core's own table names with start_date and end_date
    // columns; :from and :to are left to bind.
    static QString condition(const QString &table);
};

} // namespace Core

#endif
