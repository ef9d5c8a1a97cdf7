#ifndef CORE_SCHEMAMIGRATIONS_H
#define CORE_SCHEMAMIGRATIONS_H

#include "../result.h"

#include <QStringList>

namespace Core {

class Database;

// The ladder of numbered schema versions. Step N takes a database from version N-1 to N in one
// transaction, and stamps the new version in the same transaction, so a failed step leaves the
// file exactly at N-1. A fresh file climbs the same ladder as an old one: there is one path to
// each version, and it is the tested one.
class SchemaMigrations
{
public:
    static int latestVersion();
    // Climbs from `fromVersion` to `toVersion` (the newest unless told otherwise).
    static Status migrate(const Database &database, int fromVersion, int toVersion = -1);
    // The tables a new unit starts with rows in: its default reference lists.
    static QStringList seededTables();
};

} // namespace Core

#endif
