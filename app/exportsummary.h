#ifndef APP_EXPORTSUMMARY_H
#define APP_EXPORTSUMMARY_H

#include "reportoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace Core {
class UnitStore;
}

namespace App {

// `ssedesk export summary --database FILE (--person EMAIL | --all) --cycle YYYY --format
// pdf|odt|html|csv --out PATH [--page a4|letter]`: performance review summaries without a
// window. With --all, PATH is a folder and every person with anything in the cycle gets a file
// of their own, rendered on every core. All reads are done first, on this thread's connection.
class ExportSummary
{
    Q_DECLARE_TR_FUNCTIONS(App::ExportSummary)

public:
    static QString name() { return QStringLiteral("summary"); }
    static QString summary();

    ExportSummary(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the subject.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        ReportOptions::Values report;
        QString person; // an e-mail address; empty with --all
        bool all = false;
        bool helpShown = false;
    };

    static ReportOptions options();
    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int write(const Request &request);
    int writeOne(const Core::UnitStore &store, const Request &request);
    int writeAll(const Core::UnitStore &store, const Request &request);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
