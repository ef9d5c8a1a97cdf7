#include "timelinewidget.h"

#include "agendastyle.h"
#include "format.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace Ui {

namespace {

constexpr double defaultDayWidth = 4.0; // about 120 px a month

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QAbstractScrollArea(parent), m_today(QDate::currentDate())
{
    m_layout.setDayWidth(defaultDayWidth);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
}

void TimelineWidget::setRange(const QDate &from, const QDate &to)
{
    m_layout.setRange(from, to);
    relayout();
}

void TimelineWidget::setToday(const QDate &today)
{
    m_today = today;
    viewport()->update();
}

void TimelineWidget::setItems(const QList<Core::AgendaItem> &items, const QList<Group> &groups)
{
    m_items = items;
    m_groups = groups;
    relayout();
}

void TimelineWidget::relayout()
{
    m_selected = -1;
    m_layout.place(m_items, m_groups, fontMetrics());
    updateScrollBars();
    viewport()->update();
}

void TimelineWidget::updateScrollBars()
{
    const QSize area = viewport()->size() - QSize(labelWidth, headerHeight);
    horizontalScrollBar()->setRange(0, qMax(0, qCeil(m_layout.width()) - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(qRound(m_layout.dayWidth() * 7));
    verticalScrollBar()->setRange(0, qMax(0, qCeil(m_layout.height()) - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(qRound(TimelineLayout::laneHeight));
}

QPointF TimelineWidget::offset() const
{
    return { double(labelWidth - horizontalScrollBar()->value()),
        double(headerHeight - verticalScrollBar()->value()) };
}

QStringList TimelineWidget::rowNames() const
{
    QStringList names;
    for (const TimelineLayout::Row &row : m_layout.rows())
        names.append(row.group.name);
    return names;
}

QRect TimelineWidget::itemRect(Core::AgendaItem::Kind kind, Core::Id id) const
{
    for (const TimelineLayout::Placed &placed : m_layout.placed()) {
        const Core::AgendaItem &item = m_items.at(placed.item);
        if (item.kind == kind && item.id == id)
            return placed.shape.translated(offset()).toAlignedRect();
    }
    return {};
}

int TimelineWidget::itemAt(const QPoint &viewportPos) const
{
    if (viewportPos.x() < labelWidth || viewportPos.y() < headerHeight)
        return -1;
    const int placed = m_layout.placedAt(QPointF(viewportPos) - offset());
    return placed < 0 ? -1 : m_layout.placed().at(placed).item;
}

int TimelineWidget::dateX(const QDate &date) const
{
    if (!date.isValid() || date < from() || date > to())
        return -1;
    return qRound(m_layout.x(date) + m_layout.dayWidth() / 2 + offset().x());
}

void TimelineWidget::scrollToDate(const QDate &date)
{
    m_anchor = date;
    const int areaWidth = viewport()->width() - labelWidth;
    m_anchoring = true;
    horizontalScrollBar()->setValue(qRound(m_layout.x(date)) - areaWidth / 3);
    m_anchoring = false;
}

void TimelineWidget::scrollContentsBy(int dx, int)
{
    if (dx != 0 && !m_anchoring)
        m_anchor = QDate();
    viewport()->update();
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
        return showToolTip(static_cast<QHelpEvent *>(event));
    return QAbstractScrollArea::viewportEvent(event);
}

bool TimelineWidget::showToolTip(QHelpEvent *event)
{
    if (itemAt(event->pos()) < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const int placed = m_layout.placedAt(QPointF(event->pos()) - offset());
    const TimelineLayout::Placed &where = m_layout.placed().at(placed);
    QToolTip::showText(event->globalPos(), AgendaStyle::toolTip(m_items.at(where.item)), viewport(),
        where.shape.united(where.label).translated(offset()).toAlignedRect());
    return true;
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_anchoring = true; // a narrower range may move the bar: that is not the user scrolling
    updateScrollBars();
    m_anchoring = false;
    if (m_anchor.isValid())
        scrollToDate(m_anchor);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_selected = itemAt(pos) < 0 ? -1 : m_layout.placedAt(QPointF(pos) - offset());
    viewport()->update();
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (itemAt(pos) >= 0)
        activate(m_layout.placedAt(QPointF(pos) - offset()));
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selected >= 0) {
        activate(m_selected);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineWidget::activate(int placedIndex)
{
    const Core::AgendaItem &item = m_items.at(m_layout.placed().at(placedIndex).item);
    Q_EMIT itemActivated(item.kind, item.id);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect content(labelWidth, headerHeight, viewport()->width() - labelWidth,
        viewport()->height() - headerHeight);
    painter.save();
    painter.setClipRect(content);
    painter.translate(offset());
    paintRows(painter);
    paintMonthLines(painter);
    paintToday(painter);
    paintItems(painter);
    painter.restore();
    paintRowNames(painter);
    paintHeader(painter);
    painter.fillRect(QRect(0, 0, labelWidth, headerHeight), Format::tint(0.04));
    painter.setPen(Format::muted());
    painter.drawText(QRect(12, 0, labelWidth - 12, headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Person"));
}

// Alternate rows in a faint tint, so that a person's lanes read as one block.
void TimelineWidget::paintRows(QPainter &painter) const
{
    const QList<TimelineLayout::Row> &rows = m_layout.rows();
    for (int index = 0; index < rows.size(); ++index) {
        const QRectF row(0, rows.at(index).top, m_layout.width(), rows.at(index).height);
        painter.fillRect(row, index % 2 ? Format::tint(0.025) : Format::surface());
        painter.setPen(Format::hairline());
        painter.drawLine(row.bottomLeft(), row.bottomRight());
    }
}

void TimelineWidget::paintMonthLines(QPainter &painter) const
{
    painter.setPen(QPen(Format::hairline(), 1));
    const double bottom = qMax(m_layout.height(), double(viewport()->height()));
    for (QDate month = from(); month <= to(); month = month.addMonths(1)) {
        const double x = std::round(m_layout.x(QDate(month.year(), month.month(), 1))) + 0.5;
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom));
    }
}

void TimelineWidget::paintToday(QPainter &painter) const
{
    if (m_today < from() || m_today > to())
        return;
    const double x = m_layout.x(m_today) + m_layout.dayWidth() / 2;
    const double bottom = qMax(m_layout.height(), double(viewport()->height()));
    painter.setPen(QPen(Format::accent(), 2));
    painter.drawLine(QPointF(x, 0), QPointF(x, bottom));
}

void TimelineWidget::paintItems(QPainter &painter) const
{
    for (const TimelineLayout::Placed &placed : m_layout.placed())
        paintItem(painter, placed);
    if (m_selected >= 0) {
        const QRectF shape = m_layout.placed().at(m_selected).shape.adjusted(-3, -3, 3, 3);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(shape, 4, 4);
    }
}

void TimelineWidget::paintItem(QPainter &painter, const TimelineLayout::Placed &placed) const
{
    const Core::AgendaItem &item = m_items.at(placed.item);
    const QColor colour = AgendaStyle::colour(item);
    AgendaStyle::paintSymbol(&painter, item.kind, placed.shape, colour);
    painter.setPen(placed.labelInside
            ? QColor(Qt::white)
            : (item.overdue ? Format::warning() : palette().color(QPalette::Text)));
    painter.drawText(placed.label, Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(item.title, Qt::ElideRight, qFloor(placed.label.width())));
}

// The fixed column of names, scrolled with the rows but not with the months.
void TimelineWidget::paintRowNames(QPainter &painter) const
{
    const QRect column(0, headerHeight, labelWidth, viewport()->height() - headerHeight);
    painter.save();
    painter.fillRect(column, Format::tint(0.04));
    painter.setClipRect(column);
    painter.translate(0, offset().y());
    const int line = fontMetrics().height();
    for (const TimelineLayout::Row &row : m_layout.rows()) {
        const QRect name(
            12, qRound(row.top + TimelineLayout::rowPadding), labelWidth - 20, line + 4);
        painter.setFont(Format::emphasis());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(name, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(Format::emphasis())
                .elidedText(row.group.name, Qt::ElideRight, name.width()));
        painter.setFont(font());
        painter.setPen(Format::muted());
        painter.drawText(name.translated(0, line + 2), Qt::AlignLeft | Qt::AlignVCenter,
            row.itemCount == 1 ? tr("1 item") : tr("%1 items").arg(row.itemCount));
        painter.setPen(Format::hairline());
        painter.drawLine(
            QPointF(0, row.top + row.height), QPointF(labelWidth, row.top + row.height));
    }
    painter.restore();
    painter.setPen(Format::hairline());
    painter.drawLine(column.topRight(), column.bottomRight());
}

// The fixed band of months, scrolled with the days but not with the rows.
void TimelineWidget::paintHeader(QPainter &painter) const
{
    const QRect band(labelWidth, 0, viewport()->width() - labelWidth, headerHeight);
    painter.save();
    painter.fillRect(band, Format::tint(0.04));
    painter.setClipRect(band);
    painter.translate(offset().x(), 0);
    for (QDate month = from(); month <= to(); month = month.addMonths(1)) {
        const QDate first(month.year(), month.month(), 1);
        const double left = m_layout.x(first);
        const double right = m_layout.x(first.addMonths(1));
        const bool showYear = first.month() == 1 || first == from();
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(left, 0, right - left, headerHeight), Qt::AlignCenter,
            QLocale().toString(
                first, showYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM")));
        painter.setPen(Format::hairline());
        painter.drawLine(
            QPointF(std::round(left) + 0.5, 0), QPointF(std::round(left) + 0.5, headerHeight));
    }
    if (m_today >= from() && m_today <= to()) {
        const double x = m_layout.x(m_today) + m_layout.dayWidth() / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(Format::accent());
        painter.drawPolygon(QPolygonF({ QPointF(x - 5, headerHeight - 7),
            QPointF(x + 5, headerHeight - 7), QPointF(x, headerHeight) }));
    }
    painter.restore();
    painter.setPen(Format::hairline());
    painter.drawLine(0, headerHeight - 1, viewport()->width(), headerHeight - 1);
}

} // namespace Ui
