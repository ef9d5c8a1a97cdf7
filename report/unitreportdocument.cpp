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

QString progressText(const std::optional<int> &progress, const ReportLanguage &language)
{
    return progress ? ReportText::percent(*progress, language) : ReportText::orDash({});
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

UnitReportDocument::UnitReportDocument(
    const QList<Summary> &summaries, int year, Variant variant, ReportLanguage language)
    : m_year(year), m_variant(variant), m_language(std::move(language))
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
    const QString report = m_variant == Variant::Annual
        ? text(QT_TR_NOOP("Annual report %1")).arg(m_year)
        : text(QT_TR_NOOP("JPO donor report %1")).arg(m_year);
    return unitName().isEmpty()
        ? report
        : QStringLiteral("%1 \u2014 %2").arg(ReportText::isolate(unitName()), report);
}

QString UnitReportDocument::text(const char *source) const
{
    return m_language.translate("Report::UnitReportDocument", source);
}

std::unique_ptr<QTextDocument> UnitReportDocument::build() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    m_language.tag(*document);
    TextComposer composer(*document);
    composer.title(m_variant == Variant::Annual
            ? text(QT_TR_NOOP("Annual report %1")).arg(m_year)
            : text(QT_TR_NOOP("JPO donor report %1")).arg(m_year));
    composer.subtitle(
        QStringLiteral("%1  \u00b7  %2  \u00b7  %3")
            .arg(ReportText::isolate(ReportText::orDash(unitName())),
                ReportText::period(QDate(m_year, 1, 1), QDate(m_year, 12, 31), m_language.locale()),
                ReportText::count(int(m_people.size()), text(QT_TR_NOOP("1 person")),
                    text(QT_TR_NOOP("%1 people")), m_language.locale())));
    if (m_people.isEmpty()) {
        composer.paragraph(m_variant == Variant::Annual
                ? text(QT_TR_NOOP("No activity recorded in %1.")).arg(m_year)
                : text(QT_TR_NOOP("No JPO has activity recorded in %1.")).arg(m_year));
        return document;
    }
    composer.paragraph(m_variant == Variant::Annual
            ? text(QT_TR_NOOP(
                "Work-plan progress, deliverables and missions of everyone with activity in "
                "the year. Appraisals are shown by stage only."))
            : text(QT_TR_NOOP(
                "Work-plan progress, learning, deliverables and missions of the unit's Junior "
                "Professional Officers in the year.")));
    writeOverview(composer);
    writeTotals(composer);
    for (const Summary &summary : m_people)
        writePerson(composer, summary);
    return document;
}

void UnitReportDocument::writeOverview(TextComposer &composer) const
{
    composer.heading(text(QT_TR_NOOP("Overview")));
    const bool annual = m_variant == Variant::Annual;
    QList<Row> rows;
    for (const Summary &summary : m_people) {
        Row row { { summary.header.name, summary.header.positionTitle },
            progressText(meanProgress(summary, false), m_language),
            progressText(meanProgress(summary, true), m_language),
            QString::number(summary.deliverables.size()),
            QStringLiteral("%1 (%2)").arg(summary.missions.size()).arg(summary.missionDays) };
        if (annual)
            row << TextComposer::Cell(QString::number(summary.checkIns.size()))
                << TextComposer::Cell(
                       summary.hasAppraisal ? summary.appraisal.stage : ReportText::orDash({}));
        rows.append(row);
    }
    if (annual)
        composer.table({ { text(QT_TR_NOOP("Person")), 27 }, { text(QT_TR_NOOP("Plan")), 8, true },
                           { text(QT_TR_NOOP("Learning")), 11, true },
                           { text(QT_TR_NOOP("Deliverables")), 14, true },
                           { text(QT_TR_NOOP("Missions (days)")), 13, true },
                           { text(QT_TR_NOOP("Check-ins")), 11, true },
                           { text(QT_TR_NOOP("Appraisal stage")), 16 } },
            rows);
    else
        composer.table({ { text(QT_TR_NOOP("JPO")), 40 }, { text(QT_TR_NOOP("Plan")), 12, true },
                           { text(QT_TR_NOOP("Learning")), 12, true },
                           { text(QT_TR_NOOP("Deliverables")), 16, true },
                           { text(QT_TR_NOOP("Missions (days)")), 20, true } },
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
        text(QT_TR_NOOP("In all: %1, %2 (%3)."))
            .arg(ReportText::count(deliverables,
                     text(QT_TR_NOOP("1 deliverable cleared or delivered")),
                     text(QT_TR_NOOP("%1 deliverables cleared or delivered")), m_language.locale()),
                ReportText::count(missions, text(QT_TR_NOOP("1 mission")),
                    text(QT_TR_NOOP("%1 missions")), m_language.locale()),
                ReportText::count(days, text(QT_TR_NOOP("1 mission day")),
                    text(QT_TR_NOOP("%1 mission days")), m_language.locale())));
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
        about.append(
            text(QT_TR_NOOP("supervised by %1")).arg(ReportText::isolate(header.supervisorName)));
    composer.paragraph(about.join(QStringLiteral("  \u00b7  ")));
    composer.labelled(text(QT_TR_NOOP("Assignment")), header.assignment);
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
            ? text(QT_TR_NOOP("%1 of %2")).arg(line.activitiesDone).arg(line.activities)
            : ReportText::orDash({});
        rows.append({ { line.title, line.indicator },
            ReportText::date(line.targetDate, m_language.locale()), activities,
            ReportText::percent(line.percent, m_language) });
    }
    if (rows.isEmpty())
        return;
    composer.subheading(
        learning ? text(QT_TR_NOOP("Learning elements")) : text(QT_TR_NOOP("Work objectives")));
    composer.table(
        { { learning ? text(QT_TR_NOOP("Learning element")) : text(QT_TR_NOOP("Objective")), 56 },
            { text(QT_TR_NOOP("Target")), 16 }, { text(QT_TR_NOOP("Activities done")), 16, true },
            { text(QT_TR_NOOP("Progress")), 12, true } },
        rows);
}

void UnitReportDocument::writeDeliverables(TextComposer &composer, const Summary &summary) const
{
    if (summary.deliverables.isEmpty())
        return;
    QList<Row> rows;
    for (const Summary::DeliverableLine &line : summary.deliverables)
        rows.append({ { line.title, line.type }, line.role,
            { line.status, ReportText::date(line.statusSince, m_language.locale()) },
            ReportText::orDash(line.versions) });
    composer.subheading(text(QT_TR_NOOP("Deliverables cleared or delivered")));
    composer.table(
        { { text(QT_TR_NOOP("Deliverable")), 42 }, { text(QT_TR_NOOP("Role")), 14 },
            { text(QT_TR_NOOP("Status")), 18 }, { text(QT_TR_NOOP("Language versions")), 26 } },
        rows);
}

void UnitReportDocument::writeMissions(TextComposer &composer, const Summary &summary) const
{
    if (summary.missions.isEmpty())
        return;
    QList<Row> rows;
    for (const Summary::MissionLine &line : summary.missions)
        rows.append(
            { ReportText::period(line.start, line.end, m_language.locale()), line.destination,
                { line.purpose, line.kind }, QString::number(line.days), line.btoStatus });
    composer.subheading(text(QT_TR_NOOP("Missions")),
        ReportText::count(summary.missionDays, text(QT_TR_NOOP("1 day")),
            text(QT_TR_NOOP("%1 days")), m_language.locale()));
    composer.table({ { text(QT_TR_NOOP("Dates")), 21 }, { text(QT_TR_NOOP("Destination")), 19 },
                       { text(QT_TR_NOOP("Purpose")), 33 }, { text(QT_TR_NOOP("Days")), 8, true },
                       { text(QT_TR_NOOP("Back-to-office report")), 19 } },
        rows);
}

} // namespace Report
