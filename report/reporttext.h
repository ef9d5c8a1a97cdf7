#ifndef REPORT_REPORTTEXT_H
#define REPORT_REPORTTEXT_H

#include <QDate>
#include <QLocale>
#include <QString>

namespace Report {

class ReportLanguage;

// How every report writes dates, periods, percentages and counts, so that the documents read
// alike and like the application's screens. A document passes the locale of its language; the
// command line's own messages use the default locale, the one of the interface.
class ReportText
{
public:
    // "14 Mar 2026"; a dash for a date not set.
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // "1 Jan 2026 – 31 Dec 2026"
    static QString period(const QDate &start, const QDate &end, const QLocale &locale = QLocale());
    // "75%", "75 %" in French.
    static QString percent(int value, const ReportLanguage &language);
    // "1 mission", "3 missions": English reads wrong with "mission(s)".
    static QString count(
        int n, const QString &one, const QString &many, const QLocale &locale = QLocale());
    // A name set apart from the text around it when it is written right to left, so that
    // "Summary — ليلى حداد, 1 Jan 2026" keeps its order; other text is returned as it is.
    static QString isolate(const QString &text);
    // The value, or a dash when there is none: a form shows every field.
    static QString orDash(const QString &value);
};

} // namespace Report

#endif
