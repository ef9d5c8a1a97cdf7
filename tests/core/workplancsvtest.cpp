#include "import/workplancsv.h"

#include <QTest>

using namespace Core;

namespace {

const QByteArray header = "kind,objective title,activity title,indicator,date,description\r\n";

QStringList titlesOf(const QList<WorkPlanCandidate::ActivityRow> &activities)
{
    QStringList titles;
    for (const auto &activity : activities)
        titles.append(activity.activity.title);
    return titles;
}

} // namespace

class WorkPlanCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildObjectivesWithTheirActivities()
    {
        // GIVEN an objective and a learning element, each followed by activities, one of which
        // names its objective and the others not
        const QByteArray bytes = header
            + "objective,Publish the SSE statistics guidelines,,Guidelines adopted,2026-10-31,"
              "With the statistics department\r\n"
              "activity,,Draft chapter 1,,2026-03-31,\r\n"
              "activity,publish the SSE statistics GUIDELINES,Circulate,,2026-05-15,\r\n"
              "Learning,Project cycle management,,Certificate,,\r\n"
              "activity,,Online course,,2026-06-15,\r\n";

        // WHEN it is read
        const WorkPlanCandidate candidate = WorkPlanCsv::parse(bytes);

        // THEN the plan's shape is there: two objectives of their kinds, activities under each
        QVERIFY(candidate.issues.isEmpty());
        QCOMPARE(candidate.objectives.size(), 2);
        const auto &work = candidate.objectives.at(0);
        QCOMPARE(work.row, 2);
        QCOMPARE(work.objective.kind, Objective::Kind::Work);
        QCOMPARE(work.objective.title, QStringLiteral("Publish the SSE statistics guidelines"));
        QCOMPARE(work.objective.indicator, QStringLiteral("Guidelines adopted"));
        QCOMPARE(work.objective.targetDate, QDate(2026, 10, 31));
        QCOMPARE(work.objective.description, QStringLiteral("With the statistics department"));
        QCOMPARE(titlesOf(work.activities),
            (QStringList { QStringLiteral("Draft chapter 1"), QStringLiteral("Circulate") }));
        QCOMPARE(work.activities.at(1).activity.dueDate, QDate(2026, 5, 15));
        QCOMPARE(work.activities.at(1).row, 4);
        const auto &learning = candidate.objectives.at(1);
        QCOMPARE(learning.objective.kind, Objective::Kind::Learning);
        QVERIFY(!learning.objective.targetDate.isValid());
        QCOMPARE(titlesOf(learning.activities), QStringList { QStringLiteral("Online course") });
        QVERIFY(candidate.activitiesOfExistingObjectives.isEmpty());
    }

    void shouldLinkAnActivityToAnObjectiveFurtherDownOrAlreadyInThePlan()
    {
        // GIVEN an activity above its objective, and one naming an objective not in the file
        const QByteArray bytes = header
            + "activity,Country briefs,Brief for Senegal,,2026-04-30,\r\n"
              "objective,Country briefs,,Three briefs,2026-12-31,\r\n"
              "activity,Existing objective,New step,,2026-07-01,\r\n";

        // WHEN it is read
        const WorkPlanCandidate candidate = WorkPlanCsv::parse(bytes);

        // THEN the first goes under the objective below it, the second waits for the plan's
        QVERIFY(candidate.issues.isEmpty());
        QCOMPARE(titlesOf(candidate.objectives.first().activities),
            QStringList { QStringLiteral("Brief for Senegal") });
        QCOMPARE(candidate.activitiesOfExistingObjectives.size(), 1);
        QCOMPARE(candidate.activitiesOfExistingObjectives.first().objectiveTitle,
            QStringLiteral("Existing objective"));
    }

    void shouldReportEveryBadRowWithItsRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("untitled objective")
            << QByteArray("objective,,,,2026-01-01,\r\n") << QStringLiteral("objective title")
            << QStringLiteral("An objective needs a title.");
        QTest::newRow("day-first date")
            << QByteArray("objective,A,,,31/12/2026,\r\n") << QStringLiteral("date")
            << QStringLiteral("\"31/12/2026\" is not a date");
        QTest::newRow("no such day")
            << QByteArray("objective,A,,,2026-02-30,\r\n") << QStringLiteral("date")
            << QStringLiteral("\"2026-02-30\" is not a date");
        QTest::newRow("unknown kind") << QByteArray("task,A,,,,\r\n") << QStringLiteral("kind")
                                      << QStringLiteral("\"task\" is not a kind of row");
        QTest::newRow("no kind") << QByteArray(",A,,,,\r\n") << QStringLiteral("kind")
                                 << QStringLiteral("Say what the row is");
        QTest::newRow("activity on an objective's row")
            << QByteArray("objective,A,Step,,,\r\n") << QStringLiteral("activity title")
            << QStringLiteral("An objective's row holds no activity");
        QTest::newRow("untitled activity")
            << QByteArray("activity,A,,,2026-01-01,\r\n") << QStringLiteral("activity title")
            << QStringLiteral("An activity needs a title.");
        QTest::newRow("undated activity")
            << QByteArray("activity,A,Step,,,\r\n") << QStringLiteral("date")
            << QStringLiteral("An activity needs a due date");
        QTest::newRow("activity with an indicator")
            << QByteArray("activity,A,Step,Count,2026-01-01,\r\n") << QStringLiteral("indicator")
            << QStringLiteral("An activity has no indicator");
        QTest::newRow("activity with no objective")
            << QByteArray("activity,,Step,,2026-01-01,\r\n") << QStringLiteral("objective title")
            << QStringLiteral("Name the activity's objective");
    }

    void shouldReportEveryBadRowWithItsRowAndColumn()
    {
        // GIVEN a file whose second row breaks one rule
        QFETCH(QByteArray, rows);
        QFETCH(QString, column);
        QFETCH(QString, message);

        // WHEN it is read
        const WorkPlanCandidate candidate = WorkPlanCsv::parse(header + rows);

        // THEN the row is refused, and its issue names row 2 and the column
        QVERIFY(candidate.objectives.isEmpty());
        QVERIFY(candidate.activitiesOfExistingObjectives.isEmpty());
        QCOMPARE(candidate.issues.size(), 1);
        QCOMPARE(candidate.issues.first().row, 2);
        QCOMPARE(candidate.issues.first().column, column);
        QVERIFY2(candidate.issues.first().message.startsWith(message),
            qPrintable(candidate.issues.first().message));
    }

    void shouldRefuseTwoObjectivesOfTheSameTitleAndTheActivitiesOfARefusedOne()
    {
        // GIVEN an objective given twice (case aside), and an undated objective's activity
        const QByteArray bytes = header
            + "objective,Briefs,,,,\r\n"
              "objective,BRIEFS,,,,\r\n"
              "objective,Guidelines,,,2026-13-01,\r\n"
              "activity,,Draft,,2026-03-01,\r\n";

        // WHEN it is read
        const WorkPlanCandidate candidate = WorkPlanCsv::parse(bytes);

        // THEN the second is refused for the first, and the activity for its objective
        QCOMPARE(candidate.objectives.size(), 1);
        QCOMPARE(candidate.issues.size(), 3);
        QVERIFY(candidate.issues.at(0).message.contains(QStringLiteral("already on row 2")));
        QCOMPARE(candidate.issues.at(1).row, 4);
        QCOMPARE(candidate.issues.at(2).row, 5);
        QVERIFY(candidate.issues.at(2).message.contains(QStringLiteral("on row 4, has a problem")));
    }

    void shouldKeepFormulaLookingCellsAndRightToLeftTitlesAsText()
    {
        // GIVEN an Arabic title, and cells a spreadsheet would evaluate
        const QByteArray bytes = header
            + QStringLiteral("objective,تعزيز الاقتصاد الاجتماعي والتضامني,,=1+1,2026-09-30,"
                             "\"=cmd|' /C calc'!A0\"\r\n")
                  .toUtf8();

        // WHEN it is read
        const WorkPlanCandidate candidate = WorkPlanCsv::parse(bytes);

        // THEN everything is kept as written
        QVERIFY(candidate.issues.isEmpty());
        const Objective &objective = candidate.objectives.first().objective;
        QCOMPARE(objective.title, QStringLiteral("تعزيز الاقتصاد الاجتماعي والتضامني"));
        QCOMPARE(objective.indicator, QStringLiteral("=1+1"));
        QCOMPARE(objective.description, QStringLiteral("=cmd|' /C calc'!A0"));
    }

    void shouldRefuseAFileWithoutTheRequiredColumns()
    {
        // GIVEN a file without the kind column
        // WHEN it is read
        const WorkPlanCandidate candidate
            = WorkPlanCsv::parse("objective title,date\r\nX,2026-01-01\r\n");

        // THEN row 1 says the column is missing
        QCOMPARE(candidate.issues.size(), 1);
        QCOMPARE(candidate.issues.first(),
            (ImportIssue { 1, QStringLiteral("kind"),
                QStringLiteral("This column is missing; it is required.") }));
    }
};

QTEST_GUILESS_MAIN(WorkPlanCsvTest)
#include "workplancsvtest.moc"
