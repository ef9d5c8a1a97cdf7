#ifndef CORE_DEMOREVIEWROUNDS_H
#define CORE_DEMOREVIEWROUNDS_H

#include "../deliverable.h"
#include "../result.h"

#include <QCoreApplication>
#include <QDate>

namespace Core {

class UnitStore;

// Brings a demo deliverable, being drafted, to the review stage it should show, through real
// review rounds dated in the past: so that "in review" has waited a few weeks, and a cleared
// paper shows the revision it went through.
class DemoReviewRounds
{
    Q_DECLARE_TR_FUNCTIONS(Core::DemoReviewRounds)

public:
    static Status stage(
        UnitStore &store, const QDate &today, Id deliverableId, Deliverable::Status target);
};

} // namespace Core

#endif
