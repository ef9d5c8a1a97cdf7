#ifndef REPORT_REPORTTEXT_H
#define REPORT_REPORTTEXT_H

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Report {

// How every report writes dates, periods, percentages and counts, so that the documents read
// alike and like the application's screens.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Report::ReportText)
public:
    // "14 Mar 2026"; a dash for a date not set.
    static QString date(const QDate &date);
    // "1 Jan 2026 – 31 Dec 2026"
    static QString period(const QDate &start, const QDate &end);
    static QString percent(int value);
    // "1 mission", "3 missions": English reads wrong with "mission(s)".
    static QString count(int n, const QString &one, const QString &many);
    // A name set apart from the text around it when it is written right to left, so that
    // "Summary — ليلى حداد, 1 Jan 2026" keeps its order; other text is returned as it is.
    static QString isolate(const QString &text);
    // The value, or a dash when there is none: a form shows every field.
    static QString orDash(const QString &value);
};

} // namespace Report

#endif
