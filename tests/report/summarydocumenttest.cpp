#include "summarydocument.h"
#include "summarysamples.h"

#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

int tableCount(const QTextDocument &document)
{
    int tables = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        tables += qobject_cast<QTextTable *>(frame) ? 1 : 0;
    return tables;
}

} // namespace

class SummaryDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowEverySectionOfTheCycle()
    {
        // GIVEN a JPO's full cycle
        const Report::SummaryDocument summary(SummarySamples::full());

        // WHEN the summary is built
        const QString text = summary.build()->toPlainText();

        // THEN the header, every section and the signature lines are there, with the facts
        const QStringList expected {
            QStringLiteral("Performance review summary"),
            QStringLiteral("Kofi Mensah"),
            QStringLiteral("Junior Professional Officer"),
            QStringLiteral("P2"),
            QStringLiteral("Cooperatives, Social and Solidarity Economy"),
            QStringLiteral("HQ Geneva"),
            QStringLiteral("Amélie Dubois"),
            QStringLiteral("JPO - SSE statistics, 1 Sep 2025 to 31 Aug 2027"),
            QStringLiteral("1 Jan 2026 \u2013 31 Dec 2026"),
            QStringLiteral("Work objectives"),
            QStringLiteral("1. Measure the SSE in Kenya"),
            QStringLiteral("Indicator: Paper accepted for the ICLS working group"),
            QStringLiteral("Target date 15 Oct 2026"),
            QStringLiteral("2 of 4 activities done"),
            QStringLiteral("Validation workshop held in Nairobi"),
            QStringLiteral("Blockers: Late data from two counties"),
            QStringLiteral("Learning elements"),
            QStringLiteral("Evidence: ITCILO course certificate"),
            QStringLiteral("Statistics on cooperatives: national report for Kenya"),
            QStringLiteral("EN delivered, FR delivered, ES cleared"),
            QStringLiteral("Nairobi, Kenya"),
            QStringLiteral("Submitted 20 Mar 2026"),
            QStringLiteral("Mission days in the cycle: 5."),
            QStringLiteral("Submit the Kenya draft before the mission."),
            QStringLiteral("Revise"),
            QStringLiteral("Fully meets expectations"),
            QStringLiteral("Solid national report."),
            QStringLiteral("Kofi led the Kenya survey with care."),
            QStringLiteral("I would like more exposure to the GAC work."),
            QStringLiteral("Acknowledged by the staff member on 12 Dec 2026."),
            QStringLiteral("Signature"),
        };
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(!text.contains(QStringLiteral("No activity recorded")));
    }

    void shouldGiveAShortSummaryToSomeoneWithNothingInTheCycle()
    {
        // GIVEN an intern with nothing in the cycle
        const Report::SummaryDocument summary(SummarySamples::empty());

        // WHEN the summary is built
        const auto document = summary.build();

        // THEN it says so in a sentence, with the header and signature lines and no empty tables
        const QString text = document->toPlainText();
        QVERIFY2(
            text.contains(QStringLiteral("No activity recorded in this cycle")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nadia Rossi")));
        QVERIFY(!text.contains(QStringLiteral("Work objectives")));
        QVERIFY(!text.contains(QStringLiteral("Missions")));
        QCOMPARE(tableCount(*document), 2); // the header facts and the signature lines
    }

    void shouldNameThePlanOfEachObjectiveWhenTheCycleSpansTwo()
    {
        // GIVEN a cycle over the end of one plan and the start of the next, each with an
        // objective of the same title
        Core::PerformanceSummary spanning = SummarySamples::full();
        spanning.objectives = { spanning.objectives.first(), spanning.objectives.first() };
        spanning.objectives[0].plan = QStringLiteral("Work plan Sep 2025 to Sep 2026");
        spanning.objectives[1].plan = QStringLiteral("Work plan Sep 2026 to Sep 2027");

        // WHEN the summary is built, and one of a single plan
        const QString text = Report::SummaryDocument(spanning).build()->toPlainText();
        Core::PerformanceSummary single = spanning;
        single.objectives.removeLast();
        const QString singleText = Report::SummaryDocument(single).build()->toPlainText();

        // THEN each objective says which plan it is from, and a single plan goes unsaid
        QVERIFY2(text.contains(QStringLiteral("Work plan Sep 2025 to Sep 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Work plan Sep 2026 to Sep 2027")));
        QVERIFY(!singleText.contains(QStringLiteral("Work plan Sep 2025 to Sep 2026")));
    }

    void shouldShowWhatUsersWroteAsWritten()
    {
        // GIVEN text with accents, a right-to-left name, markup and formulas
        const Report::SummaryDocument summary(SummarySamples::unusualText());

        // WHEN the summary is built
        const QString text = summary.build()->toPlainText();

        // THEN every string is there as typed, markup included, not interpreted
        for (const QString &part : { QStringLiteral("<b>not bold</b> & \"quoted\", kept"),
                 QStringLiteral("Économie sociale et solidaire : état des lieux"),
                 QStringLiteral("ليلى حداد"), QStringLiteral("Amélie Dubois-Čapek"),
                 QStringLiteral("Genève"), QStringLiteral("=HYPERLINK(\"http://x.example\")"),
                 QStringLiteral("@risk: Rapport français, ñandú") })
            QVERIFY2(text.contains(part), qPrintable(part));
    }

    void shouldTitleTheDocumentWithNameAndPeriod()
    {
        // GIVEN a summary
        const Report::SummaryDocument summary(SummarySamples::full());

        // WHEN it is built
        const auto document = summary.build();

        // THEN the title names the person and the period, in the document's metadata too
        const QString title = QStringLiteral(
            "Performance review summary \u2014 Kofi Mensah, 1 Jan 2026 \u2013 31 Dec 2026");
        QCOMPARE(summary.title(), title);
        QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle), title);
    }

    void shouldSetARightToLeftNameApartInTheTitle()
    {
        // GIVEN a person whose name is written right to left
        const Report::SummaryDocument summary(SummarySamples::unusualText());

        // WHEN the title is made
        const QString title = summary.title();

        // THEN the name is isolated, so that the period after it keeps its order
        QVERIFY2(
            title.contains(QStringLiteral("\u2068ليلى حداد\u2069, 1 Jan 2026")), qPrintable(title));
    }
};

QTEST_MAIN(SummaryDocumentTest)

#include "summarydocumenttest.moc"
