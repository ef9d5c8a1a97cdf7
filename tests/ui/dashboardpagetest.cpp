#include "messengerstub.h"
#include "unitfixture.h"

#include <barchart.h>
#include <dashboardcard.h>
#include <dashboardpage.h>
#include <session.h>

#include <storage/missionrepository.h>

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

class DashboardPageTest : public QObject
{
    Q_OBJECT

private:
    // The fixture's today is Monday 15 June 2026. Back 29 May, a report due ten working days
    // later (12 June) is overdue.
    static Core::Mission addMissionWithReportOverdue(UnitFixture &unit)
    {
        return unit.addMission(
            unit.jpo.id, QDate(2026, 5, 25), QDate(2026, 5, 29), Core::Mission::Status::Completed);
    }

private Q_SLOTS:
    void shouldShortenALongTitleRatherThanWidenTheCard()
    {
        // GIVEN a card whose title and empty text are longer than a third of the window (as the
        // French and Spanish ones are)
        const QString title = QStringLiteral("Rapports de retour de mission en retard depuis "
                                             "plus de dix jours ouvrables");
        const QString empty = QStringLiteral("Aucun rapport de retour de mission n'est en "
                                             "retard pour le moment dans cette unité");
        Ui::DashboardCard card(title, QStringLiteral("long"), new QLabel(QStringLiteral("x")));
        card.setEmptyText(empty);
        card.setCount(0);

        // WHEN it is laid out narrower than its texts
        card.resize(300, 200);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));

        // THEN it may be that narrow, and both texts end in an ellipsis with the whole in the tip
        QVERIFY(card.minimumSizeHint().width() <= 300);
        auto *heading = card.findChild<QLabel *>(QStringLiteral("longHeading"));
        auto *emptyLabel = card.findChild<QLabel *>(QStringLiteral("longEmpty"));
        QVERIFY(heading->text().endsWith(QChar(0x2026)));
        QCOMPARE(heading->toolTip(), title);
        QVERIFY(emptyLabel->text().endsWith(QChar(0x2026)));
        QCOMPARE(emptyLabel->toolTip(), empty);
    }

    void shouldListAnOverdueReportAndOpenItsMission()
    {
        // GIVEN a completed mission whose report is overdue, and the dashboard on that day
        UnitFixture unit;
        const Core::Mission mission = addMissionWithReportOverdue(unit);
        Ui::Session session(unit.store());
        session.setMessenger(std::make_unique<MessengerStub>());
        Ui::DashboardPage page(session);
        page.setToday(unit.today());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy opened(&page, &Ui::DashboardPage::missionActivated);

        // THEN the report's card counts it and lists the mission
        auto *card = page.findChild<Ui::DashboardCard *>(QStringLiteral("overdueBtoCard"));
        QVERIFY(card);
        QCOMPARE(card->count(), 1);
        auto *list = page.findChild<QListView *>(QStringLiteral("overdueBtoList"));
        QVERIFY(list->isVisible());
        const QModelIndex line = list->model()->index(0, 0);
        QCOMPARE(line.data().toString(), mission.purpose);

        // WHEN its line is double-clicked
        const QPoint centre = list->visualRect(line).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);

        // THEN the mission is asked for
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<Core::Id>(), mission.id);
    }

    void shouldShowANoteInsteadOfAnEmptyList()
    {
        // GIVEN a unit with every report in
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::DashboardPage page(session);
        page.setToday(unit.today());
        page.show();

        // THEN the report's card says so instead of showing an empty list
        QCOMPARE(page.findChild<Ui::DashboardCard *>(QStringLiteral("overdueBtoCard"))->count(), 0);
        QVERIFY(!page.findChild<QListView *>(QStringLiteral("overdueBtoList"))->isVisible());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("overdueBtoEmpty"))->isVisible());
    }

    void shouldRefreshWhenAReportComesIn()
    {
        // GIVEN the dashboard listing an overdue report
        UnitFixture unit;
        const Core::Mission mission = addMissionWithReportOverdue(unit);
        Ui::Session session(unit.store());
        Ui::DashboardPage page(session);
        page.setToday(unit.today());
        auto *card = page.findChild<Ui::DashboardCard *>(QStringLiteral("overdueBtoCard"));
        QCOMPARE(card->count(), 1);

        // WHEN the report is submitted
        QVERIFY(unit.store().missions().submitBto(mission.id, unit.today()));

        // THEN it leaves the list, and the mission's days are in the charts
        QCOMPARE(card->count(), 0);
        const QList<Ui::BarChart::Bar> months = page.monthChart()->bars();
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.at(4).value, 5.0); // 25-29 May
    }

    void shouldChartDeliverablesByStatus()
    {
        // GIVEN two deliverables drafting and one in review
        UnitFixture unit;
        const QDate due(2026, 9, 1);
        using Status = Core::Deliverable::Status;
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief A"), due, Status::Drafting);
        unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief B"), due, Status::Drafting);
        const Core::Id report
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Report"), due, Status::Drafting).id;
        unit.submitDraft(report, unit.today());
        Ui::Session session(unit.store());

        // WHEN the dashboard is built
        Ui::DashboardPage page(session);
        page.setToday(unit.today());

        // THEN the status chart has a bar per status, drafting twice as long as in review
        const Ui::BarChart *chart = page.statusChart();
        const QList<Ui::BarChart::Bar> bars = chart->bars();
        QCOMPARE(bars.at(1).label, Core::Deliverable::statusName(Status::Drafting));
        QCOMPARE(bars.at(1).value, 2.0);
        QCOMPARE(bars.at(2).value, 1.0);
        QCOMPARE(chart->barRect(1).width(), 2 * chart->barRect(2).width());
        QCOMPARE(
            page.findChild<Ui::DashboardCard *>(QStringLiteral("waitingReviewCard"))->count(), 1);
    }
};

QTEST_MAIN(DashboardPageTest)

#include "dashboardpagetest.moc"
