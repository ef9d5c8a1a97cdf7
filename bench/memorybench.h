#ifndef BENCH_MEMORYBENCH_H
#define BENCH_MEMORYBENCH_H

#include "benchtable.h"
#include "startupbench.h"

namespace Bench {

// Peak memory: the resident set's high-water mark (VmHWM) of the desk showing the unit overview
// at its first paint, against the bare window's, both read by the probes StartupBench starts.
// Budget: the floor + 60 MB.
class MemoryBench
{
public:
    static void measure(BenchTable &table, const StartupBench::Samples &samples);
};

} // namespace Bench

#endif
