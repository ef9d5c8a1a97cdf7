#ifndef CORE_PROGRESSREPOSITORY_H
#define CORE_PROGRESSREPOSITORY_H

#include "../planprogress.h"
#include "../progressentry.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace Core {

class Database;

// The progress log, and the progress computed from it.
class ProgressRepository : public QObject
{
    Q_OBJECT
public:
    explicit ProgressRepository(const Database &database, QObject *parent = nullptr);

    // Newest first. forObjective includes the entries on its activities.
    Result<QList<ProgressEntry>> forPlan(Id planId) const;
    Result<QList<ProgressEntry>> forObjective(Id objectiveId) const;
    Result<QList<ProgressEntry>> forActivity(Id activityId) const;
    Result<ProgressEntry> find(Id id) const;
    Result<PlanProgress> planProgress(Id planId) const;

    // Logging on an activity also moves it along: planned -> in progress once work is logged,
    // completed at 100 %, back to in progress if a completed one is logged below 100 %.
    // `today` bounds the entry date (no progress from the future).
    Result<ProgressEntry> log(const ProgressEntry &entry, const QDate &today);
    Status remove(Id id);

Q_SIGNALS:
    void changed();

private:
    const Database &m_database;
};

} // namespace Core

#endif
