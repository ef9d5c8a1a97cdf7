#ifndef CORE_INTEGRITYCHECK_H
#define CORE_INTEGRITYCHECK_H

#include "../result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Core {

class Database;

// SQLite's own checks on a unit database: the quick one that guards every open and every backup,
// and the full one (every page, every index, every foreign key) that `ssedesk check` reports.
// Files are checked through a read-only connection of their own: checking never writes to them.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Core::IntegrityCheck)

public:
    struct Verdict
    {
        bool healthy = false;
        QStringList problems; // one line per finding, in SQLite's words; empty when healthy
    };

    // integrity_check and foreign_key_check on the open database.
    static Result<Verdict> run(const Database &database);
    // The same on a file that need not be openable as a unit (a damaged one, a backup). It must
    // be one of ours; a file from a newer version is checked too, since reading changes nothing.
    static Result<Verdict> runOnFile(const QString &path);
    // quick_check: ok, or Error::Code::Corrupt saying what was found and what to do.
    static Status quickCheckFile(const QString &path);
    // A copy we may restore or open: ours, not newer than this application, and passing
    // quick_check. Gives its schema version.
    static Result<int> verifyCopy(const QString &path);
};

} // namespace Core

#endif
