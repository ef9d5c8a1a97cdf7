// ssedesk-bench: the speed budgets, each against its floor measured in the same run. Not a
// test: CI does not run it, since timings on a shared machine prove nothing; run it by hand
// (see the README) on a quiet machine.
#include "benchtable.h"
#include "summarybench.h"

#include <demo/demounit.h>
#include <unitstore.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
    });
    parser.process(app);

    const QDate today = QDate::currentDate();
    const QString path = parser.value(QStringLiteral("database"));
    const bool existed = QFileInfo::exists(path);
    auto store = Core::UnitStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    if (!existed) {
        out << "Writing the demo unit at scale 10 into " << path << "...\n";
        out.flush();
        if (auto written = Core::DemoUnit::write(*store.value(), today, 10); !written)
            qFatal("%s", qPrintable(written.error().message()));
    }

    QTemporaryDir work;
    Bench::BenchTable table;
    Bench::SummaryBench summaries(*store.value(), today.year(), today, work.path());
    summaries.measureOneSummary(table, parser.value(QStringLiteral("runs")).toInt());
    summaries.measureBatch(table, parser.value(QStringLiteral("sample")).toInt());

    table.print(out);
    const QString csv = parser.value(QStringLiteral("csv"));
    if (!table.writeCsv(csv))
        qFatal("cannot write %s", qPrintable(csv));
    out << "Written to " << csv << '\n';
    return table.allWithinBudget() ? 0 : 1;
}
