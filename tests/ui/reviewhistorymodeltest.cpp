#include <reviewhistorymodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Core::ReviewRound;

class ReviewHistoryModelTest : public QObject
{
    Q_OBJECT

private:
    static ReviewRound round(int number, ReviewRound::Outcome outcome)
    {
        ReviewRound round;
        round.id = number * 10;
        round.deliverableId = 1;
        round.round = number;
        round.submittedById = 2;
        round.submittedOn = QDate(2026, 6, 1);
        round.versionLabel = QStringLiteral("draft %1").arg(number);
        round.reviewerId = 3;
        round.outcome = outcome;
        if (outcome != ReviewRound::Outcome::Pending) {
            round.reviewedOn = QDate(2026, 6, 4);
            for (auto &assessment : round.assessments)
                assessment.score = 3;
        }
        return round;
    }

private Q_SLOTS:
    void shouldListRoundsWithTheirAssessmentsBelow()
    {
        // GIVEN a model under the tester
        Ui::ReviewHistoryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN a reviewed round and a pending one are set
        model.setRounds(
            { round(1, ReviewRound::Outcome::Revise), round(2, ReviewRound::Outcome::Pending) },
            { { 2, QStringLiteral("Kofi Mensah") }, { 3, QStringLiteral("Amélie Dubois") } },
            QDate(2026, 6, 15));

        // THEN the reviewed round unfolds its four criteria; the pending one waits
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        QCOMPARE(model.index(0, Ui::ReviewHistoryModel::SubmittedColumn).data().toString(),
            QStringLiteral("Kofi Mensah, 1 Jun 2026"));
        QCOMPARE(model.index(0, Ui::ReviewHistoryModel::WaitedColumn).data().toString(),
            QStringLiteral("waited 3 days"));
        QCOMPARE(model.index(1, Ui::ReviewHistoryModel::WaitedColumn).data().toString(),
            QStringLiteral("waiting 14 days"));
        QCOMPARE(model.index(1, Ui::ReviewHistoryModel::OutcomeColumn).data().toString(),
            QStringLiteral("Waiting for review"));
        const QModelIndex accuracy = model.index(0, 0, model.index(0, 0));
        QCOMPARE(
            accuracy.data().toString(), QStringLiteral("Accuracy of facts: 3 – largely meets"));
        QCOMPARE(accuracy.parent(), model.index(0, 0));
        QCOMPARE(model.index(1, 0).data(Ui::IdRole).value<Core::Id>(), Core::Id(20));
    }
};

QTEST_MAIN(ReviewHistoryModelTest)

#include "reviewhistorymodeltest.moc"
