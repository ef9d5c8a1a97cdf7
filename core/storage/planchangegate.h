#ifndef CORE_PLANCHANGEGATE_H
#define CORE_PLANCHANGEGATE_H

#include "../result.h"
#include "../workplan.h"

namespace Core {

class Database;

// Every change to a plan's content passes here, inside the caller's transaction. A closed plan
// is refused. An agreed or active plan is first frozen as a readable revision, and the change
// then goes into the next revision, a draft to be agreed again: a change after agreement is a
// new revision, never a silent edit.
class PlanChangeGate
{
public:
    static Result<WorkPlan> open(const Database &database, Id planId, const QString &reason);
};

} // namespace Core

#endif
