#ifndef CORE_SUPERVISIONQUERIES_H
#define CORE_SUPERVISIONQUERIES_H

#include "../deadline.h"
#include "../result.h"
#include "../supervisionrow.h"

#include <QDate>
#include <QList>

namespace Core {

class Database;

// What the unit head looks at every morning. Each answer costs a fixed number of queries,
// whatever the number of people or plans: never one query per row.
class SupervisionQueries
{
public:
    explicit SupervisionQueries(const Database &database);

    // One row per supervisee (everyone with a supervisor), or only the direct supervisees of
    // `supervisorId` when it is set.
    Result<QList<SupervisionRow>> overview(const QDate &today, Id supervisorId = 0) const;
    // Open activities of plans that are not closed, due before today; oldest first.
    Result<QList<Deadline>> overdue(const QDate &today, Id personId = 0) const;
    // Open activities due from today to today + days; soonest first.
    Result<QList<Deadline>> dueWithin(const QDate &today, int days, Id personId = 0) const;
    // Open activities of a person's plans that are not closed, by due date: what "Log progress"
    // offers first.
    Result<QList<Deadline>> openActivities(Id personId) const;
    // Assignments ending from today to today + days.
    Result<QList<EndingAssignment>> contractsEnding(const QDate &today, int days = 90) const;

private:
    Result<QList<Deadline>> deadlines(const QDate &from, const QDate &to, Id personId) const;

    const Database &m_database;
};

} // namespace Core

#endif
