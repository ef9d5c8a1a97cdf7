#ifndef CORE_AGENDAQUERIES_H
#define CORE_AGENDAQUERIES_H

#include "../agendaitem.h"
#include "../result.h"

#include <QDate>
#include <QList>

namespace Core {

class Database;

// Everything dated between two days: missions and meetings that overlap the range, and the
// deadlines (deliverables, activities, BTO reports) that fall in it. One query per kind,
// whatever the range. `personId` narrows to one person's items (as traveller, participant,
// owner or plan holder).
class AgendaQueries
{
public:
    explicit AgendaQueries(const Database &database);

    Result<QList<AgendaItem>> between(const QDate &from, const QDate &to, const QDate &today,
        Id personId = 0) const; // by start date

private:
    const Database &m_database;
};

} // namespace Core

#endif
