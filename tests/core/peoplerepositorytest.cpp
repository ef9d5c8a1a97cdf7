#include "storage/peoplerepository.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

class PeopleRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreAndReadBackEveryField()
    {
        // GIVEN a unit
        UnitFixture unit;
        QSignalSpy changed(&unit.store().people(), &PeopleRepository::changed);
        Person person;
        person.name = QStringLiteral("Nguyễn Thị Lan");
        person.email = QStringLiteral("lan@unit.test");
        person.positionTitle = QStringLiteral("JPO - SSE statistics");
        person.category = Person::Category::Jpo;
        person.grade = QStringLiteral("P2");
        person.dutyStation = QStringLiteral("HQ Geneva");
        person.languages = { QStringLiteral("EN"), QStringLiteral("ES"), QStringLiteral("VI") };
        person.supervisorId = unit.head.id;

        // WHEN the person is added and read back
        const Person added = REQUIRE_OK(unit.store().people().add(person));
        const Person found = REQUIRE_OK(unit.store().people().find(added.id));

        // THEN every field survived, and listeners heard of it once
        person.id = added.id;
        QCOMPARE(found, person);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(REQUIRE_OK(unit.store().people().findByEmail(QStringLiteral("LAN@unit.test"))).id,
            added.id);
    }

    void shouldUpdateAPerson()
    {
        // GIVEN the fixture's JPO
        UnitFixture unit;
        Person jpo = unit.jpo;

        // WHEN their grade and duty station change
        jpo.grade = QStringLiteral("P3");
        jpo.dutyStation = QStringLiteral("Dakar");
        QVERIFY(unit.store().people().update(jpo));

        // THEN the change is stored
        QCOMPARE(REQUIRE_OK(unit.store().people().find(jpo.id)), jpo);
    }

    void shouldListPeopleByNameAndSupervisees()
    {
        // GIVEN three people, two under the head
        UnitFixture unit;
        const Person ana
            = unit.addPerson(QStringLiteral("Ana Pérez"), Person::Category::Intern, unit.head.id);

        // WHEN listing
        const auto all = REQUIRE_OK(unit.store().people().all());
        const auto underHead = REQUIRE_OK(unit.store().people().supervisees(unit.head.id));

        // THEN everyone is there by name, and the head's supervisees are the two
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().name, QStringLiteral("Amélie Dubois"));
        QCOMPARE(underHead.size(), 2);
        QCOMPARE(underHead.first().id, ana.id);
    }

    void shouldRefuseInvalidPeople_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<qint64>("supervisorId");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QStringLiteral("  ") << QStringLiteral("x@unit.test")
                                    << qint64(0) << QStringLiteral("name");
        QTest::newRow("not an e-mail") << QStringLiteral("X") << QStringLiteral("x at unit")
                                       << qint64(0) << QStringLiteral("email");
        QTest::newRow("unknown supervisor") << QStringLiteral("X") << QStringLiteral("x@unit.test")
                                            << qint64(999) << QStringLiteral("supervisor");
    }

    void shouldRefuseInvalidPeople()
    {
        // GIVEN a unit
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(qint64, supervisorId);
        QFETCH(QString, field);
        UnitFixture unit;
        Person person;
        person.name = name;
        person.email = email;
        person.supervisorId = supervisorId;

        // WHEN an invalid person is added
        auto added = unit.store().people().add(person);

        // THEN it is refused, naming the field, and nobody was added
        QVERIFY(!added);
        QCOMPARE(added.error().field(), field);
        QVERIFY(!added.error().message().isEmpty());
        QCOMPARE(REQUIRE_OK(unit.store().people().all()).size(), 2);
    }

    void shouldRefuseASupervisionLoop()
    {
        // GIVEN the head supervising the JPO
        UnitFixture unit;
        Person head = unit.head;

        // WHEN the head is made the JPO's supervisee
        head.supervisorId = unit.jpo.id;
        const Status status = unit.store().people().update(head);

        // THEN it is refused and the head still has no supervisor
        QVERIFY(!status);
        QCOMPARE(status.error().field(), QStringLiteral("supervisor"));
        QCOMPARE(REQUIRE_OK(unit.store().people().find(head.id)).supervisorId, Id(0));
    }

    void shouldRemoveOnlyPeopleWithNoRecord()
    {
        // GIVEN an intern with nothing recorded, and a JPO with a plan
        UnitFixture unit;
        const Person intern
            = unit.addPerson(QStringLiteral("Léa Martin"), Person::Category::Intern, unit.head.id);
        unit.addPlan(unit.jpo.id);

        // WHEN both are removed
        const Status internRemoved = unit.store().people().remove(intern.id);
        const Status jpoRemoved = unit.store().people().remove(unit.jpo.id);

        // THEN the intern is gone and the JPO stays, with a reason
        QVERIFY(internRemoved);
        QVERIFY(!jpoRemoved);
        QVERIFY(jpoRemoved.error().message().contains(QStringLiteral("work plans")));
        QCOMPARE(REQUIRE_OK(unit.store().people().all()).size(), 2);
        QCOMPARE(unit.store().people().find(intern.id).error().code(), Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(PeopleRepositoryTest)
#include "peoplerepositorytest.moc"
