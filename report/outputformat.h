#ifndef REPORT_OUTPUTFORMAT_H
#define REPORT_OUTPUTFORMAT_H

#include <QString>
#include <QStringList>

#include <optional>

namespace Report {

// The kinds of file a report is written as, by the names the command line and file suffixes
// use.
class OutputFormat
{
public:
    enum Kind { Pdf, Odt, Html, Csv };

    static std::optional<Kind> fromName(const QString &name);
    // "pdf", "odt", "html", "csv": also the file suffix.
    static QString name(Kind kind);
    static QStringList names(const QList<Kind> &kinds);
};

} // namespace Report

#endif
