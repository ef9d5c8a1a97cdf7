#include "batchexport.h"

#include "summarycsv.h"
#include "summarydocument.h"

#include <QDir>
#include <QSet>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace Report {

namespace {

QString safeStem(const QString &name)
{
    QString stem;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!c.isMark() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    return stem;
}

} // namespace

BatchExport::BatchExport(
    OutputFormat::Kind format, DocumentFile::Paper paper, ReportLanguage language)
    : m_format(format), m_paper(paper), m_language(std::move(language))
{
}

Core::Status BatchExport::write(const Core::PerformanceSummary &summary, const QString &path) const
{
    if (m_format == OutputFormat::Csv)
        return DocumentFile::save(SummaryCsv::toCsv(summary), path);
    const auto document = SummaryDocument(summary, m_language).build();
    return DocumentFile::write(*document, path, m_format, m_paper);
}

QStringList BatchExport::fileNames(const QList<Core::PerformanceSummary> &summaries) const
{
    QStringList names;
    QSet<QString> taken;
    for (const Core::PerformanceSummary &summary : summaries) {
        QString stem = safeStem(summary.header.name);
        if (stem.isEmpty())
            stem = tr("person-%1").arg(summary.header.personId);
        stem += QStringLiteral("-%1").arg(summary.header.periodStart.year());
        QString name = stem;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2").arg(stem).arg(n);
        taken.insert(name.toLower());
        names.append(name + QLatin1Char('.') + OutputFormat::name(m_format));
    }
    return names;
}

Core::Result<QStringList> BatchExport::writeAll(
    const QList<Core::PerformanceSummary> &summaries, const QString &folder) const
{
    if (!QDir().mkpath(folder))
        return Core::Error(
            Core::Error::Code::Storage, tr("The folder %1 cannot be created.").arg(folder));
    const QDir directory(folder);
    QStringList paths;
    for (const QString &name : fileNames(summaries))
        paths.append(directory.filePath(name));

    QList<int> indexes(summaries.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<Core::Status> statuses = QtConcurrent::blockingMapped<QList<Core::Status>>(
        indexes, [&](int i) { return write(summaries.at(i), paths.at(i)); });
    for (const Core::Status &status : statuses) {
        if (!status)
            return status.error();
    }
    return paths;
}

} // namespace Report
