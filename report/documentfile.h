#ifndef REPORT_DOCUMENTFILE_H
#define REPORT_DOCUMENTFILE_H

#include "outputformat.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

class QTextDocument;

namespace Report {

// A report document as the bytes of a PDF, OpenDocument text or HTML file, and written to disk
// through a temporary file in the target's folder renamed into place: a failure leaves no
// partial file and an earlier file untouched.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(Report::DocumentFile)
public:
    enum class Paper { A4, Letter };
    static std::optional<Paper> paperFromName(const QString &name);

    // PDF pages numbered "Page N of M", the document's title in the metadata.
    static QByteArray pdf(const QTextDocument &document, Paper paper);
    // OpenDocument text, for an office suite to open and edit.
    static QByteArray odt(const QTextDocument &document);
    // One self-contained HTML file, declared UTF-8.
    static QByteArray html(const QTextDocument &document);

    // `format` is PDF, ODT or HTML; CSV is written from the figures by SummaryCsv.
    static Core::Status write(const QTextDocument &document, const QString &path,
        OutputFormat::Kind format, Paper paper = Paper::A4);
    static Core::Status save(const QByteArray &bytes, const QString &path);
};

} // namespace Report

#endif
