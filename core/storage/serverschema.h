#ifndef CORE_SERVERSCHEMA_H
#define CORE_SERVERSCHEMA_H

#include "../result.h"

#include <QString>

namespace Core {

class Database;

// What a unit's schema needs on PostgreSQL that SQLite gives for free or does another way.
// The migrations are written once, in the SQL both understand; this class translates the few
// words that differ, adds the functions our queries share with SQLite (julianday, date with a
// modifier, a case-blind collation called nocase), keeps the schema version in a table (there
// is no PRAGMA user_version), and installs, as permanent triggers owned by the unit's owner,
// what a file gets per connection: the audit trail and the guards of who may change what. On
// a server they read who is working from the PostgreSQL role logged in (ServerRoles), so no
// client can claim to be someone else.
class ServerSchema
{
public:
    // The table that marks a PostgreSQL schema as one of our units.
    static QString markerTable() { return QStringLiteral("ssedesk_schema"); }

    // Every statement run on a server passes through here (SqlStatement).
    static QString translate(const QString &sql);
    // Run first, in the transaction that creates version 1.
    static Status prepare(const Database &database);
    // 0 for a schema with no unit yet.
    static Result<int> version(const Database &database);
    static Status stamp(const Database &database, int version);
    // The schema the connection works in (its search_path's first).
    static Result<QString> currentSchema(const Database &database);
    // After every climb of the ladder: the triggers follow the tables as they now are.
    static Status installRules(const Database &database);
};

} // namespace Core

#endif
