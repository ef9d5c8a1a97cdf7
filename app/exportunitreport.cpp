#include "exportunitreport.h"

#include "documentfile.h"
#include "existingunit.h"
#include "exitcode.h"
#include "reporttext.h"
#include "storage/summaryqueries.h"
#include "unitstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>
#include <QTextStream>

namespace App {

namespace {

QString commandName()
{
    return QStringLiteral("ssedesk export unit-report");
}

QString usage()
{
    return ExportUnitReport::tr(
        "Usage: %1 --database FILE --cycle YYYY --variant annual|donor --format "
        "pdf|odt|html --out PATH [--page a4|letter]")
        .arg(commandName());
}

} // namespace

QString ExportUnitReport::summary()
{
    return tr("The unit's year in one document: the annual report, or the JPO donor report.");
}

ExportUnitReport::ExportUnitReport(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int ExportUnitReport::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    return request.helpShown ? int(Success) : write(request);
}

ReportOptions ExportUnitReport::options()
{
    return ReportOptions(
        { Report::OutputFormat::Pdf, Report::OutputFormat::Odt, Report::OutputFormat::Html });
}

void ExportUnitReport::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    options().add(parser, tr("The file to write; replaced if it exists."));
    parser.addOption({ QStringLiteral("variant"),
        tr("annual: everyone, appraisals by stage only; donor: the JPOs, without appraisals or "
           "check-ins."),
        tr("VARIANT") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int ExportUnitReport::parse(const QStringList &arguments, Request &request)
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
        return fail(tr("export unit-report takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    if (const QString error = options().read(parser, request.report); !error.isEmpty())
        return fail(error + QLatin1Char('\n') + usage(), Usage);
    const QString variantName = parser.value(QStringLiteral("variant"));
    const auto variant = Report::UnitReportDocument::variantFromName(variantName);
    if (!variant)
        return fail(tr("--variant must be annual or donor, not \"%1\".").arg(variantName)
                + QLatin1Char('\n') + usage(),
            Usage);
    request.variant = *variant;
    return Success;
}

int ExportUnitReport::write(const Request &request)
{
    const ReportOptions::Values &report = request.report;
    const QFileInfo out(report.out);
    if (!out.absoluteDir().exists())
        return fail(
            tr("The folder %1 does not exist: nothing written.").arg(out.absolutePath()), Failure);
    // What core words itself as the summaries are read (categories, statuses, the state of a
    // back-to-office report) in the document's language too; this verb's messages keep the
    // interface's.
    const Core::Wording::Scope wording = report.language.wording();
    auto store = ExistingUnit::open(report.database);
    if (!store)
        return fail(store.error().message(), Failure);
    auto summaries = store.value()->summaries().forUnit(report.year, QDate::currentDate());
    if (!summaries)
        return fail(summaries.error().message(), Failure);
    const Report::UnitReportDocument unitReport(
        summaries.value(), report.year, request.variant, report.language);
    if (unitReport.people().isEmpty())
        return fail(request.variant == Report::UnitReportDocument::Variant::Donor
                ? tr("No JPO has anything recorded in %1: nothing written.").arg(report.year)
                : tr("Nobody in the unit has anything recorded in %1: nothing written.")
                      .arg(report.year),
            Failure);
    const auto document = unitReport.build();
    if (Core::Status status
        = Report::DocumentFile::write(*document, report.out, report.format, report.paper);
        !status)
        return fail(status.error().message(), Failure);
    m_out << tr("%1 (%2) written to %3.")
                 .arg(unitReport.title(),
                     Report::ReportText::count(
                         int(unitReport.people().size()), tr("1 person"), tr("%1 people")),
                     report.out)
          << Qt::endl;
    return Success;
}

int ExportUnitReport::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
