#include "accountrepository.h"

#include "database.h"
#include "passwordhasher.h"
#include "sqlstatement.h"
#include "transactionguard.h"

namespace Core {

namespace {

QString now()
{
    return SqlStatement::instantText(QDateTime::currentDateTimeUtc());
}

} // namespace

AccountRepository::AccountRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<bool> AccountRepository::any() const
{
    SqlStatement query(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"));
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && query.flag(0);
}

Result<QList<Account>> AccountRepository::all() const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT a.person_id, p.name, p.email, a.role, a.password_changed_at "
                       "FROM account a JOIN person p ON p.id = a.person_id "
                       "ORDER BY p.name COLLATE NOCASE, p.id"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Account> accounts;
    while (query.next()) {
        Account account;
        account.personId = query.id(0);
        account.name = query.text(1);
        account.email = query.text(2);
        account.role = Actor::roleFromKey(query.text(3)).value_or(Actor::Role::Observer);
        account.passwordChangedAt = query.instant(4);
        accounts.append(account);
    }
    return accounts;
}

Status AccountRepository::keepsAUnitHead(Id personId, std::optional<Actor::Role> newRole) const
{
    if (newRole == Actor::Role::UnitHead)
        return {};
    SqlStatement others(m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM account WHERE role = 'unit_head' AND "
                       "person_id <> :person), EXISTS (SELECT 1 FROM account WHERE "
                       "person_id <> :person)"));
    others.bindId(QStringLiteral(":person"), personId);
    if (Status status = others.exec(); !status)
        return status;
    others.next();
    const bool anotherHead = others.flag(0);
    const bool anyoneElse = others.flag(1);
    if (!anotherHead && anyoneElse)
        return Error::conflict(tr("The unit would have no unit head to manage its accounts: "
                                  "give another account the unit head's role first."),
            QStringLiteral("role"));
    if (!anotherHead && !anyoneElse && newRole)
        return Error::validation(
            tr("The first account of a unit is the unit head's: someone must manage the others."),
            QStringLiteral("role"));
    return {};
}

Status AccountRepository::create(Id personId, Actor::Role role, const QString &password)
{
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement person(m_database,
        QStringLiteral("SELECT p.name, a.person_id IS NOT NULL FROM person p "
                       "LEFT JOIN account a ON a.person_id = p.id WHERE p.id = :person"));
    person.bindId(QStringLiteral(":person"), personId);
    if (Status status = person.exec(); !status)
        return status;
    if (!person.next())
        return Error::validation(tr("Choose a person of the unit."), QStringLiteral("person"));
    if (person.flag(1))
        return Error::conflict(
            tr("%1 already has an account.").arg(person.text(0)), QStringLiteral("person"));
    if (Status status = keepsAUnitHead(personId, role); !status)
        return status;
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO account (person_id, role, password_hash, "
                       "password_changed_at) VALUES (:person, :role, :hash, :at)"));
    insert.bindId(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":role"), Actor::roleKey(role))
        .bind(QStringLiteral(":hash"), hash.value())
        .bind(QStringLiteral(":at"), now());
    if (Status status = insert.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AccountRepository::setRole(Id personId, Actor::Role role)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (Status status = keepsAUnitHead(personId, role); !status)
        return status;
    SqlStatement update(
        m_database, QStringLiteral("UPDATE account SET role = :role WHERE person_id = :person"));
    update.bind(QStringLiteral(":role"), Actor::roleKey(role))
        .bindId(QStringLiteral(":person"), personId);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return Error::notFound(tr("This person has no account."));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<QString> AccountRepository::storedHash(Id personId) const
{
    SqlStatement query(
        m_database, QStringLiteral("SELECT password_hash FROM account WHERE person_id = :person"));
    query.bindId(QStringLiteral(":person"), personId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(tr("This person has no account."));
    return query.text(0);
}

Status AccountRepository::changePassword(
    Id personId, const QString &current, const QString &replacement)
{
    // Whoever changes their own password proves they know it; the unit head resetting someone
    // else's does not (the guards refuse anyone else), nor does a unit without anyone signed in.
    if (const auto &actor = m_database.actor(); actor && actor->personId == personId) {
        auto hash = storedHash(personId);
        if (!hash)
            return hash.error();
        if (!PasswordHasher::verify(hash.value(), current))
            return Error::validation(
                tr("The current password is not right."), QStringLiteral("current"));
    }
    auto hash = PasswordHasher::hash(replacement);
    if (!hash)
        return hash.error();
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement update(m_database,
        QStringLiteral("UPDATE account SET password_hash = :hash, password_changed_at = :at "
                       "WHERE person_id = :person"));
    update.bind(QStringLiteral(":hash"), hash.value())
        .bind(QStringLiteral(":at"), now())
        .bindId(QStringLiteral(":person"), personId);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return Error::notFound(tr("This person has no account."));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AccountRepository::remove(Id personId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (Status status = keepsAUnitHead(personId, std::nullopt); !status)
        return status;
    SqlStatement remove(
        m_database, QStringLiteral("DELETE FROM account WHERE person_id = :person"));
    remove.bindId(QStringLiteral(":person"), personId);
    if (Status status = remove.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<Actor> AccountRepository::authenticate(const QString &email, const QString &password) const
{
    SqlStatement query(m_database,
        QStringLiteral(
            "SELECT p.id, p.name, a.role, a.password_hash FROM account a "
            "JOIN person p ON p.id = a.person_id WHERE p.email = :email COLLATE NOCASE"));
    query.bind(QStringLiteral(":email"), email.trimmed());
    if (Status status = query.exec(); !status)
        return status.error();
    const Error refused(Error::Code::Forbidden,
        tr("The e-mail address or the password is not right."), QStringLiteral("password"));
    if (!query.next()) {
        PasswordHasher::spendVerifyTime(password);
        return refused;
    }
    Actor actor;
    actor.personId = query.id(0);
    actor.name = query.text(1);
    actor.role = Actor::roleFromKey(query.text(2)).value_or(Actor::Role::Observer);
    if (!PasswordHasher::verify(query.text(3), password))
        return refused;
    return actor;
}

Result<std::optional<Actor>> AccountRepository::serverActor() const
{
    SqlStatement owner(m_database, QStringLiteral("SELECT ssedesk_owner_session()"));
    if (Status status = owner.exec(); !status)
        return status.error();
    if (owner.next() && owner.flag(0))
        return std::optional<Actor>();
    SqlStatement query(m_database,
        QStringLiteral(
            "SELECT p.id, p.name, a.role FROM person p LEFT JOIN account a ON "
            "a.person_id = p.id WHERE lower(p.email) = session_user::text COLLATE \"C\""));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error(Error::Code::Forbidden,
            tr("The server let you in, but its unit has no person whose e-mail address is your "
               "login: ask the unit's administrator to add you with \"ssedesk server "
               "add-user\"."));
    Actor actor;
    actor.personId = query.id(0);
    actor.name = query.text(1);
    actor.role = Actor::roleFromKey(query.text(2)).value_or(Actor::Role::Observer);
    return std::optional<Actor>(actor);
}

} // namespace Core
