#include "format.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

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
    return isDark() ? QColor(0xef, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor Format::caution()
{
    return isDark() ? QColor(0xf0, 0xa8, 0x3c) : QColor(0xb2, 0x6a, 0x00);
}

QColor Format::muted()
{
    return isDark() ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x75, 0x75, 0x75);
}

QColor Format::learning()
{
    return isDark() ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x6a, 0x3d, 0x9a);
}

QColor Format::accent()
{
    return isDark() ? QColor(0x4a, 0x9a, 0xd4) : QColor(0x1f, 0x6f, 0xa8);
}

QColor Format::success()
{
    return QColor(0x2a, 0x9d, 0x8f);
}

QColor Format::hairline()
{
    return tint(0.14);
}

QColor Format::surface()
{
    return QGuiApplication::palette().color(QPalette::Base);
}

QColor Format::tint(double amount)
{
    const QColor base = surface();
    const QColor text = QGuiApplication::palette().color(QPalette::Text);
    return QColor::fromRgbF(float(base.redF() + (text.redF() - base.redF()) * amount),
        float(base.greenF() + (text.greenF() - base.greenF()) * amount),
        float(base.blueF() + (text.blueF() - base.blueF()) * amount));
}

bool Format::isDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
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
