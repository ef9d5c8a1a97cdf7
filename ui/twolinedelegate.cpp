#include "twolinedelegate.h"

#include "format.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace Ui {

namespace {

constexpr int padding = 8;
constexpr int lineGap = 2;

} // namespace

TwoLineDelegate::TwoLineDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void TwoLineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    QApplication::style()->drawControl(
        QStyle::CE_ItemViewItem, &background, painter, option.widget);

    painter->save();
    QRect area = option.rect.adjusted(padding, 0, -padding, 0);
    const QVariant colour = index.data(Qt::DecorationRole);
    if (colour.canConvert<QColor>()) {
        painter->fillRect(
            QRect(option.rect.left() + 2, option.rect.top() + 5, 3, option.rect.height() - 10),
            colour.value<QColor>());
        area.setLeft(area.left() + 4);
    }
    area.setRight(area.right() - paintBadge(painter, option, index));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QFont title = Format::emphasis();
    const QFontMetrics titleMetrics(title);
    const int height = titleMetrics.height() + lineGap + option.fontMetrics.height();
    const int top = option.rect.center().y() - height / 2 + 1;
    painter->setFont(title);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), top, area.width(), titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data().toString(), Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : Format::muted());
    painter->drawText(QRect(area.left(), top + titleMetrics.height() + lineGap, area.width(),
                          option.fontMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(
            index.data(DetailRole).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

int TwoLineDelegate::paintBadge(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = index.data(BadgeRole).toString();
    if (badge.isEmpty())
        return 0;
    const QVariant foreground = index.data(Qt::ForegroundRole);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    QColor colour = foreground.canConvert<QColor>() ? foreground.value<QColor>() : Format::muted();
    if (selected)
        colour = option.palette.color(QPalette::HighlightedText);
    const QFont font = foreground.isValid() ? Format::emphasis() : option.font;
    const int width = QFontMetrics(font).horizontalAdvance(badge);
    const QRect box(
        option.rect.right() - padding - width, option.rect.top(), width, option.rect.height());
    painter->setPen(colour);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, badge);
    return width + padding + 4;
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return { QStyledItemDelegate::sizeHint(option, index).width(), lineHeight(option.font) };
}

int TwoLineDelegate::lineHeight(const QFont &font)
{
    return QFontMetrics(Format::emphasis()).height() + lineGap + QFontMetrics(font).height() + 14;
}

} // namespace Ui
