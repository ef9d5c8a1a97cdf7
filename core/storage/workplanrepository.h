#ifndef CORE_WORKPLANREPOSITORY_H
#define CORE_WORKPLANREPOSITORY_H

#include "../result.h"
#include "../workplan.h"
#include "../workplanrevision.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace Core {

class Database;

// Work plans and their life: draft -> agreed -> active -> closed. Changing an agreed plan opens
// its next revision (see PlanChangeGate); the agreed revisions stay readable.
class WorkPlanRepository : public QObject
{
    Q_OBJECT
public:
    explicit WorkPlanRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<WorkPlan>> all() const; // newest period first
    Result<QList<WorkPlan>> forPerson(Id personId) const; // newest period first
    // The plan a person works to now: active, else agreed, else a draft; never a closed one.
    Result<std::optional<WorkPlan>> current(Id personId) const;
    Result<WorkPlan> find(Id id) const;
    Result<QList<WorkPlanRevision>> revisions(Id planId) const; // superseded ones, newest first

    // A new plan always starts as a draft, revision 1.
    Result<WorkPlan> add(const WorkPlan &plan);
    // Title, period and assignment. On an agreed plan this opens a new revision.
    Status update(const WorkPlan &plan);
    // Only a draft that was never agreed and has no logged progress can be deleted.
    Status remove(Id id);

    Status agree(Id planId, const QDate &agreedOn, Id supervisorId);
    Status activate(Id planId);
    Status close(Id planId);

Q_SIGNALS:
    void changed();

private:
    Status checkNoOverlap(const WorkPlan &plan) const;
    Status move(Id planId, WorkPlan::Status to);

    const Database &m_database;
};

} // namespace Core

#endif
