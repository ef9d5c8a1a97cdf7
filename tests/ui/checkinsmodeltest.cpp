#include <checkinsmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

class CheckInsModelTest : public QObject
{
    Q_OBJECT

private:
    static Core::CheckIn checkIn(Core::Id id, const QDate &date, const QList<bool> &actionsDone)
    {
        Core::CheckIn checkIn;
        checkIn.id = id;
        checkIn.supervisorId = 1;
        checkIn.superviseeId = 2;
        checkIn.date = date;
        checkIn.agenda = { { 0, QStringLiteral("Work plan progress"), true, 0 } };
        for (bool done : actionsDone)
            checkIn.actions.append({ 0, QStringLiteral("Do it"), 2, {}, done });
        return checkIn;
    }

private Q_SLOTS:
    void shouldShowEachCheckInWithItsOpenActions()
    {
        // GIVEN a model under the tester
        Ui::CheckInsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN two check-ins are set, one with an action of two still open
        model.setCheckIns({ checkIn(7, QDate(2026, 6, 1), { false, true }),
                              checkIn(5, QDate(2026, 5, 1), { true }) },
            { { 1, QStringLiteral("Amélie Dubois") } });

        // THEN each row says when, with whom, how much, and what is still open
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Ui::CheckInsModel::DateColumn).data().toString(),
            QStringLiteral("1 Jun 2026"));
        QCOMPARE(model.index(0, Ui::CheckInsModel::SupervisorColumn).data().toString(),
            QStringLiteral("Amélie Dubois"));
        QCOMPARE(model.index(0, Ui::CheckInsModel::AgendaColumn).data().toString(),
            QStringLiteral("1 item"));
        QCOMPARE(model.index(0, Ui::CheckInsModel::OpenActionsColumn).data().toString(),
            QStringLiteral("1 of 2"));
        QCOMPARE(model.index(1, Ui::CheckInsModel::OpenActionsColumn).data().toString(),
            QStringLiteral("none of 1"));
        QCOMPARE(model.index(1, 0).data(Ui::IdRole).value<Core::Id>(), Core::Id(5));
        QCOMPARE(model.index(1, 0).data(Ui::SortRole).toDate(), QDate(2026, 5, 1));
        QCOMPARE(model.rowOf(7), 0);
        QCOMPARE(model.rowOf(99), -1);
    }
};

QTEST_MAIN(CheckInsModelTest)

#include "checkinsmodeltest.moc"
