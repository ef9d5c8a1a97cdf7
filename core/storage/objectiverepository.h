#ifndef CORE_OBJECTIVEREPOSITORY_H
#define CORE_OBJECTIVEREPOSITORY_H

#include "../objective.h"
#include "../referenceitem.h"
#include "../result.h"
#include "../workplan.h"

#include <QList>
#include <QObject>

namespace Core {

class Database;

// Objectives and learning elements of work plans, and the reference lists that tag them
// (strategy objectives, thematic areas).
class ObjectiveRepository : public QObject
{
    Q_OBJECT
public:
    explicit ObjectiveRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Objective>> forPlan(Id planId) const; // work objectives first, then learning
    Result<Objective> find(Id id) const;
    Result<QList<ReferenceItem>> strategyObjectives() const;
    Result<QList<ReferenceItem>> thematicAreas() const;

    // Appended at the end of its plan. On an agreed plan this opens a new revision.
    Result<Objective> add(const Objective &objective);
    Status update(const Objective &objective);
    // Its activities go with it; refused once progress has been logged on it.
    Status remove(Id id);

Q_SIGNALS:
    void changed();

private:
    Status check(const Objective &objective, const WorkPlan &plan) const;
    Status writeThemes(const Objective &objective) const;

    const Database &m_database;
};

} // namespace Core

#endif
