#include "storage/assignmentrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

namespace {

Assignment jpoAssignment(Id personId, const QDate &start, const QDate &end)
{
    Assignment assignment;
    assignment.personId = personId;
    assignment.type = Assignment::Type::Jpo;
    assignment.title = QStringLiteral("JPO - SSE statistics");
    assignment.start = start;
    assignment.end = end;
    assignment.renewable = true;
    assignment.sponsor = QStringLiteral("Germany");
    return assignment;
}

} // namespace

class AssignmentRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateReadUpdateAndDelete()
    {
        // GIVEN a JPO
        UnitFixture unit;
        auto &assignments = unit.store().assignments();

        // WHEN an assignment is added, then renewed by a year, then removed
        Assignment added = REQUIRE_OK(
            assignments.add(jpoAssignment(unit.jpo.id, QDate(2026, 1, 1), QDate(2026, 12, 31))));
        QCOMPARE(REQUIRE_OK(assignments.find(added.id)), added);
        added.end = QDate(2027, 12, 31);
        QVERIFY(assignments.update(added));
        const Assignment renewed = REQUIRE_OK(assignments.find(added.id));
        QVERIFY(assignments.remove(added.id));

        // THEN each step was stored
        QCOMPARE(renewed.end, QDate(2027, 12, 31));
        QCOMPARE(renewed.sponsor, QStringLiteral("Germany"));
        QVERIFY(REQUIRE_OK(assignments.forPerson(unit.jpo.id)).isEmpty());
    }

    void shouldRefuseAnEndBeforeTheStart()
    {
        // GIVEN a JPO
        UnitFixture unit;

        // WHEN an assignment ends before it starts
        auto added = unit.store().assignments().add(
            jpoAssignment(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 5, 31)));

        // THEN it is refused at the end date
        QVERIFY(!added);
        QCOMPARE(added.error().field(), QStringLiteral("end"));
        QVERIFY(added.error().message().contains(QStringLiteral("before it starts")));
    }

    void shouldRefuseAnUnknownPerson()
    {
        UnitFixture unit;
        auto added = unit.store().assignments().add(
            jpoAssignment(4242, QDate(2026, 1, 1), QDate(2026, 12, 31)));
        QVERIFY(!added);
        QCOMPARE(added.error().field(), QStringLiteral("person"));
    }

    void shouldFindTheAssignmentRunningToday()
    {
        // GIVEN a past internship and a running JPO assignment
        UnitFixture unit;
        Assignment internship = jpoAssignment(unit.jpo.id, QDate(2025, 1, 1), QDate(2025, 6, 30));
        internship.type = Assignment::Type::Internship;
        REQUIRE_OK(unit.store().assignments().add(internship));
        const Assignment running = REQUIRE_OK(unit.store().assignments().add(
            jpoAssignment(unit.jpo.id, QDate(2026, 1, 1), QDate(2026, 12, 31))));

        // WHEN the current one is asked for mid-2026, and for someone with none
        const auto current
            = REQUIRE_OK(unit.store().assignments().current(unit.jpo.id, unit.today()));
        const auto none
            = REQUIRE_OK(unit.store().assignments().current(unit.head.id, unit.today()));

        // THEN it is the running one
        QVERIFY(current.has_value());
        QCOMPARE(current->id, running.id);
        QCOMPARE(current->daysLeft(unit.today()), 199);
        QVERIFY(!none.has_value());
    }
};

QTEST_GUILESS_MAIN(AssignmentRepositoryTest)
#include "assignmentrepositorytest.moc"
