#include "pagebreaker.h"
#include "documentfile.h"
#include "documentreader.h"
#include "summarydocument.h"
#include "summarysamples.h"
#include "textcomposer.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using Report::PageBreaker;

namespace {

constexpr int rowCount = 60;

// The page (from 1) of a text, 0 when on none or on more than one: PDF keeps text a painter
// clips away, so a line drawn past the foot of a page would be read on two.
int pageOf(const QStringList &pages, const QRegularExpression &text)
{
    int found = 0;
    for (int page = 0; page < pages.size(); ++page) {
        if (!pages.at(page).contains(text))
            continue;
        if (found != 0)
            return 0;
        found = page + 1;
    }
    return found;
}

// The rows of SummarySamples::longAchievements whose first and last words and activity are not
// all found on one page, and on that page only: a row split between pages, doubled, or lost.
QStringList splitRows(DocumentReader &pdf)
{
    QStringList pages;
    for (int page = 1; page <= pdf.pdfPageCount(); ++page)
        pages.append(pdf.pdfPageText(page));
    QStringList split;
    for (int row = 1; row <= rowCount; ++row) {
        const auto exactly = [](const QString &text) {
            return QRegularExpression(QRegularExpression::escape(text) + QStringLiteral("(?!\\d)"));
        };
        const int begin = pageOf(pages, exactly(SummarySamples::rowBegin(row)));
        const int end = pageOf(pages, exactly(SummarySamples::rowEnd(row)));
        const int activity = pageOf(pages, exactly(QStringLiteral("Activity %1").arg(row)));
        if (begin == 0 || begin != end || begin != activity)
            split.append(QStringLiteral("row %1 on pages %2, %3, %4")
                             .arg(row)
                             .arg(begin)
                             .arg(end)
                             .arg(activity));
    }
    return split;
}

QList<std::pair<qreal, qreal>> lines(const QTextDocument &document)
{
    QList<std::pair<qreal, qreal>> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const qreal origin = rect.top() - block.layout()->boundingRect().top();
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const QTextLine line = block.layout()->lineAt(i);
            lines.append({ origin + line.y(), origin + line.y() + line.height() });
        }
    }
    return lines;
}

} // namespace

class PageBreakerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNeverSplitATableRowAcrossPages()
    {
        // GIVEN a summary with many long achievements, each row a few lines tall
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("long.pdf"));
        const auto document
            = Report::SummaryDocument(SummarySamples::longAchievements(rowCount)).build();

        // WHEN it is written as PDF
        QVERIFY(Report::DocumentFile::write(*document, path, Report::OutputFormat::Pdf).isOk());

        // THEN it takes several pages, and each row's words are all on one of them
        DocumentReader pdf(path);
        QVERIFY2(pdf.pdfPageCount() > 3, qPrintable(pdf.error()));
        const QStringList split = splitRows(pdf);
        QVERIFY2(split.isEmpty(), qPrintable(split.join(QStringLiteral("; "))));
    }

    void shouldCatchTheRowsQtsOwnPagingSplits()
    {
        // GIVEN the same summary printed by QTextDocument's own paging
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("qt.pdf"));
        const auto document
            = Report::SummaryDocument(SummarySamples::longAchievements(rowCount)).build();
        {
            QPdfWriter writer(path);
            document->print(&writer);
        }

        // WHEN its rows are checked the same way
        DocumentReader pdf(path);
        const QStringList split = splitRows(pdf);

        // THEN some are split: the check above sees a split row when there is one
        QVERIFY2(!split.isEmpty(), qPrintable(pdf.error()));
    }

    void shouldRepeatTheHeaderRowOnEveryPageOfATable()
    {
        // GIVEN a summary whose achievements run over several pages
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("long.pdf"));
        const auto document
            = Report::SummaryDocument(SummarySamples::longAchievements(rowCount)).build();
        QVERIFY(Report::DocumentFile::write(*document, path, Report::OutputFormat::Pdf).isOk());

        // WHEN the pages with rows are read
        DocumentReader pdf(path);
        int pagesWithRows = 0;
        for (int page = 1; page <= pdf.pdfPageCount(); ++page) {
            const QString text = pdf.pdfPageText(page);
            if (!text.contains(QStringLiteral("-BEGIN")))
                continue;
            ++pagesWithRows;

            // THEN each shows the column titles above them
            QVERIFY2(text.contains(QStringLiteral("What was done")), qPrintable(text));
        }
        QVERIFY(pagesWithRows > 2);
    }

    void shouldCutOnlyBetweenLines()
    {
        // GIVEN a long summary laid out as one long page
        const auto document
            = Report::SummaryDocument(SummarySamples::longAchievements(rowCount)).build();
        document->setDocumentMargin(0);
        document->setTextWidth(600);
        constexpr qreal pageHeight = 700;

        // WHEN it is cut into pages
        const QList<PageBreaker::Page> pages = PageBreaker(*document).pages(pageHeight);

        // THEN the pages follow each other without gap or overlap, none too tall
        QVERIFY(pages.size() > 3);
        QCOMPARE(pages.first().top, qreal(0));
        QCOMPARE(pages.last().bottom, document->documentLayout()->documentSize().height());
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY(pages.at(i).bottom - pages.at(i).top + pages.at(i).headerHeight()
                <= pageHeight + 0.01);
            if (i > 0)
                QCOMPARE(pages.at(i).top, pages.at(i - 1).bottom);
        }
        // AND no line of text, in a paragraph or a cell, is cut
        for (const auto &[top, bottom] : lines(*document)) {
            for (const PageBreaker::Page &page : pages)
                QVERIFY2(page.bottom <= top + 0.01 || page.bottom >= bottom - 0.01,
                    qPrintable(QStringLiteral("cut at %1 in a line %2-%3")
                                   .arg(page.bottom)
                                   .arg(top)
                                   .arg(bottom)));
        }
    }

    void shouldKeepAHeadingWithWhatFollows()
    {
        // GIVEN a paragraph, a heading, then a table
        QTextDocument document;
        Report::TextComposer composer(document);
        composer.paragraph(QStringLiteral("An opening paragraph."));
        composer.heading(QStringLiteral("Missions"));
        composer.table({ { QStringLiteral("Dates"), 50 }, { QStringLiteral("Destination"), 50 } },
            { { QStringLiteral("9 Mar 2026"), QStringLiteral("Nairobi, Kenya") } });
        document.setTextWidth(600);
        const QTextBlock heading
            = document.findBlock(document.toPlainText().indexOf(QStringLiteral("Missions")));
        const QRectF headingRect = document.documentLayout()->blockBoundingRect(heading);

        // WHEN a page ends just below the heading, above the table's first row
        const QList<PageBreaker::Page> pages
            = PageBreaker(document).pages(headingRect.bottom() + 2);

        // THEN the heading goes to the next page with the table
        QVERIFY(pages.size() > 1);
        QVERIFY2(pages.first().bottom <= headingRect.top() + 0.01,
            qPrintable(QString::number(pages.first().bottom)));
    }
};

QTEST_MAIN(PageBreakerTest)

#include "pagebreakertest.moc"
