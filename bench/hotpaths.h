#ifndef BENCH_HOTPATHS_H
#define BENCH_HOTPATHS_H

#include <progressentry.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace Core {
class UnitStore;
}

namespace Ui {
class OverviewModel;
}

namespace Bench {

// The hot paths whose instructions callgrind counts (bench/callgrind.sh): the unit overview
// model loading, the dashboard's reads, logging one progress entry, and one performance review
// summary from the database to PDF. Each runs once to warm up, then once more inside collect(),
// the one function callgrind is told to count (--toggle-collect): opening the unit, Qt's start
// and the warm-up stay out of the count. The day is fixed, and so is the demo unit written for
// it, so that the counts can be compared from one run to the next.
class HotPaths
{
public:
    static const QDate today;

    explicit HotPaths(Core::UnitStore &store);
    ~HotPaths();

    static QStringList names();
    void measure(const QString &path);
    // Kept out of line: callgrind finds it by name.
    Q_NEVER_INLINE void collect(const QString &path);

private:
    // What a path needs made beforehand, outside the count.
    void prepare(const QString &path);
    void run(const QString &path);
    void loadOverview();
    void readDashboard();
    void logProgress();
    void writeSummary();

    Core::UnitStore &m_store;
    std::unique_ptr<Ui::OverviewModel> m_overview;
    Core::ProgressEntry m_entry;
};

} // namespace Bench

#endif
