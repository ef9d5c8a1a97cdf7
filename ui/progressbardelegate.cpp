#include "progressbardelegate.h"

#include "format.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace Ui {

ProgressBarDelegate::ProgressBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_barColor(0x2a, 0x9d, 0x8f)
{
}

void ProgressBarDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant progress = index.data(ProgressRole);
    if (!progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(
        QStyle::CE_ItemViewItem, &background, painter, option.widget);
    paintBar(painter, option, progress.toDouble());
}

QSize ProgressBarDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Airier rows than the style's default: these views are read more than edited.
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    hint.setHeight(qMax(hint.height(), option.fontMetrics.height() + 12));
    if (index.data(ProgressRole).isValid())
        hint.setWidth(qMax(hint.width(), 120));
    return hint;
}

void ProgressBarDelegate::paintBar(
    QPainter *painter, const QStyleOptionViewItem &option, double percent) const
{
    const QRect &rect = option.rect;
    const int textWidth = painter->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 8;
    const int barHeight = qMin(10, rect.height() - 6);
    QRect bar(rect.left() + 6, rect.center().y() - barHeight / 2 + 1, rect.width() - textWidth - 12,
        barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Format::tint(0.12));
    painter->drawRoundedRect(bar, 4, 4);
    QRect filled = bar;
    filled.setWidth(int(bar.width() * qBound(0.0, percent, 100.0) / 100.0));
    painter->setBrush(m_barColor);
    if (filled.width() > 0)
        painter->drawRoundedRect(filled, 4, 4);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text(bar.right() + 6, rect.top(), textWidth, rect.height());
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, Format::percent(percent));
    painter->restore();
}

} // namespace Ui
