#ifndef BENCH_WRITEBENCH_H
#define BENCH_WRITEBENCH_H

#include "benchtable.h"

#include <progressentry.h>
#include <storage/statementrecorder.h>

#include <QDate>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Bench {

// Logging one progress entry, durably: ProgressRepository::log (its checks, the activity moved
// along, the insert, the commit under synchronous=FULL) against a bare prepared insert of the
// same row, in the same kind of transaction, through Qt Sql on the same file with the same
// pragmas. The insert, its transaction and its values are those core ran (StatementRecorder).
// The two alternate, one entry each, and every entry logged is removed afterwards. Budget 1.3x.
class WriteBench
{
public:
    WriteBench(Core::UnitStore &store, const QDate &today);

    void measure(BenchTable &table, int runs) const;
    // What "Log progress" offers first: an open activity of a plan that is not closed and runs
    // `today`, logged at the percent it already has.
    static Core::ProgressEntry entryToLog(const Core::UnitStore &store, const QDate &today);

private:
    using Statement = Core::StatementRecorder::Statement;

    Core::Id logOurs(const Core::ProgressEntry &entry) const;

    Core::UnitStore &m_store;
    QDate m_today;
};

} // namespace Bench

#endif
