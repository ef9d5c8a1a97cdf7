#ifndef UI_BARCHART_H
#define UI_BARCHART_H

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace Ui {

// A bar chart painted with QPainter: our own small interface, so that no chart library (Qt
// Charts is GPL and on its way out) leaks into the pages. Bars run left to right (Horizontal,
// labels in a column on the left) or bottom to top (Vertical, labels under the bars), over a
// scale that ends on a round number with gridlines at each step.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0.0;
        QColor colour; // invalid: the chart's accent colour
        QString note = {}; // added to the bar's tool tip: why it has its colour
    };

    explicit BarChart(QWidget *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &title);
    Qt::Orientation orientation() const { return m_orientation; }
    void setOrientation(Qt::Orientation orientation);
    QList<Bar> bars() const { return m_bars; }
    void setBars(const QList<Bar> &bars);
    // A fixed end of the scale (100 for percentages); 0 lets the chart round up the largest
    // value.
    void setMaximum(double maximum);
    void setValueSuffix(const QString &suffix);
    void setEmptyText(const QString &text);

    double scaleMaximum() const;
    double scaleStep() const;
    QString valueText(double value) const;
    // Where bar `index` is drawn, in widget coordinates; empty for a bar of value 0.
    QRectF barRect(int index) const;
    // The bar under `pos` (its whole row or column), or -1.
    int barAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    QRectF slotRect(int index) const; // the band a bar sits in, across the whole plot
    int titleHeight() const;
    int labelColumnWidth() const;
    void paintTitle(QPainter &painter) const;
    void paintGrid(QPainter &painter) const;
    void paintBars(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    void paintValue(QPainter &painter, int index) const;

    QString m_title;
    Qt::Orientation m_orientation = Qt::Horizontal;
    QList<Bar> m_bars;
    double m_maximum = 0.0;
    QString m_valueSuffix;
    QString m_emptyText;
    mutable int m_widestLabel = -1; // -1: not measured since the bars or the font changed
};

} // namespace Ui

#endif
