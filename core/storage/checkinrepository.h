#ifndef CORE_CHECKINREPOSITORY_H
#define CORE_CHECKINREPOSITORY_H

#include "../checkin.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Core {

class Database;

// Check-ins between supervisors and supervisees. Every read names its viewer: the supervisor's
// private notes come back only to that supervisor.
class CheckInRepository : public QObject
{
    Q_OBJECT
public:
    explicit CheckInRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<CheckIn>> forSupervisee(Id superviseeId, Id viewerId) const; // newest first
    Result<CheckIn> find(Id id, Id viewerId) const;

    // A new, unsaved check-in for the pair on `date`: the recurring agenda items, then every
    // action item of their earlier check-ins that is not done yet.
    Result<CheckIn> prepareNext(Id supervisorId, Id superviseeId, const QDate &date) const;
    Result<QStringList> recurringItems(Id supervisorId, Id superviseeId) const;
    Status setRecurringItems(Id supervisorId, Id superviseeId, const QStringList &items);

    // Written by `authorId`, the supervisor or the supervisee. Only the supervisor's save
    // writes private notes; the supervisee's leaves them as they were.
    Result<CheckIn> save(const CheckIn &checkIn, Id authorId);
    Status setActionDone(Id actionId, bool done);
    Status remove(Id id, Id authorId);

    // The objectives of the supervisee's current plan, the longest undiscussed first.
    Result<QList<ObjectiveDiscussion>> objectivesByLastDiscussed(Id superviseeId) const;
    // Supervisees (of `supervisorId`, or all) with the unit on `today` whose last check-in is
    // `intervalDays` or more before, or who never had one; the longest first.
    Result<QList<CheckInDue>> due(
        const QDate &today, int intervalDays = 30, Id supervisorId = 0) const;

Q_SIGNALS:
    void changed();

private:
    Result<QList<CheckIn>> visibleToActor(Result<QList<CheckIn>> checkIns) const;
    Status checkAuthor(const CheckIn &checkIn, Id authorId) const;

    const Database &m_database;
};

} // namespace Core

#endif
