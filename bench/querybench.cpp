#include "querybench.h"

#include "dashboardreads.h"
#include "sqliteshell.h"
#include "timing.h"

#include <storage/statementrecorder.h>

#include <QtMath>

#include <algorithm>

namespace Bench {

namespace {

constexpr double frameMs = 16;
// Each timed stretch lasts about this long: the reads are repeated as often as it takes, so
// that the clocks' resolution and the timers' own cost do not count.
constexpr double stretchMs = 50;

int repeatsFor(double onceMs)
{
    return std::clamp(int(qCeil(stretchMs / std::max(onceMs, 0.01))), 1, 2000);
}

} // namespace

QueryBench::QueryBench(const Core::UnitStore &store, const QDate &today, QString databasePath)
    : m_store(store), m_today(today), m_databasePath(std::move(databasePath))
{
}

void QueryBench::measure(BenchTable &table, int runs) const
{
    if (!SqliteShell::isAvailable())
        qFatal(
            "the sqlite3 shell is needed for the query floors (Debian: apt-get install sqlite3)");
    const SqliteShell shell(m_databasePath);
    for (const DashboardReads::Read &read : DashboardReads(m_store, m_today).all()) {
        QList<Core::StatementRecorder::Statement> statements;
        {
            Core::StatementRecorder recorder;
            read.run(); // also warms SQLite's page cache for both sides
            statements = recorder.statements();
        }
        const int repeats = repeatsFor(Timing::milliseconds(read.run));
        // Ours and the shell take turns, so that both meet the same load from other programs.
        QList<double> ours;
        QList<double> floor;
        for (int run = 0; run < runs; ++run) {
            ours.append(Timing::cpuMilliseconds([&] {
                for (int repeat = 0; repeat < repeats; ++repeat)
                    read.run();
            }) / repeats);
            floor.append(shell.cpuMilliseconds(statements, repeats));
        }
        BenchTable::Row row;
        row.measure = read.name;
        row.ours = Timing::median(ours);
        row.floor = Timing::median(floor);
        row.maxRatio = 1.3;
        row.maxValue = frameMs;
        row.note = QStringLiteral("processor time; %1 statement(s), mean of %2 in a row; floor: "
                                  "the sqlite3 shell")
                       .arg(statements.size())
                       .arg(repeats);
        table.add(row);
    }
}

} // namespace Bench
