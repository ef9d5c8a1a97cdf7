#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui {

QString Format::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString Format::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM")) : QString();
}

QString Format::percent(double value)
{
    return tr("%1 %").arg(qRound(value));
}

QString Format::daysFrom(const QDate &today, const QDate &date)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    return days > 0 ? tr("in %n days", nullptr, days) : tr("%n days ago", nullptr, -days);
}

QColor Format::warning()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor Format::caution()
{
    return QColor(0xb2, 0x6a, 0x00);
}

QColor Format::muted()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor Format::learning()
{
    return QColor(0x6a, 0x3d, 0x9a);
}

QColor Format::accent()
{
    return QColor(0x1f, 0x6f, 0xa8);
}

QColor Format::success()
{
    return QColor(0x2a, 0x9d, 0x8f);
}

QColor Format::hairline()
{
    return QColor(0xdd, 0xe3, 0xe8);
}

QFont Format::emphasis()
{
    QFont font;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont Format::heading()
{
    QFont font = emphasis();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}

} // namespace Ui
