#include "countbadge.h"

#include "format.h"

#include <QGuiApplication>
#include <QPainter>

namespace Ui {

CountBadge::CountBadge(QWidget *parent) : QLabel(parent)
{
    setFont(Format::emphasis());
    setAlignment(Qt::AlignCenter);
    setContentsMargins(8, 1, 8, 1);
}

void CountBadge::setCount(int count, bool alarming)
{
    setText(QString::number(count));
    const bool red = alarming && count > 0;
    m_fill = red ? QColor(0xc6, 0x28, 0x28) : Format::tint(0.1);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
        red ? QColor(Qt::white) : QGuiApplication::palette().color(QPalette::Text));
    setPalette(colours);
    update();
}

void CountBadge::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_fill);
        const qreal radius = qMin(9.0, height() / 2.0);
        painter.drawRoundedRect(QRectF(rect()), radius, radius);
    }
    QLabel::paintEvent(event);
}

} // namespace Ui
