#ifndef BENCH_STARTUPBENCH_H
#define BENCH_STARTUPBENCH_H

#include "benchtable.h"
#include "probelauncher.h"

#include <QList>
#include <QString>

namespace Bench {

// Cold start: from starting the process to the first painted page of the desk on the unit
// (ssedesk-bench-window: the dashboard, where the window opens, and the unit overview), against
// a bare Qt window showing one empty table view (ssedesk-bench-bare). A warm-up start of each,
// not counted, signs the unit head in (the window would ask who the user is at every start
// otherwise), takes the day's automatic backup and brings the files into the page cache, as on
// any start after the first; then the three alternate. Budget: 1.5x the bare window.
class StartupBench
{
public:
    struct Samples
    {
        QList<ProbeLauncher::Sample> bare;
        QList<ProbeLauncher::Sample> dashboard;
        QList<ProbeLauncher::Sample> overview;
    };

    StartupBench(const ProbeLauncher &launcher, QString databasePath, QString userEmail);

    Samples run(int runs) const;
    static void measure(BenchTable &table, const Samples &samples);

private:
    ProbeLauncher::Sample window(const QString &page, bool signIn = false) const;

    const ProbeLauncher &m_launcher;
    QString m_databasePath;
    QString m_userEmail;
};

} // namespace Bench

#endif
