#ifndef BENCH_TIMING_H
#define BENCH_TIMING_H

#include <QElapsedTimer>
#include <QList>

namespace Bench {

// Wall-clock and processor time of a piece of work, and the median the benchmark reports: one
// run slowed by another program on a shared machine moves a median less than a mean.
class Timing
{
public:
    // The processor time this process spends on `work` (user and system, as the sqlite3
    // shell's timer counts it): waiting for the processor while other programs run does not
    // count, which keeps short reads comparable on a busy machine.
    template<typename Work> static double cpuMilliseconds(Work work)
    {
        const double start = processCpuMilliseconds();
        work();
        return processCpuMilliseconds() - start;
    }

    template<typename Work> static double milliseconds(Work work)
    {
        QElapsedTimer timer;
        timer.start();
        work();
        return double(timer.nsecsElapsed()) / 1e6;
    }

    template<typename Work> static double median(int runs, Work work)
    {
        QList<double> times;
        for (int run = 0; run < runs; ++run)
            times.append(milliseconds(work));
        return median(times);
    }

    static double median(QList<double> values);

private:
    static double processCpuMilliseconds();
};

} // namespace Bench

#endif
