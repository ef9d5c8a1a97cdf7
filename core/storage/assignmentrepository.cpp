#include "assignmentrepository.h"

#include "database.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace Core {

namespace {

void bindAssignment(SqlStatement &statement, const Assignment &assignment)
{
    statement.bind(QStringLiteral(":person"), assignment.personId)
        .bind(QStringLiteral(":type"), Assignment::typeKey(assignment.type))
        .bindText(QStringLiteral(":title"), assignment.title.trimmed())
        .bindDate(QStringLiteral(":start"), assignment.start)
        .bindDate(QStringLiteral(":end"), assignment.end)
        .bind(QStringLiteral(":renewable"), assignment.renewable ? 1 : 0)
        .bindText(QStringLiteral(":sponsor"), assignment.sponsor.trimmed())
        .bindText(QStringLiteral(":funding"), assignment.funding.trimmed());
}

} // namespace

AssignmentRepository::AssignmentRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Assignment>> AssignmentRepository::forPerson(Id personId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM assignment WHERE person_id = :person "
                       "ORDER BY start_date DESC, id DESC")
            .arg(RowReader::assignmentColumns));
    query.bind(QStringLiteral(":person"), personId);
    return RowReader::all<Assignment>(query, &RowReader::assignment);
}

Result<std::optional<Assignment>> AssignmentRepository::current(
    Id personId, const QDate &today) const
{
    // Running today first, then the latest that ended, then the soonest to start.
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM assignment WHERE person_id = :person ORDER BY "
                       "CASE WHEN start_date <= :today AND end_date >= :today THEN 0 "
                       "WHEN end_date < :today THEN 1 ELSE 2 END, "
                       "CASE WHEN end_date < :today THEN end_date END DESC, start_date LIMIT 1")
            .arg(RowReader::assignmentColumns));
    query.bind(QStringLiteral(":person"), personId).bindDate(QStringLiteral(":today"), today);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Assignment>();
    return std::optional<Assignment>(RowReader::assignment(query));
}

Result<Assignment> AssignmentRepository::find(Id id) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM assignment WHERE id = :id")
            .arg(RowReader::assignmentColumns));
    query.bind(QStringLiteral(":id"), id);
    return RowReader::one<Assignment>(
        query, &RowReader::assignment, tr("The assignment no longer exists."));
}

Status AssignmentRepository::check(const Assignment &assignment) const
{
    if (Error error = assignment.validate(); error.isError())
        return error;
    SqlStatement person(
        m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM person WHERE id = :id)"));
    person.bind(QStringLiteral(":id"), assignment.personId);
    if (Status status = person.exec(); !status)
        return status;
    if (!person.next() || !person.flag(0))
        return Error::validation(
            tr("The assignment's person is not a person of the unit."), QStringLiteral("person"));
    return {};
}

Result<Assignment> AssignmentRepository::add(const Assignment &assignment)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = check(assignment); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO assignment (person_id, type, title, start_date, end_date, "
                       "renewable, sponsor, funding) VALUES (:person, :type, :title, :start, "
                       ":end, :renewable, :sponsor, :funding) RETURNING id"));
    bindAssignment(insert, assignment);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the assignment"));
    const Id id = insert.insertedId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(id);
}

Status AssignmentRepository::update(const Assignment &assignment)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (auto existing = find(assignment.id); !existing)
        return existing.error();
    if (Status status = check(assignment); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE assignment SET person_id = :person, type = :type, title = :title, "
                       "start_date = :start, end_date = :end, renewable = :renewable, "
                       "sponsor = :sponsor, funding = :funding WHERE id = :id"));
    bindAssignment(update, assignment);
    update.bind(QStringLiteral(":id"), assignment.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the assignment"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status AssignmentRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (auto existing = find(id); !existing)
        return existing.error();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM assignment WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the assignment"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
