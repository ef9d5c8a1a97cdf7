#include "reporttext.h"

#include "reportlanguage.h"

#include <algorithm>

namespace Report {

namespace {

const QString dash = QStringLiteral("\u2014");

} // namespace

QString ReportText::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMM yyyy")) : dash;
}

QString ReportText::period(const QDate &start, const QDate &end, const QLocale &locale)
{
    return QStringLiteral("%1 \u2013 %2").arg(date(start, locale), date(end, locale));
}

QString ReportText::percent(int value, const ReportLanguage &language)
{
    return language.translate("Report::ReportText", "%1%").arg(language.locale().toString(value));
}

QString ReportText::count(int n, const QString &one, const QString &many, const QLocale &locale)
{
    return n == 1 ? one : many.arg(locale.toString(n));
}

QString ReportText::isolate(const QString &text)
{
    const bool rightToLeft = std::any_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.direction() == QChar::DirR || c.direction() == QChar::DirAL; });
    // First-strong isolate and its closing pop (Unicode bidi algorithm, UAX #9).
    return rightToLeft ? QChar(0x2068) + text + QChar(0x2069) : text;
}

QString ReportText::orDash(const QString &value)
{
    return value.trimmed().isEmpty() ? dash : value;
}

} // namespace Report
