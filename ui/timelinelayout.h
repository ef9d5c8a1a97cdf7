#ifndef UI_TIMELINELAYOUT_H
#define UI_TIMELINELAYOUT_H

#include <agendaitem.h>

#include <QDate>
#include <QFontMetrics>
#include <QList>
#include <QRectF>
#include <QString>

namespace Ui {

// Where everything of the timeline goes, in content coordinates (x from the first day of the
// range, y from the first row), apart from any painting: one row per person, each row as many
// lanes deep as its items need so that no bar or label covers another.
class TimelineLayout
{
public:
    struct Group
    {
        Core::Id personId = 0; // 0: the unit, for items that name none of the groups
        QString name;
    };

    struct Row
    {
        Group group;
        double top = 0;
        double height = 0;
        int itemCount = 0;
    };

    struct Placed
    {
        int item = -1; // index into the items given to place()
        int row = -1;
        QRectF shape; // the bar or marker
        QRectF label; // its title, inside the bar or just after it
        bool labelInside = false;
    };

    static constexpr double laneHeight = 26.0;
    static constexpr double rowPadding = 6.0;
    static constexpr double markerSize = 12.0;
    static constexpr int maxLabelWidth = 170;

    void setRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setDayWidth(double dayWidth) { m_dayWidth = dayWidth; }
    double dayWidth() const { return m_dayWidth; }

    double x(const QDate &date) const; // the left edge of `date`
    double width() const;
    double height() const;

    // Items are drawn in the row of each group they name; those naming none go to a last row
    // for the unit. Groups without items are left out.
    void place(const QList<Core::AgendaItem> &items, const QList<Group> &groups,
        const QFontMetrics &metrics);
    const QList<Row> &rows() const { return m_rows; }
    const QList<Placed> &placed() const { return m_placed; }
    // The placed item whose shape or label holds `point`, topmost first; -1 for none.
    int placedAt(const QPointF &point) const;

private:
    Placed geometry(const Core::AgendaItem &item, const QFontMetrics &metrics) const;
    void placeRow(const QList<int> &itemIndexes, const QList<Core::AgendaItem> &items,
        const Group &group, const QFontMetrics &metrics);

    QDate m_from;
    QDate m_to;
    double m_dayWidth = 4.0;
    QList<Row> m_rows;
    QList<Placed> m_placed;
};

} // namespace Ui

#endif
