#ifndef CORE_MEETINGREPOSITORY_H
#define CORE_MEETINGREPOSITORY_H

#include "../meeting.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace Core {

class Database;

// Meetings and events, with participants, follow-up actions and the deliverables that go to
// and come out of them.
class MeetingRepository : public QObject
{
    Q_OBJECT
public:
    explicit MeetingRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Meeting>> all() const; // newest first
    Result<QList<Meeting>> between(const QDate &from, const QDate &to) const;
    Result<Meeting> find(Id id) const;

    Result<Meeting> add(const Meeting &meeting);
    Status update(const Meeting &meeting); // participants, actions and links included
    Status remove(Id id);
    Status setActionDone(Id actionId, bool done);

Q_SIGNALS:
    void changed();

private:
    const Database &m_database;
};

} // namespace Core

#endif
