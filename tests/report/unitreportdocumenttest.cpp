#include "unitreportdocument.h"
#include "person.h"
#include "summarysamples.h"

#include <QTest>
#include <QTextDocument>

using Report::UnitReportDocument;

namespace {

// A JPO with a full, locked appraisal, an intern with an appraisal at mid-term, and a
// technical officer with check-ins.
QList<Core::PerformanceSummary> unit()
{
    Core::PerformanceSummary jpo = SummarySamples::full();
    Core::PerformanceSummary intern = SummarySamples::full();
    intern.header.name = QStringLiteral("Nadia Rossi");
    intern.header.category = Core::Person::categoryName(Core::Person::Category::Intern);
    intern.appraisal.stage = QStringLiteral("Mid-term review");
    Core::PerformanceSummary officer = SummarySamples::full();
    officer.header.name = QStringLiteral("Søren Lindqvist");
    officer.header.category = Core::Person::categoryName(Core::Person::Category::TechnicalOfficer);
    officer.hasAppraisal = false;
    return { jpo, intern, officer };
}

} // namespace

class UnitReportDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCoverEveryoneWithAppraisalsByStageOnly()
    {
        // GIVEN the unit's year
        const UnitReportDocument report(unit(), 2026, UnitReportDocument::Variant::Annual);

        // WHEN the annual report is built
        const QString text = report.build()->toPlainText();

        // THEN everyone is in it with plan progress, deliverables and missions
        QCOMPARE(report.people().size(), 3);
        for (const QString &part : { QStringLiteral("Annual report 2026"),
                 QStringLiteral("Kofi Mensah"), QStringLiteral("Nadia Rossi"),
                 QStringLiteral("Søren Lindqvist"), QStringLiteral("Measure the SSE in Kenya"),
                 QStringLiteral("Statistics on cooperatives: national report for Kenya"),
                 QStringLiteral("Nairobi, Kenya"), QStringLiteral("End-of-cycle appraisal"),
                 QStringLiteral("Mid-term review") })
            QVERIFY2(text.contains(part), qPrintable(part));
        // AND no rating, nor what either side wrote in the appraisal
        for (const QString &part :
            { QStringLiteral("Fully meets expectations"), QStringLiteral("Solid national report."),
                QStringLiteral("Kofi led the Kenya survey with care."),
                QStringLiteral("I would like more exposure to the GAC work."),
                QStringLiteral("On track; the survey took longer than planned.") })
            QVERIFY2(!text.contains(part), qPrintable(part));
    }

    void shouldCoverOnlyJposForTheDonorWithoutAppraisalsOrCheckIns()
    {
        // GIVEN the unit's year
        const UnitReportDocument report(unit(), 2026, UnitReportDocument::Variant::Donor);

        // WHEN the donor report is built
        const QString text = report.build()->toPlainText();

        // THEN the JPO is in it, nobody else, and nothing of appraisals or check-ins
        QCOMPARE(report.people().size(), 1);
        QVERIFY(text.contains(QStringLiteral("JPO donor report 2026")));
        QVERIFY(text.contains(QStringLiteral("Kofi Mensah")));
        QVERIFY(text.contains(QStringLiteral("Project cycle management")));
        for (const QString &part : { QStringLiteral("Nadia Rossi"),
                 QStringLiteral("Søren Lindqvist"), QStringLiteral("ppraisal"),
                 QStringLiteral("Check-in"), QStringLiteral("Submit the Kenya draft"),
                 QStringLiteral("Fully meets expectations") })
            QVERIFY2(!text.contains(part), qPrintable(part));
    }

    void shouldSaySoWhenNobodyQualifies()
    {
        // GIVEN a year with no JPO
        const UnitReportDocument report(
            { SummarySamples::empty() }, 2026, UnitReportDocument::Variant::Donor);

        // WHEN the donor report is built
        const QString text = report.build()->toPlainText();

        // THEN it says so
        QVERIFY(report.people().isEmpty());
        QVERIFY2(text.contains(QStringLiteral("No JPO has activity recorded in 2026.")),
            qPrintable(text));
    }
};

QTEST_MAIN(UnitReportDocumentTest)

#include "unitreportdocumenttest.moc"
