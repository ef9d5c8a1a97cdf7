#include "cardframe.h"

#include "format.h"

#include <QPainter>

namespace Ui {

namespace {

constexpr qreal cornerRadius = 6;

} // namespace

CardFrame::CardFrame(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
}

void CardFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Format::hairline(), 1));
    painter.setBrush(Format::surface());
    // Half a pixel in, so that the one-pixel border falls on whole pixels.
    painter.drawRoundedRect(
        QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), cornerRadius, cornerRadius);
}

} // namespace Ui
