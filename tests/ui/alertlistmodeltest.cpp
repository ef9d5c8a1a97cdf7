#include <alertlistmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using Ui::AlertListModel;

class AlertListModelTest : public QObject
{
    Q_OBJECT

private:
    static Core::Deadline deadline(const QString &title, const QDate &due, Core::Id personId)
    {
        Core::Deadline deadline;
        deadline.activityTitle = title;
        deadline.objectiveTitle = QStringLiteral("ICLS paper");
        deadline.personName = QStringLiteral("Kofi Mensah");
        deadline.personId = personId;
        deadline.planId = 7;
        deadline.dueDate = due;
        return deadline;
    }

private Q_SLOTS:
    void shouldListDeadlinesWithPersonAndMarkOverdueOnes()
    {
        // GIVEN one deadline passed and one ahead
        const QDate today(2026, 6, 15);
        AlertListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN they are shown
        model.setAlerts(AlertListModel::fromDeadlines(
            { deadline(QStringLiteral("Outline"), QDate(2026, 6, 1), 3),
                deadline(QStringLiteral("Draft"), QDate(2026, 6, 20), 3) },
            today));

        // THEN each line names the person and the activity; only the late one is red
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("1 Jun   Kofi Mensah: Outline"));
        QCOMPARE(model.index(0).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(!model.index(1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1).data(Ui::PersonIdRole).value<Core::Id>(), Core::Id(3));
        QCOMPARE(model.index(1).data(Ui::PlanIdRole).value<Core::Id>(), Core::Id(7));
        QVERIFY(
            model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("in 5 days")));
    }

    void shouldSayWhetherAnEndingContractIsRenewable()
    {
        // GIVEN a renewable JPO contract ending in 60 days
        const QDate today(2026, 6, 15);
        Core::EndingAssignment ending;
        ending.personId = 4;
        ending.personName = QStringLiteral("Lea Rossi");
        ending.title = QStringLiteral("JPO - SSE statistics");
        ending.end = today.addDays(60);
        ending.renewable = true;
        AlertListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN it is shown
        model.setAlerts(AlertListModel::fromEndings({ ending }, today));

        // THEN it is listed, not urgent yet, and its tool tip says it can be renewed
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Lea Rossi")));
        QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid());
        QVERIFY(
            model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("renewable")));
    }
};

QTEST_MAIN(AlertListModelTest)

#include "alertlistmodeltest.moc"
