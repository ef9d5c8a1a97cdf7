#include "summarydocument.h"

#include "reporttext.h"
#include "textcomposer.h"

#include <QTextDocument>

#include <algorithm>

namespace Report {

using Summary = Core::PerformanceSummary;
using Column = TextComposer::Column;
using Row = TextComposer::Row;

SummaryDocument::SummaryDocument(Summary summary) : m_summary(std::move(summary)) { }

QString SummaryDocument::periodText() const
{
    return ReportText::period(m_summary.header.periodStart, m_summary.header.periodEnd);
}

QString SummaryDocument::title() const
{
    return tr("Performance review summary \u2014 %1, %2")
        .arg(ReportText::isolate(m_summary.header.name), periodText());
}

std::unique_ptr<QTextDocument> SummaryDocument::build() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    TextComposer composer(*document);
    writeHeader(composer);
    if (m_summary.isEmpty()) {
        composer.heading(tr("Summary"));
        composer.paragraph(tr("No activity recorded in this cycle: no objectives, deliverables, "
                              "missions, check-ins, review rounds or appraisal between %1 and "
                              "%2.")
                               .arg(ReportText::date(m_summary.header.periodStart),
                                   ReportText::date(m_summary.header.periodEnd)));
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
    composer.title(tr("Performance review summary"));
    composer.subtitle(
        QStringLiteral("%1  \u00b7  %2").arg(ReportText::isolate(header.name), periodText()));
    composer.facts({
        { tr("Staff member"), header.name },
        { tr("Supervisor"), ReportText::orDash(header.supervisorName) },
        { tr("Position"), ReportText::orDash(header.positionTitle) },
        { tr("Grade"), ReportText::orDash(header.grade) },
        { tr("Category"), ReportText::orDash(header.category) },
        { tr("Duty station"), ReportText::orDash(header.dutyStation) },
        { tr("Unit"), ReportText::orDash(header.unit) },
        { tr("Period"), periodText() },
        { tr("Assignment"), ReportText::orDash(header.assignment) },
        { tr("E-mail"), ReportText::orDash(header.email) },
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
        parts.append(
            tr("%1 at %2 on average")
                .arg(ReportText::count(work, tr("1 work objective"), tr("%1 work objectives")),
                    ReportText::percent(total / work)));
    }
    const int learning = objectiveCount(true);
    if (learning > 0)
        parts.append(
            ReportText::count(learning, tr("1 learning element"), tr("%1 learning elements")));
    parts.append(ReportText::count(int(m_summary.deliverables.size()),
        tr("1 deliverable cleared or delivered"), tr("%1 deliverables cleared or delivered")));
    parts.append(
        ReportText::count(int(m_summary.missions.size()), tr("1 mission"), tr("%1 missions"))
        + QStringLiteral(" (%1)").arg(
            ReportText::count(m_summary.missionDays, tr("1 day"), tr("%1 days"))));
    parts.append(
        ReportText::count(int(m_summary.checkIns.size()), tr("1 check-in"), tr("%1 check-ins")));
    parts.append(ReportText::count(
        int(m_summary.reviews.size()), tr("1 review round"), tr("%1 review rounds")));
    composer.heading(tr("The cycle at a glance"));
    composer.paragraph(parts.join(QStringLiteral("  \u00b7  ")));
}

void SummaryDocument::writeObjectives(TextComposer &composer, bool learning) const
{
    composer.heading(learning ? tr("Learning elements") : tr("Work objectives"));
    int number = 0;
    for (const Summary::ObjectiveLine &line : m_summary.objectives) {
        if (line.learning == learning)
            writeObjective(composer, ++number, line);
    }
    if (number == 0)
        composer.note(learning ? tr("No learning elements in this cycle.")
                               : tr("No work objectives in this cycle."));
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
    composer.subheading(
        QStringLiteral("%1. %2").arg(number).arg(line.title), ReportText::percent(line.percent));
    composer.labelled(tr("Indicator"), line.indicator);
    QStringList facts { tr("Target date %1").arg(ReportText::date(line.targetDate)) };
    // A cycle that spans two plans may list an objective twice, once per plan.
    if (spansPlans())
        facts.prepend(line.plan);
    if (line.activities > 0)
        facts.append(tr("%1 of %2 activities done").arg(line.activitiesDone).arg(line.activities));
    facts.append(tr("progress %1").arg(ReportText::percent(line.percent)));
    composer.paragraph(facts.join(QStringLiteral("  \u00b7  ")));
    if (!line.description.trimmed().isEmpty())
        composer.writtenParagraph(line.description);
    composer.labelled(tr("Evidence"), line.evidence);
    composer.setKeepWithNext(false);
    if (line.achievements.isEmpty()) {
        composer.note(tr("No progress logged in this cycle."));
        return;
    }
    QList<Row> rows;
    for (const Summary::Achievement &achievement : line.achievements) {
        const QString blockers = achievement.blockers.trimmed().isEmpty()
            ? QString()
            : tr("Blockers: %1").arg(achievement.blockers);
        rows.append({ ReportText::date(achievement.date), ReportText::orDash(achievement.activity),
            ReportText::percent(achievement.percent), { achievement.note, blockers } });
    }
    composer.table({ { tr("Date"), 14 }, { tr("Activity"), 23 }, { tr("Progress"), 12, true },
                       { tr("What was done"), 51 } },
        rows);
}

void SummaryDocument::writeDeliverables(TextComposer &composer) const
{
    composer.heading(tr("Deliverables cleared or delivered"));
    if (m_summary.deliverables.isEmpty()) {
        composer.note(tr("No deliverable was cleared or delivered in this cycle."));
        return;
    }
    QList<Row> rows;
    for (const Summary::DeliverableLine &line : m_summary.deliverables)
        rows.append({ { line.title, line.type }, line.role,
            { line.status, ReportText::date(line.statusSince) }, ReportText::date(line.dueDate),
            ReportText::orDash(line.versions) });
    composer.table({ { tr("Deliverable"), 32 }, { tr("Role"), 14 }, { tr("Status"), 15 },
                       { tr("Due"), 13 }, { tr("Language versions"), 26 } },
        rows);
}

void SummaryDocument::writeMissions(TextComposer &composer) const
{
    composer.heading(tr("Missions"));
    if (m_summary.missions.isEmpty()) {
        composer.note(tr("No missions in this cycle."));
        return;
    }
    QList<Row> rows;
    for (const Summary::MissionLine &line : m_summary.missions)
        rows.append({ ReportText::period(line.start, line.end), line.destination,
            { line.purpose, line.kind }, QString::number(line.days), line.status, line.btoStatus });
    composer.table(
        { { tr("Dates"), 19 }, { tr("Destination"), 16 }, { tr("Purpose"), 27 },
            { tr("Days"), 7, true }, { tr("Status"), 14 }, { tr("Back-to-office report"), 17 } },
        rows);
    composer.paragraph(tr("Mission days in the cycle: %1.").arg(m_summary.missionDays));
}

void SummaryDocument::writeCheckIns(TextComposer &composer) const
{
    composer.heading(tr("Check-ins"));
    if (m_summary.checkIns.isEmpty()) {
        composer.note(tr("No check-ins held in this cycle."));
        return;
    }
    QList<Row> rows;
    for (const Summary::CheckInLine &line : m_summary.checkIns)
        rows.append(
            { ReportText::date(line.date), line.supervisorName, QString::number(line.agendaItems),
                tr("%1 of %2").arg(line.actionsDone).arg(line.actions),
                ReportText::orDash(line.decisions) });
    composer.table({ { tr("Date"), 14 }, { tr("With"), 19 }, { tr("Agenda items"), 11, true },
                       { tr("Actions done"), 12, true }, { tr("Decisions"), 44 } },
        rows);
}

void SummaryDocument::writeReviews(TextComposer &composer) const
{
    composer.heading(tr("Review rounds"));
    if (m_summary.reviews.isEmpty()) {
        composer.note(tr("No drafts submitted for review in this cycle."));
        return;
    }
    QList<Row> rows;
    for (const Summary::ReviewLine &line : m_summary.reviews)
        rows.append({ ReportText::date(line.submittedOn),
            { line.deliverableTitle, line.versionLabel }, line.reviewerName,
            line.reviewedOn.isValid() ? ReportText::date(line.reviewedOn) : tr("Pending"),
            line.outcome, QString::number(line.daysWaited) });
    composer.table(
        { { tr("Submitted"), 13 }, { tr("Draft"), 32 }, { tr("Reviewer"), 17 },
            { tr("Reviewed"), 13 }, { tr("Outcome"), 13 }, { tr("Days waited"), 12, true } },
        rows);
}

void SummaryDocument::writeAppraisal(TextComposer &composer) const
{
    composer.heading(tr("Appraisal"));
    if (!m_summary.hasAppraisal) {
        composer.note(tr("No appraisal recorded for this cycle."));
        return;
    }
    const Summary::AppraisalPart &appraisal = m_summary.appraisal;
    composer.facts({
        { tr("Stage"), appraisal.stage },
        { tr("Objectives set"), ReportText::date(appraisal.objectivesSetOn) },
        { tr("Mid-term review"), ReportText::date(appraisal.midTermOn) },
        { tr("Status"), appraisal.locked ? tr("Locked: acknowledged by both") : tr("Open") },
    });
    composer.labelled(tr("Mid-term review notes"), appraisal.midTermNotes);
    writeRatings(composer, false);
    writeRatings(composer, true);
    if (!appraisal.supervisorComments.trimmed().isEmpty()) {
        composer.subheading(tr("Supervisor's comments"));
        composer.writtenParagraph(appraisal.supervisorComments);
    }
    if (!appraisal.staffComments.trimmed().isEmpty()) {
        composer.subheading(tr("Staff member's comments"));
        composer.writtenParagraph(appraisal.staffComments);
    }
    if (appraisal.supervisorAcknowledgedOn.isValid())
        composer.note(tr("Acknowledged by the supervisor on %1.")
                          .arg(ReportText::date(appraisal.supervisorAcknowledgedOn)));
    if (appraisal.staffAcknowledgedOn.isValid())
        composer.note(tr("Acknowledged by the staff member on %1.")
                          .arg(ReportText::date(appraisal.staffAcknowledgedOn)));
}

void SummaryDocument::writeRatings(TextComposer &composer, bool competencies) const
{
    QList<Row> rows;
    for (const Summary::Rating &rating : m_summary.appraisal.ratings) {
        if (rating.competency == competencies)
            rows.append({ rating.subject, rating.level.isEmpty() ? tr("Not rated") : rating.level,
                ReportText::orDash(rating.comment) });
    }
    if (rows.isEmpty())
        return;
    composer.subheading(
        competencies ? tr("Ratings: core competencies") : tr("Ratings: objectives"));
    composer.table({ { competencies ? tr("Competency") : tr("Objective"), 38 },
                       { tr("Rating"), 18 }, { tr("Comment"), 44 } },
        rows);
}

void SummaryDocument::writeSignatures(TextComposer &composer) const
{
    composer.heading(tr("Signatures"));
    composer.signatures({ { tr("Supervisor"), m_summary.header.supervisorName },
        { tr("Staff member"), m_summary.header.name } });
}

} // namespace Report
