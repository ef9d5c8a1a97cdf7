// ssedesk-bench-paths: runs hot paths on a unit for callgrind to count (bench/callgrind.sh), or
// writes the demo unit they run on, dated to their fixed day.
#include "hotpaths.h"

#include <demo/demounit.h>
#include <unitstore.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs SSE Unit Desk's hot paths: %1.")
                                         .arg(Bench::HotPaths::names().join(QLatin1String(", "))));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("database"), QStringLiteral("The unit."), QStringLiteral("FILE") },
        { QStringLiteral("write-demo"),
            QStringLiteral("Write the demo unit at scale 10, dated %1, into a new FILE.")
                .arg(Bench::HotPaths::today.toString(Qt::ISODate)) },
    });
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("The paths to run."));
    parser.process(app);

    const QString path = parser.value(QStringLiteral("database"));
    const bool writeDemo = parser.isSet(QStringLiteral("write-demo"));
    if (path.isEmpty() || (writeDemo && QFileInfo::exists(path)))
        parser.showHelp(1);
    auto store = Core::UnitStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    if (writeDemo) {
        const auto written = Core::DemoUnit::write(*store.value(), Bench::HotPaths::today, 10);
        if (!written)
            qFatal("%s", qPrintable(written.error().message()));
        return 0;
    }
    Bench::HotPaths paths(*store.value());
    for (const QString &name : parser.positionalArguments())
        paths.measure(name);
    return 0;
}
