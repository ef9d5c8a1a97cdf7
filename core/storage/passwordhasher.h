#ifndef CORE_PASSWORDHASHER_H
#define CORE_PASSWORDHASHER_H

#include "../result.h"

#include <QCoreApplication>
#include <QString>

namespace Core {

// Passwords of local accounts, hashed with Argon2id through libsodium. The stored string
// carries its own salt and cost parameters, so hashes made with other costs still verify. A
// password is never kept, stored or logged in clear: only its hash leaves this class.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(Core::PasswordHasher)

public:
    // The shortest password accepted; long passphrases are what a memory-hard hash rewards.
    static constexpr int minimumLength = 10;

    // The reason a password is refused, or an empty string when it is acceptable.
    static QString weakness(const QString &password);
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // Spends the time a verify() would, for a sign-in with an unknown e-mail: the answer's speed
    // must not tell whether the account exists.
    static void spendVerifyTime(const QString &password);
};

} // namespace Core

#endif
