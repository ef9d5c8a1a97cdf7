#include "storage/unitsettings.h"
#include "storage/appraisalrepository.h"
#include "storage/backupservice.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

class UnitSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStartWithTheDocumentedBackupPolicy()
    {
        UnitFixture unit;
        const BackupRotation::Policy policy = unit.store().settings().backupPolicy();
        QCOMPARE(policy.daily, 12);
        QCOMPARE(policy.weekly, 10);
        QCOMPARE(policy.monthly, 9);
        QVERIFY(unit.store().settings().automaticBackups());
    }

    void shouldGiveTheUnitsBackupPolicyToItsBackups()
    {
        // GIVEN a unit
        UnitFixture unit;
        QSignalSpy changed(&unit.store(), &UnitStore::changed);

        // WHEN it keeps fewer backups and stops the automatic ones
        QVERIFY(unit.store().settings().setBackupPolicy({ 5, 4, 0 }));
        QVERIFY(unit.store().settings().setAutomaticBackups(false));

        // THEN the settings and the rotation of its backups say so
        QCOMPARE(unit.store().settings().backupPolicy().daily, 5);
        QCOMPARE(unit.store().backups().policy().daily, 5);
        QCOMPARE(unit.store().backups().policy().weekly, 4);
        QCOMPARE(unit.store().backups().policy().monthly, 0);
        QVERIFY(!unit.store().settings().automaticBackups());
        QCOMPARE(changed.count(), 2);
    }

    void shouldRefuseAPolicyOutOfRange_data()
    {
        QTest::addColumn<int>("daily");
        QTest::addColumn<int>("weekly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<QString>("field");
        QTest::newRow("no daily backup") << 0 << 10 << 9 << QStringLiteral("backupDaily");
        QTest::newRow("negative weeks") << 12 << -1 << 9 << QStringLiteral("backupWeekly");
        QTest::newRow("too many months") << 12 << 10 << 101 << QStringLiteral("backupMonthly");
    }

    void shouldRefuseAPolicyOutOfRange()
    {
        // GIVEN a unit with the default policy
        QFETCH(int, daily);
        QFETCH(int, weekly);
        QFETCH(int, monthly);
        QFETCH(QString, field);
        UnitFixture unit;

        // WHEN a policy out of range is saved
        const Status status = unit.store().settings().setBackupPolicy({ daily, weekly, monthly });

        // THEN it is refused at its field and the policy stays
        QVERIFY(!status);
        QCOMPARE(status.error().field(), field);
        QCOMPARE(unit.store().settings().backupPolicy().daily, 12);
        QCOMPARE(unit.store().backups().policy().monthly, 9);
    }

    void shouldKeepEveryChangeOrNoneInOneTransaction()
    {
        // GIVEN a unit
        UnitFixture unit;
        UnitSettings &settings = unit.store().settings();

        // WHEN one transaction saves a good report delay and a bad competency list
        const Status status = unit.store().transaction(
            [&]() -> Status {
                if (Status days = settings.setBtoWorkingDays(15); !days)
                    return days;
                return unit.store().appraisals().setCompetencies({});
            },
            UnitStore::TransactionEnd::Commit);

        // THEN neither is kept
        QVERIFY(!status);
        QCOMPARE(settings.btoWorkingDays(), UnitSettings::defaultBtoWorkingDays);
    }
};

QTEST_GUILESS_MAIN(UnitSettingsTest)
#include "unitsettingstest.moc"
