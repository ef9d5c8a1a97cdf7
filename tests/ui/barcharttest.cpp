#include <barchart.h>

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using Ui::BarChart;

class BarChartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDrawHorizontalBarsInProportionToTheirValues()
    {
        // GIVEN a chart of percentages
        BarChart chart;
        chart.setTitle(QStringLiteral("Work-plan progress"));
        chart.setMaximum(100);
        chart.resize(400, 240);

        // WHEN three people at 50, 100 and 0 %
        chart.setBars({ { QStringLiteral("Kofi"), 50, {} }, { QStringLiteral("Lea"), 100, {} },
            { QStringLiteral("Ana"), 0, {} } });

        // THEN the full bar is twice the half one, all start on one axis, top to bottom
        const QRectF half = chart.barRect(0);
        const QRectF full = chart.barRect(1);
        QCOMPARE(chart.scaleMaximum(), 100.0);
        QCOMPARE(chart.scaleStep(), 25.0);
        QVERIFY(half.width() > 50);
        QCOMPARE(full.width(), 2 * half.width());
        QCOMPARE(full.left(), half.left());
        QVERIFY(half.bottom() < full.top());
        QVERIFY(chart.barRect(2).isEmpty());
        QVERIFY(full.right() <= chart.width());
        QCOMPARE(chart.barAt(half.center().toPoint()), 0);
    }

    void shouldMakeRoomForLongerLabelsAndLargerText()
    {
        // GIVEN a horizontal chart with short labels
        BarChart chart;
        chart.setMaximum(100);
        chart.resize(600, 240);
        chart.setBars({ { QStringLiteral("Ana"), 50, {} } });
        const double shortLabels = chart.barRect(0).left();

        // WHEN a longer label comes, then a larger font
        chart.setBars({ { QStringLiteral("Ana Beatriz Fonseca"), 50, {} } });
        const double longLabels = chart.barRect(0).left();
        QFont larger = chart.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        chart.setFont(larger);

        // THEN the bars start further right each time, past the widest label
        QVERIFY(longLabels > shortLabels);
        QVERIFY(chart.barRect(0).left() > longLabels);
    }

    void shouldRoundTheScaleUpAndDrawVerticalBarsFromOneBaseline()
    {
        // GIVEN a chart of days by month
        BarChart chart;
        chart.setOrientation(Qt::Vertical);
        chart.setValueSuffix(QStringLiteral(" d"));
        chart.resize(360, 240);

        // WHEN January has 6 days and February 17
        chart.setBars({ { QStringLiteral("Jan"), 6, {} }, { QStringLiteral("Feb"), 17, {} } });

        // THEN the scale ends on 20 in steps of 5, and the bars stand on one baseline at heights
        // in proportion
        QCOMPARE(chart.scaleMaximum(), 20.0);
        QCOMPARE(chart.scaleStep(), 5.0);
        const QRectF january = chart.barRect(0);
        const QRectF february = chart.barRect(1);
        QCOMPARE(january.bottom(), february.bottom());
        QCOMPARE(january.width(), february.width());
        QVERIFY(january.right() < february.left());
        QVERIFY(qAbs(february.height() / january.height() - 17.0 / 6.0) < 1e-9);
        QCOMPARE(chart.valueText(17), QStringLiteral("17 d"));
        QCOMPARE(chart.barAt(QPoint(int(february.center().x()), chart.height() - 2)), 1);
    }

    void shouldShowABarsLabelAndValueInItsToolTip()
    {
        // GIVEN a chart shown with one bar
        BarChart chart;
        chart.resize(300, 200);
        chart.setBars({ { QStringLiteral("In review"), 4, Qt::red } });
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));

        // WHEN the mouse rests on the bar
        const QPoint pos = chart.barRect(0).center().toPoint();
        QHelpEvent event(QEvent::ToolTip, pos, chart.mapToGlobal(pos));
        QCoreApplication::sendEvent(&chart, &event);

        // THEN the tool tip names it
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("In review: 4"));
    }

    void shouldPaintWithoutBars()
    {
        // GIVEN an empty chart with a message
        BarChart chart;
        chart.setEmptyText(QStringLiteral("Nothing yet"));
        chart.resize(300, 200);

        // WHEN it is painted THEN nothing breaks and there is no bar to find
        QVERIFY(!chart.grab().isNull());
        QVERIFY(chart.barRect(0).isNull());
        QCOMPARE(chart.barAt(QPoint(150, 100)), -1);
    }
};

QTEST_MAIN(BarChartTest)

#include "barcharttest.moc"
