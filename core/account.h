#ifndef CORE_ACCOUNT_H
#define CORE_ACCOUNT_H

#include "actor.h"
#include "id.h"

#include <QDateTime>
#include <QString>

namespace Core {

// A person's local account: the role they sign in with. The password hash stays in storage.
struct Account
{
    Id personId = 0;
    QString name;
    QString email;
    Actor::Role role = Actor::Role::Staff;
    QDateTime passwordChangedAt; // UTC
};

} // namespace Core

#endif
