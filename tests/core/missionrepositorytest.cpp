#include "storage/missionrepository.h"
#include "storage/unitsettings.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

namespace {

Mission missionFor(Id traveller, const QDate &start, const QDate &end,
    const QString &purpose = QStringLiteral("NAC meeting in Dakar"))
{
    Mission mission;
    mission.purpose = purpose;
    mission.kind = Mission::Kind::ProjectMission;
    mission.countryCode = QStringLiteral("SN");
    mission.city = QStringLiteral("Dakar");
    mission.start = start;
    mission.end = end;
    mission.travellerIds = { traveller };
    return mission;
}

} // namespace

class MissionRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountDaysPerYearAcrossNewYear()
    {
        // GIVEN a mission from 28 December to 3 January
        const Mission mission = missionFor(1, QDate(2025, 12, 28), QDate(2026, 1, 3));

        // THEN it is 7 days: 4 in 2025 and 3 in 2026
        QCOMPARE(mission.days(), 7);
        QCOMPARE(mission.daysIn(2025), 4);
        QCOMPARE(mission.daysIn(2026), 3);
        QCOMPARE(mission.daysIn(2027), 0);
    }

    void shouldDueTheBtoReportInWorkingDays_data()
    {
        QTest::addColumn<QDate>("returned");
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Friday return, 10 days") << QDate(2026, 6, 5) << 10 << QDate(2026, 6, 19);
        QTest::newRow("Wednesday return, 2 days") << QDate(2026, 6, 3) << 2 << QDate(2026, 6, 5);
        QTest::newRow("Thursday return, 2 days") << QDate(2026, 6, 4) << 2 << QDate(2026, 6, 8);
        QTest::newRow("Saturday return, 1 day") << QDate(2026, 6, 6) << 1 << QDate(2026, 6, 8);
    }

    void shouldDueTheBtoReportInWorkingDays()
    {
        QFETCH(QDate, returned);
        QFETCH(int, workingDays);
        QFETCH(QDate, due);
        const Mission mission = missionFor(1, returned.addDays(-3), returned);
        QCOMPARE(mission.btoDue(workingDays), due);
    }

    void shouldStoreAMissionWithItsTravellers()
    {
        // GIVEN a JPO travelling with the unit head
        UnitFixture unit;
        QSignalSpy changed(&unit.store().missions(), &MissionRepository::changed);
        Mission mission = missionFor(unit.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6));
        mission.travellerIds = { unit.head.id, unit.jpo.id };
        mission.supervisorTravels = true;
        mission.notes = QStringLiteral("Réunion du comité national");

        // WHEN it is added and read back
        const Mission added = REQUIRE_OK(unit.store().missions().add(mission));

        // THEN everything survived, and each traveller sees it
        mission.id = added.id;
        QCOMPARE(REQUIRE_OK(unit.store().missions().find(added.id)), mission);
        QCOMPARE(REQUIRE_OK(unit.store().missions().forPerson(unit.jpo.id)).size(), 1);
        QCOMPARE(REQUIRE_OK(unit.store().missions().forPerson(unit.head.id)).size(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void shouldRefuseBadMissions_data()
    {
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("withTraveller");
        QTest::addColumn<QString>("field");
        const QDate d(2026, 3, 2);
        QTest::newRow("no purpose")
            << QString() << QStringLiteral("SN") << d << d << true << QStringLiteral("purpose");
        QTest::newRow("no traveller") << QStringLiteral("x") << QStringLiteral("SN") << d << d
                                      << false << QStringLiteral("travellers");
        QTest::newRow("unknown country") << QStringLiteral("x") << QStringLiteral("XX") << d << d
                                         << true << QStringLiteral("country");
        QTest::newRow("back before leaving") << QStringLiteral("x") << QStringLiteral("SN") << d
                                             << d.addDays(-1) << true << QStringLiteral("end");
    }

    void shouldRefuseBadMissions()
    {
        QFETCH(QString, purpose);
        QFETCH(QString, country);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(bool, withTraveller);
        QFETCH(QString, field);
        UnitFixture unit;
        Mission mission = missionFor(unit.jpo.id, start, end, purpose);
        mission.countryCode = country;
        if (!withTraveller)
            mission.travellerIds.clear();
        auto added = unit.store().missions().add(mission);
        QVERIFY(!added);
        QCOMPARE(added.error().field(), field);
        QVERIFY(REQUIRE_OK(unit.store().missions().all()).isEmpty());
    }

    void shouldRefuseOverlappingMissionsForOnePerson()
    {
        // GIVEN the JPO in Dakar from 2 to 6 March
        UnitFixture unit;
        REQUIRE_OK(unit.store().missions().add(
            missionFor(unit.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6))));

        // WHEN a mission from 6 to 8 March is added for the JPO, and for the head
        auto overlapping = unit.store().missions().add(missionFor(unit.jpo.id, QDate(2026, 3, 6),
            QDate(2026, 3, 8), QStringLiteral("Workshop in Manila")));
        auto headsOwn = unit.store().missions().add(missionFor(unit.head.id, QDate(2026, 3, 6),
            QDate(2026, 3, 8), QStringLiteral("Workshop in Manila")));

        // THEN the JPO's is refused, naming the mission in the way; the head's is fine
        QVERIFY(!overlapping);
        QCOMPARE(overlapping.error().code(), Error::Code::Conflict);
        QVERIFY(overlapping.error().message().contains(QStringLiteral("NAC meeting in Dakar")));
        QVERIFY(headsOwn);
    }

    void shouldIgnoreCancelledMissionsWhenCheckingOverlap()
    {
        UnitFixture unit;
        const Mission first = REQUIRE_OK(unit.store().missions().add(
            missionFor(unit.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6))));
        QVERIFY(unit.store().missions().setStatus(first.id, Mission::Status::Cancelled));
        QVERIFY(unit.store().missions().add(
            missionFor(unit.jpo.id, QDate(2026, 3, 3), QDate(2026, 3, 5))));
    }

    void shouldFollowTheMissionStatuses()
    {
        // GIVEN a planned mission
        UnitFixture unit;
        auto &missions = unit.store().missions();
        const Mission mission = REQUIRE_OK(
            missions.add(missionFor(unit.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6))));

        // WHEN it is completed straight away, then authorised, under way and completed
        const Status skipped = missions.setStatus(mission.id, Mission::Status::Completed);
        QVERIFY(missions.setStatus(mission.id, Mission::Status::Authorised));
        QVERIFY(missions.setStatus(mission.id, Mission::Status::UnderWay));
        QVERIFY(missions.setStatus(mission.id, Mission::Status::Completed));

        // THEN skipping was refused, and a completed mission cannot be deleted
        QVERIFY(!skipped);
        QCOMPARE(skipped.error().field(), QStringLiteral("status"));
        QVERIFY(!missions.remove(mission.id));
    }

    void shouldFlagOverdueBackToOfficeReports()
    {
        // GIVEN two completed missions that ended on Friday 22 May and Friday 5 June, and a
        // unit giving 10 working days; today is Monday 15 June
        UnitFixture unit;
        auto &missions = unit.store().missions();
        const Mission may = REQUIRE_OK(missions.add(missionFor(unit.jpo.id, QDate(2026, 5, 18),
            QDate(2026, 5, 22), QStringLiteral("GAC preparation"))));
        const Mission june = REQUIRE_OK(
            missions.add(missionFor(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 5))));
        for (const Mission &mission : { may, june }) {
            QVERIFY(missions.setStatus(mission.id, Mission::Status::Authorised));
            QVERIFY(missions.setStatus(mission.id, Mission::Status::UnderWay));
            QVERIFY(missions.setStatus(mission.id, Mission::Status::Completed));
        }

        // WHEN overdue reports are asked for, then the May one is submitted
        const auto before = REQUIRE_OK(missions.overdueBtoReports(unit.today()));
        QVERIFY(missions.submitBto(may.id, QDate(2026, 6, 15)));
        const auto after = REQUIRE_OK(missions.overdueBtoReports(unit.today()));

        // THEN only May's was overdue (due 5 June), with its traveller; then none
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().missionId, may.id);
        QCOMPARE(before.first().due, QDate(2026, 6, 5));
        QCOMPARE(before.first().travellers, unit.jpo.name);
        QVERIFY(after.isEmpty());
    }

    void shouldUseTheUnitsBtoDelay()
    {
        // GIVEN a unit that wants reports within 3 working days
        UnitFixture unit;
        QCOMPARE(unit.store().settings().btoWorkingDays(), UnitSettings::defaultBtoWorkingDays);
        QVERIFY(unit.store().settings().setBtoWorkingDays(3));
        QVERIFY(!unit.store().settings().setBtoWorkingDays(0));
        auto &missions = unit.store().missions();
        const Mission june = REQUIRE_OK(
            missions.add(missionFor(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 5))));
        QVERIFY(missions.setStatus(june.id, Mission::Status::Authorised));
        QVERIFY(missions.setStatus(june.id, Mission::Status::UnderWay));

        // WHEN overdue reports are read on 15 June THEN the 5 June return is overdue since 10 June
        const auto overdue = REQUIRE_OK(missions.overdueBtoReports(unit.today()));
        QCOMPARE(unit.store().settings().btoWorkingDays(), 3);
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().due, QDate(2026, 6, 10));
    }

    void shouldAddUpMissionDaysPerPersonCountryAndMonth()
    {
        // GIVEN the JPO 5 days in Senegal in March and 3 in the Philippines in April, a
        // cancelled trip, and the head 5 days in Senegal
        UnitFixture unit;
        auto &missions = unit.store().missions();
        Mission dakar = missionFor(unit.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6));
        dakar.travellerIds = { unit.jpo.id, unit.head.id };
        REQUIRE_OK(missions.add(dakar));
        Mission manila = missionFor(unit.jpo.id, QDate(2026, 3, 30), QDate(2026, 4, 1));
        manila.countryCode = QStringLiteral("PH");
        REQUIRE_OK(missions.add(manila));
        const Mission cancelled = REQUIRE_OK(
            missions.add(missionFor(unit.jpo.id, QDate(2026, 5, 4), QDate(2026, 5, 8))));
        QVERIFY(missions.setStatus(cancelled.id, Mission::Status::Cancelled));

        // WHEN the days of 2026 are added up
        const auto days = REQUIRE_OK(missions.missionDays(2026));

        // THEN the JPO has 8 days, by country and month; the head 5
        QCOMPARE(days.size(), 2);
        const MissionDays jpo = days.at(1);
        QCOMPARE(jpo.name, unit.jpo.name);
        QCOMPARE(jpo.total, 8);
        QCOMPARE(jpo.byCountry.value(QStringLiteral("SN")), 5);
        QCOMPARE(jpo.byCountry.value(QStringLiteral("PH")), 3);
        QCOMPARE(jpo.byMonth.value(3), 7);
        QCOMPARE(jpo.byMonth.value(4), 1);
        QCOMPARE(days.at(0).total, 5);
    }
};

QTEST_GUILESS_MAIN(MissionRepositoryTest)
#include "missionrepositorytest.moc"
