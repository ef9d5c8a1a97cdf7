#include "exportcalendar.h"

#include "calendarexport.h"
#include "existingunit.h"
#include "exitcode.h"
#include "storage/agendaqueries.h"
#include "storage/peoplerepository.h"
#include "unitstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace App {

namespace {

QString commandName()
{
    return QStringLiteral("ssedesk export calendar");
}

} // namespace

QString ExportCalendar::summary()
{
    return tr("Missions, meetings and deadlines as an iCalendar (.ics) file.");
}

ExportCalendar::ExportCalendar(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int ExportCalendar::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    return request.helpShown ? int(Success) : write(request);
}

void ExportCalendar::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("database"), tr("The unit database to read."), tr("FILE") });
    parser.addOption({ QStringLiteral("out"), tr("The .ics file to write; replaced if it exists."),
        tr("FILE") });
    parser.addOption({ QStringLiteral("person"),
        tr("Only what concerns this person (traveller, participant, owner)."), tr("EMAIL") });
    parser.addOption({ QStringLiteral("from"),
        tr("First day exported (YYYY-MM-DD). Default: a year before today."), tr("DATE") });
    parser.addOption({ QStringLiteral("to"),
        tr("Last day exported (YYYY-MM-DD). Default: two years after today."), tr("DATE") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int ExportCalendar::parse(const QStringList &arguments, Request &request)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), commandName());
        request.helpShown = true;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("export calendar takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.database = parser.value(QStringLiteral("database"));
    request.out = parser.value(QStringLiteral("out"));
    request.person = parser.value(QStringLiteral("person")).trimmed();
    if (request.database.isEmpty() || request.out.isEmpty())
        return fail(tr("Usage: %1 --database FILE [--person EMAIL] --out FILE.ics\n"
                       "Both --database and --out are needed.")
                        .arg(commandName()),
            Usage);
    return parseRange(parser, request);
}

int ExportCalendar::parseRange(const QCommandLineParser &parser, Request &request)
{
    const QDate today = QDate::currentDate();
    request.from = CalendarExport::defaultFrom(today);
    request.to = CalendarExport::defaultTo(today);
    if (const int exitCode = readDate(parser, QStringLiteral("from"), request.from);
        exitCode != Success)
        return exitCode;
    if (const int exitCode = readDate(parser, QStringLiteral("to"), request.to);
        exitCode != Success)
        return exitCode;
    if (request.to < request.from)
        return fail(tr("--to must not come before --from."), Usage);
    return Success;
}

// Leaves `date` as it is when the option was not given.
int ExportCalendar::readDate(const QCommandLineParser &parser, const QString &option, QDate &date)
{
    if (!parser.isSet(option))
        return Success;
    date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        return fail(tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".")
                        .arg(option, parser.value(option)),
            Usage);
    return Success;
}

int ExportCalendar::write(const Request &request)
{
    auto store = ExistingUnit::open(request.database);
    if (!store)
        return fail(store.error().message(), Failure);
    QString calendarName;
    auto items = agendaFor(*store.value(), request, calendarName);
    if (!items)
        return fail(items.error().message(), Failure);
    const CalendarExport calendar(calendarName);
    if (Core::Status status = calendar.write(items.value(), request.out); !status)
        return fail(status.error().message(), Failure);
    m_out << tr("%1 events written to %2.").arg(items.value().size()).arg(request.out) << Qt::endl;
    return Success;
}

Core::Result<QList<Core::AgendaItem>> ExportCalendar::agendaFor(
    const Core::UnitStore &store, const Request &request, QString &calendarName) const
{
    calendarName = tr("SSE Unit Desk");
    Core::Id personId = 0;
    if (!request.person.isEmpty()) {
        auto person = store.people().findByEmail(request.person);
        if (!person)
            return person.error();
        personId = person.value().id;
        calendarName = tr("SSE Unit Desk: %1").arg(person.value().name);
    }
    return store.agenda().between(request.from, request.to, QDate::currentDate(), personId);
}

int ExportCalendar::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
