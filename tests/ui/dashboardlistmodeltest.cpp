#include <dashboardlines.h>
#include <dashboardlistmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using Ui::DashboardLines;
using Ui::DashboardListModel;

class DashboardListModelTest : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 6, 15 };

private Q_SLOTS:
    void shouldListOverdueReportsAsUrgentLinesToTheirMission()
    {
        // GIVEN a back-to-office report due twelve days ago
        Core::OverdueBto report;
        report.missionId = 42;
        report.purpose = QStringLiteral("NAC meeting in Dakar");
        report.travellers = QStringLiteral("Kofi Mensah");
        report.returned = QDate(2026, 5, 20);
        report.due = QDate(2026, 6, 3);
        DashboardListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN it is listed
        model.setLines(DashboardLines::overdueBtoReports({ report }, m_today));

        // THEN the line names the mission, its travellers and how late it is, in red
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex line = model.index(0);
        QCOMPARE(line.data().toString(), QStringLiteral("NAC meeting in Dakar"));
        QVERIFY(line.data(Ui::DetailRole).toString().startsWith(QStringLiteral("Kofi Mensah")));
        QCOMPARE(line.data(Ui::BadgeRole).toString(), QStringLiteral("12 days late"));
        QCOMPARE(line.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(line.data(Ui::IdRole).value<Core::Id>(), Core::Id(42));
        QCOMPARE(line.data(Ui::KindRole).toInt(), int(DashboardListModel::Target::Mission));
        QVERIFY(!line.data(Ui::PersonIdRole).isValid());
    }

    void shouldCountTheDaysADraftHasWaitedForReview()
    {
        // GIVEN a brief in review since 1 June
        Core::DeliverableDue brief;
        brief.deliverableId = 7;
        brief.title = QStringLiteral("Policy brief on care cooperatives");
        brief.ownerName = QStringLiteral("Lea Rossi");
        brief.dueDate = QDate(2026, 7, 1);
        brief.status = Core::Deliverable::Status::InReview;
        brief.statusSince = QDate(2026, 6, 1);
        DashboardListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN it is listed
        model.setLines(DashboardLines::waitingForReview({ brief }, m_today));

        // THEN it has waited 14 days, long enough to be urgent, and opens the deliverable
        QCOMPARE(model.index(0).data(Ui::BadgeRole).toString(), QStringLiteral("14 days waiting"));
        QVERIFY(model.index(0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.line(0).target, DashboardListModel::Target::Deliverable);
        QCOMPARE(model.line(0).id, Core::Id(7));
    }

    void shouldPutTheMostTravelledPersonFirst()
    {
        // GIVEN two people's mission days
        Core::MissionDays kofi;
        kofi.personId = 2;
        kofi.name = QStringLiteral("Kofi Mensah");
        kofi.total = 5;
        kofi.byCountry = { { QStringLiteral("SN"), 5 } };
        Core::MissionDays lea = kofi;
        lea.personId = 3;
        lea.name = QStringLiteral("Lea Rossi");
        lea.total = 12;
        DashboardListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN they are listed
        model.setLines(DashboardLines::missionDays({ kofi, lea }));

        // THEN Lea comes first, each line opening the person
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Lea Rossi"));
        QCOMPARE(model.index(0).data(Ui::BadgeRole).toString(), QStringLiteral("12 days"));
        QCOMPARE(model.index(1).data(Ui::PersonIdRole).value<Core::Id>(), Core::Id(2));
        QCOMPARE(model.index(1).data(Ui::DetailRole).toString(), QStringLiteral("Senegal 5"));
    }
};

QTEST_MAIN(DashboardListModelTest)

#include "dashboardlistmodeltest.moc"
