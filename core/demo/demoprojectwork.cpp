#include "demoprojectwork.h"

#include "demoreviewrounds.h"

#include "../storage/assignmentrepository.h"
#include "../storage/deliverablerepository.h"
#include "../storage/meetingrepository.h"
#include "../storage/missionrepository.h"
#include "../storage/objectiverepository.h"
#include "../storage/projectrepository.h"
#include "../storage/workplanrepository.h"
#include "../unitstore.h"
#include "democatalog.h"
#include "demoprojectcatalog.h"

#include <algorithm>

namespace Core {

namespace {

using namespace DemoCatalog;

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Ids for a list of references ended by `none`; references not written (0) are left out.
template<std::size_t N, typename Lookup> QList<Id> idsOf(const int (&refs)[N], Lookup lookup)
{
    QList<Id> ids;
    for (int ref : refs) {
        if (ref == none)
            break;
        if (const Id id = lookup(ref); id != 0)
            ids.append(id);
    }
    return ids;
}

// Earlier years repeat this year's outputs and meetings; the year tells them apart.
QString titleFor(const char *title, int cohort, const QDate &date)
{
    return cohort == 0 ? utf8(title) : QStringLiteral("%1 (%2)").arg(utf8(title)).arg(date.year());
}

// An upcoming mission is authorised once near; further ahead it is still being planned.
constexpr int authorisedWithinDays = 45;

} // namespace

DemoProjectWork::DemoProjectWork(UnitStore &store, const QDate &today, quint32 seed)
    : m_store(store), m_today(today), m_random(seed)
{
}

void DemoProjectWork::addCountsTo(DemoUnit::Counts &counts) const
{
    counts.projects += m_counts.projects;
    counts.partners += m_counts.partners;
    counts.meetings += m_counts.meetings;
    counts.deliverables += m_counts.deliverables;
    counts.missions += m_counts.missions;
}

Status DemoProjectWork::writePartners()
{
    for (const PartnerSpec &spec : partners) {
        Partner partner;
        partner.name = utf8(spec.name);
        partner.kind = spec.kind;
        partner.countryCode = utf8(spec.country);
        partner.contact = utf8(spec.contact);
        if (auto added = m_store.projects().addPartner(partner); !added)
            return added.error();
        ++m_counts.partners;
    }
    return {};
}

Status DemoProjectWork::writeCohort(int cohort, const QList<Id> &postHolders)
{
    m_postHolders = postHolders;
    m_projectIds.clear();
    m_deliverableIds.clear();
    m_meetingIds.clear();
    // Meetings name the deliverables that go to them, missions the meetings they are for.
    for (auto step : { &DemoProjectWork::writeProjects, &DemoProjectWork::writeDeliverables,
             &DemoProjectWork::writeMeetings, &DemoProjectWork::writeMissions }) {
        if (Status status = (this->*step)(cohort); !status)
            return status;
    }
    return {};
}

QDate DemoProjectWork::dated(int daysFromToday, int cohort) const
{
    return m_today.addDays(daysFromToday).addYears(-cohort);
}

Status DemoProjectWork::writeProjects(int cohort)
{
    for (const ProjectSpec &spec : projects) {
        const QDate month = m_today.addMonths(-spec.startMonthsAgo).addYears(-cohort);
        Project project;
        project.start = QDate(month.year(), month.month(), 1);
        project.end = project.start.addMonths(spec.months).addDays(-1);
        // Each phase starts in its own year, so the codes of earlier cohorts stay unique.
        project.code = utf8(spec.code).arg(project.start.year() % 100, 2, 10, QLatin1Char('0'));
        project.title = utf8(spec.title);
        project.countryCode = utf8(spec.country);
        project.donor = utf8(spec.donor);
        auto added = m_store.projects().addProject(project);
        if (!added)
            return added.error();
        m_projectIds.append(added.value().id);
        ++m_counts.projects;
    }
    return {};
}

Status DemoProjectWork::writeDeliverables(int cohort)
{
    for (int ref = 0; ref < int(std::size(deliverables)); ++ref) {
        const DeliverableSpec &spec = deliverables[ref];
        if (spec.fixedDue && cohort > 0)
            continue;
        auto deliverable = deliverableFor(spec, cohort);
        if (!deliverable)
            return deliverable.error();
        // Review stages are reached through review rounds, so the record shows how.
        const Deliverable::Status target = deliverable.value().status;
        const bool reviewed = target == Deliverable::Status::InReview
            || target == Deliverable::Status::Revision || target == Deliverable::Status::Cleared;
        if (reviewed)
            deliverable.value().status = Deliverable::Status::Drafting;
        auto added = m_store.deliverables().add(deliverable.value());
        if (!added)
            return added.error();
        if (reviewed) {
            if (Status status = DemoReviewRounds::stage(m_store, m_today, added.value().id, target);
                !status)
                return status;
        }
        m_deliverableIds.insert(ref, added.value().id);
        ++m_counts.deliverables;
    }
    return {};
}

// Earlier years' outputs were all delivered, in every language.
Result<Deliverable> DemoProjectWork::deliverableFor(const DeliverableSpec &spec, int cohort)
{
    const bool isHistory = cohort > 0 && spec.status != Deliverable::Status::Cancelled;
    Deliverable deliverable;
    deliverable.dueDate = spec.fixedDue ? QDate::fromString(utf8(spec.fixedDue), Qt::ISODate)
                                        : dated(spec.dueInDays, cohort);
    deliverable.title = titleFor(spec.title, cohort, deliverable.dueDate);
    deliverable.type = spec.type;
    deliverable.ownerId = person(spec.owner);
    deliverable.contributorIds
        = idsOf(spec.contributors, [this](int post) { return person(post); });
    deliverable.status = isHistory ? Deliverable::Status::Delivered : spec.status;
    deliverable.countryCode = utf8(spec.country);
    deliverable.projectId = project(spec.project);
    for (const VersionSpec &version : spec.versions) {
        if (!version.language)
            break;
        deliverable.versions.append({ 0, utf8(version.language), version.required,
            isHistory ? LanguageVersion::Status::Delivered : version.status, deliverable.dueDate });
    }
    auto objectives = objectivesFor(
        spec.objective, QList<Id> { deliverable.ownerId } + deliverable.contributorIds);
    if (!objectives)
        return objectives.error();
    deliverable.objectiveIds = objectives.value();
    auto assignment = spec.forConsultancy ? consultancyOf(deliverable.ownerId) : Result<Id>(0);
    if (!assignment)
        return assignment.error();
    deliverable.assignmentId = assignment.value();
    return deliverable;
}

// The objective a deliverable serves, from the plans of its owner or else of a contributor:
// plans draw their objectives at random, so one of them may not have it.
Result<QList<Id>> DemoProjectWork::objectivesFor(int objective, const QList<Id> &people)
{
    if (objective == none)
        return QList<Id>();
    const QString title = utf8(workObjectives[objective].title);
    for (Id personId : people) {
        auto byTitle = objectivesByTitle(personId);
        if (!byTitle)
            return byTitle.error();
        if (byTitle.value().contains(title))
            return QList<Id> { byTitle.value().value(title) };
    }
    return QList<Id>();
}

Result<QHash<QString, Id>> DemoProjectWork::objectivesByTitle(Id personId)
{
    if (const auto cached = m_objectiveCache.constFind(personId); cached != m_objectiveCache.cend())
        return *cached;
    auto plans = m_store.workPlans().forPerson(personId);
    if (!plans)
        return plans.error();
    QHash<QString, Id> byTitle;
    // Newest plan first: a deliverable serves the current objective of that title.
    for (const WorkPlan &plan : plans.value()) {
        auto objectives = m_store.objectives().forPlan(plan.id);
        if (!objectives)
            return objectives.error();
        for (const Objective &objective : objectives.value()) {
            if (!byTitle.contains(objective.title))
                byTitle.insert(objective.title, objective.id);
        }
    }
    m_objectiveCache.insert(personId, byTitle);
    return byTitle;
}

Result<Id> DemoProjectWork::consultancyOf(Id personId) const
{
    auto assignments = m_store.assignments().forPerson(personId);
    if (!assignments)
        return assignments.error();
    return assignments.value().isEmpty() ? Id(0) : assignments.value().first().id;
}

Status DemoProjectWork::writeMeetings(int cohort)
{
    for (int ref = 0; ref < int(std::size(meetings)); ++ref) {
        const MeetingSpec &spec = meetings[ref];
        if (spec.fixedStart && cohort > 0)
            continue;
        auto added = m_store.meetings().add(meetingFor(spec, cohort));
        if (!added)
            return added.error();
        m_meetingIds.insert(ref, added.value().id);
        ++m_counts.meetings;
    }
    return {};
}

Meeting DemoProjectWork::meetingFor(const MeetingSpec &spec, int cohort) const
{
    Meeting meeting;
    meeting.start = spec.fixedStart ? QDate::fromString(utf8(spec.fixedStart), Qt::ISODate)
                                    : dated(spec.startInDays, cohort);
    meeting.end = meeting.start.addDays(spec.days - 1);
    meeting.title = titleFor(spec.title, cohort, meeting.start);
    meeting.kind = spec.kind;
    meeting.countryCode = utf8(spec.country);
    meeting.place = utf8(spec.place);
    meeting.projectId = project(spec.project);
    meeting.participantIds = idsOf(spec.participants, [this](int post) { return person(post); });
    meeting.externalParticipants = utf8(spec.externalParticipants);
    meeting.minutes = meeting.end < m_today ? utf8(spec.minutes) : QString();
    for (const ActionSpec &action : spec.actions) {
        if (!action.text)
            break;
        // Earlier years' actions were all seen through.
        meeting.actions.append({ 0, utf8(action.text), person(action.owner),
            meeting.end.addDays(action.dueAfterMeeting), action.done || cohort > 0 });
    }
    const auto deliverable = [this](int ref) { return m_deliverableIds.value(ref); };
    meeting.inputDeliverableIds = idsOf(spec.inputs, deliverable);
    meeting.outputDeliverableIds = idsOf(spec.outputs, deliverable);
    return meeting;
}

Status DemoProjectWork::writeMissions(int cohort)
{
    for (const MissionSpec &spec : missions) {
        Mission mission;
        mission.purpose = utf8(spec.purpose);
        mission.kind = spec.kind;
        mission.countryCode = utf8(spec.country);
        mission.city = utf8(spec.city);
        mission.start = dated(spec.startInDays, cohort);
        mission.end = mission.start.addDays(spec.days - 1);
        mission.travellerIds = idsOf(spec.travellers, [this](int post) { return person(post); });
        mission.supervisorTravels = spec.supervisorTravels;
        mission.projectId = project(spec.project);
        mission.meetingId = spec.meeting == none ? 0 : m_meetingIds.value(spec.meeting);
        mission.deliverableIds
            = idsOf(spec.deliverables, [this](int ref) { return m_deliverableIds.value(ref); });
        settle(mission, spec.outcome, cohort);
        auto added = m_store.missions().add(mission);
        if (!added)
            return added.error();
        ++m_counts.missions;
    }
    return {};
}

// A mission's status follows from its dates; a report comes a few days after return, late
// for the missions whose report is overdue this year.
void DemoProjectWork::settle(Mission &mission, MissionOutcome outcome, int cohort)
{
    if (outcome == MissionOutcome::Cancelled) {
        mission.status = Mission::Status::Cancelled;
        return;
    }
    if (mission.start > m_today) {
        mission.status = m_today.daysTo(mission.start) <= authorisedWithinDays
            ? Mission::Status::Authorised
            : Mission::Status::Planned;
        return;
    }
    if (mission.end >= m_today) {
        mission.status = Mission::Status::UnderWay;
        return;
    }
    mission.status = Mission::Status::Completed;
    if (outcome == MissionOutcome::BtoOverdue && cohort == 0)
        return;
    const int delay = outcome == MissionOutcome::BtoOverdue ? 20 + bounded(10) : 2 + bounded(8);
    mission.btoSubmittedOn = std::min(mission.end.addDays(delay), m_today);
}

} // namespace Core
