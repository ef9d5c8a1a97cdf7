#include "memorybench.h"

#include "timing.h"

namespace Bench {

namespace {

double medianPeak(const QList<ProbeLauncher::Sample> &samples)
{
    QList<double> peaks;
    for (const ProbeLauncher::Sample &sample : samples)
        peaks.append(sample.peakMegabytes);
    return Timing::median(peaks);
}

} // namespace

void MemoryBench::measure(BenchTable &table, const StartupBench::Samples &samples)
{
    BenchTable::Row row;
    row.measure = QStringLiteral("peak RSS, the unit open on the overview");
    row.unit = QStringLiteral("MB");
    row.ours = medianPeak(samples.overview);
    row.floor = medianPeak(samples.bare);
    row.maxAboveFloor = 60;
    row.note = QStringLiteral("VmHWM at the first paint, median of %1; on the dashboard %2 MB")
                   .arg(samples.overview.size())
                   .arg(medianPeak(samples.dashboard), 0, 'f', 1);
    table.add(row);
}

} // namespace Bench
