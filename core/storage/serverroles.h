#ifndef CORE_SERVERROLES_H
#define CORE_SERVERROLES_H

#include "../actor.h"
#include "../result.h"

#include <QCoreApplication>
#include <QString>

namespace Core {

class Database;

// Who may log in to a unit's server, and what the server itself lets each one do, whatever
// program they use. Every person logs in as a PostgreSQL role of their own, named after their
// e-mail address, member of the group role of their account's role; the groups hold the
// privileges. What a role may change row by row is the guards' business (ServerSchema); what
// it may read is bounded here: forced row-level security keeps appraisals and check-ins (and
// their rows, and their history in the trail) to their two parties and the unit head, keeps a
// supervisor's draft ratings from the person appraised until the supervisor signs, and column
// privileges keep a supervisor's private notes and draft comments out of everyone's SELECT
// (they read them through functions that ask who is working). A signed appraisal is locked for
// everybody. Run by the unit's owner: `ssedesk server init` and `ssedesk server add-user`.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(Core::ServerRoles)

public:
    // The group role of an account role ("ssedesk_staff"...), shared by the units of a cluster.
    static QString groupRole(Actor::Role role);
    // Creates the group roles if missing, grants them this schema's tables, and forces the
    // row-level security. Again after every upgrade: new tables need their grants.
    static Status initialise(const Database &owner);
    // A login for a person of the unit: an account with `role` (AccountRepository's rules) and a
    // PostgreSQL role named after their e-mail, with `password`, in the group of `role`.
    static Status addUser(
        const Database &owner, const QString &email, Actor::Role role, const QString &password);
};

} // namespace Core

#endif
