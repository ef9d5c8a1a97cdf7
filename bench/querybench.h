#ifndef BENCH_QUERYBENCH_H
#define BENCH_QUERYBENCH_H

#include "benchtable.h"

#include <QDate>
#include <QString>

namespace Core {
class UnitStore;
}

namespace Bench {

// Each read of the dashboard and the unit overview against the same statements run by the
// sqlite3 shell (see SqliteShell): ours goes through core's public API (and the ui's
// SupervisionSummary where the dashboard goes through it), from the call to the finished list
// of records; the statements are those core records while it runs them (StatementRecorder), so
// no SQL is written here. Both sides count processor time (see SqliteShell). Budget: 1.3x the
// shell, and under a 16 ms frame.
class QueryBench
{
public:
    QueryBench(const Core::UnitStore &store, const QDate &today, QString databasePath);

    void measure(BenchTable &table, int runs) const;

private:
    const Core::UnitStore &m_store;
    QDate m_today;
    QString m_databasePath;
};

} // namespace Bench

#endif
