#include "unitreportdocument.h"

#include "person.h"
#include "reporttext.h"
#include "textcomposer.h"

#include <QTextDocument>

namespace Report {

namespace {

using Summary = Core::PerformanceSummary;
using Row = TextComposer::Row;

// The mean progress of the person's work objectives or learning elements; nothing when there
// are none, which is not the same as 0%.
std::optional<int> meanProgress(const Summary &summary, bool learning)
{
    int total = 0;
    int count = 0;
    for (const Summary::ObjectiveLine &line : summary.objectives) {
        if (line.learning == learning) {
            total += line.percent;
            ++count;
        }
    }
    return count == 0 ? std::nullopt : std::optional<int>(total / count);
}

QString progressText(const std::optional<int> &progress)
{
    return progress ? ReportText::percent(*progress) : ReportText::orDash({});
}

bool isJpo(const Summary &summary)
{
    return summary.header.category == Core::Person::categoryName(Core::Person::Category::Jpo);
}

} // namespace

std::optional<UnitReportDocument::Variant> UnitReportDocument::variantFromName(const QString &name)
{
    if (name.compare(QLatin1String("annual"), Qt::CaseInsensitive) == 0)
        return Variant::Annual;
    if (name.compare(QLatin1String("donor"), Qt::CaseInsensitive) == 0)
        return Variant::Donor;
    return std::nullopt;
}

UnitReportDocument::UnitReportDocument(const QList<Summary> &summaries, int year, Variant variant)
    : m_year(year), m_variant(variant)
{
    for (const Summary &summary : summaries) {
        if (variant == Variant::Annual || isJpo(summary))
            m_people.append(summary);
    }
}

QString UnitReportDocument::unitName() const
{
    return m_people.isEmpty() ? QString() : m_people.first().header.unit;
}

QString UnitReportDocument::title() const
{
    const QString report = m_variant == Variant::Annual ? tr("Annual report %1").arg(m_year)
                                                        : tr("JPO donor report %1").arg(m_year);
    return unitName().isEmpty()
        ? report
        : QStringLiteral("%1 \u2014 %2").arg(ReportText::isolate(unitName()), report);
}

std::unique_ptr<QTextDocument> UnitReportDocument::build() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    TextComposer composer(*document);
    composer.title(m_variant == Variant::Annual ? tr("Annual report %1").arg(m_year)
                                                : tr("JPO donor report %1").arg(m_year));
    composer.subtitle(
        QStringLiteral("%1  \u00b7  %2  \u00b7  %3")
            .arg(ReportText::isolate(ReportText::orDash(unitName())),
                ReportText::period(QDate(m_year, 1, 1), QDate(m_year, 12, 31)),
                ReportText::count(int(m_people.size()), tr("1 person"), tr("%1 people"))));
    if (m_people.isEmpty()) {
        composer.paragraph(m_variant == Variant::Annual
                ? tr("No activity recorded in %1.").arg(m_year)
                : tr("No JPO has activity recorded in %1.").arg(m_year));
        return document;
    }
    composer.paragraph(m_variant == Variant::Annual
            ? tr("Work-plan progress, deliverables and missions of everyone with activity in "
                 "the year. Appraisals are shown by stage only.")
            : tr("Work-plan progress, learning, deliverables and missions of the unit's Junior "
                 "Professional Officers in the year."));
    writeOverview(composer);
    writeTotals(composer);
    for (const Summary &summary : m_people)
        writePerson(composer, summary);
    return document;
}

void UnitReportDocument::writeOverview(TextComposer &composer) const
{
    composer.heading(tr("Overview"));
    const bool annual = m_variant == Variant::Annual;
    QList<Row> rows;
    for (const Summary &summary : m_people) {
        Row row { { summary.header.name, summary.header.positionTitle },
            progressText(meanProgress(summary, false)), progressText(meanProgress(summary, true)),
            QString::number(summary.deliverables.size()),
            QStringLiteral("%1 (%2)").arg(summary.missions.size()).arg(summary.missionDays) };
        if (annual)
            row << TextComposer::Cell(QString::number(summary.checkIns.size()))
                << TextComposer::Cell(
                       summary.hasAppraisal ? summary.appraisal.stage : ReportText::orDash({}));
        rows.append(row);
    }
    if (annual)
        composer.table(
            { { tr("Person"), 27 }, { tr("Plan"), 8, true }, { tr("Learning"), 11, true },
                { tr("Deliverables"), 14, true }, { tr("Missions (days)"), 13, true },
                { tr("Check-ins"), 11, true }, { tr("Appraisal stage"), 16 } },
            rows);
    else
        composer.table({ { tr("JPO"), 40 }, { tr("Plan"), 12, true }, { tr("Learning"), 12, true },
                           { tr("Deliverables"), 16, true }, { tr("Missions (days)"), 20, true } },
            rows);
}

void UnitReportDocument::writeTotals(TextComposer &composer) const
{
    int deliverables = 0;
    int missions = 0;
    int days = 0;
    for (const Summary &summary : m_people) {
        deliverables += int(summary.deliverables.size());
        missions += int(summary.missions.size());
        days += summary.missionDays;
    }
    composer.paragraph(
        tr("In all: %1, %2 (%3).")
            .arg(ReportText::count(deliverables, tr("1 deliverable cleared or delivered"),
                     tr("%1 deliverables cleared or delivered")),
                ReportText::count(missions, tr("1 mission"), tr("%1 missions")),
                ReportText::count(days, tr("1 mission day"), tr("%1 mission days"))));
}

void UnitReportDocument::writePerson(TextComposer &composer, const Summary &summary) const
{
    const Summary::Header &header = summary.header;
    composer.setKeepWithNext(true);
    composer.heading(header.name);
    QStringList about;
    for (const QString &part : { header.positionTitle, header.grade, header.dutyStation }) {
        if (!part.trimmed().isEmpty())
            about.append(ReportText::isolate(part));
    }
    if (!header.supervisorName.isEmpty())
        about.append(tr("supervised by %1").arg(ReportText::isolate(header.supervisorName)));
    composer.paragraph(about.join(QStringLiteral("  \u00b7  ")));
    composer.labelled(tr("Assignment"), header.assignment);
    composer.setKeepWithNext(false);
    writeObjectives(composer, summary, false);
    writeObjectives(composer, summary, true);
    writeDeliverables(composer, summary);
    writeMissions(composer, summary);
}

void UnitReportDocument::writeObjectives(
    TextComposer &composer, const Summary &summary, bool learning) const
{
    QList<Row> rows;
    for (const Summary::ObjectiveLine &line : summary.objectives) {
        if (line.learning != learning)
            continue;
        const QString activities = line.activities > 0
            ? tr("%1 of %2").arg(line.activitiesDone).arg(line.activities)
            : ReportText::orDash({});
        rows.append({ { line.title, line.indicator }, ReportText::date(line.targetDate), activities,
            ReportText::percent(line.percent) });
    }
    if (rows.isEmpty())
        return;
    composer.subheading(learning ? tr("Learning elements") : tr("Work objectives"));
    composer.table(
        { { learning ? tr("Learning element") : tr("Objective"), 56 }, { tr("Target"), 16 },
            { tr("Activities done"), 16, true }, { tr("Progress"), 12, true } },
        rows);
}

void UnitReportDocument::writeDeliverables(TextComposer &composer, const Summary &summary) const
{
    if (summary.deliverables.isEmpty())
        return;
    QList<Row> rows;
    for (const Summary::DeliverableLine &line : summary.deliverables)
        rows.append({ { line.title, line.type }, line.role,
            { line.status, ReportText::date(line.statusSince) },
            ReportText::orDash(line.versions) });
    composer.subheading(tr("Deliverables cleared or delivered"));
    composer.table({ { tr("Deliverable"), 42 }, { tr("Role"), 14 }, { tr("Status"), 18 },
                       { tr("Language versions"), 26 } },
        rows);
}

void UnitReportDocument::writeMissions(TextComposer &composer, const Summary &summary) const
{
    if (summary.missions.isEmpty())
        return;
    QList<Row> rows;
    for (const Summary::MissionLine &line : summary.missions)
        rows.append({ ReportText::period(line.start, line.end), line.destination,
            { line.purpose, line.kind }, QString::number(line.days), line.btoStatus });
    composer.subheading(
        tr("Missions"), ReportText::count(summary.missionDays, tr("1 day"), tr("%1 days")));
    composer.table({ { tr("Dates"), 21 }, { tr("Destination"), 19 }, { tr("Purpose"), 33 },
                       { tr("Days"), 8, true }, { tr("Back-to-office report"), 19 } },
        rows);
}

} // namespace Report
