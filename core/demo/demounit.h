#ifndef CORE_DEMOUNIT_H
#define CORE_DEMOUNIT_H

#include "../result.h"

#include <QCoreApplication>
#include <QDate>

namespace Core {

class UnitStore;

// Writes a realistic, invented demo unit into an empty store: a unit head, technical officers,
// three JPOs, two interns and national consultants, with agreed work plans (ICLS paper, NAC and
// GAC meetings, national and global reports with translations) and a year of weekly progress
// up to `today`; projects in Senegal, the Philippines and Colombia and a global one, with
// partners, meetings (NACs, GAC, ICLS), deliverables with language versions and missions.
// `scale` multiplies people and history (10 is about a decade of a unit). The same seed gives
// the same unit.
class DemoUnit
{
    Q_DECLARE_TR_FUNCTIONS(Core::DemoUnit)

public:
    struct Counts
    {
        int people = 0;
        int plans = 0;
        int objectives = 0;
        int activities = 0;
        int progressEntries = 0;
        int projects = 0;
        int partners = 0;
        int meetings = 0;
        int deliverables = 0;
        int missions = 0;
        int checkIns = 0;
        int appraisals = 0;
    };

    static Result<Counts> write(
        UnitStore &store, const QDate &today, int scale = 1, quint32 seed = 2023);
};

} // namespace Core

#endif
