#include "unitfixture.h"

#include <progresslogmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::ProgressLogModel;

class ProgressLogModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheWholePlanNewestFirst()
    {
        // GIVEN two entries on two activities of a plan
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto outline
            = unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        const auto draft = unit.addActivity(paper.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        unit.log(outline, 100, QDate(2026, 6, 1));
        unit.log(draft, 20, QDate(2026, 6, 12));

        // WHEN the log shows the plan
        ProgressLogModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan.id);

        // THEN both entries are there, newest first, with item and author names
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProgressLogModel::DateColumn).data().toString(),
            QStringLiteral("12 Jun 2026"));
        QCOMPARE(model.index(0, ProgressLogModel::ItemColumn).data().toString(),
            QStringLiteral("Draft"));
        QCOMPARE(model.index(0, ProgressLogModel::PercentColumn).data().toInt(), 20);
        QCOMPARE(model.index(0, ProgressLogModel::AuthorColumn).data().toString(), unit.jpo.name);
        QCOMPARE(model.index(1, ProgressLogModel::TextColumn).data().toString(),
            QStringLiteral("Worked on Outline"));
    }

    void shouldNarrowToOneActivity()
    {
        // GIVEN entries on two activities
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto outline
            = unit.addActivity(paper.id, QStringLiteral("Outline"), QDate(2026, 7, 1));
        const auto draft = unit.addActivity(paper.id, QStringLiteral("Draft"), QDate(2026, 9, 1));
        unit.log(outline, 50, QDate(2026, 6, 1));
        unit.log(draft, 20, QDate(2026, 6, 12));
        ProgressLogModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan.id);

        // WHEN the scope is the outline
        model.setScope(paper.id, outline.id);

        // THEN only its entry is left; widening to the objective brings both back
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ProgressLogModel::ItemColumn).data().toString(),
            QStringLiteral("Outline"));
        model.setScope(paper.id, 0);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(ProgressLogModelTest)

#include "progresslogmodeltest.moc"
