#include "storage/backuprotation.h"

#include <QTest>

using namespace Core;

namespace {

QDateTime at(int year, int month, int day, int hour = 3, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QList<QDateTime> dailyAtThree(const QList<QDate> &dates)
{
    QList<QDateTime> instants;
    for (const QDate &date : dates)
        instants.append(QDateTime(date, QTime(3, 0), Qt::UTC));
    return instants;
}

} // namespace

class BackupRotationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTwelveDaysTenWeeksAndNineMonthsOverTwoYearsOfDailyBackups()
    {
        // GIVEN two years of one backup a day at 03:00 UTC, thinned after each new one, as the
        // backup service does
        QList<QDateTime> kept;
        const BackupRotation::Policy policy;
        int most = 0;
        for (QDate day(2024, 6, 16); day <= QDate(2026, 6, 15); day = day.addDays(1)) {
            const QDateTime now(day, QTime(3, 0), Qt::UTC);
            kept.append(now);

            // WHEN each day's rotation runs
            kept = BackupRotation::keep(kept, now, policy);
            most = qMax(most, int(kept.size()));
        }

        // THEN the last 12 days stay; for weeks, each ISO week's Sunday (2026-06-15 is a Monday,
        // its week's newest so far); for months, each month's last day
        const QList<QDateTime> expected = dailyAtThree({
            QDate(2026, 6, 15), QDate(2026, 6, 14), QDate(2026, 6, 13), QDate(2026, 6, 12),
            QDate(2026, 6, 11), QDate(2026, 6, 10), QDate(2026, 6, 9), QDate(2026, 6, 8),
            QDate(2026, 6, 7), QDate(2026, 6, 6), QDate(2026, 6, 5), QDate(2026, 6, 4), // daily
            QDate(2026, 5, 31), QDate(2026, 5, 24), QDate(2026, 5, 17), QDate(2026, 5, 10),
            QDate(2026, 5, 3), QDate(2026, 4, 30), QDate(2026, 4, 26), QDate(2026, 4, 19),
            QDate(2026, 3, 31), QDate(2026, 2, 28), QDate(2026, 1, 31), QDate(2025, 12, 31),
            QDate(2025, 11, 30), QDate(2025, 10, 31), // weekly Sundays, and month ends
        });
        QCOMPARE(kept, expected);
        // AND the folder never held more than the rule allows, plus the one just taken
        QVERIFY2(most <= 12 + 10 + 9 + 1, qPrintable(QString::number(most)));
    }

    void shouldKeepEveryBackupOfTheLastDay()
    {
        // GIVEN automatic backups every 30 minutes over three days
        QList<QDateTime> taken;
        for (QDateTime when = at(2026, 6, 13, 8); when <= at(2026, 6, 15, 17);
             when = when.addSecs(30 * 60))
            taken.append(when);

        // WHEN the rotation runs at 17:00 on the third day
        const QList<QDateTime> kept
            = BackupRotation::keep(taken, at(2026, 6, 15, 17), BackupRotation::Policy {});

        // THEN the 48 taken in the last 24 hours stay, and of the first day only its newest
        QCOMPARE(kept.size(), 48 + 1);
        QCOMPARE(kept.first(), at(2026, 6, 15, 17));
        QCOMPARE(kept.at(47), at(2026, 6, 14, 17, 30));
        QCOMPARE(kept.last(), at(2026, 6, 13, 23, 30));
    }

    void shouldCountDaysThatHaveBackupsNotCalendarDays()
    {
        // GIVEN a month of daily backups, then three months away
        QList<QDate> days;
        for (QDate day(2026, 1, 1); day <= QDate(2026, 1, 31); day = day.addDays(1))
            days.append(day);

        // WHEN the rotation runs on return
        const QList<QDateTime> kept = BackupRotation::keep(
            dailyAtThree(days), at(2026, 5, 1), BackupRotation::Policy { 12, 0, 0 });

        // THEN the last twelve days of work are still there
        QCOMPARE(kept.size(), 12);
        QCOMPARE(kept.last(), at(2026, 1, 20));
    }

    void shouldKeepBackupsDatedInTheFutureWithoutCountingThem()
    {
        // GIVEN a backup dated next year (the clock was wrong) and three daily ones
        const QList<QDateTime> taken
            = { at(2027, 1, 1), at(2026, 6, 10), at(2026, 6, 11), at(2026, 6, 12) };

        // WHEN a rotation keeping two days runs
        const QList<QDateTime> kept
            = BackupRotation::keep(taken, at(2026, 6, 14), BackupRotation::Policy { 2, 0, 0 });

        // THEN the odd one stays and the two newest real days are kept beside it
        QCOMPARE(kept, QList<QDateTime>({ at(2027, 1, 1), at(2026, 6, 12), at(2026, 6, 11) }));
    }

    void shouldKeepNothingOldWhenEveryRuleIsOff()
    {
        // GIVEN a policy of zeros and backups a week apart
        const QList<QDateTime> taken = { at(2026, 6, 1), at(2026, 6, 8), at(2026, 6, 15, 2) };

        // WHEN the rotation runs
        const QList<QDateTime> kept
            = BackupRotation::keep(taken, at(2026, 6, 15, 3), BackupRotation::Policy { 0, 0, 0 });

        // THEN only the last day's backup is left
        QCOMPARE(kept, QList<QDateTime>({ at(2026, 6, 15, 2) }));
    }
};

QTEST_GUILESS_MAIN(BackupRotationTest)
#include "backuprotationtest.moc"
