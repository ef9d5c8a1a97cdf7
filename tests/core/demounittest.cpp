#include "demo/demounit.h"
#include "storage/activityrepository.h"
#include "storage/assignmentrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
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
    return contents;
}

std::unique_ptr<UnitStore> demoStore(int scale = 1, quint32 seed = 2023)
{
    auto store = REQUIRE_OK(UnitStore::openInMemory());
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

} // namespace

class DemoUnitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStaffTheUnitLikeTheDomainDescribesIt()
    {
        // GIVEN an empty store
        auto store = REQUIRE_OK(UnitStore::openInMemory());

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
        auto store = REQUIRE_OK(UnitStore::openInMemory());

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
        auto store = REQUIRE_OK(UnitStore::openInMemory());

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
