#ifndef APP_REPORTOPTIONS_H
#define APP_REPORTOPTIONS_H

#include "documentfile.h"
#include "outputformat.h"
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace App {

// The options every report subject of `export` shares: --database, --cycle, --format, --out,
// --page and --language, with the same words and the same checks.
class ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(App::ReportOptions)
public:
    struct Values
    {
        QString database;
        QString out;
        int year = 0;
        Report::OutputFormat::Kind format = Report::OutputFormat::Pdf;
        Report::DocumentFile::Paper paper = Report::DocumentFile::Paper::A4;
        // The document's language; the interface's when --language is not given.
        Report::ReportLanguage language;
    };

    explicit ReportOptions(QList<Report::OutputFormat::Kind> formats);

    void add(QCommandLineParser &parser, const QString &outDescription) const;
    // Fills `values`; returns the usage error to report, or an empty string when all is well.
    QString read(const QCommandLineParser &parser, Values &values) const;

private:
    QString readYear(const QCommandLineParser &parser, Values &values) const;
    static QString readLanguage(const QCommandLineParser &parser, Values &values);

    QList<Report::OutputFormat::Kind> m_formats;
};

} // namespace App

#endif
