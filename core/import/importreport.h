#ifndef CORE_IMPORTREPORT_H
#define CORE_IMPORTREPORT_H

#include "importissue.h"

#include <QList>

namespace Core {

// What applying an import did, or in a dry run would have done. An import is all rows or none:
// `written` is true only when there was no issue at all and the transaction committed.
struct ImportReport
{
    QList<ImportIssue> issues; // by row; the file's own problems and the unit's together
    int rows = 0; // data rows that passed every check: written, if `written`
    bool written = false;

    bool isOk() const { return issues.isEmpty(); }
};

} // namespace Core

#endif
