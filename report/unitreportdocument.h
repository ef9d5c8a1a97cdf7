#ifndef REPORT_UNITREPORTDOCUMENT_H
#define REPORT_UNITREPORTDOCUMENT_H

#include "performancesummary.h"
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace Report {

class TextComposer;

// The unit's year in one document: an overview line per person, then each person's plan
// progress, deliverables and missions. The annual report to the department covers everyone and
// may name each appraisal's stage, never its ratings or comments; the donor report covers the
// JPOs only and leaves out appraisals and check-ins altogether.
class UnitReportDocument
{
    // The context of the texts marked QT_TR_NOOP in the .cpp, for lupdate; they are translated
    // through text(), in the document's language, never through tr() (the window's language).
    Q_DECLARE_TR_FUNCTIONS(Report::UnitReportDocument)
public:
    enum class Variant { Annual, Donor };
    static std::optional<Variant> variantFromName(const QString &name);

    UnitReportDocument(const QList<Core::PerformanceSummary> &summaries, int year, Variant variant,
        ReportLanguage language = ReportLanguage());

    QString title() const;
    // The people the report covers, by name; empty when nobody qualifies for the variant.
    const QList<Core::PerformanceSummary> &people() const { return m_people; }
    std::unique_ptr<QTextDocument> build() const;

private:
    void writeOverview(TextComposer &composer) const;
    void writePerson(TextComposer &composer, const Core::PerformanceSummary &summary) const;
    void writeObjectives(
        TextComposer &composer, const Core::PerformanceSummary &summary, bool learning) const;
    void writeDeliverables(TextComposer &composer, const Core::PerformanceSummary &summary) const;
    void writeMissions(TextComposer &composer, const Core::PerformanceSummary &summary) const;
    void writeTotals(TextComposer &composer) const;
    QString unitName() const;
    QString text(const char *source) const;

    QList<Core::PerformanceSummary> m_people;
    int m_year = 0;
    Variant m_variant = Variant::Annual;
    ReportLanguage m_language;
};

} // namespace Report

#endif
