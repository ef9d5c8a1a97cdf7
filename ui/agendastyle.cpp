#include "agendastyle.h"

#include "format.h"

#include <activity.h>
#include <deliverable.h>
#include <mission.h>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Ui {

namespace {

template<typename Record> QString statusNameOf(const QString &key)
{
    const auto status = Record::statusFromKey(key);
    return status ? Record::statusName(*status) : QString();
}

} // namespace

QList<AgendaStyle::Kind> AgendaStyle::kinds()
{
    return { Kind::Mission, Kind::Meeting, Kind::ActivityDue, Kind::DeliverableDue,
        Kind::BtoReportDue };
}

QColor AgendaStyle::colour(Kind kind)
{
    switch (kind) {
    // Spans carry white text: their fill stays dark enough for it under any palette.
    case Kind::Mission:
        return QColor(0x1f, 0x6f, 0xa8);
    case Kind::Meeting:
        return QColor(0x7e, 0x57, 0xc2);
    case Kind::ActivityDue:
        return Format::isDark() ? QColor(0x90, 0xa4, 0xae) : QColor(0x54, 0x6e, 0x7a);
    case Kind::DeliverableDue:
        return QColor(0x00, 0x89, 0x7b);
    case Kind::BtoReportDue:
        return QColor(0xef, 0x6c, 0x00);
    }
    return Format::muted();
}

QColor AgendaStyle::colour(const Core::AgendaItem &item)
{
    return item.overdue ? Format::warning() : colour(item.kind);
}

QString AgendaStyle::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Mission:
        return tr("Mission");
    case Kind::Meeting:
        return tr("Meeting");
    case Kind::ActivityDue:
        return tr("Activity due");
    case Kind::DeliverableDue:
        return tr("Deliverable due");
    case Kind::BtoReportDue:
        return tr("BTO report due");
    }
    return {};
}

bool AgendaStyle::isSpan(Kind kind)
{
    return kind == Kind::Mission || kind == Kind::Meeting;
}

void AgendaStyle::paintSymbol(
    QPainter *painter, Kind kind, const QRectF &rect, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour.darker(115), 1));
    painter->setBrush(colour);
    const QPointF c = rect.center();
    switch (kind) {
    case Kind::Mission:
    case Kind::Meeting:
        painter->drawRoundedRect(rect, 3, 3);
        break;
    case Kind::ActivityDue:
        painter->drawPolygon(QPolygonF({ QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
            QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y()) }));
        break;
    case Kind::DeliverableDue:
        painter->drawPolygon(
            QPolygonF({ rect.topLeft(), rect.topRight(), QPointF(c.x(), rect.bottom()) }));
        break;
    case Kind::BtoReportDue:
        painter->drawEllipse(rect);
        break;
    }
    painter->restore();
}

QString AgendaStyle::dates(const Core::AgendaItem &item)
{
    if (!item.end.isValid() || item.end == item.start)
        return Format::date(item.start);
    if (item.start.year() != item.end.year())
        return Format::date(item.start) + QStringLiteral(" - ") + Format::date(item.end);
    return Format::shortDate(item.start) + QStringLiteral(" - ") + Format::date(item.end);
}

QString AgendaStyle::statusName(const Core::AgendaItem &item)
{
    switch (item.kind) {
    case Kind::Mission:
    case Kind::BtoReportDue:
        return statusNameOf<Core::Mission>(item.status);
    case Kind::DeliverableDue:
        return statusNameOf<Core::Deliverable>(item.status);
    case Kind::ActivityDue:
        return statusNameOf<Core::Activity>(item.status);
    case Kind::Meeting:
        break;
    }
    return {};
}

QString AgendaStyle::summary(const Core::AgendaItem &item)
{
    QStringList parts { kindName(item.kind), dates(item) };
    for (const QString &part : { item.place, item.people }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString AgendaStyle::toolTip(const Core::AgendaItem &item)
{
    QStringList lines { QStringLiteral("<b>%1</b>").arg(item.title.toHtmlEscaped()),
        QStringLiteral("%1, %2").arg(kindName(item.kind), dates(item)) };
    if (!item.place.isEmpty())
        lines.append(item.place.toHtmlEscaped());
    if (!item.people.isEmpty())
        lines.append(item.people.toHtmlEscaped());
    const QString status = statusName(item);
    if (!status.isEmpty())
        lines.append(tr("Status: %1").arg(status));
    if (item.overdue)
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(Format::warning().name(), tr("Overdue")));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace Ui
