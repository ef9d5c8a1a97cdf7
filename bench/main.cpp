// ssedesk-bench: the speed budgets, each against its floor measured in the same run. Not a
// test: CI does not run it, since timings on a shared machine prove nothing; run it by hand
// (see the README) on a quiet machine.
#include "benchtable.h"
#include "filterbench.h"
#include "memorybench.h"
#include "probelauncher.h"
#include "querybench.h"
#include "startupbench.h"
#include "summarybench.h"
#include "writebench.h"

#include <demo/demounit.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const QStringList measureGroups = { QStringLiteral("startup"), QStringLiteral("queries"),
    QStringLiteral("filter"), QStringLiteral("write"), QStringLiteral("summaries") };

// The unit head signs in to the windows the start-up measures open: the one who looks at the
// dashboard every morning.
QString unitHeadEmail(const Core::UnitStore &store)
{
    const auto people = store.people().all();
    if (!people)
        qFatal("%s", qPrintable(people.error().message()));
    for (const Core::Person &person : people.value()) {
        if (person.category == Core::Person::Category::UnitHead)
            return person.email;
    }
    qFatal("the unit has no head");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures SSE Unit Desk against its floors on a demo --scale 10 unit."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("database"),
            QStringLiteral("The unit to measure; written as demo --scale 10 if missing."),
            QStringLiteral("FILE"), QStringLiteral("bench-unit.ssedesk") },
        { QStringLiteral("csv"), QStringLiteral("Where the table is written as CSV."),
            QStringLiteral("FILE"), QStringLiteral("bench-results.csv") },
        { QStringLiteral("runs"), QStringLiteral("Runs per measure; the median counts."),
            QStringLiteral("N"), QStringLiteral("7") },
        { QStringLiteral("sample"),
            QStringLiteral("Documents LibreOffice converts one at a time for the convert way."),
            QStringLiteral("N"), QStringLiteral("5") },
        { QStringLiteral("only"),
            QStringLiteral("Measure these groups only, comma-separated: %1.")
                .arg(measureGroups.join(QLatin1String(", "))),
            QStringLiteral("GROUPS"), measureGroups.join(QLatin1Char(',')) },
    });
    parser.process(app);

    const QStringList groups = parser.value(QStringLiteral("only")).split(QLatin1Char(','));
    for (const QString &group : groups) {
        if (!measureGroups.contains(group))
            parser.showHelp(1);
    }
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QDate today = QDate::currentDate();
    // Absolute: the probes open it from their own folder, and the window remembers its user
    // by the file's path.
    const QString path = QFileInfo(parser.value(QStringLiteral("database"))).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    auto opened = Core::UnitStore::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message()));
    Core::UnitStore &store = *opened.value();
    if (!existed) {
        out << "Writing the demo unit at scale 10 into " << path << "...\n";
        out.flush();
        if (auto written = Core::DemoUnit::write(store, today, 10); !written)
            qFatal("%s", qPrintable(written.error().message()));
    }

    QTemporaryDir work;
    Bench::BenchTable table;
    if (groups.contains(QStringLiteral("startup"))) {
        const Bench::ProbeLauncher launcher(work.path());
        const auto samples = Bench::StartupBench(launcher, path, unitHeadEmail(store)).run(runs);
        Bench::StartupBench::measure(table, samples);
        Bench::MemoryBench::measure(table, samples);
    }
    if (groups.contains(QStringLiteral("queries")))
        Bench::QueryBench(store, today, path).measure(table, runs);
    if (groups.contains(QStringLiteral("filter")))
        Bench::FilterBench(store).measure(table, runs);
    if (groups.contains(QStringLiteral("write")))
        Bench::WriteBench(store, today).measure(table, runs);
    if (groups.contains(QStringLiteral("summaries"))) {
        Bench::SummaryBench summaries(store, today.year(), today, work.path());
        summaries.measureOneSummary(table, runs);
        summaries.measureBatch(table, parser.value(QStringLiteral("sample")).toInt());
    }

    table.print(out);
    const QString csv = parser.value(QStringLiteral("csv"));
    if (!table.writeCsv(csv))
        qFatal("cannot write %s", qPrintable(csv));
    out << "Written to " << csv << '\n';
    return table.allWithinBudget() ? 0 : 1;
}
