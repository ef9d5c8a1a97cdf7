#ifndef CORE_MISSIONREPOSITORY_H
#define CORE_MISSIONREPOSITORY_H

#include "../dashboardfigures.h"
#include "../mission.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace Core {

class Database;

// Missions with their travellers and links. A person cannot be on two missions at once: an
// overlapping mission is refused, naming the one in the way (cancelled ones don't count).
class MissionRepository : public QObject
{
    Q_OBJECT
public:
    explicit MissionRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Mission>> all() const; // newest first
    Result<QList<Mission>> forPerson(Id personId) const;
    Result<QList<Mission>> between(const QDate &from, const QDate &to) const; // overlapping
    Result<Mission> find(Id id) const;

    Result<Mission> add(const Mission &mission);
    Status update(const Mission &mission);
    Status remove(Id id);
    Status setStatus(Id missionId, Mission::Status status);
    Status submitBto(Id missionId, const QDate &submittedOn);

    // Reports due after missions that ended: overdue on `today`, oldest first.
    Result<QList<OverdueBto>> overdueBtoReports(const QDate &today) const;
    // Days on mission per person in `year` (non-cancelled missions), by country and month.
    Result<QList<MissionDays>> missionDays(int year) const;

Q_SIGNALS:
    void changed();

private:
    const Database &m_database;
};

} // namespace Core

#endif
