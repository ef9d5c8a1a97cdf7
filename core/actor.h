#ifndef CORE_ACTOR_H
#define CORE_ACTOR_H

#include "id.h"
#include "person.h"

#include <QList>
#include <QString>

#include <optional>

namespace Core {

// The person a UnitStore acts for once they have signed in, and the role that bounds what they
// may see and change. The unit head sees and changes everything; a supervisor or staff member
// changes their own work and that of the people they supervise; an observer only reads.
struct Actor
{
    enum class Role { UnitHead, Supervisor, Staff, Observer };

    Id personId = 0;
    QString name;
    Role role = Role::Staff;

    // May this actor change records owned by `ownerId`, whose supervisor is `ownerSupervisorId`?
    bool mayChangeWorkOf(Id ownerId, Id ownerSupervisorId) const;
    // Appraisals and check-ins are confidential to the person, their supervisor in that
    // appraisal or check-in, and the unit head.
    bool maySeeConfidential(Id personId, Id supervisorId) const;

    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    static QString roleName(Role role);
    static QList<Role> roles();
    // The role a new account starts with: the unit head's category makes a unit head, having
    // supervisees makes a supervisor.
    static Role defaultRole(Person::Category category, bool supervisesSomeone);
};

} // namespace Core

#endif
