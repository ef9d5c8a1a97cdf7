#include "planprogress.h"

#include <QTest>

using namespace Core;

using ObjectiveInput = PlanProgress::ObjectiveInput;
using ActivityInput = PlanProgress::ActivityInput;

class PlanProgressTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAverageActivitiesIntoObjectivesAndObjectivesIntoThePlan()
    {
        // GIVEN two work objectives: one with activities at 50 % and 100 % (completed), one
        // with none but 20 % logged on itself
        const QList<ObjectiveInput> objectives {
            { 1, Objective::Kind::Work, -1 },
            { 2, Objective::Kind::Work, 20 },
        };
        const QList<ActivityInput> activities {
            { 10, 1, Activity::Status::InProgress, 50 },
            { 11, 1, Activity::Status::Completed, 80 },
        };

        // WHEN progress is computed
        const PlanProgress progress = PlanProgress::compute(objectives, activities);

        // THEN the completed activity counts 100, objective 1 is 75, the plan (75 + 20) / 2
        QCOMPARE(progress.activity(11), 100.0);
        QCOMPARE(progress.objective(1), 75.0);
        QCOMPARE(progress.objective(2), 20.0);
        QCOMPARE(progress.work(), 47.5);
        QVERIFY(!progress.hasLearning());
    }

    void shouldLeaveCancelledActivitiesOut()
    {
        const PlanProgress progress = PlanProgress::compute({ { 1, Objective::Kind::Work, -1 } },
            { { 10, 1, Activity::Status::InProgress, 60 },
                { 11, 1, Activity::Status::Cancelled, 0 } });
        QCOMPARE(progress.objective(1), 60.0);
        QCOMPARE(progress.work(), 60.0);
    }

    void shouldKeepLearningApartFromWork()
    {
        // GIVEN a work objective at 10 % and a learning element at 90 %
        const PlanProgress progress = PlanProgress::compute(
            { { 1, Objective::Kind::Work, 10 }, { 2, Objective::Kind::Learning, 90 } }, {});

        // THEN training does not hide the slipping work
        QCOMPARE(progress.work(), 10.0);
        QCOMPARE(progress.learning(), 90.0);
        QVERIFY(progress.hasLearning());
    }

    void shouldCountNothingLoggedAsZero()
    {
        const PlanProgress progress = PlanProgress::compute(
            { { 1, Objective::Kind::Work, -1 } }, { { 10, 1, Activity::Status::Planned, -1 } });
        QCOMPARE(progress.work(), 0.0);
        QCOMPARE(PlanProgress::compute({}, {}).work(), 0.0);
    }
};

QTEST_GUILESS_MAIN(PlanProgressTest)
#include "planprogresstest.moc"
