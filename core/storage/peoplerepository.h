#ifndef CORE_PEOPLEREPOSITORY_H
#define CORE_PEOPLEREPOSITORY_H

#include "../person.h"
#include "../result.h"

#include <QList>
#include <QObject>

namespace Core {

class Database;

// The people of the unit. Every write is one transaction and emits changed() once committed.
class PeopleRepository : public QObject
{
    Q_OBJECT
public:
    explicit PeopleRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Person>> all() const; // by name
    Result<QList<Person>> supervisees(Id supervisorId) const;
    Result<Person> find(Id id) const;
    Result<Person> findByEmail(const QString &email) const;

    Result<Person> add(const Person &person);
    Status update(const Person &person);
    // Refused while the person has work plans, logged progress or supervisees: their record
    // would be lost with them.
    Status remove(Id id);

Q_SIGNALS:
    void changed();

private:
    Status checkLinks(const Person &person) const;

    const Database &m_database;
};

} // namespace Core

#endif
