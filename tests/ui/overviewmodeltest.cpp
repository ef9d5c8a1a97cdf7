#include "unitfixture.h"

#include <overviewmodel.h>
#include <roles.h>

#include <storage/assignmentrepository.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using Ui::OverviewModel;

class OverviewModelTest : public QObject
{
    Q_OBJECT

private:
    QModelIndex rowOf(const OverviewModel &model, Core::Id personId, int column)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            if (index.data(Ui::PersonIdRole).value<Core::Id>() == personId)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void shouldListOneRowPerSupervisee()
    {
        // GIVEN a unit head supervising a JPO and an intern
        UnitFixture unit;
        const Core::Person intern = unit.addPerson(
            QStringLiteral("Lea Rossi"), Core::Person::Category::Intern, unit.head.id);

        // WHEN the overview is built
        OverviewModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN there is one row per supervisee, none for the unit head
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rowOf(model, intern.id, OverviewModel::NameColumn).data().toString(),
            QStringLiteral("Lea Rossi"));
        QCOMPARE(rowOf(model, intern.id, OverviewModel::CategoryColumn).data().toString(),
            QStringLiteral("Intern"));
        QVERIFY(!rowOf(model, unit.head.id, OverviewModel::NameColumn).isValid());
    }

    void shouldShowPlanProgressAndOverdueInRed()
    {
        // GIVEN a JPO whose plan has one activity half done and one overdue
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id, QStringLiteral("JPO plan 2026"));
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto draft
            = unit.addActivity(objective.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 3, 1));
        unit.log(draft, 50, unit.today());

        // WHEN the overview is computed on the fixture's day
        OverviewModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(unit.today());

        // THEN progress is the mean of the activities, and the overdue count is red
        const QModelIndex progress = rowOf(model, unit.jpo.id, OverviewModel::ProgressColumn);
        QCOMPARE(progress.data(Ui::ProgressRole).toDouble(), 25.0);
        QCOMPARE(progress.data().toString(), QStringLiteral("25 %"));
        const QModelIndex planCell = rowOf(model, unit.jpo.id, OverviewModel::PlanColumn);
        QCOMPARE(planCell.data().toString(), QStringLiteral("Draft, rev. 1  ·  JPO plan 2026"));
        const QModelIndex overdue = rowOf(model, unit.jpo.id, OverviewModel::OverdueColumn);
        QCOMPARE(overdue.data().toInt(), 1);
        QCOMPARE(overdue.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    }

    void shouldHighlightAssignmentEndingWithinNinetyDays()
    {
        // GIVEN a JPO whose assignment ends in 30 days
        UnitFixture unit;
        Core::Assignment assignment;
        assignment.personId = unit.jpo.id;
        assignment.type = Core::Assignment::Type::Jpo;
        assignment.title = QStringLiteral("JPO - SSE statistics");
        assignment.start = unit.today().addYears(-1);
        assignment.end = unit.today().addDays(30);
        REQUIRE_OK(unit.store().assignments().add(assignment));

        // WHEN the overview is computed
        OverviewModel model(unit.store());
        model.setToday(unit.today());

        // THEN the end date says how soon, and is coloured as a caution
        const QModelIndex end = rowOf(model, unit.jpo.id, OverviewModel::AssignmentEndColumn);
        QVERIFY(end.data().toString().contains(QStringLiteral("in 30 days")));
        QVERIFY(end.data(Qt::ForegroundRole).isValid());
        QCOMPARE(end.data(Ui::SortRole).toDate(), unit.today().addDays(30));
    }

    void shouldRefreshWhenProgressIsLogged()
    {
        // GIVEN an overview showing a plan with nothing logged
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("NAC meeting"));
        const auto activity
            = unit.addActivity(objective.id, QStringLiteral("Invite"), QDate(2026, 9, 1));
        OverviewModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(unit.today());
        QCOMPARE(rowOf(model, unit.jpo.id, OverviewModel::LastProgressColumn).data().toString(),
            QStringLiteral("never"));

        // WHEN progress is logged through the store
        unit.log(activity, 80, unit.today());

        // THEN the row shows it without being asked
        QCOMPARE(rowOf(model, unit.jpo.id, OverviewModel::ProgressColumn)
                     .data(Ui::ProgressRole)
                     .toDouble(),
            80.0);
        QCOMPARE(rowOf(model, unit.jpo.id, OverviewModel::LastProgressColumn).data().toString(),
            QStringLiteral("today"));
    }
};

QTEST_MAIN(OverviewModelTest)

#include "overviewmodeltest.moc"
