#include "demo/demounit.h"
#include "scratchunit.h"
#include "storage/activityrepository.h"
#include "storage/appraisalrepository.h"
#include "storage/assignmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/meetingrepository.h"
#include "storage/missionrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/projectrepository.h"
#include "storage/reviewrepository.h"
#include "storage/supervisionqueries.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QSet>
#include <QTest>

using namespace Core;

namespace {

const QDate today(2026, 6, 15);

// Everything the demo writes, read back through the repositories, in their stable order.
struct UnitContents
{
    QList<Person> people;
    QList<WorkPlan> plans;
    QList<Objective> objectives;
    QList<Activity> activities;
    QList<ProgressEntry> entries;
    QList<Project> projects;
    QList<Partner> partners;
    QList<Meeting> meetings;
    QList<Deliverable> deliverables;
    QList<Mission> missions;
};

UnitContents contentsOf(UnitStore &store)
{
    UnitContents contents;
    contents.people = REQUIRE_OK(store.people().all());
    contents.plans = REQUIRE_OK(store.workPlans().all());
    for (const WorkPlan &plan : std::as_const(contents.plans)) {
        contents.objectives += REQUIRE_OK(store.objectives().forPlan(plan.id));
        contents.activities += REQUIRE_OK(store.activities().forPlan(plan.id));
        contents.entries += REQUIRE_OK(store.progress().forPlan(plan.id));
    }
    contents.projects = REQUIRE_OK(store.projects().projects());
    contents.partners = REQUIRE_OK(store.projects().partners());
    contents.meetings = REQUIRE_OK(store.meetings().all());
    contents.deliverables = REQUIRE_OK(store.deliverables().all());
    contents.missions = REQUIRE_OK(store.missions().all());
    return contents;
}

std::unique_ptr<UnitStore> demoStore(int scale = 1, quint32 seed = 2023)
{
    auto store = ScratchUnit::openStore();
    REQUIRE_OK(DemoUnit::write(*store, today, scale, seed));
    return store;
}

int countOf(const QList<Person> &people, Person::Category category)
{
    return int(std::count_if(people.cbegin(), people.cend(),
        [category](const Person &person) { return person.category == category; }));
}

int countOf(const QList<WorkPlan> &plans, WorkPlan::Status status)
{
    return int(std::count_if(plans.cbegin(), plans.cend(),
        [status](const WorkPlan &plan) { return plan.status == status; }));
}

template<typename T, typename Predicate> int countOf(const QList<T> &list, Predicate predicate)
{
    return int(std::count_if(list.cbegin(), list.cend(), predicate));
}

// Pairs of missions that put one person in two places at once; cancelled ones don't count.
QStringList overlapsIn(const QList<Mission> &missions)
{
    QStringList overlaps;
    for (int i = 0; i < missions.size(); ++i) {
        for (int j = i + 1; j < missions.size(); ++j) {
            const Mission &a = missions[i];
            const Mission &b = missions[j];
            if (a.status == Mission::Status::Cancelled || b.status == Mission::Status::Cancelled
                || a.start > b.end || b.start > a.end)
                continue;
            for (Id traveller : a.travellerIds) {
                if (b.travellerIds.contains(traveller))
                    overlaps.append(a.purpose + QStringLiteral(" / ") + b.purpose);
            }
        }
    }
    return overlaps;
}

} // namespace

class DemoUnitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStaffTheUnitLikeTheDomainDescribesIt()
    {
        // GIVEN an empty store
        auto store = ScratchUnit::openStore();

        // WHEN the demo is written
        const DemoUnit::Counts counts = REQUIRE_OK(DemoUnit::write(*store, today));

        // THEN the unit has its head, officers, JPOs, interns and national consultants
        const QList<Person> people = REQUIRE_OK(store->people().all());
        QCOMPARE(counts.people, int(people.size()));
        QCOMPARE(countOf(people, Person::Category::UnitHead), 1);
        QCOMPARE(countOf(people, Person::Category::TechnicalOfficer), 3);
        QCOMPARE(countOf(people, Person::Category::Jpo), 3);
        QCOMPARE(countOf(people, Person::Category::Intern), 2);
        QCOMPARE(countOf(people, Person::Category::NationalConsultant), 3);
        for (const Person &person : people)
            QCOMPARE(person.supervisorId == 0, person.category == Person::Category::UnitHead);
    }

    void shouldSponsorJposAndFlagAnEndingAssignment()
    {
        // GIVEN the demo unit
        auto store = demoStore();

        // WHEN the JPOs' assignments and the contracts ending soon are read
        QSet<QString> sponsors;
        for (const Person &person : REQUIRE_OK(store->people().all())) {
            if (person.category != Person::Category::Jpo)
                continue;
            const auto current = REQUIRE_OK(store->assignments().current(person.id, today));
            QVERIFY(current.has_value());
            QCOMPARE(current->type, Assignment::Type::Jpo);
            QVERIFY(current->renewable);
            sponsors.insert(current->sponsor);
        }
        const QList<EndingAssignment> ending
            = REQUIRE_OK(store->supervision().contractsEnding(today, 90));

        // THEN each JPO has a donor government, and one JPO's assignment ends within 90 days
        QCOMPARE(sponsors.size(), 3);
        QVERIFY(!sponsors.contains(QString()));
        QVERIFY(std::any_of(ending.cbegin(), ending.cend(), [](const EndingAssignment &end) {
            return end.title.startsWith(QStringLiteral("JPO"));
        }));
    }

    void shouldShowEveryStageOfAWorkPlan()
    {
        // GIVEN the demo unit
        auto store = demoStore();

        // WHEN its plans are read
        const QList<WorkPlan> plans = REQUIRE_OK(store->workPlans().all());
        const auto revised = std::find_if(
            plans.cbegin(), plans.cend(), [](const WorkPlan &plan) { return plan.revision > 1; });

        // THEN there is a draft, active plans, a closed one, and a revision after agreement
        QCOMPARE(countOf(plans, WorkPlan::Status::Draft), 1);
        QVERIFY(countOf(plans, WorkPlan::Status::Active) >= 8);
        QVERIFY(countOf(plans, WorkPlan::Status::Closed) >= 1);
        QVERIFY(revised != plans.cend());
        QCOMPARE(REQUIRE_OK(store->workPlans().revisions(revised->id)).size(), 1);
    }

    void shouldTagObjectivesAndGiveEachTwoToFiveActivities()
    {
        // GIVEN the demo unit
        auto store = demoStore();
        const UnitContents contents = contentsOf(*store);

        // WHEN objectives are checked one by one
        int learning = 0;
        for (const Objective &objective : contents.objectives) {
            const auto activities = REQUIRE_OK(store->activities().forObjective(objective.id));

            // THEN each has an indicator, a target date, a strategy objective and 2-5 activities
            QVERIFY(!objective.indicator.isEmpty());
            QVERIFY(objective.targetDate.isValid());
            QVERIFY(objective.strategyObjectiveId != 0);
            QVERIFY(activities.size() >= 2 && activities.size() <= 5);
            if (objective.kind == Objective::Kind::Learning) {
                ++learning;
                QVERIFY(!objective.evidence.isEmpty());
            }
        }
        QVERIFY(learning >= 3);
    }

    void shouldReturnCountsOfWhatItWrote()
    {
        // GIVEN an empty store
        auto store = ScratchUnit::openStore();

        // WHEN the demo is written
        const DemoUnit::Counts counts = REQUIRE_OK(DemoUnit::write(*store, today));

        // THEN the counts are those of the store
        const UnitContents contents = contentsOf(*store);
        QCOMPARE(counts.plans, int(contents.plans.size()));
        QCOMPARE(counts.objectives, int(contents.objectives.size()));
        QCOMPARE(counts.activities, int(contents.activities.size()));
        QCOMPARE(counts.progressEntries, int(contents.entries.size()));
        QVERIFY(counts.progressEntries > 300);
    }

    void shouldWriteTheSameUnitForTheSameSeed()
    {
        // GIVEN two stores written with the same seed, and one with another
        const UnitContents first = contentsOf(*demoStore(1, 7));
        const UnitContents second = contentsOf(*demoStore(1, 7));
        const UnitContents other = contentsOf(*demoStore(1, 8));

        // THEN the first two are identical, and the other seed gives other progress
        QCOMPARE(second.people, first.people);
        QCOMPARE(second.plans, first.plans);
        QCOMPARE(second.objectives, first.objectives);
        QCOMPARE(second.activities, first.activities);
        QCOMPARE(second.entries, first.entries);
        QCOMPARE(second.projects, first.projects);
        QCOMPARE(second.partners, first.partners);
        QCOMPARE(second.meetings, first.meetings);
        QCOMPARE(second.deliverables, first.deliverables);
        QCOMPARE(second.missions, first.missions);
        QVERIFY(other.entries != first.entries);
    }

    void shouldNeverLogProgressInTheFutureOrOutsideItsPlan()
    {
        // GIVEN the demo unit over three years
        auto store = demoStore(3);

        // WHEN every plan's entries are checked
        for (const WorkPlan &plan : REQUIRE_OK(store->workPlans().all())) {
            for (const ProgressEntry &entry : REQUIRE_OK(store->progress().forPlan(plan.id))) {
                // THEN none is after today or outside the plan, and the supervisee wrote it
                QVERIFY2(entry.date <= today, qPrintable(entry.date.toString(Qt::ISODate)));
                QVERIFY(plan.contains(entry.date));
                QCOMPARE(entry.authorId, plan.personId);
                QVERIFY(entry.percent >= 0 && entry.percent <= 100);
            }
        }
    }

    void shouldGiveTheOverviewSomethingOverdue()
    {
        // GIVEN the demo unit
        auto store = demoStore();

        // WHEN the unit head looks at the overview
        const QList<SupervisionRow> rows = REQUIRE_OK(store->supervision().overview(today));
        const QList<Deadline> overdue = REQUIRE_OK(store->supervision().overdue(today));

        // THEN every supervisee has a row, a few activities are overdue, progress was logged
        QCOMPARE(rows.size(), 11);
        QVERIFY(overdue.size() >= 3);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
            [](const SupervisionRow &row) { return row.progress > 0.0 && row.hasLearning; }));
    }

    void shouldMultiplyPeopleAndYearsWithTheScale()
    {
        // GIVEN the demo at scale 3
        auto store = demoStore(3);

        // WHEN people and plans are read
        const UnitContents contents = contentsOf(*store);
        QSet<QString> names;
        QSet<QString> emails;
        for (const Person &person : contents.people) {
            names.insert(person.name);
            emails.insert(person.email.toLower());
        }
        const QDate earliest = std::min_element(contents.plans.cbegin(), contents.plans.cend(),
            [](const WorkPlan &a, const WorkPlan &b) {
                return a.periodStart < b.periodStart;
            })->periodStart;

        // THEN one head and three generations of staff, all distinct, plans going back 3 years
        QCOMPARE(contents.people.size(), 1 + 3 * 11);
        QCOMPARE(names.size(), contents.people.size());
        QCOMPARE(emails.size(), contents.people.size());
        QVERIFY(earliest < today.addYears(-2));
        for (const WorkPlan &plan : contents.plans)
            QCOMPARE(plan.isClosed(), plan.periodEnd < today);
    }

    void shouldRunProjectsWithCountriesDonorsAndPartners()
    {
        // GIVEN the demo unit
        auto store = demoStore();

        // WHEN its projects and partners are read
        const UnitContents contents = contentsOf(*store);
        QSet<QString> countries;
        for (const Project &project : contents.projects) {
            countries.insert(project.countryCode);
            QVERIFY(!project.donor.isEmpty());
            QVERIFY(project.start <= today && today <= project.end);
        }

        // THEN Senegal, the Philippines and Colombia have a project, one is global, and the
        // unit works with partners of several kinds
        QCOMPARE(countries,
            QSet<QString>(
                { QStringLiteral("SN"), QStringLiteral("PH"), QStringLiteral("CO"), QString() }));
        QVERIFY(contents.partners.size() >= 6 && contents.partners.size() <= 8);
        QVERIFY(countOf(contents.partners, [](const Partner &p) {
            return p.kind == Partner::Kind::Donor;
        }) >= 2);
    }

    void shouldHoldANacPerProjectCountryAndEveryKindOfMeeting()
    {
        // GIVEN the demo unit
        auto store = demoStore();
        const UnitContents contents = contentsOf(*store);

        // WHEN meetings are grouped by kind
        QSet<QString> nacCountries;
        QSet<Meeting::Kind> kinds;
        for (const Meeting &meeting : contents.meetings) {
            kinds.insert(meeting.kind);
            if (meeting.kind == Meeting::Kind::Nac)
                nacCountries.insert(meeting.countryCode);
            QVERIFY(!meeting.participantIds.isEmpty());
        }

        // THEN each project country has its NAC, and GAC, joint conference, ICLS, task force,
        // workshop and training are all there
        for (const Project &project : contents.projects) {
            if (!project.countryCode.isEmpty())
                QVERIFY2(nacCountries.contains(project.countryCode), qPrintable(project.code));
        }
        for (Meeting::Kind kind :
            { Meeting::Kind::Gac, Meeting::Kind::JointConference, Meeting::Kind::IclsSession,
                Meeting::Kind::TaskForce, Meeting::Kind::Workshop, Meeting::Kind::Training })
            QVERIFY2(kinds.contains(kind), qPrintable(Meeting::kindName(kind)));
        // AND the ICLS is the 21st, of October 2023
        QVERIFY(
            std::any_of(contents.meetings.cbegin(), contents.meetings.cend(), [](const Meeting &m) {
                return m.kind == Meeting::Kind::IclsSession && m.start == QDate(2023, 10, 11);
            }));
    }

    void shouldFollowUpPastMeetingsWithMinutesAndActions()
    {
        // GIVEN the demo unit
        auto store = demoStore();

        // WHEN the follow-up actions of its meetings are read
        int done = 0;
        int overdue = 0;
        int withInputs = 0;
        int withOutputs = 0;
        for (const Meeting &meeting : REQUIRE_OK(store->meetings().all())) {
            // THEN a meeting that took place has minutes, and one to come has none yet
            QCOMPARE(meeting.minutes.isEmpty(), meeting.end >= today);
            for (const FollowUpAction &action : meeting.actions) {
                done += action.done ? 1 : 0;
                overdue += !action.done && action.dueDate < today ? 1 : 0;
            }
            withInputs += meeting.inputDeliverableIds.isEmpty() ? 0 : 1;
            withOutputs += meeting.outputDeliverableIds.isEmpty() ? 0 : 1;
        }

        // AND some actions are done, some open past their date; deliverables go in and come out
        QVERIFY(done >= 3);
        QVERIFY(overdue >= 2);
        QVERIFY(withInputs >= 3);
        QVERIFY(withOutputs >= 1);
    }

    void shouldCoverDeliverableTypesStatusesVersionsAndLinks()
    {
        // GIVEN the demo unit
        auto store = demoStore();
        const QList<Deliverable> deliverables = REQUIRE_OK(store->deliverables().all());

        // WHEN its deliverables are read
        QSet<Deliverable::Type> types;
        QSet<Deliverable::Status> statuses;
        int translated = 0;
        for (const Deliverable &d : deliverables) {
            types.insert(d.type);
            statuses.insert(d.status);
            QSet<LanguageVersion::Status> versionStatuses;
            QSet<QString> languages;
            for (const LanguageVersion &version : d.versions) {
                versionStatuses.insert(version.status);
                languages.insert(version.language);
            }
            if (languages.contains(QStringLiteral("FR")) && languages.contains(QStringLiteral("ES"))
                && versionStatuses.size() > 1)
                ++translated;
        }

        // THEN the domain's kinds of output are there, at every stage
        for (Deliverable::Type type :
            { Deliverable::Type::IclsPaper, Deliverable::Type::NationalReport,
                Deliverable::Type::GlobalReport, Deliverable::Type::Brief,
                Deliverable::Type::DonorReport, Deliverable::Type::TermsOfReference })
            QVERIFY2(types.contains(type), qPrintable(Deliverable::typeName(type)));
        for (Deliverable::Status status : { Deliverable::Status::Planned,
                 Deliverable::Status::Drafting, Deliverable::Status::InReview,
                 Deliverable::Status::Cleared, Deliverable::Status::Delivered })
            QVERIFY2(statuses.contains(status), qPrintable(Deliverable::statusName(status)));
        // AND reports have FR/ES versions at different stages
        QVERIFY(translated >= 2);
        // AND they serve objectives, projects and consultancies
        QVERIFY(countOf(deliverables, [](const Deliverable &d) {
            return !d.objectiveIds.isEmpty();
        }) >= 5);
        QVERIFY(countOf(deliverables, [](const Deliverable &d) { return d.projectId != 0; }) >= 10);
        QVERIFY(
            countOf(deliverables, [](const Deliverable &d) { return d.assignmentId != 0; }) >= 3);
        // AND the dashboard has reviews waiting and deadlines within 30 days
        QVERIFY(REQUIRE_OK(store->deliverables().waitingForReview()).size() >= 2);
        QVERIFY(REQUIRE_OK(store->deliverables().dueWithin(today, 30)).size() >= 3);
    }

    void shouldSendPeopleOnMissionsAtEveryStage()
    {
        // GIVEN the demo unit
        auto store = demoStore();
        const QList<Mission> missions = REQUIRE_OK(store->missions().all());

        // WHEN its missions are read
        const auto withStatus = [&missions](Mission::Status status) {
            return countOf(missions, [status](const Mission &m) { return m.status == status; });
        };

        // THEN past ones are completed, mostly with their report in, and two reports overdue
        QVERIFY(withStatus(Mission::Status::Completed) >= 4);
        QVERIFY(
            countOf(missions, [](const Mission &m) { return m.btoSubmittedOn.isValid(); }) >= 3);
        QCOMPARE(REQUIRE_OK(store->missions().overdueBtoReports(today)).size(), 2);
        // AND some are under way, authorised or planned, and one was cancelled
        QCOMPARE(withStatus(Mission::Status::UnderWay), 1);
        QVERIFY(withStatus(Mission::Status::Authorised) >= 1);
        QVERIFY(withStatus(Mission::Status::Planned) >= 1);
        QCOMPARE(withStatus(Mission::Status::Cancelled), 1);
        // AND supervisors travel with their supervisees; there are workshops and conferences
        QVERIFY(countOf(missions, [](const Mission &m) { return m.supervisorTravels; }) >= 2);
        QVERIFY(countOf(missions, [](const Mission &m) {
            return m.kind == Mission::Kind::Workshop;
        }) >= 1);
        QVERIFY(countOf(missions, [](const Mission &m) {
            return m.kind == Mission::Kind::Conference;
        }) >= 1);
        QVERIFY(missions.size() >= 8);
    }

    void shouldNeverPutAPersonOnTwoMissionsAtOnce()
    {
        // GIVEN the demo unit over three years
        auto store = demoStore(3);

        // WHEN all its missions are compared pairwise
        const QList<Mission> missions = REQUIRE_OK(store->missions().all());

        // THEN no traveller is in two places at once
        QCOMPARE(overlapsIn(missions), QStringList());
        QVERIFY(missions.size() >= 3 * 8);
    }

    void shouldCountTheProjectWorkItWrote()
    {
        // GIVEN an empty store
        auto store = ScratchUnit::openStore();

        // WHEN the demo is written over two years
        const DemoUnit::Counts counts = REQUIRE_OK(DemoUnit::write(*store, today, 2));

        // THEN the counts are those of the store, each year with its own projects and missions
        const UnitContents contents = contentsOf(*store);
        QCOMPARE(counts.projects, int(contents.projects.size()));
        QCOMPARE(counts.partners, int(contents.partners.size()));
        QCOMPARE(counts.meetings, int(contents.meetings.size()));
        QCOMPARE(counts.deliverables, int(contents.deliverables.size()));
        QCOMPARE(counts.missions, int(contents.missions.size()));
        QCOMPARE(counts.projects, 8);
        // The ICLS session and its room document are history, written once.
        QCOMPARE(counts.meetings % 2, 1);
    }

    void shouldHoldCheckInsWithCarriedOverActionsAndPrivateNotes()
    {
        // GIVEN the demo unit
        auto store = demoStore();
        const auto people = REQUIRE_OK(store->people().all());

        // WHEN each supervisee with a current plan is looked at as their supervisor sees them
        int withPrivateNotes = 0;
        int withCarriedActions = 0;
        for (const Person &person : people) {
            if (person.supervisorId == 0 || !REQUIRE_OK(store->workPlans().current(person.id)))
                continue;
            const auto checkIns
                = REQUIRE_OK(store->checkIns().forSupervisee(person.id, person.supervisorId));
            const auto plans = REQUIRE_OK(store->workPlans().forPerson(person.id));
            const QDate arrived = plans.last().periodStart; // newest period first
            // THEN each had a check-in, all in the past and none before they arrived; three
            // or more for those here longer than three months
            QVERIFY2(!checkIns.isEmpty(), qPrintable(person.name));
            QVERIFY2(
                checkIns.size() >= 3 || arrived > today.addMonths(-3), qPrintable(person.name));
            for (const CheckIn &checkIn : checkIns)
                QVERIFY2(checkIn.date <= today && checkIn.date >= arrived, qPrintable(person.name));
            withPrivateNotes += countOf(
                checkIns, [](const CheckIn &checkIn) { return !checkIn.privateNotes.isEmpty(); });
            const CheckIn next
                = REQUIRE_OK(store->checkIns().prepareNext(person.supervisorId, person.id, today));
            withCarriedActions += countOf(next.agenda,
                [](const CheckIn::AgendaPoint &point) { return point.carriedActionId != 0; });
        }
        QVERIFY(withPrivateNotes > 0);
        QVERIFY(withCarriedActions > 0);
    }

    void shouldReachReviewStagesThroughReviewRounds()
    {
        // GIVEN the demo unit
        auto store = demoStore();
        const auto deliverables = REQUIRE_OK(store->deliverables().all());

        // THEN every deliverable in review has a pending round that has waited some days, and
        // every cleared one went through a revision first
        const auto pending = REQUIRE_OK(store->reviews().pending());
        QVERIFY(!pending.isEmpty());
        for (const ReviewRound &round : pending)
            QVERIFY(round.daysWaiting(today) > 7);
        for (const Deliverable &deliverable : deliverables) {
            const auto rounds = REQUIRE_OK(store->reviews().forDeliverable(deliverable.id));
            if (deliverable.status == Deliverable::Status::InReview)
                QVERIFY(!rounds.isEmpty() && rounds.last().isPending());
            if (deliverable.status == Deliverable::Status::Cleared) {
                QCOMPARE(rounds.size(), 2);
                QCOMPARE(rounds.first().outcome, ReviewRound::Outcome::Revise);
            }
        }
    }

    void shouldShowAppraisalsAtEveryStageLateInTheYear()
    {
        // GIVEN the demo unit written in late November
        auto store = ScratchUnit::openStore();
        const QDate november(2026, 11, 23);
        REQUIRE_OK(DemoUnit::write(*store, november));

        // WHEN every appraisal is read
        QList<Appraisal> appraisals;
        for (const Person &person : REQUIRE_OK(store->people().all()))
            appraisals += REQUIRE_OK(store->appraisals().forPerson(person.id));

        // THEN there are cycles after the mid-term, one awaiting the staff member's comments,
        // and one locked
        QVERIFY(appraisals.size() >= 5);
        QVERIFY(countOf(appraisals, [](const Appraisal &a) { return a.midTermOn.isValid(); }) > 0);
        QVERIFY(countOf(appraisals, [](const Appraisal &a) {
            return a.supervisorAcknowledgedOn.isValid() && !a.staffAcknowledgedOn.isValid();
        }) > 0);
        QVERIFY(countOf(appraisals, [](const Appraisal &a) { return a.isLocked(); }) > 0);
        // AND no stage is held before its time: a mid-term review comes after the middle of
        // the cycle, which starts no earlier than the person's arrival
        for (const Appraisal &appraisal : appraisals) {
            QVERIFY(!appraisal.objectiveIds.isEmpty());
            QVERIFY(appraisal.objectivesSetOn >= appraisal.periodStart);
            QVERIFY(!appraisal.midTermOn.isValid() || appraisal.midTermOn >= appraisal.midPoint());
        }
    }

    void shouldRefuseAStoreThatHoldsData()
    {
        // GIVEN a store with people in it
        UnitFixture unit;

        // WHEN the demo is asked to write into it
        const auto counts = DemoUnit::write(unit.store(), today);

        // THEN it refuses, and nothing was added
        QVERIFY(!counts);
        QCOMPARE(counts.error().code(), Error::Code::Conflict);
        QVERIFY(counts.error().message().contains(QStringLiteral("already holds data")));
        QCOMPARE(REQUIRE_OK(unit.store().people().all()).size(), 2);
    }

    void shouldRefuseAScaleBelowOne()
    {
        // GIVEN an empty store
        auto store = ScratchUnit::openStore();

        // WHEN the demo is asked for scale 0
        const auto counts = DemoUnit::write(*store, today, 0);

        // THEN it refuses, and the store stays empty
        QVERIFY(!counts);
        QCOMPARE(counts.error().code(), Error::Code::Validation);
        QVERIFY(REQUIRE_OK(store->isEmpty()));
    }
};

QTEST_GUILESS_MAIN(DemoUnitTest)

#include "demounittest.moc"
