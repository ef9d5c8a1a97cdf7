#ifndef CORE_BACKUPROTATION_H
#define CORE_BACKUPROTATION_H

#include <QDateTime>
#include <QList>

namespace Core {

// Which backups to keep, as a pure function of when they were taken: the rule alone, so that it
// can be tested over years of simulated backups in microseconds.
//
// Kept: every backup of the last 24 hours (so the automatic ones of a working day, and the one
// taken just before a restore, survive the next backup); the newest backup of each of the
// `daily` most recent days that have one, of each of the `weekly` most recent ISO weeks, and of
// each of the `monthly` most recent months. Periods are counted among those that have a backup,
// not on the calendar: after three months away, the last 12 days of work are still kept.
// Days, weeks and months are UTC, like the file names. A backup dated after `now` (a clock set
// back) is kept and counts towards nothing: there is no telling how old it really is.
//
// Backups taken before a migration, a restore or an import count like any other. Keeping them
// apart would let them pile up without bound; they are recent when they matter, and the 24-hour
// rule keeps them through the day they were taken.
class BackupRotation
{
public:
    struct Policy
    {
        int daily = 12;
        int weekly = 10;
        int monthly = 9;
    };

    // The instants of `takenAt` to keep, newest first.
    static QList<QDateTime> keep(
        const QList<QDateTime> &takenAt, const QDateTime &now, const Policy &policy);
};

} // namespace Core

#endif
