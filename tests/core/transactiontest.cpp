#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

namespace {

Person newcomer(const QString &name)
{
    Person person;
    person.name = name;
    person.email = name.toLower() + QStringLiteral("@unit.test");
    return person;
}

qsizetype peopleCount(UnitStore &store)
{
    return REQUIRE_OK(store.people().all()).size();
}

} // namespace

// UnitStore::transaction: repository calls, each with its own TransactionGuard, joined into one
// transaction that keeps all of them or none.
class TransactionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryCallWhenTheWorkSucceeds()
    {
        // GIVEN a unit of two
        UnitFixture unit;

        // WHEN two people are added in one transaction
        const Status status = unit.store().transaction(
            [&]() -> Status {
                if (auto ana = unit.store().people().add(newcomer(QStringLiteral("Ana"))); !ana)
                    return ana.error();
                if (auto bo = unit.store().people().add(newcomer(QStringLiteral("Bo"))); !bo)
                    return bo.error();
                return {};
            },
            UnitStore::TransactionEnd::Commit);

        // THEN both are stored
        QVERIFY(status);
        QCOMPARE(peopleCount(unit.store()), 4);
    }

    void shouldKeepNothingWhenTheWorkFailsOrIsADryRun_data()
    {
        QTest::addColumn<bool>("workFails");
        QTest::addColumn<bool>("commit");
        QTest::newRow("work fails") << true << true;
        QTest::newRow("dry run") << false << false;
    }

    void shouldKeepNothingWhenTheWorkFailsOrIsADryRun()
    {
        // GIVEN a unit of two
        QFETCH(bool, workFails);
        QFETCH(bool, commit);
        UnitFixture unit;

        // WHEN a person is added, then the work fails or was only a trial
        const Status status = unit.store().transaction(
            [&]() -> Status {
                REQUIRE_OK(unit.store().people().add(newcomer(QStringLiteral("Ana"))));
                return workFails ? Status(Error::validation(QStringLiteral("stop"))) : Status();
            },
            commit ? UnitStore::TransactionEnd::Commit : UnitStore::TransactionEnd::RollBack);

        // THEN the person is not stored, and the store is usable as before
        QCOMPARE(status.isOk(), !workFails);
        QCOMPARE(peopleCount(unit.store()), 2);
        REQUIRE_OK(unit.store().people().add(newcomer(QStringLiteral("Bo"))));
        QCOMPARE(peopleCount(unit.store()), 3);
    }

    void shouldUndoOnlyTheCallThatFailedHalfwayAndGoOn()
    {
        // GIVEN a plan, and an objective that fails after its row is written: its thematic
        // area does not exist
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        Objective broken;
        broken.planId = plan.id;
        broken.title = QStringLiteral("Tagged with nothing real");
        broken.thematicAreaIds = { 999999 };
        Objective fine = broken;
        fine.title = QStringLiteral("Untagged");
        fine.thematicAreaIds.clear();

        // WHEN both are added in one transaction, the broken one first
        Status brokenStatus;
        const Status status = unit.store().transaction(
            [&]() -> Status {
                brokenStatus = unit.store().objectives().add(broken).error();
                REQUIRE_OK(unit.store().objectives().add(fine));
                return {};
            },
            UnitStore::TransactionEnd::Commit);

        // THEN the broken one left nothing behind, and the other was kept
        QVERIFY(status);
        QCOMPARE(brokenStatus.error().field(), QStringLiteral("thematicAreas"));
        const auto objectives = REQUIRE_OK(unit.store().objectives().forPlan(plan.id));
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.first().title, QStringLiteral("Untagged"));
    }

    void shouldHoldBackChangedUntilTheCommit()
    {
        // GIVEN a listener that reads the people whenever told of a change
        UnitFixture unit;
        QList<qsizetype> seen;
        connect(&unit.store(), &UnitStore::changed, this,
            [&] { seen.append(peopleCount(unit.store())); });

        // WHEN two people are added in one transaction
        unit.store().transaction(
            [&]() -> Status {
                REQUIRE_OK(unit.store().people().add(newcomer(QStringLiteral("Ana"))));
                REQUIRE_OK(unit.store().people().add(newcomer(QStringLiteral("Bo"))));
                return {};
            },
            UnitStore::TransactionEnd::Commit);

        // THEN it was told once, and read both
        QCOMPARE(seen, QList<qsizetype> { 4 });
    }
};

QTEST_GUILESS_MAIN(TransactionTest)
#include "transactiontest.moc"
