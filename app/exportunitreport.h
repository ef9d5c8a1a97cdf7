#ifndef APP_EXPORTUNITREPORT_H
#define APP_EXPORTUNITREPORT_H

#include "reportoptions.h"
#include "unitreportdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk export unit-report --database FILE --cycle YYYY --variant annual|donor --format
// pdf|odt|html --out PATH [--page a4|letter]`: the unit's year in one document, the annual
// report to the department or the JPO donor report, without a window.
class ExportUnitReport
{
    Q_DECLARE_TR_FUNCTIONS(App::ExportUnitReport)

public:
    static QString name() { return QStringLiteral("unit-report"); }
    static QString summary();

    ExportUnitReport(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the subject.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        ReportOptions::Values report;
        Report::UnitReportDocument::Variant variant = Report::UnitReportDocument::Variant::Annual;
        bool helpShown = false;
    };

    static ReportOptions options();
    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int write(const Request &request);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
