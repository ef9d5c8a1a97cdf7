#include "backuprotation.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Core {

namespace {

using PeriodOf = std::function<qint64(const QDate &)>;

qint64 dayOf(const QDate &date)
{
    return date.toJulianDay();
}

qint64 weekOf(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return qint64(year) * 100 + week;
}

qint64 monthOf(const QDate &date)
{
    return qint64(date.year()) * 100 + date.month();
}

// The newest backup of each of the `count` most recent periods that have one; `newestFirst`
// must be sorted newest first, so the first backup met in a period is its newest.
void keepNewestPerPeriod(
    const QList<QDateTime> &newestFirst, int count, const PeriodOf &periodOf, QSet<QDateTime> &kept)
{
    QSet<qint64> periods;
    for (const QDateTime &taken : newestFirst) {
        if (int(periods.size()) >= count)
            return;
        const qint64 period = periodOf(taken.toUTC().date());
        if (periods.contains(period))
            continue;
        periods.insert(period);
        kept.insert(taken);
    }
}

} // namespace

QList<QDateTime> BackupRotation::keep(
    const QList<QDateTime> &takenAt, const QDateTime &now, const Policy &policy)
{
    QList<QDateTime> past;
    QSet<QDateTime> kept;
    for (const QDateTime &taken : takenAt) {
        if (taken > now || taken.secsTo(now) < 24 * 60 * 60)
            kept.insert(taken);
        if (taken <= now)
            past.append(taken);
    }
    std::sort(past.begin(), past.end(), std::greater<QDateTime>());
    keepNewestPerPeriod(past, policy.daily, dayOf, kept);
    keepNewestPerPeriod(past, policy.weekly, weekOf, kept);
    keepNewestPerPeriod(past, policy.monthly, monthOf, kept);

    QList<QDateTime> result(kept.cbegin(), kept.cend());
    std::sort(result.begin(), result.end(), std::greater<QDateTime>());
    return result;
}

} // namespace Core
