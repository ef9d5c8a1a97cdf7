#include "summarybench.h"

#include "timing.h"

#include <batchexport.h>
#include <documentfile.h>
#include <summarydocument.h>

#include <storage/summaryqueries.h>
#include <unitstore.h>

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

#include <algorithm>

namespace Bench {

namespace {

int achievementCount(const Core::PerformanceSummary &summary)
{
    int count = 0;
    for (const auto &objective : summary.objectives)
        count += int(objective.achievements.size());
    return count;
}

QStringList libreOfficeArguments(const QString &profile, const QString &outFolder)
{
    // A profile of its own: the user's LibreOffice, if open, would otherwise take the job.
    return { QStringLiteral("-env:UserInstallation=file://") + profile,
        QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
        QStringLiteral("--outdir"), outFolder };
}

} // namespace

SummaryBench::SummaryBench(Core::UnitStore &store, int year, const QDate &today, QString workFolder)
    : m_store(store), m_year(year), m_today(today), m_workFolder(std::move(workFolder))
{
}

Core::PerformanceSummary SummaryBench::richestSummary() const
{
    const auto everyone = m_store.summaries().forUnit(m_year, m_today);
    if (!everyone || everyone.value().isEmpty())
        qFatal("no summary to measure in %d", m_year);
    return *std::max_element(everyone.value().cbegin(), everyone.value().cend(),
        [](const auto &a, const auto &b) { return achievementCount(a) < achievementCount(b); });
}

// Ours goes the whole way, from the database to the bytes of the PDF; the floor only prints
// the very same document with QTextDocument's own paging, the least any PDF of it costs.
void SummaryBench::measureOneSummary(BenchTable &table, int runs) const
{
    const Core::PerformanceSummary richest = richestSummary();
    const Core::Id personId = richest.header.personId;
    const double ours = Timing::median(runs, [&] {
        const auto summary = m_store.summaries().forPerson(personId, m_year, m_today);
        const auto document = Report::SummaryDocument(summary.value()).build();
        Report::DocumentFile::pdf(*document, Report::DocumentFile::Paper::A4);
    });
    const auto document = Report::SummaryDocument(richest).build();
    const double floor = Timing::median(runs, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        document->print(&writer);
    });
    table.add({ QStringLiteral("one summary to PDF"), ours, floor, 1.3,
        QStringLiteral("%1, %2 achievements; floor: bare QTextDocument::print")
            .arg(richest.header.name)
            .arg(achievementCount(richest)) });
}

// The convert way starts LibreOffice once per document, as a script filling a template per
// person does; its cost is measured on a sample and scaled to the unit. Converting every file
// in one LibreOffice run is shown beside it for information.
void SummaryBench::measureBatch(BenchTable &table, int sampleConversions) const
{
    const QDir work(m_workFolder);
    const QString pdfFolder = work.filePath(QStringLiteral("pdf"));
    int people = 0;
    const double ours = Timing::milliseconds([&] {
        const auto everyone = m_store.summaries().forUnit(m_year, m_today);
        people = int(everyone.value().size());
        const auto written
            = Report::BatchExport(Report::OutputFormat::Pdf, Report::DocumentFile::Paper::A4)
                  .writeAll(everyone.value(), pdfFolder);
        if (!written)
            qFatal("%s", qPrintable(written.error().message()));
    });
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        table.add({ QStringLiteral("unit batch to PDF (%1 people)").arg(people), ours, 0, 0,
            QStringLiteral("soffice not installed: no convert way to compare with") });
        return;
    }
    const QString odtFolder = work.filePath(QStringLiteral("odt"));
    const auto everyone = m_store.summaries().forUnit(m_year, m_today);
    const auto odts
        = Report::BatchExport(Report::OutputFormat::Odt, Report::DocumentFile::Paper::A4)
              .writeAll(everyone.value(), odtFolder);
    if (!odts)
        qFatal("%s", qPrintable(odts.error().message()));
    const QString converted = work.filePath(QStringLiteral("converted"));
    convertOne(odts.value().first(), converted); // creates LibreOffice's profile: not counted
    const int sample = std::min(sampleConversions, int(odts.value().size()));
    double sampleTime = 0;
    for (int i = 0; i < sample; ++i)
        sampleTime += convertOne(odts.value().at(i), converted);
    const double perDocument = sampleTime / sample;
    table.add({ QStringLiteral("unit batch to PDF (%1 people)").arg(people), ours,
        perDocument * people, 1.0 / 20,
        QStringLiteral("floor: LibreOffice started per document, %1 ms each over %2")
            .arg(perDocument, 0, 'f', 0)
            .arg(sample) });
    const QString profile = work.filePath(QStringLiteral("profile"));
    const double oneRun = Timing::milliseconds([&] {
        QProcess soffice;
        soffice.start(
            QStringLiteral("soffice"), libreOfficeArguments(profile, converted) + odts.value());
        soffice.waitForFinished(-1);
    });
    table.add({ QStringLiteral("unit batch, convert way in one LibreOffice run"), ours, oneRun, 0,
        QStringLiteral("every ODT converted by a single soffice process") });
}

double SummaryBench::convertOne(const QString &odt, const QString &outFolder) const
{
    const QString profile = QDir(m_workFolder).filePath(QStringLiteral("profile"));
    return Timing::milliseconds([&] {
        QProcess soffice;
        soffice.start(QStringLiteral("soffice"), libreOfficeArguments(profile, outFolder) << odt);
        if (!soffice.waitForFinished(-1) || soffice.exitCode() != 0)
            qFatal("soffice failed on %s", qPrintable(odt));
    });
}

} // namespace Bench
