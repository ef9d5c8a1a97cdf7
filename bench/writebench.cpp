#include "writebench.h"

#include "bareinsert.h"
#include "timing.h"

#include <storage/progressrepository.h>
#include <storage/supervisionqueries.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

namespace Bench {

WriteBench::WriteBench(Core::UnitStore &store, const QDate &today) : m_store(store), m_today(today)
{
}

void WriteBench::measure(BenchTable &table, int runs) const
{
    const Core::ProgressEntry entry = entryToLog(m_store, m_today);
    // The first change of a connection makes its trail and guards (Database::ensureWriteRules)
    // and warms the cache both sides read: it is neither timed nor recorded.
    QList<Core::Id> logged { logOurs(entry) };
    QList<Statement> recorded;
    {
        Core::StatementRecorder recorder;
        logged.append(logOurs(entry));
        recorded = recorder.statements();
    }
    QList<double> ours;
    QList<double> floor;
    {
        BareInsert bare(m_store.path(), recorded);
        logged.append(bare.insert());
        for (int run = 0; run < runs; ++run) {
            ours.append(Timing::milliseconds([&] { logged.append(logOurs(entry)); }));
            floor.append(Timing::milliseconds([&] { logged.append(bare.insert()); }));
        }
    }
    for (Core::Id id : std::as_const(logged)) {
        if (Core::Status removed = m_store.progress().remove(id); !removed)
            qFatal("%s", qPrintable(removed.error().message()));
    }
    BenchTable::Row row;
    row.measure = QStringLiteral("log one progress entry, durable");
    row.ours = Timing::median(ours);
    row.floor = Timing::median(floor);
    row.maxRatio = 1.3;
    row.note = QStringLiteral("%1 statements; floor: bare prepared insert, same transaction and "
                              "pragmas (synchronous=FULL, WAL)")
                   .arg(recorded.size());
    table.add(row);
}

Core::ProgressEntry WriteBench::entryToLog(const Core::UnitStore &store, const QDate &today)
{
    const auto open = store.supervision().openActivities(0);
    if (!open)
        qFatal("%s", qPrintable(open.error().message()));
    for (const Core::Deadline &activity : open.value()) {
        const auto plan = store.workPlans().find(activity.planId);
        if (!plan || plan.value().isClosed() || !plan.value().contains(today))
            continue;
        Core::ProgressEntry entry;
        entry.objectiveId = activity.objectiveId;
        entry.activityId = activity.activityId;
        entry.authorId = activity.personId;
        entry.date = today;
        entry.percent = activity.latestPercent;
        entry.text = QStringLiteral("Benchmark: one more step on %1.").arg(activity.activityTitle);
        return entry;
    }
    qFatal("no open activity to log progress on");
}

Core::Id WriteBench::logOurs(const Core::ProgressEntry &entry) const
{
    const auto logged = m_store.progress().log(entry, m_today);
    if (!logged)
        qFatal("%s", qPrintable(logged.error().message()));
    return logged.value().id;
}

} // namespace Bench
