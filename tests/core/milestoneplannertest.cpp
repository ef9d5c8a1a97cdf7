#include "milestoneplanner.h"

#include <QTest>

using namespace Core;

class MilestonePlannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPlanBackwardsFromTheEvent()
    {
        // GIVEN a GAC meeting on Tuesday 10 November 2026, and a report with translations
        const QDate event(2026, 11, 10);

        // WHEN the milestones are planned
        const auto plan = MilestonePlanner::plan(event, true);

        // THEN documents go out two weeks before, translation three weeks before that, and so
        // on back to the start of drafting; earliest first
        QStringList keys;
        for (const auto &milestone : plan)
            keys.append(milestone.key);
        QCOMPARE(keys,
            (QStringList { QStringLiteral("draft"), QStringLiteral("review"),
                QStringLiteral("clearance"), QStringLiteral("translation"),
                QStringLiteral("delivery") }));
        QCOMPARE(plan.at(4).date, QDate(2026, 10, 27));
        QCOMPARE(plan.at(3).date, QDate(2026, 10, 6));
        QCOMPARE(plan.at(2).date, QDate(2026, 9, 29));
        QCOMPARE(plan.at(1).date, QDate(2026, 9, 15));
        QCOMPARE(plan.at(0).date, QDate(2026, 8, 14));
    }

    void shouldSkipTranslationForASingleLanguage()
    {
        const auto plan = MilestonePlanner::plan(QDate(2026, 11, 10), false);
        QCOMPARE(plan.size(), 4);
        QCOMPARE(plan.at(2).key, QStringLiteral("clearance"));
        QCOMPARE(plan.at(2).date, QDate(2026, 10, 20));
    }

    void shouldNeverProposeAWeekend()
    {
        // GIVEN an event on a Sunday, so that "two weeks before" is a Sunday too
        const auto plan = MilestonePlanner::plan(QDate(2026, 11, 15), true);
        for (const auto &milestone : plan)
            QVERIFY2(milestone.date.dayOfWeek() <= 5, qPrintable(milestone.key));
        QCOMPARE(plan.last().date, QDate(2026, 10, 30));
    }
};

QTEST_GUILESS_MAIN(MilestonePlannerTest)
#include "milestoneplannertest.moc"
