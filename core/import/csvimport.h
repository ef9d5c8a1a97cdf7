#ifndef CORE_CSVIMPORT_H
#define CORE_CSVIMPORT_H

#include "../result.h"
#include "../workplan.h"
#include "importreport.h"
#include "peoplecandidate.h"
#include "workplancandidate.h"

#include <QCoreApplication>

namespace Core {

class UnitStore;

// Applies what PeopleCsv or WorkPlanCsv read to the unit, through the repositories: the same
// rules as a person typing the rows in, in one transaction, all rows or none. Every row is tried
// even after one fails, so that the report lists every problem at once. A dry run does all of it
// and rolls back: it checks against the stored data (e-mails taken, supervisors, the plan's
// period and state) and writes nothing. A candidate with problems of its own is never written.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(Core::CsvImport)
public:
    enum class Mode { DryRun, Write };

    // New people only: an e-mail address the unit already has is a problem, not an update.
    static ImportReport applyPeople(UnitStore &store, const PeopleCandidate &candidate, Mode mode);
    // Into an existing plan that is not closed; on an agreed plan the import opens the next
    // revision, as any change after agreement does.
    static ImportReport applyWorkPlan(
        UnitStore &store, Id planId, const WorkPlanCandidate &candidate, Mode mode);
    // The plan a work-plan file for this person goes into: their current one.
    static Result<WorkPlan> currentPlanOf(const UnitStore &store, const QString &email);
};

} // namespace Core

#endif
