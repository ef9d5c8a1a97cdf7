#include "startupbench.h"

#include "timing.h"

namespace Bench {

namespace {

const QString windowProbe = QStringLiteral("ssedesk-bench-window");
const QString bareProbe = QStringLiteral("ssedesk-bench-bare");

double medianTime(const QList<ProbeLauncher::Sample> &samples)
{
    QList<double> times;
    for (const ProbeLauncher::Sample &sample : samples)
        times.append(sample.milliseconds);
    return Timing::median(times);
}

} // namespace

StartupBench::StartupBench(const ProbeLauncher &launcher, QString databasePath, QString userEmail)
    : m_launcher(launcher)
    , m_databasePath(std::move(databasePath))
    , m_userEmail(std::move(userEmail))
{
}

StartupBench::Samples StartupBench::run(int runs) const
{
    m_launcher.run(bareProbe, {});
    window(QStringLiteral("dashboard"), true);
    Samples samples;
    for (int run = 0; run < runs; ++run) {
        samples.bare.append(m_launcher.run(bareProbe, {}));
        samples.dashboard.append(window(QStringLiteral("dashboard")));
        samples.overview.append(window(QStringLiteral("overview")));
    }
    return samples;
}

void StartupBench::measure(BenchTable &table, const Samples &samples)
{
    const double floor = medianTime(samples.bare);
    const QList<std::pair<QString, const QList<ProbeLauncher::Sample> *>> pages
        = { { QStringLiteral("cold start to the painted dashboard (where the window opens)"),
                &samples.dashboard },
              { QStringLiteral("cold start to the painted unit overview"), &samples.overview } };
    for (const auto &[measure, sampled] : pages) {
        BenchTable::Row row;
        row.measure = measure;
        row.ours = medianTime(*sampled);
        row.floor = floor;
        row.maxRatio = 1.5;
        row.note = QStringLiteral("median of %1 starts; floor: bare window with one empty "
                                  "QTableView, same size")
                       .arg(sampled->size());
        table.add(row);
    }
}

ProbeLauncher::Sample StartupBench::window(const QString &page, bool signIn) const
{
    QStringList arguments
        = { QStringLiteral("--database"), m_databasePath, QStringLiteral("--page"), page };
    if (signIn)
        arguments << QStringLiteral("--sign-in") << m_userEmail;
    return m_launcher.run(windowProbe, arguments);
}

} // namespace Bench
