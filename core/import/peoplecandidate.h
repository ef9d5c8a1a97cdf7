#ifndef CORE_PEOPLECANDIDATE_H
#define CORE_PEOPLECANDIDATE_H

#include "../person.h"
#include "importissue.h"

#include <QList>
#include <QString>

namespace Core {

// What a people file says, read but not yet checked against the unit: the rows that passed every
// check a file allows on its own, and the problems of the others. A supervisor is named by
// e-mail because they may be another row of the same file, or someone already in the unit.
struct PeopleCandidate
{
    struct Row
    {
        int row = 0; // as a spreadsheet numbers it; the header is row 1
        Person person; // without id and supervisorId: both are known only once stored
        QString supervisorEmail;
    };

    QList<Row> rows;
    QList<ImportIssue> issues;
};

} // namespace Core

#endif
