#include "milestoneplanner.h"

#include <QCoreApplication>

namespace Core {

QDate MilestonePlanner::previousWorkingDay(const QDate &date)
{
    QDate day = date;
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

QList<MilestonePlanner::Milestone> MilestonePlanner::plan(
    const QDate &eventDate, bool withTranslations)
{
    return plan(eventDate, withTranslations, Durations());
}

QList<MilestonePlanner::Milestone> MilestonePlanner::plan(
    const QDate &eventDate, bool withTranslations, const Durations &durations)
{
    // Walk backwards from the event; each step ends where the next one (in time) begins.
    QList<Milestone> steps;
    QDate cursor = previousWorkingDay(eventDate.addDays(-durations.circulateBeforeEvent));
    steps.prepend({ QStringLiteral("delivery"), tr("Documents circulated"), cursor });
    if (withTranslations) {
        cursor = previousWorkingDay(cursor.addDays(-durations.translation));
        steps.prepend({ QStringLiteral("translation"), tr("Sent for translation"), cursor });
    }
    cursor = previousWorkingDay(cursor.addDays(-durations.clearance));
    steps.prepend({ QStringLiteral("clearance"), tr("Submitted for clearance"), cursor });
    cursor = previousWorkingDay(cursor.addDays(-durations.review));
    steps.prepend({ QStringLiteral("review"), tr("Draft to the reviewer"), cursor });
    cursor = previousWorkingDay(cursor.addDays(-durations.drafting));
    steps.prepend({ QStringLiteral("draft"), tr("Start drafting"), cursor });
    return steps;
}

} // namespace Core
