#include "documentfile.h"
#include "documentreader.h"
#include "summarydocument.h"
#include "summarysamples.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using Report::DocumentFile;
using Report::OutputFormat;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class DocumentFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteAPdfWhoseTextIsTheSummary()
    {
        // GIVEN a summary with accents and a right-to-left name
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("summary.pdf"));
        const auto document = Report::SummaryDocument(SummarySamples::unusualText()).build();

        // WHEN it is written as PDF
        const Core::Status status = DocumentFile::write(*document, path, OutputFormat::Pdf);

        // THEN the PDF's text holds each section, accents and the name as written
        QVERIFY2(status.isOk(), qPrintable(status.error().message()));
        DocumentReader pdf(path);
        const QString text = pdf.pdfText();
        QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
        for (const QString &part : { QStringLiteral("Work objectives"),
                 QStringLiteral("Économie sociale et solidaire"), QStringLiteral("Genève"),
                 QStringLiteral("Amélie Dubois-Čapek"), QStringLiteral("ñandú"),
                 QStringLiteral("<b>not bold</b>"), QStringLiteral("Deliverables cleared"),
                 QStringLiteral("Missions"), QStringLiteral("Check-ins"),
                 QStringLiteral("Review rounds"), QStringLiteral("Appraisal"),
                 QStringLiteral("Signatures"), QStringLiteral("ليلى حداد") })
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in:\n") + text));
    }

    void shouldNumberThePagesAndTitleThePdf()
    {
        // GIVEN a summary long enough for several pages
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("long.pdf"));
        const auto document = Report::SummaryDocument(SummarySamples::longAchievements(40)).build();

        // WHEN it is written as PDF
        QVERIFY(DocumentFile::write(*document, path, OutputFormat::Pdf).isOk());

        // THEN every page says which it is of how many, and the metadata names the summary
        DocumentReader pdf(path);
        const int pages = pdf.pdfPageCount();
        QVERIFY2(pages > 1, qPrintable(pdf.error()));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(pdf.pdfPageText(page).contains(
                         QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                qPrintable(QString::number(page)));
        QCOMPARE(pdf.pdfInfo(QStringLiteral("Title")),
            QStringLiteral("Performance review summary \u2014 Kofi Mensah, 1 Jan 2026 \u2013 31 "
                           "Dec 2026"));
        QVERIFY(pdf.pdfInfo(QStringLiteral("Creator")).startsWith(QStringLiteral("SSE Unit Desk")));
    }

    void shouldUseThePaperAskedFor_data()
    {
        QTest::addColumn<DocumentFile::Paper>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << DocumentFile::Paper::A4 << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << DocumentFile::Paper::Letter
                                << QStringLiteral("612 x 792 pts (letter)");
    }

    void shouldUseThePaperAskedFor()
    {
        // GIVEN a summary and a paper size
        QFETCH(DocumentFile::Paper, paper);
        QFETCH(QString, size);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("summary.pdf"));
        const auto document = Report::SummaryDocument(SummarySamples::full()).build();

        // WHEN it is written on that paper
        QVERIFY(DocumentFile::write(*document, path, OutputFormat::Pdf, paper).isOk());

        // THEN every page has that size
        QCOMPARE(DocumentReader(path).pdfInfo(QStringLiteral("Page size")), size);
    }

    void shouldWriteAnOdtWithEachValueInItsCell()
    {
        // GIVEN a summary with markup-like text
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("summary.odt"));
        const auto document = Report::SummaryDocument(SummarySamples::unusualText()).build();

        // WHEN it is written as OpenDocument text
        QVERIFY(DocumentFile::write(*document, path, OutputFormat::Odt).isOk());

        // THEN content.xml holds the text, markup escaped, and a title stays in its cell with
        // the type under it (Qt's writer would make every paragraph of a cell a cell)
        DocumentReader odt(path);
        const QString content = odt.odtContent();
        QVERIFY2(odt.error().isEmpty(), qPrintable(odt.error()));
        QVERIFY(content.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt; &amp;")));
        QVERIFY(content.contains(QStringLiteral("ليلى حداد")));
        QVERIFY(content.contains(QStringLiteral("Économie sociale et solidaire")));
        const QStringList cells = odt.odtCells();
        QVERIFY(cells.contains(QStringLiteral("@risk: Rapport français, ñandúNational report")));
        QVERIFY(cells.contains(
            QStringLiteral("Validation workshop of the national SSE surveyWorkshop")));
        QCOMPARE(contentsOf(path).mid(30, 8), QByteArray("mimetype"));
    }

    void shouldWriteSelfContainedHtml()
    {
        // GIVEN a summary with markup-like text
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("summary.html"));
        const auto document = Report::SummaryDocument(SummarySamples::unusualText()).build();

        // WHEN it is written as HTML
        QVERIFY(DocumentFile::write(*document, path, OutputFormat::Html).isOk());

        // THEN it declares UTF-8, escapes the markup, and loads nothing from elsewhere
        const QString html = QString::fromUtf8(contentsOf(path));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\"")));
        QVERIFY(
            html.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot;")));
        QVERIFY(!html.contains(QStringLiteral("<b>not bold</b>")));
        QVERIFY(html.contains(QStringLiteral("ليلى حداد")));
        QVERIFY(html.contains(QStringLiteral("<title>Performance review summary")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("padding-[a-z]+:[0-9.]+;"))));
        QVERIFY(html.contains(QStringLiteral("padding-left:6px;")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
    }

    void shouldLeaveNothingWhereThePathCannotBeWritten_data()
    {
        QTest::addColumn<OutputFormat::Kind>("format");
        QTest::newRow("pdf") << OutputFormat::Pdf;
        QTest::newRow("odt") << OutputFormat::Odt;
        QTest::newRow("html") << OutputFormat::Html;
    }

    void shouldLeaveNothingWhereThePathCannotBeWritten()
    {
        // GIVEN a path under a file, where no folder can be
        QFETCH(OutputFormat::Kind, format);
        QTemporaryDir folder;
        const QString blocker = folder.filePath(QStringLiteral("plain-file"));
        QVERIFY(DocumentFile::save("x", blocker).isOk());
        const QString path = blocker + QStringLiteral("/summary.out");
        const auto document = Report::SummaryDocument(SummarySamples::full()).build();

        // WHEN the summary is written there
        const Core::Status status = DocumentFile::write(*document, path, format);

        // THEN it fails naming the path, and the folder holds what it held
        QVERIFY(!status.isOk());
        QVERIFY2(status.error().message().contains(path), qPrintable(status.error().message()));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("plain-file") });
    }

    void shouldRefuseCsvForADocument()
    {
        // GIVEN a summary document
        QTemporaryDir folder;
        const auto document = Report::SummaryDocument(SummarySamples::full()).build();

        // WHEN it is asked for as CSV, which holds figures rather than documents
        const Core::Status status = DocumentFile::write(
            *document, folder.filePath(QStringLiteral("summary.csv")), OutputFormat::Csv);

        // THEN nothing is written
        QVERIFY(!status.isOk());
        QVERIFY(QDir(folder.path()).isEmpty());
    }
};

QTEST_MAIN(DocumentFileTest)

#include "documentfiletest.moc"
