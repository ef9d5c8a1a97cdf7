#include "navigatordelegate.h"

#include "format.h"

#include <QPainter>

namespace Ui {

namespace {

constexpr int barWidth = 3;
// From the row's left edge to its text, past the bar.
constexpr int textIndent = 20;
constexpr int rightPadding = 14;
constexpr int verticalPadding = 9;

QFont currentFont(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

} // namespace

void NavigatorDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool current = option.state.testFlag(QStyle::State_Selected);
    painter->save();
    if (current) {
        QColor wash = Format::accent();
        wash.setAlphaF(0.2f);
        painter->fillRect(option.rect, wash);
        painter->fillRect(
            QRect(option.rect.topLeft(), QSize(barWidth, option.rect.height())), Format::accent());
    }
    const QFont font = current ? currentFont(option.font) : option.font;
    const QRect textArea = option.rect.adjusted(textIndent, 0, -rightPadding, 0);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font).elidedText(
            index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textArea.width()));
    painter->restore();
}

QSize NavigatorDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Measured in bold, so that a row keeps its size when it becomes the current page.
    const QFontMetrics metrics(currentFont(option.font));
    return { textIndent + rightPadding
            + metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()),
        metrics.height() + 2 * verticalPadding };
}

} // namespace Ui
