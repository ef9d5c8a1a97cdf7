#include "demoverb.h"

#include "exitcode.h"
#include "stagedfile.h"
#include "storage/databasefile.h"
#include "storage/databaselock.h"
#include "storage/schemamigrations.h"
#include "unitstore.h"
#include "writableunit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace App {

namespace {

constexpr int maximumScale = 50;

} // namespace

QString DemoVerb::summary()
{
    return tr("Write an invented demo unit into a new or empty database.");
}

DemoVerb::DemoVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int DemoVerb::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    return request.helpShown ? int(Success) : write(request);
}

void DemoVerb::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("database"),
        tr("The database file to write; it must be new, empty or hold no data yet."), tr("FILE") });
    parser.addOption({ QStringLiteral("scale"),
        tr("Multiply people and years of history by N (1 to %1; 10 is about a decade).")
            .arg(maximumScale),
        tr("N"), QStringLiteral("1") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int DemoVerb::parse(const QStringList &arguments, Request &request)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), QStringLiteral("ssedesk demo"));
        request.helpShown = true;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("demo takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.database = parser.value(QStringLiteral("database"));
    if (request.database.isEmpty())
        return fail(tr("demo needs --database FILE: the file to write the demo unit into."), Usage);
    bool isNumber = false;
    request.scale = parser.value(QStringLiteral("scale")).toInt(&isNumber);
    if (!isNumber || request.scale < 1 || request.scale > maximumScale)
        return fail(tr("--scale must be a whole number from 1 to %1, not \"%2\".")
                        .arg(maximumScale)
                        .arg(parser.value(QStringLiteral("scale"))),
            Usage);
    return Success;
}

int DemoVerb::write(const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    auto header
        = Core::DatabaseFile::inspect(request.database, Core::SchemaMigrations::latestVersion());
    if (!header)
        return fail(header.error().message(), Failure);
    // Held until the staged file is in place: a unit open for writing elsewhere is refused.
    const auto lock = WritableUnit::lock(request.database, m_err);
    if (!lock)
        return fail(lock.error().message(), Failure);
    // A live WAL file means another program has the database open: replacing the file under it
    // would lose its writes, and its WAL would be replayed onto our file.
    if (QFileInfo::exists(request.database + QStringLiteral("-wal")))
        return fail(tr("%1 is open in another program (%1-wal exists). Close it and try again.")
                        .arg(request.database),
            Failure);
    StagedFile staged(QFileInfo(request.database).absoluteFilePath());
    if (Core::Status status = staged.stage(header.value().kind == Core::DatabaseFile::Kind::Ours);
        !status)
        return fail(status.error().message(), Failure);
    auto counts = writeStaged(request, staged.path());
    if (!counts)
        return fail(counts.error().message(), Failure);
    if (Core::Status status = staged.commit(); !status)
        return fail(status.error().message(), Failure);
    const Core::DemoUnit::Counts &c = counts.value();
    m_out << tr("Wrote the demo unit into %1: %2 people, %3 work plans, %4 objectives, "
                "%5 activities, %6 progress entries, %7 projects, %8 meetings, %9 deliverables, "
                "%10 missions (scale %11) in %12 s.")
                 .arg(request.database)
                 .arg(c.people)
                 .arg(c.plans)
                 .arg(c.objectives)
                 .arg(c.activities)
                 .arg(c.progressEntries)
                 .arg(c.projects)
                 .arg(c.meetings)
                 .arg(c.deliverables)
                 .arg(c.missions)
                 .arg(request.scale)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

// The store is closed on return, before the staged file may be moved into place.
Core::Result<Core::DemoUnit::Counts> DemoVerb::writeStaged(
    const Request &request, const QString &stagingPath)
{
    auto store = Core::UnitStore::open(stagingPath);
    if (!store)
        return store.error();
    auto isEmpty = store.value()->isEmpty();
    if (!isEmpty)
        return isEmpty.error();
    if (!isEmpty.value())
        return Core::Error::conflict(tr("%1 already holds data; the demo writes only into a new "
                                        "or empty database.")
                                         .arg(request.database));
    return Core::DemoUnit::write(*store.value(), QDate::currentDate(), request.scale);
}

int DemoVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
