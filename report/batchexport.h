#ifndef REPORT_BATCHEXPORT_H
#define REPORT_BATCHEXPORT_H

#include "documentfile.h"
#include "outputformat.h"
#include "performancesummary.h"
#include "reportlanguage.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Report {

// Performance review summaries written one file each, in any format, into one folder: the unit
// head's whole batch at once. Rendering runs on every core; each worker builds and writes its
// own documents, so no Qt object crosses a thread.
class BatchExport
{
    Q_DECLARE_TR_FUNCTIONS(Report::BatchExport)
public:
    BatchExport(OutputFormat::Kind format, DocumentFile::Paper paper,
        ReportLanguage language = ReportLanguage());

    // One summary to one file.
    Core::Status write(const Core::PerformanceSummary &summary, const QString &path) const;
    // Every summary into `folder` (created if missing); returns the paths written, in the
    // order of `summaries`. A file that fails is reported and leaves nothing behind.
    Core::Result<QStringList> writeAll(
        const QList<Core::PerformanceSummary> &summaries, const QString &folder) const;

    // File names from people's names: letters and digits kept (accents dropped), anything
    // else a dash, then the cycle's year and the suffix; a second person of the same name
    // gets "-2".
    QStringList fileNames(const QList<Core::PerformanceSummary> &summaries) const;

private:
    OutputFormat::Kind m_format;
    DocumentFile::Paper m_paper;
    ReportLanguage m_language;
};

} // namespace Report

#endif
