#ifndef UI_TIMELINEWIDGET_H
#define UI_TIMELINEWIDGET_H

#include "timelinelayout.h"

#include <agendaitem.h>

#include <QAbstractScrollArea>
#include <QDate>
#include <QList>

class QHelpEvent;

namespace Ui {

// A Gantt-like picture of the agenda, painted with QPainter: months across the top, one row per
// person down the left (both stay in place while the rest scrolls), missions and meetings as
// bars, deadlines as markers, overdue ones in red, and today as a vertical line. Hovering shows
// an item's details; double-clicking (or Return on the selected item) opens it.
class TimelineWidget : public QAbstractScrollArea
{
    Q_OBJECT
public:
    using Group = TimelineLayout::Group;

    static constexpr int labelWidth = 180;
    static constexpr int headerHeight = 34;

    explicit TimelineWidget(QWidget *parent = nullptr);

    // Whole days, `from` to `to` included.
    void setRange(const QDate &from, const QDate &to);
    QDate from() const { return m_layout.from(); }
    QDate to() const { return m_layout.to(); }
    void setToday(const QDate &today);
    void setItems(const QList<Core::AgendaItem> &items, const QList<Group> &groups);
    const QList<Core::AgendaItem> &items() const { return m_items; }

    QStringList rowNames() const; // top to bottom
    // Where the item is drawn in the viewport: the first of its bars or markers, if any.
    QRect itemRect(Core::AgendaItem::Kind kind, Core::Id id) const;
    int itemAt(const QPoint &viewportPos) const; // index into items(), or -1
    int dateX(const QDate &date) const; // viewport x of the middle of `date`
    int todayX() const { return dateX(m_today); }
    // Scrolls so that `date` sits a third of the way across, and keeps it there when the
    // widget is resized, until the user scrolls.
    void scrollToDate(const QDate &date);

Q_SIGNALS:
    void itemActivated(Core::AgendaItem::Kind kind, Core::Id id);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF offset() const; // from content to viewport coordinates
    void relayout();
    void updateScrollBars();
    bool showToolTip(QHelpEvent *event);
    void activate(int placedIndex);

    void paintRows(QPainter &painter) const;
    void paintMonthLines(QPainter &painter) const;
    void paintItems(QPainter &painter) const;
    void paintItem(QPainter &painter, const TimelineLayout::Placed &placed) const;
    void paintToday(QPainter &painter) const;
    void paintRowNames(QPainter &painter) const;
    void paintHeader(QPainter &painter) const;

    TimelineLayout m_layout;
    QList<Core::AgendaItem> m_items;
    QList<Group> m_groups;
    QDate m_today;
    int m_selected = -1; // index into the layout's placed items
    QDate m_anchor; // the date scrollToDate() keeps in view
    bool m_anchoring = false;
};

} // namespace Ui

#endif
