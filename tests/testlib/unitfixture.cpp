#include "unitfixture.h"

#include "scratchunit.h"

#include "storage/activityrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/meetingrepository.h"
#include "storage/missionrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/projectrepository.h"
#include "storage/reviewrepository.h"
#include "storage/workplanrepository.h"

using namespace Core;

UnitFixture::UnitFixture() : m_store(ScratchUnit::openStore()), m_today(2026, 6, 15)
{
    head = addPerson(QStringLiteral("Amélie Dubois"), Person::Category::UnitHead);
    jpo = addPerson(QStringLiteral("Kofi Mensah"), Person::Category::Jpo, head.id);
}

Person UnitFixture::addPerson(const QString &name, Person::Category category, Id supervisorId)
{
    Person person;
    person.name = name;
    person.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@unit.test");
    person.category = category;
    person.supervisorId = supervisorId;
    person.languages = { QStringLiteral("EN"), QStringLiteral("FR") };
    return REQUIRE_OK(m_store->people().add(person));
}

WorkPlan UnitFixture::addPlan(Id personId, const QString &title)
{
    WorkPlan plan;
    plan.personId = personId;
    plan.title = title;
    plan.periodStart = QDate(2026, 1, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    return REQUIRE_OK(m_store->workPlans().add(plan));
}

Objective UnitFixture::addObjective(Id planId, const QString &title, Objective::Kind kind)
{
    Objective objective;
    objective.planId = planId;
    objective.title = title;
    objective.kind = kind;
    objective.indicator = QStringLiteral("Delivered on time");
    return REQUIRE_OK(m_store->objectives().add(objective));
}

Activity UnitFixture::addActivity(Id objectiveId, const QString &title, const QDate &due)
{
    Activity activity;
    activity.objectiveId = objectiveId;
    activity.title = title;
    activity.dueDate = due;
    return REQUIRE_OK(m_store->activities().add(activity));
}

ProgressEntry UnitFixture::log(const Activity &activity, int percent, const QDate &date)
{
    ProgressEntry entry;
    entry.objectiveId = activity.objectiveId;
    entry.activityId = activity.id;
    entry.authorId = jpo.id;
    entry.date = date;
    entry.percent = percent;
    entry.text = QStringLiteral("Worked on %1").arg(activity.title);
    return REQUIRE_OK(m_store->progress().log(entry, m_today));
}

WorkPlan UnitFixture::agree(const WorkPlan &plan)
{
    const Status status = m_store->workPlans().agree(plan.id, QDate(2026, 1, 10), head.id);
    if (!status)
        qFatal("agree failed: %s", qPrintable(status.error().message()));
    return REQUIRE_OK(m_store->workPlans().find(plan.id));
}

Project UnitFixture::addProject(const QString &code)
{
    Project project;
    project.code = code;
    project.title = QStringLiteral("SSE statistics in %1").arg(code);
    project.countryCode = QStringLiteral("SN");
    project.donor = QStringLiteral("Luxembourg");
    project.start = QDate(2025, 1, 1);
    project.end = QDate(2027, 12, 31);
    return REQUIRE_OK(m_store->projects().addProject(project));
}

Mission UnitFixture::addMission(
    Id travellerId, const QDate &start, const QDate &end, Mission::Status status)
{
    Mission mission;
    mission.purpose = QStringLiteral("NAC meeting in Dakar");
    mission.countryCode = QStringLiteral("SN");
    mission.city = QStringLiteral("Dakar");
    mission.start = start;
    mission.end = end;
    mission.status = status;
    mission.travellerIds = { travellerId };
    return REQUIRE_OK(m_store->missions().add(mission));
}

Meeting UnitFixture::addMeeting(
    const QString &title, const QDate &start, const QDate &end, const QList<Id> &participantIds)
{
    Meeting meeting;
    meeting.title = title;
    meeting.kind = Meeting::Kind::Workshop;
    meeting.start = start;
    meeting.end = end;
    meeting.countryCode = QStringLiteral("CH");
    meeting.place = QStringLiteral("Geneva");
    meeting.participantIds = participantIds;
    return REQUIRE_OK(m_store->meetings().add(meeting));
}

Deliverable UnitFixture::addDeliverable(
    Id ownerId, const QString &title, const QDate &due, Deliverable::Status status)
{
    Deliverable deliverable;
    deliverable.title = title;
    deliverable.type = Deliverable::Type::Brief;
    deliverable.ownerId = ownerId;
    deliverable.dueDate = due;
    deliverable.status = status;
    return REQUIRE_OK(m_store->deliverables().add(deliverable));
}

ReviewRound UnitFixture::submitDraft(Id deliverableId, const QDate &on)
{
    ReviewRound round;
    round.deliverableId = deliverableId;
    round.submittedById = jpo.id;
    round.submittedOn = on;
    round.versionLabel = QStringLiteral("draft");
    round.reviewerId = head.id;
    return REQUIRE_OK(m_store->reviews().submit(round));
}

void UnitFixture::reviewDraft(ReviewRound round, ReviewRound::Outcome outcome, const QDate &on)
{
    round.outcome = outcome;
    round.reviewedOn = on;
    for (auto &assessment : round.assessments)
        assessment = { 3, QStringLiteral("Sound") };
    round.summary = QStringLiteral("Reviewed.");
    if (const Status reviewed = m_store->reviews().review(round); !reviewed)
        qFatal("could not review the draft: %s", qPrintable(reviewed.error().message()));
}
