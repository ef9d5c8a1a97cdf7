#include "batchexport.h"
#include "csvreader.h"
#include "summarysamples.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Report::BatchExport;
using Report::DocumentFile;
using Report::OutputFormat;

namespace {

Core::PerformanceSummary named(const QString &name)
{
    Core::PerformanceSummary summary = SummarySamples::full();
    summary.header.name = name;
    return summary;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class BatchExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNameFilesAfterPeople()
    {
        // GIVEN people with accents, a right-to-left name, a slash and a namesake
        const QList<Core::PerformanceSummary> summaries { named(QStringLiteral("Amélie Dubois")),
            named(QStringLiteral("ليلى حداد")), named(QStringLiteral("J. Doe / Smith")),
            named(QStringLiteral("Amelie Dubois")), named(QStringLiteral("../..")) };

        // WHEN their files are named
        const QStringList names
            = BatchExport(OutputFormat::Pdf, DocumentFile::Paper::A4).fileNames(summaries);

        // THEN each name is safe in any folder, unique, and says whose and which cycle
        const QStringList expected { QStringLiteral("Amelie-Dubois-2026.pdf"),
            QStringLiteral("ليلى-حداد-2026.pdf"), QStringLiteral("J-Doe-Smith-2026.pdf"),
            QStringLiteral("Amelie-Dubois-2026-2.pdf"), QStringLiteral("person-7-2026.pdf") };
        QCOMPARE(names, expected);
    }

    void shouldWriteOneFilePerPersonIntoANewFolder_data()
    {
        QTest::addColumn<OutputFormat::Kind>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << OutputFormat::Pdf << QByteArray("%PDF-");
        QTest::newRow("odt") << OutputFormat::Odt << QByteArray("PK");
        QTest::newRow("html") << OutputFormat::Html << QByteArray("<!DOCTYPE");
        QTest::newRow("csv") << OutputFormat::Csv << QByteArray("\xEF\xBB\xBFperson,");
    }

    void shouldWriteOneFilePerPersonIntoANewFolder()
    {
        // GIVEN eight people and a folder that does not exist yet
        QFETCH(OutputFormat::Kind, format);
        QFETCH(QByteArray, start);
        QList<Core::PerformanceSummary> summaries;
        for (int i = 1; i <= 8; ++i)
            summaries.append(named(QStringLiteral("Person %1").arg(i)));
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("2026/summaries"));

        // WHEN everyone's summary is written
        const auto written
            = BatchExport(format, DocumentFile::Paper::A4).writeAll(summaries, folder);

        // THEN there is one complete file each, in the order asked, and nothing else
        QVERIFY2(written.isOk(), qPrintable(written.error().message()));
        QCOMPARE(written.value().size(), 8);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(written.value().at(i),
                QDir(folder).filePath(QStringLiteral("Person-%1-2026.%2")
                                          .arg(i + 1)
                                          .arg(OutputFormat::name(format))));
            QVERIFY(contentsOf(written.value().at(i)).startsWith(start));
        }
    }

    void shouldSayWhenTheFolderCannotBeMade()
    {
        // GIVEN a file where the folder should go
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("taken"));
        QVERIFY(DocumentFile::save("x", folder).isOk());

        // WHEN summaries are written into it
        const auto written = BatchExport(OutputFormat::Pdf, DocumentFile::Paper::A4)
                                 .writeAll({ SummarySamples::full() }, folder);

        // THEN it fails naming the folder
        QVERIFY(!written.isOk());
        QVERIFY2(written.error().message().contains(folder), qPrintable(written.error().message()));
    }
};

QTEST_MAIN(BatchExportTest)

#include "batchexporttest.moc"
