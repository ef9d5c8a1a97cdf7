#include "timelinelayout.h"

#include "agendastyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ui {

namespace {

constexpr double laneGap = 8.0; // between one item's label and the next item in a lane
constexpr double labelGap = 5.0;

} // namespace

void TimelineLayout::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

double TimelineLayout::x(const QDate &date) const
{
    return m_from.daysTo(date) * m_dayWidth;
}

double TimelineLayout::width() const
{
    return (m_from.daysTo(m_to) + 1) * m_dayWidth;
}

double TimelineLayout::height() const
{
    return m_rows.isEmpty() ? 0.0 : m_rows.last().top + m_rows.last().height;
}

void TimelineLayout::place(
    const QList<Core::AgendaItem> &items, const QList<Group> &groups, const QFontMetrics &metrics)
{
    m_rows.clear();
    m_placed.clear();
    QList<int> unclaimed;
    for (int index = 0; index < items.size(); ++index)
        unclaimed.append(index);
    for (const Group &group : groups) {
        QList<int> mine;
        for (int index = 0; index < items.size(); ++index) {
            if (items.at(index).personIds.contains(group.personId)) {
                mine.append(index);
                unclaimed.removeOne(index);
            }
        }
        if (!mine.isEmpty())
            placeRow(mine, items, group, metrics);
    }
    if (!unclaimed.isEmpty())
        placeRow(unclaimed, items, { 0, QCoreApplication::translate("Ui::TimelineLayout", "Unit") },
            metrics);
}

// Greedy lanes: each item, by start, goes into the first lane that is free where it begins.
void TimelineLayout::placeRow(const QList<int> &itemIndexes, const QList<Core::AgendaItem> &items,
    const Group &group, const QFontMetrics &metrics)
{
    QList<int> sorted = itemIndexes;
    std::stable_sort(sorted.begin(), sorted.end(),
        [&items](int a, int b) { return items.at(a).start < items.at(b).start; });
    const double top = height();
    const int row = int(m_rows.size());
    QList<double> laneEnds;
    for (const int index : sorted) {
        Placed placed = geometry(items.at(index), metrics);
        const double left = placed.shape.left();
        const double right = std::max(placed.shape.right(), placed.label.right());
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) + laneGap > left)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(right);
        laneEnds[lane] = right;
        const double dy = top + rowPadding + lane * laneHeight;
        placed.shape.translate(0, dy);
        placed.label.translate(0, dy);
        placed.item = index;
        placed.row = row;
        m_placed.append(placed);
    }
    const double lanes = std::max<qsizetype>(1, laneEnds.size());
    m_rows.append({ group, top, lanes * laneHeight + 2 * rowPadding, int(sorted.size()) });
}

// The shape and label of `item` in a lane whose top is 0.
TimelineLayout::Placed TimelineLayout::geometry(
    const Core::AgendaItem &item, const QFontMetrics &metrics) const
{
    Placed placed;
    const double textWidth = std::min(metrics.horizontalAdvance(item.title), maxLabelWidth) + 2.0;
    if (AgendaStyle::isSpan(item.kind)) {
        const QDate end = item.end.isValid() ? item.end : item.start;
        const double left = std::max(0.0, x(item.start));
        const double right = std::min(width(), x(end.addDays(1)));
        placed.shape = QRectF(left, 5, std::max(right - left, 4.0), laneHeight - 10);
        placed.labelInside = textWidth + 2 * labelGap <= placed.shape.width();
        placed.label = placed.labelInside
            ? placed.shape.adjusted(labelGap, 0, -labelGap, 0)
            : QRectF(placed.shape.right() + labelGap, 0, textWidth, laneHeight);
        return placed;
    }
    const double centre = x(item.start) + m_dayWidth / 2;
    placed.shape
        = QRectF(centre - markerSize / 2, (laneHeight - markerSize) / 2, markerSize, markerSize);
    placed.label = QRectF(placed.shape.right() + labelGap, 0, textWidth, laneHeight);
    return placed;
}

int TimelineLayout::placedAt(const QPointF &point) const
{
    for (int index = int(m_placed.size()) - 1; index >= 0; --index) {
        const Placed &placed = m_placed.at(index);
        if (placed.shape.adjusted(-2, -2, 2, 2).contains(point) || placed.label.contains(point))
            return index;
    }
    return -1;
}

} // namespace Ui
