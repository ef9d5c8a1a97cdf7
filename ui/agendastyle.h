#ifndef UI_AGENDASTYLE_H
#define UI_AGENDASTYLE_H

#include <QCoreApplication>
#include <agendaitem.h>

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Ui {

// How the unit's agenda looks wherever it is drawn (timeline, calendar, lists): one colour and
// one symbol per kind, red for anything overdue, and the same words in every tool tip.
class AgendaStyle
{
    Q_DECLARE_TR_FUNCTIONS(Ui::AgendaStyle)

public:
    using Kind = Core::AgendaItem::Kind;

    static QList<Kind> kinds();
    static QColor colour(Kind kind);
    // The kind's colour, or the warning red when the item is overdue.
    static QColor colour(const Core::AgendaItem &item);
    static QString kindName(Kind kind);
    // Missions and meetings take days; the other kinds are deadlines on one day.
    static bool isSpan(Kind kind);
    // Diamond for an activity, triangle for a deliverable, circle for a BTO report, a rounded
    // bar for a mission or meeting, filling `rect`.
    static void paintSymbol(QPainter *painter, Kind kind, const QRectF &rect, const QColor &colour);

    static QString dates(const Core::AgendaItem &item); // "12 Mar 2026" or "12-16 Mar 2026"
    static QString statusName(const Core::AgendaItem &item);
    // One line under the title: kind, dates, place, people.
    static QString summary(const Core::AgendaItem &item);
    static QString toolTip(const Core::AgendaItem &item);
};

} // namespace Ui

#endif
