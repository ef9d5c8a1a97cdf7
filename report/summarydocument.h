#ifndef REPORT_SUMMARYDOCUMENT_H
#define REPORT_SUMMARYDOCUMENT_H

#include "performancesummary.h"
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace Report {

class TextComposer;

// The performance review summary of one person and one cycle, as a document a unit head signs:
// the header, each section of the cycle, the appraisal when there is one, and signature lines.
// A person with nothing in the cycle gets a short page that says so. Everything shown comes
// from the PerformanceSummary, which never holds the supervisor's private notes.
class SummaryDocument
{
    // The context of the texts marked QT_TR_NOOP in the .cpp, for lupdate; they are translated
    // through text(), in the document's language, never through tr() (the window's language).
    Q_DECLARE_TR_FUNCTIONS(Report::SummaryDocument)
public:
    explicit SummaryDocument(
        Core::PerformanceSummary summary, ReportLanguage language = ReportLanguage());

    // "Performance review summary — Name, 1 Jan 2026 – 31 Dec 2026": the document's title, in
    // the PDF's metadata and at the foot of every page.
    QString title() const;
    // A new document, its title set; the caller owns it and may use it on any one thread.
    std::unique_ptr<QTextDocument> build() const;

private:
    void writeHeader(TextComposer &composer) const;
    void writeOverview(TextComposer &composer) const;
    void writeObjectives(TextComposer &composer, bool learning) const;
    void writeObjective(TextComposer &composer, int number,
        const Core::PerformanceSummary::ObjectiveLine &line) const;
    void writeDeliverables(TextComposer &composer) const;
    void writeMissions(TextComposer &composer) const;
    void writeCheckIns(TextComposer &composer) const;
    void writeReviews(TextComposer &composer) const;
    void writeAppraisal(TextComposer &composer) const;
    void writeRatings(TextComposer &composer, bool competencies) const;
    void writeSignatures(TextComposer &composer) const;
    QString periodText() const;
    int objectiveCount(bool learning) const;
    bool spansPlans() const;
    QString text(const char *source) const;

    Core::PerformanceSummary m_summary;
    ReportLanguage m_language;
};

} // namespace Report

#endif
