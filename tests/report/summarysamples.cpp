#include "summarysamples.h"

#include "appraisal.h"
#include "deliverable.h"
#include "mission.h"
#include "person.h"

using namespace Core;

namespace {

PerformanceSummary::Header header(const QString &name)
{
    PerformanceSummary::Header header;
    header.personId = 7;
    header.name = name;
    header.email = QStringLiteral("k.mensah@unitdesk.example");
    header.positionTitle = QStringLiteral("Junior Professional Officer");
    header.category = Person::categoryName(Person::Category::Jpo);
    header.grade = QStringLiteral("P2");
    header.unit = QStringLiteral("Cooperatives, Social and Solidarity Economy");
    header.dutyStation = QStringLiteral("HQ Geneva");
    header.supervisorName = QStringLiteral("Amélie Dubois");
    header.assignment = QStringLiteral("JPO - SSE statistics, 1 Sep 2025 to 31 Aug 2027");
    header.periodStart = QDate(2026, 1, 1);
    header.periodEnd = QDate(2026, 12, 31);
    return header;
}

PerformanceSummary::ObjectiveLine objective(const QString &title, int percent, bool learning)
{
    PerformanceSummary::ObjectiveLine line;
    line.objectiveId = 1;
    line.title = title;
    line.indicator = QStringLiteral("Paper accepted for the ICLS working group");
    line.targetDate = QDate(2026, 10, 15);
    line.learning = learning;
    line.percent = percent;
    line.activities = 4;
    line.activitiesDone = 2;
    return line;
}

PerformanceSummary::Achievement achievement(
    const QDate &date, const QString &activity, int percent, const QString &note)
{
    PerformanceSummary::Achievement achievement;
    achievement.date = date;
    achievement.activity = activity;
    achievement.percent = percent;
    achievement.note = note;
    return achievement;
}

void addWork(PerformanceSummary &summary)
{
    PerformanceSummary::DeliverableLine deliverable;
    deliverable.title = QStringLiteral("Statistics on cooperatives: national report for Kenya");
    deliverable.type = Deliverable::typeName(Deliverable::Type::NationalReport);
    deliverable.status = Deliverable::statusName(Deliverable::Status::Delivered);
    deliverable.dueDate = QDate(2026, 5, 31);
    deliverable.statusSince = QDate(2026, 5, 28);
    deliverable.versions = QStringLiteral("EN delivered, FR delivered, ES cleared");
    deliverable.role = QStringLiteral("Owner");
    summary.deliverables.append(deliverable);

    PerformanceSummary::MissionLine mission;
    mission.purpose = QStringLiteral("Validation workshop of the national SSE survey");
    mission.kind = Mission::kindName(Mission::Kind::Workshop);
    mission.destination = QStringLiteral("Nairobi, Kenya");
    mission.start = QDate(2026, 3, 9);
    mission.end = QDate(2026, 3, 13);
    mission.days = 5;
    mission.status = Mission::statusName(Mission::Status::Completed);
    mission.btoStatus = QStringLiteral("Submitted 20 Mar 2026");
    summary.missions.append(mission);
    summary.missionDays = 5;
}

void addSupervision(PerformanceSummary &summary)
{
    PerformanceSummary::CheckInLine checkIn;
    checkIn.date = QDate(2026, 2, 3);
    checkIn.supervisorName = QStringLiteral("Amélie Dubois");
    checkIn.agendaItems = 3;
    checkIn.actions = 2;
    checkIn.actionsDone = 1;
    checkIn.decisions = QStringLiteral("Submit the Kenya draft before the mission.");
    summary.checkIns.append(checkIn);

    PerformanceSummary::ReviewLine review;
    review.deliverableTitle
        = QStringLiteral("Statistics on cooperatives: national report for Kenya");
    review.versionLabel = QStringLiteral("EN");
    review.submittedOn = QDate(2026, 4, 20);
    review.reviewerName = QStringLiteral("Amélie Dubois");
    review.reviewedOn = QDate(2026, 4, 27);
    review.outcome = QStringLiteral("Revise");
    review.daysWaited = 7;
    summary.reviews.append(review);

    summary.hasAppraisal = true;
    PerformanceSummary::AppraisalPart &appraisal = summary.appraisal;
    appraisal.stage = Appraisal::stageName(Appraisal::Stage::EndOfCycle);
    appraisal.objectivesSetOn = QDate(2026, 1, 20);
    appraisal.midTermOn = QDate(2026, 6, 30);
    appraisal.midTermNotes = QStringLiteral("On track; the survey took longer than planned.");
    appraisal.ratings.append({ QStringLiteral("Measure the SSE in Kenya"), false,
        QStringLiteral("Fully meets expectations"), QStringLiteral("Solid national report.") });
    appraisal.ratings.append({ QStringLiteral("Integrity and transparency"), true,
        QStringLiteral("Exceeds expectations"), QString() });
    appraisal.supervisorComments = QStringLiteral("Kofi led the Kenya survey with care.");
    appraisal.staffComments = QStringLiteral("I would like more exposure to the GAC work.");
    appraisal.supervisorAcknowledgedOn = QDate(2026, 12, 10);
    appraisal.staffAcknowledgedOn = QDate(2026, 12, 12);
    appraisal.locked = true;
}

} // namespace

PerformanceSummary SummarySamples::full()
{
    PerformanceSummary summary;
    summary.header = header(QStringLiteral("Kofi Mensah"));
    auto measure = objective(QStringLiteral("Measure the SSE in Kenya"), 75, false);
    measure.description = QStringLiteral("Design and run the first national survey.");
    measure.achievements.append(achievement(QDate(2026, 2, 10),
        QStringLiteral("Draft the questionnaire"), 40, QStringLiteral("Questionnaire drafted")));
    measure.achievements.append(achievement(QDate(2026, 3, 13), QStringLiteral("Run the survey"),
        75, QStringLiteral("Validation workshop held in Nairobi")));
    measure.achievements.last().blockers = QStringLiteral("Late data from two counties");
    summary.objectives.append(measure);
    summary.objectives.append(objective(QStringLiteral("Brief the GAC"), 20, false));
    auto learning = objective(QStringLiteral("Project cycle management"), 50, true);
    learning.evidence = QStringLiteral("ITCILO course certificate");
    learning.activities = 0;
    learning.activitiesDone = 0;
    summary.objectives.append(learning);
    addWork(summary);
    addSupervision(summary);
    return summary;
}

PerformanceSummary SummarySamples::empty()
{
    PerformanceSummary summary;
    summary.header = header(QStringLiteral("Nadia Rossi"));
    summary.header.category = Person::categoryName(Person::Category::Intern);
    summary.header.grade.clear();
    return summary;
}

PerformanceSummary SummarySamples::unusualText()
{
    PerformanceSummary summary = full();
    summary.header.name = QStringLiteral("ليلى حداد");
    summary.header.supervisorName = QStringLiteral("Amélie Dubois-Čapek");
    summary.header.dutyStation = QStringLiteral("Genève");
    auto &line = summary.objectives.first();
    line.title = QStringLiteral("Économie sociale et solidaire : état des lieux");
    line.achievements.first().note = QStringLiteral("<b>not bold</b> & \"quoted\", kept");
    line.achievements.last().note = QStringLiteral("=HYPERLINK(\"http://x.example\")");
    line.achievements.last().blockers = QStringLiteral("+1 -2 @SUM");
    summary.deliverables.first().title = QStringLiteral("@risk: Rapport français, ñandú");
    return summary;
}

PerformanceSummary SummarySamples::longAchievements(int count)
{
    PerformanceSummary summary = full();
    auto &line = summary.objectives.first();
    line.achievements.clear();
    const QString filler = QStringLiteral(
        "Consolidated the county returns, reconciled the registers of cooperatives with the "
        "survey frame, and wrote up the method note for the national statistics office. ");
    for (int row = 1; row <= count; ++row)
        line.achievements.append(achievement(QDate(2026, 1, 1).addDays(row),
            QStringLiteral("Activity %1").arg(row), row % 100,
            rowBegin(row) + QLatin1Char(' ') + filler.repeated(1 + row % 4) + rowEnd(row)));
    return summary;
}
