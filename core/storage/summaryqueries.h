#ifndef CORE_SUMMARYQUERIES_H
#define CORE_SUMMARYQUERIES_H

#include "../performancesummary.h"
#include "../result.h"

#include <QCoreApplication>

namespace Core {

class Database;

// The reads behind performance review summaries: one person's cycle, or everyone's at once
// with a fixed number of queries whatever the unit's size (never a query per person).
class SummaryQueries
{
    Q_DECLARE_TR_FUNCTIONS(Core::SummaryQueries)
public:
    explicit SummaryQueries(const Database &database);

    // The cycle of `year`: the person's appraisal cycle starting in that year when there is
    // one, else 1 January to 31 December. An unknown person is a not-found error; a person
    // with nothing in the cycle gives a summary whose isEmpty() is true. `today` decides what
    // is overdue (back-to-office reports) and how long a pending draft has waited.
    Result<PerformanceSummary> forPerson(Id personId, int year, const QDate &today) const;
    // Every person of the unit with anything in the year, ordered by name.
    Result<QList<PerformanceSummary>> forUnit(int year, const QDate &today) const;

private:
    Status checkMaySee(Id personId) const;

    const Database &m_database;
};

} // namespace Core

#endif
