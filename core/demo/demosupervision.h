#ifndef CORE_DEMOSUPERVISION_H
#define CORE_DEMOSUPERVISION_H

#include "../result.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace Core {

class UnitStore;

// The supervision part of the demo unit, written after its people, plans and deliverables:
// monthly check-ins with carried-over action items and private notes, and appraisal cycles at
// every stage (objectives set, after the mid-term, rated and awaiting the staff member's
// comments, locked).
class DemoSupervision
{
    Q_DECLARE_TR_FUNCTIONS(Core::DemoSupervision)

public:
    struct Counts
    {
        int checkIns = 0;
        int appraisals = 0;
    };

    static Result<Counts> write(UnitStore &store, const QDate &today, QRandomGenerator &random);
};

} // namespace Core

#endif
