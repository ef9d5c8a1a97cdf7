#include <calendarmonthmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::CalendarMonthModel;

class CalendarMonthModelTest : public QObject
{
    Q_OBJECT

private:
    static Core::AgendaItem item(
        Core::AgendaItem::Kind kind, const QString &title, const QDate &start, const QDate &end)
    {
        Core::AgendaItem item;
        item.kind = kind;
        item.title = title;
        item.start = start;
        item.end = end;
        return item;
    }

private Q_SLOTS:
    void shouldLayAMonthOutInSixWeeksFromMonday()
    {
        // GIVEN the model
        CalendarMonthModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN it shows June 2026 (the 1st is a Monday)
        model.setMonth(QDate(2026, 6, 17));

        // THEN the grid starts on 1 June and ends on 12 July
        QCOMPARE(model.month(), QDate(2026, 6, 1));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.firstShown(), QDate(2026, 6, 1));
        QCOMPARE(model.lastShown(), QDate(2026, 7, 12));
        QCOMPARE(model.dateAt(model.index(2, 3)), QDate(2026, 6, 18));
        QCOMPARE(model.indexOf(QDate(2026, 6, 18)), model.index(2, 3));
        QCOMPARE(model.index(2, 3).data().toInt(), 18);
        QVERIFY(!model.index(2, 3).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(5, 6).data(Qt::ForegroundRole).isValid()); // 12 July: muted
        QVERIFY(!model.indexOf(QDate(2026, 5, 31)).isValid());
    }

    void shouldPutAMeetingOnEveryDayItLastsAndADeadlineOnItsDay()
    {
        // GIVEN July 2026 (the grid starts on Monday 29 June)
        CalendarMonthModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(QDate(2026, 7, 1));
        QCOMPARE(model.firstShown(), QDate(2026, 6, 29));

        // WHEN a three-day meeting and a deadline on its second day are set
        const auto deadline = item(Core::AgendaItem::Kind::DeliverableDue, QStringLiteral("Brief"),
            QDate(2026, 7, 8), QDate(2026, 7, 8));
        const auto meeting = item(Core::AgendaItem::Kind::Meeting, QStringLiteral("GAC"),
            QDate(2026, 7, 7), QDate(2026, 7, 9));
        model.setItems({ deadline, meeting });

        // THEN the meeting is on the 7th, 8th and 9th, first on its days, and the deadline on
        // the 8th only
        QCOMPARE(model.itemsOn(QDate(2026, 7, 6)).size(), 0);
        QCOMPARE(model.itemsOn(QDate(2026, 7, 7)).size(), 1);
        const auto eighth = model.itemsOn(QDate(2026, 7, 8));
        QCOMPARE(eighth.size(), 2);
        QCOMPARE(eighth.at(0).title, QStringLiteral("GAC"));
        QCOMPARE(eighth.at(1).title, QStringLiteral("Brief"));
        QCOMPARE(model.itemsOn(QDate(2026, 7, 9)).size(), 1);
        const QModelIndex cell = model.indexOf(QDate(2026, 7, 8));
        QCOMPARE(cell.data(Ui::ObjectRole).value<QList<Core::AgendaItem>>().size(), 2);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Meeting: GAC")));
    }
};

QTEST_MAIN(CalendarMonthModelTest)

#include "calendarmonthmodeltest.moc"
