#ifndef BENCH_PROBELAUNCHER_H
#define BENCH_PROBELAUNCHER_H

#include <QString>
#include <QStringList>

namespace Bench {

// Starts a start-up probe (ssedesk-bench-window, ssedesk-bench-bare, beside the benchmark) as a
// new process and reads what it reports on its first paint (see FirstPaint). The probes get
// settings and runtime folders of their own under `workFolder`, never the user's, and Qt's
// offscreen platform unless QT_QPA_PLATFORM says otherwise.
class ProbeLauncher
{
public:
    struct Sample
    {
        double milliseconds = 0; // from the start of the process to its first painted frame
        double peakMegabytes = 0; // VmHWM at that moment
    };

    explicit ProbeLauncher(const QString &workFolder);

    Sample run(const QString &probe, const QStringList &arguments) const;

private:
    QString m_configFolder;
    QString m_runtimeFolder;
};

} // namespace Bench

#endif
