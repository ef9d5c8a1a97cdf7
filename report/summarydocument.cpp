#include "summarydocument.h"

#include "reporttext.h"
#include "textcomposer.h"

#include <QTextDocument>

#include <algorithm>

namespace Report {

using Summary = Core::PerformanceSummary;
using Column = TextComposer::Column;
using Row = TextComposer::Row;

SummaryDocument::SummaryDocument(Summary summary, ReportLanguage language)
    : m_summary(std::move(summary)), m_language(std::move(language))
{
}

QString SummaryDocument::text(const char *source) const
{
    return m_language.translate("Report::SummaryDocument", source);
}

QString SummaryDocument::periodText() const
{
    return ReportText::period(
        m_summary.header.periodStart, m_summary.header.periodEnd, m_language.locale());
}

QString SummaryDocument::title() const
{
    return text(QT_TR_NOOP("Performance review summary \u2014 %1, %2"))
        .arg(ReportText::isolate(m_summary.header.name), periodText());
}

std::unique_ptr<QTextDocument> SummaryDocument::build() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    m_language.tag(*document);
    TextComposer composer(*document);
    writeHeader(composer);
    if (m_summary.isEmpty()) {
        composer.heading(text(QT_TR_NOOP("Summary")));
        composer.paragraph(
            text(QT_TR_NOOP("No activity recorded in this cycle: no objectives, deliverables, "
                            "missions, check-ins, review rounds or appraisal between %1 and "
                            "%2."))
                .arg(ReportText::date(m_summary.header.periodStart, m_language.locale()),
                    ReportText::date(m_summary.header.periodEnd, m_language.locale())));
    } else {
        writeOverview(composer);
        writeObjectives(composer, false);
        writeObjectives(composer, true);
        writeDeliverables(composer);
        writeMissions(composer);
        writeCheckIns(composer);
        writeReviews(composer);
        writeAppraisal(composer);
    }
    writeSignatures(composer);
    return document;
}

void SummaryDocument::writeHeader(TextComposer &composer) const
{
    const Summary::Header &header = m_summary.header;
    composer.title(text(QT_TR_NOOP("Performance review summary")));
    composer.subtitle(
        QStringLiteral("%1  \u00b7  %2").arg(ReportText::isolate(header.name), periodText()));
    composer.facts({
        { text(QT_TR_NOOP("Staff member")), header.name },
        { text(QT_TR_NOOP("Supervisor")), ReportText::orDash(header.supervisorName) },
        { text(QT_TR_NOOP("Position")), ReportText::orDash(header.positionTitle) },
        { text(QT_TR_NOOP("Grade")), ReportText::orDash(header.grade) },
        { text(QT_TR_NOOP("Category")), ReportText::orDash(header.category) },
        { text(QT_TR_NOOP("Duty station")), ReportText::orDash(header.dutyStation) },
        { text(QT_TR_NOOP("Unit")), ReportText::orDash(header.unit) },
        { text(QT_TR_NOOP("Period")), periodText() },
        { text(QT_TR_NOOP("Assignment")), ReportText::orDash(header.assignment) },
        { text(QT_TR_NOOP("E-mail")), ReportText::orDash(header.email) },
    });
}

int SummaryDocument::objectiveCount(bool learning) const
{
    return int(std::count_if(m_summary.objectives.cbegin(), m_summary.objectives.cend(),
        [learning](const Summary::ObjectiveLine &line) { return line.learning == learning; }));
}

// One line a reader takes in before the detail: what the cycle holds, in figures.
void SummaryDocument::writeOverview(TextComposer &composer) const
{
    QStringList parts;
    const int work = objectiveCount(false);
    if (work > 0) {
        int total = 0;
        for (const Summary::ObjectiveLine &line : m_summary.objectives)
            total += line.learning ? 0 : line.percent;
        parts.append(text(QT_TR_NOOP("%1 at %2 on average"))
                         .arg(ReportText::count(work, text(QT_TR_NOOP("1 work objective")),
                                  text(QT_TR_NOOP("%1 work objectives")), m_language.locale()),
                             ReportText::percent(total / work, m_language)));
    }
    const int learning = objectiveCount(true);
    if (learning > 0)
        parts.append(ReportText::count(learning, text(QT_TR_NOOP("1 learning element")),
            text(QT_TR_NOOP("%1 learning elements")), m_language.locale()));
    parts.append(ReportText::count(int(m_summary.deliverables.size()),
        text(QT_TR_NOOP("1 deliverable cleared or delivered")),
        text(QT_TR_NOOP("%1 deliverables cleared or delivered")), m_language.locale()));
    parts.append(ReportText::count(int(m_summary.missions.size()), text(QT_TR_NOOP("1 mission")),
                     text(QT_TR_NOOP("%1 missions")), m_language.locale())
        + QStringLiteral(" (%1)").arg(ReportText::count(m_summary.missionDays,
            text(QT_TR_NOOP("1 day")), text(QT_TR_NOOP("%1 days")), m_language.locale())));
    parts.append(ReportText::count(int(m_summary.checkIns.size()), text(QT_TR_NOOP("1 check-in")),
        text(QT_TR_NOOP("%1 check-ins")), m_language.locale()));
    parts.append(
        ReportText::count(int(m_summary.reviews.size()), text(QT_TR_NOOP("1 review round")),
            text(QT_TR_NOOP("%1 review rounds")), m_language.locale()));
    composer.heading(text(QT_TR_NOOP("The cycle at a glance")));
    composer.paragraph(parts.join(QStringLiteral("  \u00b7  ")));
}

void SummaryDocument::writeObjectives(TextComposer &composer, bool learning) const
{
    composer.heading(
        learning ? text(QT_TR_NOOP("Learning elements")) : text(QT_TR_NOOP("Work objectives")));
    int number = 0;
    for (const Summary::ObjectiveLine &line : m_summary.objectives) {
        if (line.learning == learning)
            writeObjective(composer, ++number, line);
    }
    if (number == 0)
        composer.note(learning ? text(QT_TR_NOOP("No learning elements in this cycle."))
                               : text(QT_TR_NOOP("No work objectives in this cycle.")));
}

bool SummaryDocument::spansPlans() const
{
    return std::any_of(m_summary.objectives.cbegin(), m_summary.objectives.cend(),
        [this](const Summary::ObjectiveLine &line) {
            return line.plan != m_summary.objectives.first().plan;
        });
}

void SummaryDocument::writeObjective(
    TextComposer &composer, int number, const Summary::ObjectiveLine &line) const
{
    composer.setKeepWithNext(true);
    composer.subheading(QStringLiteral("%1. %2").arg(number).arg(line.title),
        ReportText::percent(line.percent, m_language));
    composer.labelled(text(QT_TR_NOOP("Indicator")), line.indicator);
    QStringList facts { text(QT_TR_NOOP("Target date %1"))
                            .arg(ReportText::date(line.targetDate, m_language.locale())) };
    // A cycle that spans two plans may list an objective twice, once per plan.
    if (spansPlans())
        facts.prepend(line.plan);
    if (line.activities > 0)
        facts.append(text(QT_TR_NOOP("%1 of %2 activities done"))
                         .arg(line.activitiesDone)
                         .arg(line.activities));
    facts.append(
        text(QT_TR_NOOP("progress %1")).arg(ReportText::percent(line.percent, m_language)));
    composer.paragraph(facts.join(QStringLiteral("  \u00b7  ")));
    if (!line.description.trimmed().isEmpty())
        composer.writtenParagraph(line.description);
    composer.labelled(text(QT_TR_NOOP("Evidence")), line.evidence);
    composer.setKeepWithNext(false);
    if (line.achievements.isEmpty()) {
        composer.note(text(QT_TR_NOOP("No progress logged in this cycle.")));
        return;
    }
    QList<Row> rows;
    for (const Summary::Achievement &achievement : line.achievements) {
        const QString blockers = achievement.blockers.trimmed().isEmpty()
            ? QString()
            : text(QT_TR_NOOP("Blockers: %1")).arg(achievement.blockers);
        rows.append({ ReportText::date(achievement.date, m_language.locale()),
            ReportText::orDash(achievement.activity),
            ReportText::percent(achievement.percent, m_language), { achievement.note, blockers } });
    }
    composer.table(
        { { text(QT_TR_NOOP("Date")), 14 }, { text(QT_TR_NOOP("Activity")), 23 },
            { text(QT_TR_NOOP("Progress")), 12, true }, { text(QT_TR_NOOP("What was done")), 51 } },
        rows);
}

void SummaryDocument::writeDeliverables(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Deliverables cleared or delivered")));
    if (m_summary.deliverables.isEmpty()) {
        composer.note(text(QT_TR_NOOP("No deliverable was cleared or delivered in this cycle.")));
        return;
    }
    QList<Row> rows;
    for (const Summary::DeliverableLine &line : m_summary.deliverables)
        rows.append({ { line.title, line.type }, line.role,
            { line.status, ReportText::date(line.statusSince, m_language.locale()) },
            ReportText::date(line.dueDate, m_language.locale()),
            ReportText::orDash(line.versions) });
    composer.table({ { text(QT_TR_NOOP("Deliverable")), 32 }, { text(QT_TR_NOOP("Role")), 14 },
                       { text(QT_TR_NOOP("Status")), 15 }, { text(QT_TR_NOOP("Due")), 13 },
                       { text(QT_TR_NOOP("Language versions")), 26 } },
        rows);
}

void SummaryDocument::writeMissions(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Missions")));
    if (m_summary.missions.isEmpty()) {
        composer.note(text(QT_TR_NOOP("No missions in this cycle.")));
        return;
    }
    QList<Row> rows;
    for (const Summary::MissionLine &line : m_summary.missions)
        rows.append({ ReportText::period(line.start, line.end, m_language.locale()),
            line.destination, { line.purpose, line.kind }, QString::number(line.days), line.status,
            line.btoStatus });
    composer.table(
        { { text(QT_TR_NOOP("Dates")), 19 }, { text(QT_TR_NOOP("Destination")), 16 },
            { text(QT_TR_NOOP("Purpose")), 27 }, { text(QT_TR_NOOP("Days")), 7, true },
            { text(QT_TR_NOOP("Status")), 14 }, { text(QT_TR_NOOP("Back-to-office report")), 17 } },
        rows);
    composer.paragraph(
        text(QT_TR_NOOP("Mission days in the cycle: %1.")).arg(m_summary.missionDays));
}

void SummaryDocument::writeCheckIns(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Check-ins")));
    if (m_summary.checkIns.isEmpty()) {
        composer.note(text(QT_TR_NOOP("No check-ins held in this cycle.")));
        return;
    }
    QList<Row> rows;
    for (const Summary::CheckInLine &line : m_summary.checkIns)
        rows.append({ ReportText::date(line.date, m_language.locale()), line.supervisorName,
            QString::number(line.agendaItems),
            text(QT_TR_NOOP("%1 of %2")).arg(line.actionsDone).arg(line.actions),
            ReportText::orDash(line.decisions) });
    composer.table(
        { { text(QT_TR_NOOP("Date")), 14 }, { text(QT_TR_NOOP("With")), 19 },
            { text(QT_TR_NOOP("Agenda items")), 11, true },
            { text(QT_TR_NOOP("Actions done")), 12, true }, { text(QT_TR_NOOP("Decisions")), 44 } },
        rows);
}

void SummaryDocument::writeReviews(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Review rounds")));
    if (m_summary.reviews.isEmpty()) {
        composer.note(text(QT_TR_NOOP("No drafts submitted for review in this cycle.")));
        return;
    }
    QList<Row> rows;
    for (const Summary::ReviewLine &line : m_summary.reviews)
        rows.append({ ReportText::date(line.submittedOn, m_language.locale()),
            { line.deliverableTitle, line.versionLabel }, line.reviewerName,
            line.reviewedOn.isValid() ? ReportText::date(line.reviewedOn, m_language.locale())
                                      : text(QT_TR_NOOP("Pending")),
            line.outcome, QString::number(line.daysWaited) });
    composer.table(
        { { text(QT_TR_NOOP("Submitted")), 13 }, { text(QT_TR_NOOP("Draft")), 32 },
            { text(QT_TR_NOOP("Reviewer")), 17 }, { text(QT_TR_NOOP("Reviewed")), 13 },
            { text(QT_TR_NOOP("Outcome")), 13 }, { text(QT_TR_NOOP("Days waited")), 12, true } },
        rows);
}

void SummaryDocument::writeAppraisal(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Appraisal")));
    if (!m_summary.hasAppraisal) {
        composer.note(text(QT_TR_NOOP("No appraisal recorded for this cycle.")));
        return;
    }
    const Summary::AppraisalPart &appraisal = m_summary.appraisal;
    composer.facts({
        { text(QT_TR_NOOP("Stage")), appraisal.stage },
        { text(QT_TR_NOOP("Objectives set")),
            ReportText::date(appraisal.objectivesSetOn, m_language.locale()) },
        { text(QT_TR_NOOP("Mid-term review")),
            ReportText::date(appraisal.midTermOn, m_language.locale()) },
        { text(QT_TR_NOOP("Status")),
            appraisal.locked ? text(QT_TR_NOOP("Locked: acknowledged by both"))
                             : text(QT_TR_NOOP("Open")) },
    });
    composer.labelled(text(QT_TR_NOOP("Mid-term review notes")), appraisal.midTermNotes);
    writeRatings(composer, false);
    writeRatings(composer, true);
    if (!appraisal.supervisorComments.trimmed().isEmpty()) {
        composer.subheading(text(QT_TR_NOOP("Supervisor's comments")));
        composer.writtenParagraph(appraisal.supervisorComments);
    }
    if (!appraisal.staffComments.trimmed().isEmpty()) {
        composer.subheading(text(QT_TR_NOOP("Staff member's comments")));
        composer.writtenParagraph(appraisal.staffComments);
    }
    if (appraisal.supervisorAcknowledgedOn.isValid())
        composer.note(
            text(QT_TR_NOOP("Acknowledged by the supervisor on %1."))
                .arg(ReportText::date(appraisal.supervisorAcknowledgedOn, m_language.locale())));
    if (appraisal.staffAcknowledgedOn.isValid())
        composer.note(
            text(QT_TR_NOOP("Acknowledged by the staff member on %1."))
                .arg(ReportText::date(appraisal.staffAcknowledgedOn, m_language.locale())));
}

void SummaryDocument::writeRatings(TextComposer &composer, bool competencies) const
{
    QList<Row> rows;
    for (const Summary::Rating &rating : m_summary.appraisal.ratings) {
        if (rating.competency == competencies)
            rows.append({ rating.subject,
                rating.level.isEmpty() ? text(QT_TR_NOOP("Not rated")) : rating.level,
                ReportText::orDash(rating.comment) });
    }
    if (rows.isEmpty())
        return;
    composer.subheading(competencies ? text(QT_TR_NOOP("Ratings: core competencies"))
                                     : text(QT_TR_NOOP("Ratings: objectives")));
    composer.table(
        { { competencies ? text(QT_TR_NOOP("Competency")) : text(QT_TR_NOOP("Objective")), 38 },
            { text(QT_TR_NOOP("Rating")), 18 }, { text(QT_TR_NOOP("Comment")), 44 } },
        rows);
}

void SummaryDocument::writeSignatures(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Signatures")));
    composer.signatures({ { text(QT_TR_NOOP("Supervisor")), m_summary.header.supervisorName },
        { text(QT_TR_NOOP("Staff member")), m_summary.header.name } });
}

} // namespace Report
