#include "passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Core {

namespace {

bool sodiumReady()
{
    // sodium_init() is safe to call more than once and from several threads; it returns 1 when
    // already initialised and -1 only when the library cannot work at all.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Interactive limits: about a tenth of a second and 64 MiB here, the cost libsodium
// recommends for a sign-in a person waits for.
constexpr auto opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < minimumLength)
        return tr("A password needs at least %1 characters.").arg(minimumLength);
    if (password.trimmed().isEmpty())
        return tr("A password cannot be only spaces.");
    return {};
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (const QString reason = weakness(password); !reason.isEmpty())
        return Error::validation(reason, QStringLiteral("password"));
    if (!sodiumReady())
        return Error(Error::Code::Storage, tr("The password library (libsodium) cannot start."));
    const QByteArray utf8 = password.toUtf8();
    char hashed[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hashed, utf8.constData(),
            static_cast<unsigned long long>(utf8.size()), opsLimit, memLimit,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(Error::Code::Storage,
            tr("The password could not be hashed: the computer is short of memory."));
    return QString::fromLatin1(hashed);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

void PasswordHasher::spendVerifyTime(const QString &password)
{
    // A hash of a fixed decoy with the same costs: verifying against it takes what a real
    // verification takes.
    static const Result<QString> decoy = hash(QStringLiteral("decoy password, never used"));
    if (decoy)
        verify(decoy.value(), password);
}

} // namespace Core
