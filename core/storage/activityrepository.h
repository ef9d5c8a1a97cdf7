#ifndef CORE_ACTIVITYREPOSITORY_H
#define CORE_ACTIVITYREPOSITORY_H

#include "../activity.h"
#include "../result.h"

#include <QList>
#include <QObject>

namespace Core {

class Database;

// Activities under objectives. Due dates stay inside their plan's period.
class ActivityRepository : public QObject
{
    Q_OBJECT
public:
    explicit ActivityRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Activity>> forObjective(Id objectiveId) const;
    Result<QList<Activity>> forPlan(Id planId) const;
    Result<Activity> find(Id id) const;

    // Appended at the end of its objective. On an agreed plan this opens a new revision.
    Result<Activity> add(const Activity &activity);
    Status update(const Activity &activity);
    // Refused once progress has been logged on it: cancel it instead.
    Status remove(Id id);

Q_SIGNALS:
    void changed();

private:
    Status check(const Activity &activity, Id planId) const;

    const Database &m_database;
};

} // namespace Core

#endif
