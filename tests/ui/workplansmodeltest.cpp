#include "unitfixture.h"

#include <roles.h>
#include <workplansmodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::WorkPlansModel;

class WorkPlansModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListPlansWithPersonStatusAndProgress()
    {
        // GIVEN an agreed plan of the JPO with one activity at 40 %
        UnitFixture unit;
        const auto draft = unit.addPlan(unit.jpo.id, QStringLiteral("JPO plan 2026"));
        const auto objective = unit.addObjective(draft.id, QStringLiteral("Global report"));
        const auto activity
            = unit.addActivity(objective.id, QStringLiteral("Chapter 1"), QDate(2026, 10, 1));
        const auto plan = unit.agree(draft);

        // WHEN the model is built and progress logged
        WorkPlansModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        unit.log(activity, 40, unit.today());

        // THEN the row names the person, the plan, its status and its progress
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, WorkPlansModel::PersonColumn).data().toString(), unit.jpo.name);
        QCOMPARE(model.index(0, WorkPlansModel::TitleColumn).data().toString(),
            QStringLiteral("JPO plan 2026"));
        QCOMPARE(model.index(0, WorkPlansModel::PeriodColumn).data().toString(),
            QStringLiteral("1 Jan 2026 to 31 Dec 2026"));
        QCOMPARE(
            model.index(0, WorkPlansModel::ProgressColumn).data(Ui::ProgressRole).toDouble(), 40.0);
        QCOMPARE(model.index(0, 0).data(Ui::PersonIdRole).value<Core::Id>(), unit.jpo.id);
        QCOMPARE(model.index(0, 0).data(Ui::PlanIdRole).value<Core::Id>(), plan.id);
    }

    void shouldShowTheRevisionAChangeOpened()
    {
        // GIVEN an agreed plan
        UnitFixture unit;
        const auto draft = unit.addPlan(unit.jpo.id);
        unit.addObjective(draft.id, QStringLiteral("ICLS paper"));
        const auto plan = unit.agree(draft);
        WorkPlansModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, WorkPlansModel::RevisionColumn).data().toInt(), 1);

        // WHEN an objective is added after agreement
        unit.addObjective(plan.id, QStringLiteral("New objective"));

        // THEN the plan is a draft again, in revision 2
        QCOMPARE(model.index(0, WorkPlansModel::RevisionColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, WorkPlansModel::StatusColumn).data().toString(),
            QStringLiteral("Draft"));
    }
};

QTEST_MAIN(WorkPlansModelTest)

#include "workplansmodeltest.moc"
