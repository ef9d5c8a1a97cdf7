#include "actor.h"

#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<Actor::Role> roleEntries[] = {
    { Actor::Role::UnitHead, "unit_head", QT_TRANSLATE_NOOP("Core::Actor", "Unit head") },
    { Actor::Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Core::Actor", "Supervisor") },
    { Actor::Role::Staff, "staff", QT_TRANSLATE_NOOP("Core::Actor", "Staff member") },
    { Actor::Role::Observer, "observer", QT_TRANSLATE_NOOP("Core::Actor", "Observer (read only)") },
};
constexpr EnumTable roleTable("Core::Actor", roleEntries);

} // namespace

bool Actor::mayChangeWorkOf(Id ownerId, Id ownerSupervisorId) const
{
    switch (role) {
    case Role::UnitHead:
        return true;
    case Role::Observer:
        return false;
    case Role::Supervisor:
    case Role::Staff:
        break;
    }
    return ownerId == personId || (ownerSupervisorId != 0 && ownerSupervisorId == personId);
}

bool Actor::maySeeConfidential(Id appraisedId, Id supervisorId) const
{
    return role == Role::UnitHead || appraisedId == personId || supervisorId == personId;
}

QString Actor::roleKey(Role role)
{
    return roleTable.key(role);
}

std::optional<Actor::Role> Actor::roleFromKey(const QString &key)
{
    return roleTable.fromKey(key);
}

QString Actor::roleName(Role role)
{
    return roleTable.name(role);
}

QList<Actor::Role> Actor::roles()
{
    return roleTable.values();
}

Actor::Role Actor::defaultRole(Person::Category category, bool supervisesSomeone)
{
    if (category == Person::Category::UnitHead)
        return Role::UnitHead;
    return supervisesSomeone ? Role::Supervisor : Role::Staff;
}

} // namespace Core
