#ifndef BENCH_SUMMARYBENCH_H
#define BENCH_SUMMARYBENCH_H

#include "benchtable.h"

#include <performancesummary.h>

#include <QDate>
#include <QString>

namespace Core {
class UnitStore;
}

namespace Bench {

// Performance review summaries against their floors (issue 5): one summary from the database to
// PDF against printing the same pages with a bare QTextDocument, and the whole unit's batch
// against the template-and-convert way, LibreOffice turning one document per person into PDF.
class SummaryBench
{
public:
    SummaryBench(Core::UnitStore &store, int year, const QDate &today, QString workFolder);

    void measureOneSummary(BenchTable &table, int runs) const;
    void measureBatch(BenchTable &table, int sampleConversions) const;

private:
    Core::PerformanceSummary richestSummary() const;
    double convertOne(const QString &odt, const QString &outFolder) const;

    Core::UnitStore &m_store;
    int m_year;
    QDate m_today;
    QString m_workFolder;
};

} // namespace Bench

#endif
