#include "agendalegend.h"

#include "agendastyle.h"
#include "format.h"

#include <QPainter>

namespace Ui {

namespace {

constexpr int symbol = 12;
constexpr int symbolGap = 6;
constexpr int entryGap = 20;

} // namespace

AgendaLegend::AgendaLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void AgendaLegend::setShowsToday(bool shows)
{
    m_showsToday = shows;
    updateGeometry();
    update();
}

// The kinds in AgendaStyle's order, then "Overdue", then "Today" when shown.
QList<AgendaLegend::Entry> AgendaLegend::entries() const
{
    QStringList texts;
    for (const AgendaStyle::Kind kind : AgendaStyle::kinds())
        texts.append(AgendaStyle::kindName(kind));
    texts.append(tr("Overdue"));
    if (m_showsToday)
        texts.append(tr("Today"));
    QList<Entry> result;
    for (const QString &text : texts)
        result.append({ text, symbol + symbolGap + fontMetrics().horizontalAdvance(text) });
    return result;
}

QSize AgendaLegend::sizeHint() const
{
    int width = 0;
    for (const Entry &entry : entries())
        width += entry.width + entryGap;
    return { width, fontMetrics().height() + 8 };
}

void AgendaLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<AgendaStyle::Kind> kinds = AgendaStyle::kinds();
    const QList<Entry> all = entries();
    const int middle = height() / 2;
    int x = 0;
    for (int index = 0; index < all.size(); ++index) {
        const QRectF box(x, middle - symbol / 2.0, symbol, symbol);
        if (index < kinds.size()) {
            const AgendaStyle::Kind kind = kinds.at(index);
            const QRectF shape = AgendaStyle::isSpan(kind) ? box.adjusted(-2, 2, 2, -2) : box;
            AgendaStyle::paintSymbol(&painter, kind, shape, AgendaStyle::colour(kind));
        } else if (index == kinds.size()) {
            AgendaStyle::paintSymbol(
                &painter, AgendaStyle::Kind::ActivityDue, box, Format::warning());
        } else {
            painter.setPen(QPen(Format::accent(), 2));
            painter.drawLine(
                box.center() - QPointF(0, symbol / 2.0), box.center() + QPointF(0, symbol / 2.0));
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x + symbol + symbolGap, 0, all.at(index).width, height()),
            Qt::AlignLeft | Qt::AlignVCenter, all.at(index).text);
        x += all.at(index).width + entryGap;
    }
}

} // namespace Ui
