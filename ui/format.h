#ifndef UI_FORMAT_H
#define UI_FORMAT_H

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QString>

namespace Ui {

// How dates, percentages and warnings look everywhere in the window, so that every table
// reads the same way.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Ui::Format)

public:
    static QString date(const QDate &date); // "12 Mar 2025"; empty for an invalid date
    static QString shortDate(const QDate &date); // "12 Mar"
    static QString percent(double value); // "45 %"
    static QString daysFrom(const QDate &today, const QDate &date); // "in 12 days", "3 days ago"
    // Colours read as text or marks on the window's background. Lighter under a dark palette
    // (the application's palette, which a desktop theme sets), so that both read.
    static QColor warning(); // overdue, late
    static QColor caution(); // coming up soon
    static QColor muted(); // nothing there yet
    static QColor learning(); // learning elements, set apart from work
    static QColor accent(); // the window's blue: selection, today, charts
    static QColor success(); // done, on track
    static QColor hairline(); // card borders, chart gridlines
    // Surfaces: what cards, calendar days and timeline rows are painted on, and a tint of it
    // `amount` of the way towards the text colour (0.03 a faint band, 0.12 a track).
    static QColor surface();
    static QColor tint(double amount);
    static bool isDark();
    // The application font, heavier: names and objectives stand out without a second typeface.
    static QFont emphasis();
    // Larger still: the headings of cards and charts.
    static QFont heading();
};

} // namespace Ui

#endif
