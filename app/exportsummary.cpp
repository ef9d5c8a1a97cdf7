#include "exportsummary.h"

#include "batchexport.h"
#include "existingunit.h"
#include "exitcode.h"
#include "reporttext.h"
#include "storage/peoplerepository.h"
#include "storage/summaryqueries.h"
#include "unitstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace App {

namespace {

QString commandName()
{
    return QStringLiteral("ssedesk export summary");
}

QString usage()
{
    return ExportSummary::tr(
        "Usage: %1 --database FILE (--person EMAIL | --all) --cycle YYYY --format "
        "pdf|odt|html|csv --out PATH [--page a4|letter]")
        .arg(commandName());
}

// A file is written into a folder that exists; creating folders is for --all only.
QString missingFolder(const QString &path)
{
    const QFileInfo file(path);
    return file.absoluteDir().exists() ? QString() : file.absolutePath();
}

} // namespace

QString ExportSummary::summary()
{
    return tr("Performance review summaries: one person's cycle, or everyone's.");
}

ExportSummary::ExportSummary(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int ExportSummary::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    return request.helpShown ? int(Success) : write(request);
}

ReportOptions ExportSummary::options()
{
    return ReportOptions({ Report::OutputFormat::Pdf, Report::OutputFormat::Odt,
        Report::OutputFormat::Html, Report::OutputFormat::Csv });
}

void ExportSummary::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    options().add(parser,
        tr("The file to write (replaced if it exists); with --all, the folder to write one "
           "file per person into (created if missing)."));
    parser.addOption(
        { QStringLiteral("person"), tr("The person, by e-mail address."), tr("EMAIL") });
    parser.addOption({ QStringLiteral("all"),
        tr("Everyone with anything recorded in the cycle, one file each.") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int ExportSummary::parse(const QStringList &arguments, Request &request)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + usage(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), commandName());
        request.helpShown = true;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("export summary takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.person = parser.value(QStringLiteral("person")).trimmed();
    request.all = parser.isSet(QStringLiteral("all"));
    if (request.person.isEmpty() == !request.all)
        return fail(tr("Name one person with --person EMAIL, or everyone with --all.")
                + QLatin1Char('\n') + usage(),
            Usage);
    if (const QString error = options().read(parser, request.report); !error.isEmpty())
        return fail(error + QLatin1Char('\n') + usage(), Usage);
    return Success;
}

int ExportSummary::write(const Request &request)
{
    // What core words itself as the summaries are read (categories, statuses, the state of a
    // back-to-office report) in the document's language too; this verb's messages keep the
    // interface's.
    const Core::Wording::Scope wording = request.report.language.wording();
    auto store = ExistingUnit::open(request.report.database);
    if (!store)
        return fail(store.error().message(), Failure);
    return request.all ? writeAll(*store.value(), request) : writeOne(*store.value(), request);
}

int ExportSummary::writeOne(const Core::UnitStore &store, const Request &request)
{
    const ReportOptions::Values &report = request.report;
    if (const QString folder = missingFolder(report.out); !folder.isEmpty())
        return fail(tr("The folder %1 does not exist: nothing written.").arg(folder), Failure);
    auto person = store.people().findByEmail(request.person);
    if (!person)
        return fail(person.error().message(), Failure);
    auto summary
        = store.summaries().forPerson(person.value().id, report.year, QDate::currentDate());
    if (!summary)
        return fail(summary.error().message(), Failure);
    const Core::PerformanceSummary::Header &header = summary.value().header;
    if (summary.value().isEmpty())
        return fail(tr("%1 has nothing recorded in the %2 cycle (%3): nothing written.")
                        .arg(header.name)
                        .arg(report.year)
                        .arg(Report::ReportText::period(header.periodStart, header.periodEnd)),
            Failure);
    const Report::BatchExport exporter(report.format, report.paper, report.language);
    if (Core::Status status = exporter.write(summary.value(), report.out); !status)
        return fail(status.error().message(), Failure);
    m_out << tr("Performance review summary of %1 (%2) written to %3.")
                 .arg(header.name, Report::ReportText::period(header.periodStart, header.periodEnd),
                     report.out)
          << Qt::endl;
    return Success;
}

int ExportSummary::writeAll(const Core::UnitStore &store, const Request &request)
{
    const ReportOptions::Values &report = request.report;
    if (QFileInfo(report.out).exists() && !QFileInfo(report.out).isDir())
        return fail(tr("%1 is a file; --all writes into a folder.").arg(report.out), Failure);
    auto summaries = store.summaries().forUnit(report.year, QDate::currentDate());
    if (!summaries)
        return fail(summaries.error().message(), Failure);
    if (summaries.value().isEmpty())
        return fail(tr("Nobody in the unit has anything recorded in the %1 cycle: nothing "
                       "written.")
                        .arg(report.year),
            Failure);
    const Report::BatchExport exporter(report.format, report.paper, report.language);
    auto paths = exporter.writeAll(summaries.value(), report.out);
    if (!paths)
        return fail(paths.error().message(), Failure);
    for (const QString &path : paths.value())
        m_out << path << QLatin1Char('\n');
    m_out << tr("%1 written to %2.")
                 .arg(
                     Report::ReportText::count(int(paths.value().size()),
                         tr("1 performance review summary"), tr("%1 performance review summaries")),
                     report.out)
          << Qt::endl;
    return Success;
}

int ExportSummary::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
