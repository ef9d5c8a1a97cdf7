#include "summarycsv.h"

#include "csvtable.h"

namespace Report {

namespace {

using Summary = Core::PerformanceSummary;

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString joined(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    return present.join(QStringLiteral("; "));
}

// Section names and units stay in English whatever the language of the interface: scripts and
// pivot tables key on them.
void addObjectives(CsvTable &table, const Summary &summary)
{
    const QString person = summary.header.name;
    for (const Summary::ObjectiveLine &line : summary.objectives) {
        table.addRow({ person,
            line.learning ? QStringLiteral("Learning element") : QStringLiteral("Objective"),
            line.title, QString(), isoDate(line.targetDate), QString(), QString(),
            QString::number(line.percent), QStringLiteral("%"),
            line.learning ? joined({ line.evidence, line.indicator }) : line.indicator });
        for (const Summary::Achievement &achievement : line.achievements)
            table.addRow({ person, QStringLiteral("Progress"),
                achievement.activity.isEmpty() ? line.title : achievement.activity, line.title,
                isoDate(achievement.date), QString(), QString(),
                QString::number(achievement.percent), QStringLiteral("%"),
                joined({ achievement.note,
                    achievement.blockers.trimmed().isEmpty()
                        ? QString()
                        : QStringLiteral("Blockers: ") + achievement.blockers }) });
    }
}

void addWork(CsvTable &table, const Summary &summary)
{
    const QString person = summary.header.name;
    for (const Summary::DeliverableLine &line : summary.deliverables)
        table.addRow({ person, QStringLiteral("Deliverable"), line.title, line.type,
            isoDate(line.statusSince), isoDate(line.dueDate), line.status, QString(), QString(),
            joined({ line.role, line.versions }) });
    for (const Summary::MissionLine &line : summary.missions)
        table.addRow({ person, QStringLiteral("Mission"), line.purpose, line.kind,
            isoDate(line.start), isoDate(line.end), line.status, QString::number(line.days),
            QStringLiteral("days"), joined({ line.destination, line.btoStatus }) });
    table.addRow({ person, QStringLiteral("Mission days"), QStringLiteral("Total"), QString(),
        isoDate(summary.header.periodStart), isoDate(summary.header.periodEnd), QString(),
        QString::number(summary.missionDays), QStringLiteral("days"), QString() });
}

void addSupervision(CsvTable &table, const Summary &summary)
{
    const QString person = summary.header.name;
    for (const Summary::CheckInLine &line : summary.checkIns)
        table.addRow({ person, QStringLiteral("Check-in"), line.supervisorName, QString(),
            isoDate(line.date), QString(), QString(), QString::number(line.actionsDone),
            QStringLiteral("actions done"),
            joined({ QStringLiteral("%1 agenda items").arg(line.agendaItems),
                QStringLiteral("%1 actions").arg(line.actions), line.decisions }) });
    for (const Summary::ReviewLine &line : summary.reviews)
        table.addRow({ person, QStringLiteral("Review round"), line.deliverableTitle,
            line.versionLabel, isoDate(line.submittedOn), isoDate(line.reviewedOn),
            line.reviewedOn.isValid() ? line.outcome : QStringLiteral("Pending"),
            QString::number(line.daysWaited), QStringLiteral("days waited"), line.reviewerName });
}

void addAppraisal(CsvTable &table, const Summary &summary)
{
    if (!summary.hasAppraisal)
        return;
    const QString person = summary.header.name;
    const Summary::AppraisalPart &appraisal = summary.appraisal;
    table.addRow({ person, QStringLiteral("Appraisal"), appraisal.stage, QString(),
        isoDate(appraisal.objectivesSetOn), isoDate(appraisal.midTermOn),
        appraisal.locked ? QStringLiteral("Locked") : QStringLiteral("Open"), QString(), QString(),
        QString() });
    for (const Summary::Rating &rating : appraisal.ratings)
        table.addRow({ person, QStringLiteral("Rating"), rating.subject,
            rating.competency ? QStringLiteral("Competency") : QStringLiteral("Objective"),
            QString(), QString(), rating.level, QString(), QString(), rating.comment });
}

} // namespace

QStringList SummaryCsv::columns()
{
    return { QStringLiteral("person"), QStringLiteral("section"), QStringLiteral("item"),
        QStringLiteral("parent"), QStringLiteral("date"), QStringLiteral("end_date"),
        QStringLiteral("status"), QStringLiteral("figure"), QStringLiteral("unit"),
        QStringLiteral("detail") };
}

QByteArray SummaryCsv::toCsv(const Summary &summary)
{
    CsvTable table(columns());
    addObjectives(table, summary);
    addWork(table, summary);
    addSupervision(table, summary);
    addAppraisal(table, summary);
    return table.toUtf8();
}

} // namespace Report
