#ifndef UI_CALENDARDAYDELEGATE_H
#define UI_CALENDARDAYDELEGATE_H

#include <agendaitem.h>

#include <QStyledItemDelegate>

namespace Ui {

// Paints a day of CalendarMonthModel: its number (ringed when it is today), then one line per
// item, coloured by kind (a filled bar for a mission or meeting, a symbol for a deadline), and
// "+N more" when the cell is full.
class CalendarDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CalendarDayDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How many item lines fit under the day number in a cell of `height`, keeping one for
    // "+N more" when not all `count` items fit.
    static int visibleLines(int height, int count, const QFontMetrics &metrics);

private:
    void paintDayNumber(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintItem(QPainter *painter, const QRect &line, const Core::AgendaItem &item) const;
};

} // namespace Ui

#endif
