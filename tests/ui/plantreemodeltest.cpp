#include "unitfixture.h"

#include <plantreemodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using Ui::PlanTreeModel;

class PlanTreeModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNestActivitiesUnderTheirObjectives()
    {
        // GIVEN a plan with a work objective of two activities and a learning element
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto outline
            = unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 3, 1));
        const auto draft = unit.addActivity(paper.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        const auto learning = unit.addObjective(
            plan.id, QStringLiteral("Project cycle management"), Core::Objective::Kind::Learning);

        // WHEN the tree shows the plan
        PlanTreeModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(unit.today());
        model.setPlan(plan.id);

        // THEN objectives are the top level, activities under them, learning marked as such
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("ICLS paper"));
        QCOMPARE(model.rowCount(first), 2);
        QCOMPARE(model.index(1, 0, first).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(
            model.index(1, 0, first).data(Ui::KindRole).toInt(), int(PlanTreeModel::ActivityNode));
        QCOMPARE(model.index(1, 0).data(Ui::KindRole).toInt(), int(PlanTreeModel::LearningNode));
        QCOMPARE(model.index(1, PlanTreeModel::StatusColumn).data().toString(),
            QStringLiteral("Learning element"));
        QCOMPARE(model.indexOfActivity(draft.id), model.index(1, 0, first));
        QCOMPARE(model.indexOfObjective(learning.id), model.index(1, 0));
        // the outline was due in March: late on the fixture's day
        const QModelIndex outlineDue = model.index(0, PlanTreeModel::DateColumn, first);
        QCOMPARE(outlineDue.data().toString(), QStringLiteral("1 Mar 2026"));
        QCOMPARE(outlineDue.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(model.indexOfActivity(outline.id).data(Ui::IdRole).value<Core::Id>(), outline.id);
    }

    void shouldShowProgressOfActivitiesAndObjectives()
    {
        // GIVEN a plan whose two activities are at 60 % and nothing
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto outline
            = unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        unit.addActivity(paper.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        PlanTreeModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan.id);

        // WHEN progress is logged on the outline
        unit.log(outline, 60, unit.today());

        // THEN the tree follows: the activity at 60 %, in progress; the objective at the mean
        const QModelIndex objective = model.index(0, PlanTreeModel::ProgressColumn);
        const QModelIndex activity
            = model.index(0, PlanTreeModel::ProgressColumn, model.index(0, 0));
        QCOMPARE(activity.data(Ui::ProgressRole).toDouble(), 60.0);
        QCOMPARE(objective.data(Ui::ProgressRole).toDouble(), 30.0);
        QCOMPARE(model.index(0, PlanTreeModel::StatusColumn, model.index(0, 0)).data().toString(),
            QStringLiteral("In progress"));
    }

    void shouldBeEmptyWithoutPlan()
    {
        // GIVEN a plan with an objective
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        PlanTreeModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan.id);
        QCOMPARE(model.rowCount(), 1);

        // WHEN no plan is chosen
        model.setPlan(0);

        // THEN the tree is empty
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(PlanTreeModelTest)

#include "plantreemodeltest.moc"
