#ifndef CORE_VERIFIEDCOPY_H
#define CORE_VERIFIEDCOPY_H

#include "../result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Core {

// Writes a copy of an open database to a file the way a backup must be written: VACUUM INTO a
// partial file beside the destination (a consistent snapshot even while others write, never a
// file copy of a live database), checked on a connection of its own (quick_check, our
// application id, the expected schema version), flushed to disk, then renamed into place. A
// failed step removes the partial file and leaves any earlier file at the destination as it was.
class VerifiedCopy
{
    Q_DECLARE_TR_FUNCTIONS(Core::VerifiedCopy)

public:
    static Status write(const QSqlDatabase &source, const QString &destination, int schemaVersion);
};

} // namespace Core

#endif
