#include "peoplerepository.h"

#include "database.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace Core {

namespace {

void bindPerson(SqlStatement &statement, const Person &person)
{
    statement.bindText(QStringLiteral(":name"), person.name.trimmed())
        .bindText(QStringLiteral(":email"), person.email.trimmed())
        .bindText(QStringLiteral(":title"), person.positionTitle.trimmed())
        .bind(QStringLiteral(":category"), Person::categoryKey(person.category))
        .bindText(QStringLiteral(":grade"), person.grade.trimmed())
        .bindText(QStringLiteral(":station"), person.dutyStation.trimmed())
        .bindText(QStringLiteral(":languages"), person.languages.join(QLatin1Char(',')))
        .bindId(QStringLiteral(":supervisor"), person.supervisorId);
}

Result<bool> exists(const Database &database, const QString &sql, Id id)
{
    SqlStatement query(database, sql);
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && query.flag(0);
}

} // namespace

PeopleRepository::PeopleRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Person>> PeopleRepository::all() const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM person ORDER BY name COLLATE NOCASE, id")
            .arg(RowReader::personColumns));
    return RowReader::all<Person>(query, &RowReader::person);
}

Result<QList<Person>> PeopleRepository::supervisees(Id supervisorId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM person WHERE supervisor_id = :id "
                       "ORDER BY name COLLATE NOCASE, id")
            .arg(RowReader::personColumns));
    query.bind(QStringLiteral(":id"), supervisorId);
    return RowReader::all<Person>(query, &RowReader::person);
}

Result<Person> PeopleRepository::find(Id id) const
{
    // %1 is a fixed column list of ours; the id is bound.
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM person WHERE id = :id").arg(RowReader::personColumns));
    query.bind(QStringLiteral(":id"), id);
    return RowReader::one<Person>(
        query, &RowReader::person, tr("No person with id %1 exists.").arg(id));
}

Result<Person> PeopleRepository::findByEmail(const QString &email) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM person WHERE email = :email COLLATE NOCASE")
            .arg(RowReader::personColumns));
    query.bind(QStringLiteral(":email"), email.trimmed());
    return RowReader::one<Person>(
        query, &RowReader::person, tr("Nobody in the unit has the e-mail address %1.").arg(email));
}

Status PeopleRepository::checkLinks(const Person &person) const
{
    if (Error error = person.validate(); error.isError())
        return error;
    SqlStatement sameEmail(m_database,
        QStringLiteral(
            "SELECT name FROM person WHERE email = :email COLLATE NOCASE AND id <> :id"));
    sameEmail.bind(QStringLiteral(":email"), person.email.trimmed())
        .bind(QStringLiteral(":id"), person.id);
    if (Status status = sameEmail.exec(); !status)
        return status;
    if (sameEmail.next())
        return Error::conflict(tr("%1 already uses the e-mail address %2.")
                                   .arg(sameEmail.text(0), person.email.trimmed()),
            QStringLiteral("email"));
    if (person.supervisorId == 0)
        return {};

    // Walk up from the proposed supervisor: reaching this person would make a loop.
    SqlStatement chain(m_database,
        QStringLiteral(
            "WITH RECURSIVE up(id, depth) AS (SELECT CAST(:supervisor AS INTEGER), 0 UNION "
            "SELECT person.supervisor_id, up.depth + 1 FROM person JOIN up ON "
            "person.id = up.id WHERE person.supervisor_id IS NOT NULL AND "
            "up.depth < 100) SELECT EXISTS (SELECT 1 FROM person WHERE id = "
            ":supervisor), EXISTS (SELECT 1 FROM up WHERE id = :id)"));
    chain.bind(QStringLiteral(":supervisor"), person.supervisorId)
        .bind(QStringLiteral(":id"), person.id);
    if (Status status = chain.exec(); !status)
        return status;
    chain.next();
    if (!chain.flag(0))
        return Error::validation(
            tr("The chosen supervisor is not a person of the unit."), QStringLiteral("supervisor"));
    if (person.id != 0 && chain.flag(1))
        return Error::validation(
            tr("%1 cannot be supervised by someone they supervise, directly or not.")
                .arg(person.name),
            QStringLiteral("supervisor"));
    return {};
}

Result<Person> PeopleRepository::add(const Person &person)
{
    Person stored = person;
    stored.id = 0;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkLinks(stored); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO person (name, email, position_title, category, grade, "
                       "duty_station, languages, supervisor_id) VALUES (:name, :email, :title, "
                       ":category, :grade, :station, :languages, :supervisor) RETURNING id"));
    bindPerson(insert, stored);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding %1").arg(stored.name));
    stored.id = insert.insertedId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(stored.id);
}

Status PeopleRepository::update(const Person &person)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (auto existing = find(person.id); !existing)
        return existing.error();
    if (Status status = checkLinks(person); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE person SET name = :name, email = :email, position_title = :title, "
                       "category = :category, grade = :grade, duty_station = :station, "
                       "languages = :languages, supervisor_id = :supervisor WHERE id = :id"));
    bindPerson(update, person);
    update.bind(QStringLiteral(":id"), person.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving %1").arg(person.name));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status PeopleRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto person = find(id);
    if (!person)
        return person.error();
    const QString name = person.value().name;
    const struct
    {
        QString sql;
        QString why;
    } blockers[] = {
        { QStringLiteral("SELECT EXISTS (SELECT 1 FROM work_plan WHERE person_id = :id)"),
            tr("%1 has work plans; they are part of the unit's record.").arg(name) },
        { QStringLiteral("SELECT EXISTS (SELECT 1 FROM progress_entry WHERE author_id = :id)"),
            tr("%1 has logged progress; it is part of the unit's record.").arg(name) },
        { QStringLiteral("SELECT EXISTS (SELECT 1 FROM person WHERE supervisor_id = :id)"),
            tr("%1 supervises people; give them another supervisor first.").arg(name) },
    };
    for (const auto &blocker : blockers) {
        auto blocked = exists(m_database, blocker.sql, id);
        if (!blocked)
            return blocked.error();
        if (blocked.value())
            return Error::conflict(blocker.why);
    }
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM person WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing %1").arg(name));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
