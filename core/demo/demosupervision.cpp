#include "demosupervision.h"

#include "../storage/appraisalrepository.h"
#include "../storage/checkinrepository.h"
#include "../storage/objectiverepository.h"
#include "../storage/peoplerepository.h"
#include "../storage/workplanrepository.h"
#include "../unitstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace Core {

namespace {

// Check-ins fall on a weekday; the demo moves a weekend date to the Monday after, or the
// Friday before when Monday would be in the future.
QDate weekday(const QDate &date, const QDate &today)
{
    QDate day = date;
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    while (day > today || day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

const char *const notes[] = {
    QT_TRANSLATE_NOOP("Core::DemoSupervision",
        "Went through the plan objective by objective; the data collection is on track."),
    QT_TRANSLATE_NOOP("Core::DemoSupervision",
        "Discussed the comments from the technical review and the next draft."),
    QT_TRANSLATE_NOOP("Core::DemoSupervision",
        "Prepared the NAC meeting: agenda, participants and documents to circulate."),
    QT_TRANSLATE_NOOP("Core::DemoSupervision",
        "Reviewed mission planning for the coming quarter and the budget available."),
};

const char *const actions[] = {
    QT_TRANSLATE_NOOP("Core::DemoSupervision", "Send the revised outline to the unit head"),
    QT_TRANSLATE_NOOP("Core::DemoSupervision", "Ask the statistics office for the latest survey"),
    QT_TRANSLATE_NOOP("Core::DemoSupervision", "Share the draft agenda with the NAC members"),
    QT_TRANSLATE_NOOP("Core::DemoSupervision", "Book the training on project cycle management"),
    QT_TRANSLATE_NOOP("Core::DemoSupervision", "Update the contact list of partner cooperatives"),
};

class SupervisionWriter
{
public:
    SupervisionWriter(UnitStore &store, const QDate &today, QRandomGenerator &random)
        : m_store(store), m_today(today), m_random(random)
    {
    }

    Result<DemoSupervision::Counts> write()
    {
        auto people = m_store.people().all();
        if (!people)
            return people.error();
        for (const Person &person : people.value()) {
            auto plan = m_store.workPlans().current(person.id);
            if (!plan)
                return plan.error();
            // People who left the unit (closed plans only) are not supervised any more.
            if (person.supervisorId == 0 || !plan.value())
                continue;
            auto arrived = arrival(person.id);
            if (!arrived)
                return arrived.error();
            if (Status status = writeCheckIns(person, arrived.value()); !status)
                return status.error();
            if (Status status = writeAppraisal(person, arrived.value()); !status)
                return status.error();
        }
        return m_counts;
    }

private:
    const char *pick(const char *const *list, int size) { return list[m_random.bounded(size)]; }

    // The start of the person's first plan: nobody meets their supervisor, nor is appraised,
    // before they arrive.
    Result<QDate> arrival(Id personId)
    {
        auto plans = m_store.workPlans().forPerson(personId);
        if (!plans)
            return plans.error();
        QDate first = m_today;
        for (const WorkPlan &plan : plans.value())
            first = std::min(first, plan.periodStart);
        return first;
    }

    Result<QList<Objective>> currentObjectives(Id personId)
    {
        auto plan = m_store.workPlans().current(personId);
        if (!plan)
            return plan.error();
        if (!plan.value())
            return QList<Objective>();
        return m_store.objectives().forPlan(plan.value()->id);
    }

    // Monthly over the last half year; the newest is a week or two old, so some people are
    // due their next one and some are not.
    Status writeCheckIns(const Person &person, const QDate &arrived)
    {
        if (Status status = m_store.checkIns().setRecurringItems(person.supervisorId, person.id,
                { DemoSupervision::tr("Work plan progress"),
                    DemoSupervision::tr("Blockers and support needed") });
            !status)
            return status;
        auto objectives = currentObjectives(person.id);
        if (!objectives)
            return objectives.error();
        const int months = 3 + int(m_random.bounded(4));
        const int lastGap = 7 + int(m_random.bounded(40));
        QList<QDate> dates;
        for (int month = months - 1; month >= 0; --month) {
            const QDate date = weekday(m_today.addDays(-lastGap - 30 * month), m_today);
            if (date >= arrived)
                dates.append(date);
        }
        // A newcomer meets their supervisor in their first days.
        if (dates.isEmpty() && arrived.addDays(3) <= m_today)
            dates.append(weekday(arrived.addDays(3), m_today));
        for (const QDate &date : std::as_const(dates)) {
            if (Status status = writeCheckIn(person, date, objectives.value()); !status)
                return status;
        }
        return {};
    }

    Status writeCheckIn(const Person &person, const QDate &date, const QList<Objective> &objectives)
    {
        auto prepared = m_store.checkIns().prepareNext(person.supervisorId, person.id, date);
        if (!prepared)
            return prepared.error();
        CheckIn checkIn = prepared.value();
        checkIn.notes = DemoSupervision::tr(pick(notes, int(std::size(notes))));
        checkIn.decisions = DemoSupervision::tr("Next steps agreed as listed.");
        if (m_random.bounded(3) == 0)
            checkIn.privateNotes
                = DemoSupervision::tr("Heavy workload this month; check in again on priorities.");
        for (int i = 0; i < 1 + int(m_random.bounded(2)); ++i) {
            const bool old = date < m_today.addDays(-40);
            checkIn.actions.append({ 0, DemoSupervision::tr(pick(actions, int(std::size(actions)))),
                m_random.bounded(2) ? person.id : person.supervisorId, date.addDays(14),
                old && m_random.bounded(4) != 0 });
        }
        for (const Objective &objective : objectives) {
            if (m_random.bounded(3) == 0)
                checkIn.discussedObjectiveIds.append(objective.id);
        }
        auto saved = m_store.checkIns().save(checkIn, person.supervisorId);
        if (!saved)
            return saved.error();
        ++m_counts.checkIns;
        return {};
    }

    // A calendar-year cycle on the current plan's work objectives, or from arrival for someone
    // who came during the year, taken as far as the date allows; every third one is taken to
    // the end to show ratings, comments and the lock.
    Status writeAppraisal(const Person &person, const QDate &arrived)
    {
        auto objectives = currentObjectives(person.id);
        if (!objectives)
            return objectives.error();
        Appraisal appraisal;
        appraisal.personId = person.id;
        appraisal.supervisorId = person.supervisorId;
        appraisal.periodStart = std::max(QDate(m_today.year(), 1, 1), arrived);
        appraisal.periodEnd = QDate(m_today.year(), 12, 31);
        appraisal.objectivesSetOn = weekday(appraisal.periodStart.addDays(19), m_today);
        for (const Objective &objective : objectives.value()) {
            if (objective.kind == Objective::Kind::Work)
                appraisal.objectiveIds.append(objective.id);
        }
        if (appraisal.objectiveIds.isEmpty() || appraisal.objectivesSetOn > m_today)
            return {};
        auto opened = m_store.appraisals().open(appraisal, person.supervisorId);
        if (!opened)
            return opened.error();
        ++m_counts.appraisals;
        if (appraisal.midPoint().addDays(7) >= m_today)
            return {};
        const QDate midTerm = weekday(appraisal.midPoint().addDays(7), m_today);
        if (Status status
            = m_store.appraisals().recordMidTerm(opened.value().id, person.supervisorId, midTerm,
                DemoSupervision::tr(
                    "Good progress overall; priorities for the second half agreed."));
            !status)
            return status;
        if (++m_appraisalsPastMidTerm % 3 != 0)
            return {};
        return finish(opened.value(), person);
    }

    Status finish(const Appraisal &appraisal, const Person &person)
    {
        auto &appraisals = m_store.appraisals();
        if (Status status = appraisals.startEndOfCycle(appraisal.id, person.supervisorId); !status)
            return status;
        auto levels = appraisals.ratingScale();
        auto competencies = appraisals.competencies();
        if (!levels || !competencies)
            return !levels ? levels.error() : competencies.error();
        QList<AppraisalRating> ratings;
        for (Id objective : appraisal.objectiveIds)
            ratings.append({ AppraisalRating::Subject::Objective, objective,
                levels.value().at(int(m_random.bounded(2))).id,
                DemoSupervision::tr("Delivered as agreed, with good quality.") });
        for (const AppraisalScaleItem &competency : competencies.value())
            ratings.append({ AppraisalRating::Subject::Competency, competency.id,
                levels.value().at(1).id, {} });
        if (Status status = appraisals.setSupervisorPart(appraisal.id, person.supervisorId, ratings,
                DemoSupervision::tr(
                    "A productive year; keep sharing what you learn with the team."));
            !status)
            return status;
        if (Status status = appraisals.acknowledge(
                appraisal.id, person.supervisorId, weekday(m_today.addDays(-5), m_today));
            !status)
            return status;
        // Every other finished appraisal waits for the staff member's comments.
        if (++m_finished % 2 == 0)
            return {};
        if (Status status = appraisals.setStaffPart(appraisal.id, person.id,
                DemoSupervision::tr("Thank you. I would welcome more field work next year."));
            !status)
            return status;
        return appraisals.acknowledge(
            appraisal.id, person.id, weekday(m_today.addDays(-2), m_today));
    }

    UnitStore &m_store;
    QDate m_today;
    QRandomGenerator &m_random;
    DemoSupervision::Counts m_counts;
    int m_appraisalsPastMidTerm = 0;
    int m_finished = 0;
};

} // namespace

Result<DemoSupervision::Counts> DemoSupervision::write(
    UnitStore &store, const QDate &today, QRandomGenerator &random)
{
    return SupervisionWriter(store, today, random).write();
}

} // namespace Core
