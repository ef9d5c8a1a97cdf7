#include "calendardaydelegate.h"

#include "agendastyle.h"
#include "calendarmonthmodel.h"
#include "format.h"
#include "roles.h"

#include <QGuiApplication>
#include <QPainter>

namespace Ui {

namespace {

constexpr int padding = 4;

int lineHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

int numberHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 6;
}

} // namespace

CalendarDayDelegate::CalendarDayDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

int CalendarDayDelegate::visibleLines(int height, int count, const QFontMetrics &metrics)
{
    const int room = std::max(0, (height - numberHeight(metrics) - padding) / lineHeight(metrics));
    return count <= room ? count : std::max(0, room - 1);
}

void CalendarDayDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool otherMonth = index.data(Qt::ForegroundRole).isValid();
    painter->fillRect(option.rect, otherMonth ? Format::tint(0.035) : Format::surface());
    if (selected) {
        QColor highlight = option.palette.color(QPalette::Highlight);
        highlight.setAlphaF(0.22f);
        painter->fillRect(option.rect, highlight);
    }
    paintDayNumber(painter, option, index);

    const auto items = index.data(ObjectRole).value<QList<Core::AgendaItem>>();
    const QFontMetrics &metrics = option.fontMetrics;
    const int shown = visibleLines(option.rect.height(), int(items.size()), metrics);
    QRect line(option.rect.left() + padding, option.rect.top() + numberHeight(metrics),
        option.rect.width() - 2 * padding, lineHeight(metrics) - 2);
    for (int row = 0; row < shown; ++row) {
        paintItem(painter, line, items.at(row));
        line.translate(0, lineHeight(metrics));
    }
    if (shown < items.size()) {
        painter->setPen(Format::muted());
        painter->drawText(line.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            tr("+%1 more").arg(items.size() - shown));
    }
    painter->restore();
}

void CalendarDayDelegate::paintDayNumber(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const CalendarMonthModel *>(index.model());
    const bool today = model && model->dateAt(index) == model->today();
    const QFontMetrics &metrics = option.fontMetrics;
    const int size = metrics.height() + 2;
    const QRect number(option.rect.left() + padding, option.rect.top() + 2, size + 6, size);
    if (today) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Format::accent());
        painter->drawRoundedRect(number, size / 2.0, size / 2.0);
        painter->setPen(Qt::white);
    } else {
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(foreground.isValid() ? foreground.value<QColor>()
                                             : option.palette.color(QPalette::Text));
    }
    painter->setFont(Format::emphasis());
    painter->drawText(number, Qt::AlignCenter, index.data().toString());
    painter->setFont(option.font);
}

void CalendarDayDelegate::paintItem(
    QPainter *painter, const QRect &line, const Core::AgendaItem &item) const
{
    const QColor colour = AgendaStyle::colour(item);
    const QFontMetrics metrics = painter->fontMetrics();
    QRect text = line.adjusted(5, 0, -3, 0);
    if (AgendaStyle::isSpan(item.kind)) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(line, 3, 3);
        painter->setPen(Qt::white);
    } else {
        const int size = 9;
        const QRectF symbol(line.left() + 2, line.center().y() - size / 2.0 + 1, size, size);
        AgendaStyle::paintSymbol(painter, item.kind, symbol, colour);
        text.setLeft(int(symbol.right()) + 5);
        painter->setPen(
            item.overdue ? Format::warning() : QGuiApplication::palette().color(QPalette::Text));
    }
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(item.title, Qt::ElideRight, text.width()));
}

QSize CalendarDayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { 120, numberHeight(option.fontMetrics) + 3 * lineHeight(option.fontMetrics) };
}

} // namespace Ui
