#ifndef CORE_AUDITTRIGGERS_H
#define CORE_AUDITTRIGGERS_H

#include "../result.h"

#include <QSet>
#include <QString>

namespace Core {

class Database;

// Writes the audit trail. On each writable connection it installs, as temporary triggers of
// that connection, one trigger per table and kind of change that appends to audit_event who
// (the person signed in on this connection, from temp.session_actor), when, which row, and the
// row's values before and after as JSON. Triggers rather than calls in each repository: every
// write path (editors, imports, command-line verbs, restores) is recorded the same way and none
// can forget. Temporary rather than stored in the file: they live with the connection that
// knows who is signed in, and a salvage or another tool writing the file does not need them.
class AuditTriggers
{
public:
    // Creates temp.session_actor, where the connection remembers who is working, if missing.
    static Status prepareSession(const Database &database);
    // Drops this connection's triggers and creates them again from the current schema (after a
    // migration or a restore changed it). Also prepares the session. Left to the database to run
    // before the first change (Database::deferWriteRules).
    static Status install(const Database &database);
    // Drops this connection's triggers (and the rule guards with them), before a restore
    // replaces the tables they are attached to.
    static Status uninstall(const Database &database);
    // On a PostgreSQL server the trail is kept by permanent triggers of the schema, installed by
    // its owner after each migration; they take who is working from the server (ServerSchema).
    static Status installOnServer(const Database &database, const QString &schema);

    // Columns whose values never enter the trail: a supervisor's private notes would reach
    // whoever reads the history, and a password hash has no business being copied anywhere.
    static bool isConfidential(const QString &table, const QString &column);
};

} // namespace Core

#endif
