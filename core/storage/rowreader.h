#ifndef CORE_ROWREADER_H
#define CORE_ROWREADER_H

#include "../activity.h"
#include "../assignment.h"
#include "../objective.h"
#include "../person.h"
#include "../progressentry.h"
#include "../result.h"
#include "../workplan.h"

#include <QCoreApplication>
#include <QList>

namespace Core {

class Database;
class SqlStatement;

// Turns rows into domain records. Each record type has one column list, used by every query
// that reads it, so a new column is added in one place.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(Core::RowReader)

public:
    static const QString personColumns;
    static const QString assignmentColumns;
    static const QString planColumns;
    static const QString objectiveColumns;
    static const QString activityColumns;
    static const QString progressColumns;
    // Correlated subqueries giving the latest percent logged on `activity` (or on `objective`
    // itself), NULL when nothing was logged. They ride the progress_* indexes.
    static const QString latestActivityPercent;
    static const QString latestObjectivePercent;

    static Person person(const SqlStatement &row);
    static Assignment assignment(const SqlStatement &row);
    static WorkPlan plan(const SqlStatement &row);
    static Objective objective(const SqlStatement &row);
    static Activity activity(const SqlStatement &row);
    static ProgressEntry progress(const SqlStatement &row);

    // Runs a prepared, bound statement and reads every row with `read`.
    template<typename T, typename Read>
    static Result<QList<T>> all(SqlStatement &statement, Read read);
    template<typename T, typename Read>
    static Result<T> one(SqlStatement &statement, Read read, const QString &notFound);

    static Result<WorkPlan> planById(const Database &database, Id planId);
    static Result<Objective> objectiveById(const Database &database, Id objectiveId);
    static Result<Activity> activityById(const Database &database, Id activityId);
    static Result<QList<Objective>> objectivesOfPlan(const Database &database, Id planId);
    static Result<QList<Activity>> activitiesOfPlan(const Database &database, Id planId);
};

} // namespace Core

#include "sqlstatement.h"

namespace Core {

template<typename T, typename Read>
Result<QList<T>> RowReader::all(SqlStatement &statement, Read read)
{
    if (Status status = statement.exec(); !status)
        return status.error();
    QList<T> rows;
    while (statement.next())
        rows.append(read(statement));
    return rows;
}

template<typename T, typename Read>
Result<T> RowReader::one(SqlStatement &statement, Read read, const QString &notFound)
{
    if (Status status = statement.exec(); !status)
        return status.error();
    if (!statement.next())
        return Error::notFound(notFound);
    return read(statement);
}

} // namespace Core

#endif
