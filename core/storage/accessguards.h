#ifndef CORE_ACCESSGUARDS_H
#define CORE_ACCESSGUARDS_H

#include "../result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Core {

class Database;

// The rules of who may change what, enforced row by row by the database itself: on each
// writable connection, temporary triggers refuse a change to a plan, its objectives, activities
// and progress, a check-in, an appraisal, a person's record or contract, or a unit-wide setting
// when the person signed in (temp.session_actor) may not make it. Below every repository,
// import and verb, so no path can skip a rule. Nobody signed in (a unit without accounts, the
// demo, a test) means no restriction. The unit's shared work (missions, deliverables, meetings,
// projects, partners) is open to every member; observers change nothing at all.
class AccessGuards
{
    Q_DECLARE_TR_FUNCTIONS(Core::AccessGuards)

public:
    // `tables`: every table of the schema; those without a rule of their own are shared work.
    static Status install(const Database &database, const QStringList &tables);
    // The same rules on a PostgreSQL server, as permanent triggers in `schema` (an identifier
    // checked by ServerAddress) that ask the server who is logged in (ServerSchema).
    static Status installOnServer(
        const Database &database, const QStringList &tables, const QString &schema);
    // The message for a refusal raised by one of these triggers, or an empty string when
    // `databaseText` is not one.
    static QString refusal(const QString &databaseText);
};

} // namespace Core

#endif
