#include "barchart.h"

#include "format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr int margin = 10;
constexpr int gap = 6;
constexpr double barShare = 0.62; // of its band; the rest is air between bars

// 1, 2, 2.5 or 5 times a power of ten, so that about four gridlines cover `maximum`; never a
// fraction, since what we count (days, deliverables, percent) comes in whole numbers.
double niceStep(double maximum)
{
    const double raw = maximum / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 2.5, 5.0 }) {
        const double step = factor * magnitude;
        if (raw <= step && step == std::round(step))
            return std::max(1.0, step);
    }
    return std::max(1.0, 10.0 * magnitude);
}

} // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BarChart::setOrientation(Qt::Orientation orientation)
{
    m_orientation = orientation;
    update();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    m_widestLabel = -1;
    updateGeometry();
    update();
}

void BarChart::setMaximum(double maximum)
{
    m_maximum = maximum;
    update();
}

void BarChart::setValueSuffix(const QString &suffix)
{
    m_valueSuffix = suffix;
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

double BarChart::scaleMaximum() const
{
    if (m_maximum > 0)
        return m_maximum;
    double largest = 0.0;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.value);
    if (largest <= 0)
        return 1.0;
    const double step = niceStep(largest);
    return std::ceil(largest / step) * step;
}

double BarChart::scaleStep() const
{
    return niceStep(scaleMaximum());
}

QString BarChart::valueText(double value) const
{
    return QLocale().toString(qRound(value)) + m_valueSuffix;
}

QSize BarChart::sizeHint() const
{
    return { 360, 240 };
}

// Rows of labels must not overlap: a horizontal chart grows with its number of bars.
QSize BarChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    const int least = line * 12;
    if (m_orientation == Qt::Vertical)
        return { 220, least };
    const int title = m_title.isEmpty() ? 0 : titleHeight() + gap;
    const int rows = int(m_bars.size()) * (line + 2);
    return { 220, std::max(least, 2 * margin + title + rows + line + gap) };
}

int BarChart::titleHeight() const
{
    return QFontMetrics(Format::heading()).height() + 2;
}

// Measured once per set of bars and font: every bar's place depends on it, and measuring
// every label for each of them was a tenth of the desk's first paint.
int BarChart::labelColumnWidth() const
{
    if (m_widestLabel < 0) {
        m_widestLabel = 0;
        for (const Bar &bar : m_bars)
            m_widestLabel = std::max(m_widestLabel, fontMetrics().horizontalAdvance(bar.label));
    }
    return std::min(m_widestLabel + gap + 2, int(width() * 0.38));
}

// The area the bars may fill, leaving room for the title, the labels and the scale figures.
QRectF BarChart::plotRect() const
{
    const int line = fontMetrics().height();
    QRectF plot = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    if (!m_title.isEmpty())
        plot.setTop(plot.top() + titleHeight() + gap);
    if (m_orientation == Qt::Horizontal) {
        plot.setLeft(plot.left() + labelColumnWidth());
        plot.setRight(plot.right() - fontMetrics().horizontalAdvance(valueText(scaleMaximum())));
        plot.setBottom(plot.bottom() - line - gap / 2);
    } else {
        plot.setLeft(
            plot.left() + fontMetrics().horizontalAdvance(valueText(scaleMaximum())) + gap);
        plot.setTop(plot.top() + line); // the value above the tallest bar
        plot.setBottom(plot.bottom() - line - gap / 2);
    }
    return plot;
}

QRectF BarChart::slotRect(int index) const
{
    const QRectF plot = plotRect();
    const double count = std::max<qsizetype>(1, m_bars.size());
    if (m_orientation == Qt::Horizontal) {
        const double band = plot.height() / count;
        return { plot.left(), plot.top() + band * index, plot.width(), band };
    }
    const double band = plot.width() / count;
    return { plot.left() + band * index, plot.top(), band, plot.height() };
}

QRectF BarChart::barRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const double share = std::clamp(m_bars.at(index).value / scaleMaximum(), 0.0, 1.0);
    const QRectF band = slotRect(index);
    if (m_orientation == Qt::Horizontal) {
        // Thick bars look clumsy when there are few of them; cap their thickness.
        const double thickness = std::min(band.height() * barShare, 22.0);
        return { band.left(), band.center().y() - thickness / 2, band.width() * share, thickness };
    }
    const double thickness = std::min(band.width() * barShare, 36.0);
    const double length = band.height() * share;
    return { band.center().x() - thickness / 2, band.bottom() - length, thickness, length };
}

int BarChart::barAt(const QPoint &pos) const
{
    for (int index = 0; index < m_bars.size(); ++index) {
        QRectF band = slotRect(index);
        if (m_orientation == Qt::Horizontal)
            band.setLeft(0);
        else
            band.setBottom(height());
        if (band.contains(pos))
            return index;
    }
    return -1;
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_widestLabel = -1;
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int index = barAt(help->pos());
    if (index < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Bar &bar = m_bars.at(index);
    QString text = QStringLiteral("%1: %2").arg(bar.label, valueText(bar.value));
    if (!bar.note.isEmpty())
        text += QLatin1Char('\n') + bar.note;
    QToolTip::showText(help->globalPos(), text, this, slotRect(index).toAlignedRect());
    return true;
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintTitle(painter);
    if (m_bars.isEmpty()) {
        painter.setPen(Format::muted());
        painter.drawText(plotRect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    paintGrid(painter);
    paintBars(painter);
    paintLabels(painter);
}

void BarChart::paintTitle(QPainter &painter) const
{
    if (m_title.isEmpty())
        return;
    painter.save();
    painter.setFont(Format::heading());
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect line(margin, margin, width() - 2 * margin, titleHeight());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(m_title, Qt::ElideRight, line.width()));
    painter.restore();
}

// Gridlines at each step of the scale, with their figures outside the plot.
void BarChart::paintGrid(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const double maximum = scaleMaximum();
    const double step = scaleStep();
    const int line = fontMetrics().height();
    for (double value = 0; value <= maximum + step / 1000; value += step) {
        const double share = value / maximum;
        painter.setPen(QPen(value == 0 ? Format::muted() : Format::hairline(), 1));
        if (m_orientation == Qt::Horizontal) {
            const double x = std::round(plot.left() + plot.width() * share) + 0.5;
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter.setPen(Format::muted());
            painter.drawText(QRectF(x - 40, plot.bottom() + gap / 2, 80, line), Qt::AlignCenter,
                valueText(value));
        } else {
            const double y = std::round(plot.bottom() - plot.height() * share) + 0.5;
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            painter.setPen(Format::muted());
            painter.drawText(QRectF(margin, y - line / 2.0, plot.left() - margin - gap, line),
                Qt::AlignRight | Qt::AlignVCenter, valueText(value));
        }
    }
}

void BarChart::paintBars(QPainter &painter) const
{
    for (int index = 0; index < m_bars.size(); ++index) {
        const QColor colour = m_bars.at(index).colour;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour.isValid() ? colour : Format::accent());
        const QRectF bar = barRect(index);
        if (!bar.isEmpty())
            painter.drawRoundedRect(bar, 2, 2);
        paintValue(painter, index);
    }
}

// The value just past the end of its bar. Columns of nothing stay bare: a row of zeros under
// the months without missions would only be noise.
void BarChart::paintValue(QPainter &painter, int index) const
{
    if (m_orientation == Qt::Vertical && m_bars.at(index).value == 0)
        return;
    const QRectF bar = barRect(index);
    const QString text = valueText(m_bars.at(index).value);
    const int textWidth = fontMetrics().horizontalAdvance(text);
    painter.setPen(palette().color(QPalette::WindowText));
    if (m_orientation == Qt::Horizontal) {
        painter.drawText(QRectF(bar.right() + 4, bar.top(), textWidth + 4, bar.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    } else {
        const int line = fontMetrics().height();
        painter.drawText(
            QRectF(bar.center().x() - textWidth, bar.top() - line - 1, 2 * textWidth, line),
            Qt::AlignHCenter | Qt::AlignBottom, text);
    }
}

void BarChart::paintLabels(QPainter &painter) const
{
    painter.setPen(palette().color(QPalette::WindowText));
    const int line = fontMetrics().height();
    for (int index = 0; index < m_bars.size(); ++index) {
        const QRectF band = slotRect(index);
        const QString &label = m_bars.at(index).label;
        if (m_orientation == Qt::Horizontal) {
            const QRectF cell(margin, band.top(), band.left() - margin - gap, band.height());
            painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                fontMetrics().elidedText(label, Qt::ElideRight, int(cell.width())));
        } else {
            const QRectF cell(band.left(), band.bottom() + gap / 2, band.width(), line);
            painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop,
                fontMetrics().elidedText(label, Qt::ElideRight, int(cell.width())));
        }
    }
}

} // namespace Ui
