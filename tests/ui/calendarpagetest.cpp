#include "messengerstub.h"
#include "unitfixture.h"

#include <agendalistmodel.h>
#include <calendarmonthmodel.h>
#include <calendarpage.h>
#include <personfilter.h>
#include <roles.h>
#include <session.h>

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Kind = Core::AgendaItem::Kind;

class CalendarPageTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        UnitFixture unit;
        Core::Meeting meeting = unit.addMeeting(
            QStringLiteral("NAC Senegal"), QDate(2026, 6, 23), QDate(2026, 6, 23), { unit.jpo.id });
        Core::Mission mission
            = unit.addMission(unit.head.id, QDate(2026, 7, 13), QDate(2026, 7, 15));
        Ui::Session session { unit.store() };
        Ui::CalendarPage page { session };
        QTableView *view = page.findChild<QTableView *>(QStringLiteral("calendarView"));
        QListView *dayList = page.findChild<QListView *>(QStringLiteral("calendarDayList"));

        Fixture()
        {
            session.setMessenger(std::make_unique<MessengerStub>());
            page.setToday(unit.today());
            page.resize(1200, 760);
            page.show();
        }

        void click(const QString &button)
        {
            QTest::mouseClick(page.findChild<QPushButton *>(button), Qt::LeftButton);
        }

        void clickDay(const QDate &date)
        {
            const QModelIndex cell = page.monthModel()->indexOf(date);
            QTest::mouseClick(
                view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        }
    };

private Q_SLOTS:
    void shouldShowAMeetingOnItsDay()
    {
        // GIVEN / WHEN the calendar on 15 June 2026
        Fixture f;

        // THEN June is shown, today is selected, and the meeting is in the cell of the 23rd
        QCOMPARE(f.page.month(), QDate(2026, 6, 1));
        QCOMPARE(f.page.selectedDate(), QDate(2026, 6, 15));
        QCOMPARE(f.page.findChild<QLabel *>(QStringLiteral("calendarMonthLabel"))->text(),
            QStringLiteral("June 2026"));
        const QModelIndex cell = f.page.monthModel()->indexOf(QDate(2026, 6, 23));
        const auto items = cell.data(Ui::ObjectRole).value<QList<Core::AgendaItem>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, Kind::Meeting);
        QCOMPARE(items.first().title, QStringLiteral("NAC Senegal"));
        QCOMPARE(f.dayList->model()->rowCount(), 0); // nothing today
    }

    void shouldListTheItemsOfTheDayClicked()
    {
        // GIVEN the calendar on June
        Fixture f;

        // WHEN the 23rd is clicked
        f.clickDay(QDate(2026, 6, 23));

        // THEN the list beside shows the meeting, under the day's name
        QCOMPARE(f.page.selectedDate(), QDate(2026, 6, 23));
        QCOMPARE(f.dayList->model()->rowCount(), 1);
        QCOMPARE(f.dayList->model()->index(0, 0).data().toString(), QStringLiteral("NAC Senegal"));
        QCOMPARE(f.page.findChild<QLabel *>(QStringLiteral("calendarDayLabel"))->text(),
            QStringLiteral("Tuesday 23 June"));
    }

    void shouldTurnTheMonthWithTheButtons()
    {
        // GIVEN the calendar on June
        Fixture f;

        // WHEN "next" is clicked
        f.click(QStringLiteral("calendarNextButton"));

        // THEN July is shown, with the mission on its days, and its first day selected
        QCOMPARE(f.page.month(), QDate(2026, 7, 1));
        QCOMPARE(f.page.selectedDate(), QDate(2026, 7, 1));
        QCOMPARE(f.page.monthModel()->itemsOn(QDate(2026, 7, 14)).size(), 1);

        // WHEN "previous" is clicked twice THEN May is shown
        f.click(QStringLiteral("calendarPreviousButton"));
        f.click(QStringLiteral("calendarPreviousButton"));
        QCOMPARE(f.page.month(), QDate(2026, 5, 1));
        QCOMPARE(f.page.findChild<QLabel *>(QStringLiteral("calendarMonthLabel"))->text(),
            QStringLiteral("May 2026"));

        // WHEN "today" is clicked THEN June and the 15th are back
        f.click(QStringLiteral("calendarTodayButton"));
        QCOMPARE(f.page.month(), QDate(2026, 6, 1));
        QCOMPARE(f.page.selectedDate(), QDate(2026, 6, 15));
    }

    void shouldShowOnlyThePersonChosen()
    {
        // GIVEN July, with the head's mission
        Fixture f;
        f.click(QStringLiteral("calendarNextButton"));
        QCOMPARE(f.page.monthModel()->itemsOn(QDate(2026, 7, 14)).size(), 1);

        // WHEN the JPO is chosen
        auto *filter = f.page.findChild<Ui::PersonFilter *>(QStringLiteral("calendarPersonFilter"));
        filter->setCurrentIndex(filter->findText(f.unit.jpo.name));

        // THEN the head's mission is gone
        QCOMPARE(f.page.monthModel()->itemsOn(QDate(2026, 7, 14)).size(), 0);
    }

    void shouldOpenAnItemOfTheDayOnDoubleClick()
    {
        // GIVEN the 23rd selected
        Fixture f;
        f.clickDay(QDate(2026, 6, 23));
        QSignalSpy opened(&f.page, &Ui::CalendarPage::itemActivated);

        // WHEN the meeting is double-clicked in the list
        const QPoint centre = f.dayList->visualRect(f.dayList->model()->index(0, 0)).center();
        QTest::mouseClick(f.dayList->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(f.dayList->viewport(), Qt::LeftButton, {}, centre);

        // THEN the meeting is asked for
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<Kind>(), Kind::Meeting);
        QCOMPARE(opened.first().at(1).value<Core::Id>(), f.meeting.id);
    }
};

QTEST_MAIN(CalendarPageTest)

#include "calendarpagetest.moc"
