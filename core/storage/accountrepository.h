#ifndef CORE_ACCOUNTREPOSITORY_H
#define CORE_ACCOUNTREPOSITORY_H

#include "../account.h"
#include "../actor.h"
#include "../result.h"

#include <QList>
#include <QObject>

namespace Core {

class Database;

// Local accounts, for a unit kept in a file: once one exists, people sign in with their e-mail
// and password and the rules of their role apply (AccessGuards). Only the unit head creates
// accounts and sets roles; everyone may change their own password. The file itself is protected
// by the operating system, not by these accounts: whoever can read the file can read the unit.
class AccountRepository : public QObject
{
    Q_OBJECT
public:
    explicit AccountRepository(const Database &database, QObject *parent = nullptr);

    Result<bool> any() const;
    Result<QList<Account>> all() const; // by name

    // The first account of a unit must be a unit head's: someone must be able to manage them.
    Status create(Id personId, Actor::Role role, const QString &password);
    Status setRole(Id personId, Actor::Role role);
    // Someone changing their own password gives the current one; the unit head resetting
    // another's does not.
    Status changePassword(Id personId, const QString &current, const QString &replacement);
    Status remove(Id personId);

    // The actor for these credentials; one message for an unknown e-mail and a wrong password,
    // which take the same time, so that neither tells which accounts exist.
    Result<Actor> authenticate(const QString &email, const QString &password) const;
    // On a server the server has authenticated: the person whose e-mail names the role logged
    // in, with their account's role. None for the unit's owner (its administrator), who works
    // unsigned like a unit without accounts.
    Result<std::optional<Actor>> serverActor() const;

Q_SIGNALS:
    void changed();

private:
    Status keepsAUnitHead(Id personId, std::optional<Actor::Role> newRole) const;
    Result<QString> storedHash(Id personId) const;

    const Database &m_database;
};

} // namespace Core

#endif
