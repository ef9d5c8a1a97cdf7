#ifndef CORE_ASSIGNMENTREPOSITORY_H
#define CORE_ASSIGNMENTREPOSITORY_H

#include "../assignment.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace Core {

class Database;

// People's assignments (contracts, postings). Every write is one transaction.
class AssignmentRepository : public QObject
{
    Q_OBJECT
public:
    explicit AssignmentRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Assignment>> forPerson(Id personId) const; // newest first
    // The assignment running on `today`, else the one that ended last, else the next to start.
    Result<std::optional<Assignment>> current(Id personId, const QDate &today) const;
    Result<Assignment> find(Id id) const;

    Result<Assignment> add(const Assignment &assignment);
    Status update(const Assignment &assignment);
    Status remove(Id id);

Q_SIGNALS:
    void changed();

private:
    Status check(const Assignment &assignment) const;

    const Database &m_database;
};

} // namespace Core

#endif
