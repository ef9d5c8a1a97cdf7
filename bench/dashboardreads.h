#ifndef BENCH_DASHBOARDREADS_H
#define BENCH_DASHBOARDREADS_H

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace Core {
class UnitStore;
}

namespace Bench {

// The reads behind the dashboard and the unit overview, made as the pages make them
// (DashboardPage, SupervisionSummary, OverviewModel), each under the name the benchmark reports.
// Shared by the timings and the callgrind paths, so that both measure the same work.
class DashboardReads
{
public:
    struct Read
    {
        QString name;
        std::function<void()> run;
    };

    DashboardReads(const Core::UnitStore &store, const QDate &today);

    QList<Read> all() const;
    // The unit overview's own read: the overview model and the dashboard's progress chart.
    Read overview() const;

private:
    const Core::UnitStore &m_store;
    QDate m_today;
};

} // namespace Bench

#endif
