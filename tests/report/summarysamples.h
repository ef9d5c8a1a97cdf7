#ifndef TESTS_SUMMARYSAMPLES_H
#define TESTS_SUMMARYSAMPLES_H

#include "performancesummary.h"

#include <QString>

// Performance summaries written out by hand, as the queries would return them: the renderers
// are tested on known facts without a database.
class SummarySamples
{
public:
    // A JPO's full cycle: objectives with progress, a learning element, deliverables with
    // language versions, missions, check-ins, review rounds and a locked appraisal.
    static Core::PerformanceSummary full();
    // Someone with nothing in the cycle.
    static Core::PerformanceSummary empty();
    // Accents, a right-to-left name and text that looks like markup or a formula.
    static Core::PerformanceSummary unusualText();
    // One objective with `count` long achievements, each note opening with "ROW<n>-BEGIN" and
    // closing with "ROW<n>-END", its activity called "Activity <n>": a row split across pages
    // shows as the markers of one row on two pages.
    static Core::PerformanceSummary longAchievements(int count);

    static QString rowBegin(int row) { return QStringLiteral("ROW%1-BEGIN").arg(row); }
    static QString rowEnd(int row) { return QStringLiteral("ROW%1-END").arg(row); }
};

#endif
