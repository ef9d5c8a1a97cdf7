#ifndef CORE_DEMOPROJECTWORK_H
#define CORE_DEMOPROJECTWORK_H

#include "../deliverable.h"
#include "../id.h"
#include "../meeting.h"
#include "../result.h"
#include "demounit.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

namespace Core {

class UnitStore;
struct Mission;

namespace DemoCatalog {
enum class MissionOutcome;
struct DeliverableSpec;
struct MeetingSpec;
} // namespace DemoCatalog

// Writes the demo unit's project work, through the repositories only: partner organisations
// once, then for each year (cohort) of post-holders the projects with their countries and
// donors, deliverables linked to objectives, projects and consultancies, meetings with minutes
// and follow-up actions, and missions. Cohort 0 is this year, so its missions and deliverables
// run from completed to planned; earlier cohorts are closed history.
class DemoProjectWork
{
public:
    DemoProjectWork(UnitStore &store, const QDate &today, quint32 seed);

    Status writePartners();
    // `postHolders` are the cohort's people by post, as in DemoCatalog::staff.
    Status writeCohort(int cohort, const QList<Id> &postHolders);
    // Adds what was written to the counts of projects, partners, meetings and so on.
    void addCountsTo(DemoUnit::Counts &counts) const;

private:
    Status writeProjects(int cohort);
    Status writeDeliverables(int cohort);
    Result<Deliverable> deliverableFor(const DemoCatalog::DeliverableSpec &spec, int cohort);
    Status writeMeetings(int cohort);
    Meeting meetingFor(const DemoCatalog::MeetingSpec &spec, int cohort) const;
    Status writeMissions(int cohort);
    Result<QList<Id>> objectivesFor(int objective, const QList<Id> &people);
    Result<QHash<QString, Id>> objectivesByTitle(Id personId);
    Result<Id> consultancyOf(Id personId) const;
    void settle(Mission &mission, DemoCatalog::MissionOutcome outcome, int cohort);
    QDate dated(int daysFromToday, int cohort) const;
    Id person(int post) const { return m_postHolders.value(post); }
    Id project(int ref) const { return ref < 0 ? 0 : m_projectIds.value(ref); }
    int bounded(int limit) { return int(m_random.bounded(limit)); }

    UnitStore &m_store;
    QDate m_today;
    QRandomGenerator m_random;
    QList<Id> m_postHolders;
    QList<Id> m_projectIds; // by ProjectRef, for the cohort being written
    QHash<int, Id> m_deliverableIds; // by DeliverableRef, for the cohort being written
    QHash<int, Id> m_meetingIds; // by MeetingRef, for the cohort being written
    QHash<Id, QHash<QString, Id>> m_objectiveCache; // objective ids by title, per person
    DemoUnit::Counts m_counts;
};

} // namespace Core

#endif
