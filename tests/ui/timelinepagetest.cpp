#include "messengerstub.h"
#include "unitfixture.h"

#include <personfilter.h>
#include <session.h>
#include <timelinepage.h>
#include <timelinewidget.h>

#include <QHelpEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using Kind = Core::AgendaItem::Kind;

class TimelinePageTest : public QObject
{
    Q_OBJECT

private:
    // A JPO's mission, the head's meeting, a deliverable, all around the fixture's 15 June 2026,
    // and a mission far outside the default range.
    struct Agenda
    {
        Core::Mission mission;
        Core::Meeting meeting;
        Core::Deliverable deliverable;
        Core::Mission farMission;
    };

    static Agenda addAgenda(UnitFixture &unit)
    {
        Agenda agenda;
        agenda.mission = unit.addMission(unit.jpo.id, QDate(2026, 7, 6), QDate(2026, 7, 10));
        agenda.meeting = unit.addMeeting(QStringLiteral("GAC annual meeting"), QDate(2026, 9, 14),
            QDate(2026, 9, 15), { unit.head.id });
        agenda.deliverable
            = unit.addDeliverable(unit.jpo.id, QStringLiteral("Policy brief"), QDate(2026, 8, 3));
        agenda.farMission = unit.addMission(unit.jpo.id, QDate(2028, 1, 5), QDate(2028, 1, 9));
        return agenda;
    }

    struct Fixture
    {
        UnitFixture unit;
        Agenda agenda = addAgenda(unit);
        Ui::Session session { unit.store() };
        Ui::TimelinePage page { session };
        Ui::TimelineWidget *timeline = page.timeline();

        Fixture()
        {
            session.setMessenger(std::make_unique<MessengerStub>());
            page.setToday(unit.today());
            page.resize(1300, 700);
            page.show();
        }
    };

private Q_SLOTS:
    void shouldShowTheUnitsItemsFromThreeMonthsBackToNineAhead()
    {
        // GIVEN / WHEN the timeline of the whole unit on 15 June 2026
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));

        // THEN it runs from March 2026 to March 2027, with the items of that range only,
        // in a row for each person concerned
        QCOMPARE(f.timeline->from(), QDate(2026, 3, 1));
        QCOMPARE(f.timeline->to(), QDate(2027, 3, 31));
        QCOMPARE(f.timeline->items().size(), 3);
        QCOMPARE(f.timeline->rowNames(), QStringList({ f.unit.head.name, f.unit.jpo.name }));
        QVERIFY(!f.timeline->itemRect(Kind::Mission, f.agenda.farMission.id).isValid());
        const QRect mission = f.timeline->itemRect(Kind::Mission, f.agenda.mission.id);
        const QRect deliverable
            = f.timeline->itemRect(Kind::DeliverableDue, f.agenda.deliverable.id);
        QVERIFY(mission.isValid());
        QVERIFY(deliverable.isValid());
        QVERIFY(mission.right() < deliverable.left());
        // five days as wide as five days
        QCOMPARE(mission.width(),
            f.timeline->dateX(QDate(2026, 7, 11)) - f.timeline->dateX(QDate(2026, 7, 6)));
    }

    void shouldDrawTodayBetweenYesterdayAndTomorrow()
    {
        // GIVEN the timeline on 15 June 2026
        Fixture f;

        // THEN the today line stands on 15 June, inside the visible area
        const int today = f.timeline->todayX();
        QCOMPARE(today, f.timeline->dateX(QDate(2026, 6, 15)));
        QVERIFY(today > f.timeline->dateX(QDate(2026, 6, 14)));
        QVERIFY(today < f.timeline->dateX(QDate(2026, 6, 16)));
        QVERIFY(today > Ui::TimelineWidget::labelWidth);
        QVERIFY(today < f.timeline->viewport()->width());
    }

    void shouldNarrowToOnePerson()
    {
        // GIVEN the whole unit's timeline
        Fixture f;
        QCOMPARE(f.timeline->rowNames().size(), 2);

        // WHEN the JPO is chosen in the person filter
        auto *filter = f.page.findChild<Ui::PersonFilter *>(QStringLiteral("timelinePersonFilter"));
        filter->setCurrentIndex(filter->findText(f.unit.jpo.name));

        // THEN only the JPO's mission and deliverable are left, in one row
        QCOMPARE(f.timeline->rowNames(), QStringList({ f.unit.jpo.name }));
        QCOMPARE(f.timeline->items().size(), 2);
        QVERIFY(!f.timeline->itemRect(Kind::Meeting, f.agenda.meeting.id).isValid());
        QVERIFY(f.timeline->itemRect(Kind::Mission, f.agenda.mission.id).isValid());
    }

    void shouldMoveAQuarterLaterAndBackToToday()
    {
        // GIVEN the default range
        Fixture f;

        // WHEN "later" is clicked
        QTest::mouseClick(
            f.page.findChild<QPushButton *>(QStringLiteral("timelineLaterButton")), Qt::LeftButton);

        // THEN the range starts three months later; "Today" brings it back
        QCOMPARE(f.timeline->from(), QDate(2026, 6, 1));
        QTest::mouseClick(
            f.page.findChild<QPushButton *>(QStringLiteral("timelineTodayButton")), Qt::LeftButton);
        QCOMPARE(f.timeline->from(), QDate(2026, 3, 1));
    }

    void shouldDescribeAnItemInItsToolTip()
    {
        // GIVEN the timeline shown
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const QRect meeting = f.timeline->itemRect(Kind::Meeting, f.agenda.meeting.id);
        QVERIFY(f.timeline->viewport()->rect().contains(meeting.center()));

        // WHEN the mouse rests on the meeting
        const QPoint pos = meeting.center();
        QHelpEvent event(QEvent::ToolTip, pos, f.timeline->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(f.timeline->viewport(), &event);

        // THEN its tool tip names it, its dates and place
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("GAC annual meeting")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("14 Sep - 15 Sep 2026")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Geneva")));
    }

    void shouldOpenAnItemOnDoubleClick()
    {
        // GIVEN the timeline shown
        Fixture f;
        QSignalSpy opened(&f.page, &Ui::TimelinePage::itemActivated);
        const QRect deliverable
            = f.timeline->itemRect(Kind::DeliverableDue, f.agenda.deliverable.id);

        // WHEN the deliverable's marker is double-clicked
        QTest::mouseDClick(f.timeline->viewport(), Qt::LeftButton, {}, deliverable.center());

        // THEN the deliverable is asked for
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<Kind>(), Kind::DeliverableDue);
        QCOMPARE(opened.first().at(1).value<Core::Id>(), f.agenda.deliverable.id);
    }
};

QTEST_MAIN(TimelinePageTest)

#include "timelinepagetest.moc"
