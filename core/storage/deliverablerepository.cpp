#include "deliverablerepository.h"

#include "childrows.h"
#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QHash>

#include <functional>

namespace Core {

namespace {

using Binder = std::function<void(SqlStatement &)>;

const Binder noValues = [](SqlStatement &) {};

const QString deliverableColumns = QStringLiteral(
    "deliverable.id, deliverable.title, deliverable.type, deliverable.owner_id, "
    "deliverable.due_date, deliverable.status, deliverable.country_code, deliverable.project_id, "
    "deliverable.assignment_id, deliverable.description");

Deliverable readDeliverable(const SqlStatement &row)
{
    Deliverable deliverable;
    deliverable.id = row.id(0);
    deliverable.title = row.text(1);
    deliverable.type = Deliverable::typeFromKey(row.text(2)).value_or(Deliverable::Type::Brief);
    deliverable.ownerId = row.id(3);
    deliverable.dueDate = row.date(4);
    deliverable.status
        = Deliverable::statusFromKey(row.text(5)).value_or(Deliverable::Status::Planned);
    deliverable.countryCode = row.text(6);
    deliverable.projectId = row.id(7);
    deliverable.assignmentId = row.id(8);
    deliverable.description = row.text(9);
    return deliverable;
}

// (deliverable id, linked id) pairs of a link table, for the deliverables matching `where`.
Status loadLinks(const Database &database, const QString &table, const QString &column,
    const QString &where, const Binder &bind, QHash<Id, QList<Id>> &links)
{
    // Table, column and condition are fixed fragments of this file; values are bound.
    SqlStatement query(database,
        QStringLiteral("SELECT link.deliverable_id, link.%2 FROM %1 AS link JOIN deliverable ON "
                       "deliverable.id = link.deliverable_id WHERE %3 ORDER BY link.%2")
            .arg(table, column, where));
    bind(query);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next())
        links[query.id(0)].append(query.id(1));
    return {};
}

Status loadVersions(const Database &database, const QString &where, const Binder &bind,
    QHash<Id, QList<LanguageVersion>> &versions)
{
    // As above: `where` is a fixed condition of this file.
    SqlStatement query(database,
        QStringLiteral("SELECT version.deliverable_id, version.id, version.language, "
                       "version.required, version.status, version.due_date FROM "
                       "deliverable_version AS version JOIN deliverable ON deliverable.id = "
                       "version.deliverable_id WHERE %1 ORDER BY version.id")
            .arg(where));
    bind(query);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        LanguageVersion version;
        version.id = query.id(1);
        version.language = query.text(2);
        version.required = query.flag(3);
        version.status = LanguageVersion::statusFromKey(query.text(4))
                             .value_or(LanguageVersion::Status::Planned);
        version.dueDate = query.date(5);
        versions[query.id(0)].append(version);
    }
    return {};
}

// Deliverables matching `where`, with contributors, objectives and versions, in four queries
// whatever their number.
Result<QList<Deliverable>> loadDeliverables(
    const Database &database, const QString &where, const Binder &bind)
{
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM deliverable WHERE %2 ORDER BY deliverable.due_date, "
                       "deliverable.id")
            .arg(deliverableColumns, where));
    bind(query);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Deliverable> deliverables;
    while (query.next())
        deliverables.append(readDeliverable(query));
    QHash<Id, QList<Id>> contributors;
    QHash<Id, QList<Id>> objectives;
    QHash<Id, QList<LanguageVersion>> versions;
    if (Status status = loadLinks(database, QStringLiteral("deliverable_contributor"),
            QStringLiteral("person_id"), where, bind, contributors);
        !status)
        return status.error();
    if (Status status = loadLinks(database, QStringLiteral("deliverable_objective"),
            QStringLiteral("objective_id"), where, bind, objectives);
        !status)
        return status.error();
    if (Status status = loadVersions(database, where, bind, versions); !status)
        return status.error();
    for (Deliverable &deliverable : deliverables) {
        deliverable.contributorIds = contributors.value(deliverable.id);
        deliverable.objectiveIds = objectives.value(deliverable.id);
        deliverable.versions = versions.value(deliverable.id);
    }
    return deliverables;
}

Result<bool> exists(const Database &database, const QString &table, Id id)
{
    // `table` is one of this file's fixed names.
    SqlStatement query(
        database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = :id)").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && query.flag(0);
}

QList<Id> optional(Id id)
{
    return id != 0 ? QList<Id> { id } : QList<Id>();
}

Status checkLinks(const Database &database, const Deliverable &deliverable)
{
    const struct
    {
        QString table;
        QList<Id> ids;
        QString message;
        QString field;
    } checks[] = {
        { QStringLiteral("person"), optional(deliverable.ownerId),
            DeliverableRepository::tr("The owner is not a person of the unit."),
            QStringLiteral("owner") },
        { QStringLiteral("person"), deliverable.contributorIds,
            DeliverableRepository::tr("A contributor is not a person of the unit."),
            QStringLiteral("contributors") },
        { QStringLiteral("objective"), deliverable.objectiveIds,
            DeliverableRepository::tr("A linked objective no longer exists."),
            QStringLiteral("objectives") },
        { QStringLiteral("project"), optional(deliverable.projectId),
            DeliverableRepository::tr("The linked project does not exist."),
            QStringLiteral("project") },
        { QStringLiteral("assignment"), optional(deliverable.assignmentId),
            DeliverableRepository::tr("The consultancy assignment does not exist."),
            QStringLiteral("assignment") },
    };
    for (const auto &check : checks) {
        for (Id id : check.ids) {
            auto found = exists(database, check.table, id);
            if (!found)
                return found.error();
            if (!found.value())
                return Error::validation(check.message, check.field);
        }
    }
    return {};
}

// Only the contributors and objectives that came or went are written.
Status writeLinks(const Database &database, const Deliverable &deliverable)
{
    const QList<std::pair<QString, QVariant>> owner { { QStringLiteral("deliverable_id"),
        deliverable.id } };
    if (Status status = ChildRows(
            QStringLiteral("deliverable_contributor"), owner, { QStringLiteral("person_id") })
                            .write(database, ChildRows::rowsOf(deliverable.contributorIds));
        !status)
        return status;
    return ChildRows(
        QStringLiteral("deliverable_objective"), owner, { QStringLiteral("objective_id") })
        .write(database, ChildRows::rowsOf(deliverable.objectiveIds));
}

// Versions keep their ids: existing ones are updated, new ones inserted, dropped ones deleted.
Status writeVersions(const Database &database, const Deliverable &deliverable)
{
    QStringList kept;
    for (const LanguageVersion &version : deliverable.versions)
        kept.append(version.language);
    SqlStatement stored(database,
        QStringLiteral("SELECT id, language FROM deliverable_version WHERE deliverable_id = :id"));
    stored.bind(QStringLiteral(":id"), deliverable.id);
    if (Status status = stored.exec(); !status)
        return status;
    QList<Id> dropped;
    while (stored.next()) {
        if (!kept.contains(stored.text(1)))
            dropped.append(stored.id(0));
    }
    for (Id id : dropped) {
        SqlStatement remove(
            database, QStringLiteral("DELETE FROM deliverable_version WHERE id = :id"));
        remove.bind(QStringLiteral(":id"), id);
        if (Status status = remove.exec(); !status)
            return status;
    }
    for (const LanguageVersion &version : deliverable.versions) {
        SqlStatement upsert(database,
            QStringLiteral("INSERT INTO deliverable_version (deliverable_id, language, required, "
                           "status, due_date) VALUES (:deliverable, :language, :required, "
                           ":status, :due) ON CONFLICT (deliverable_id, language) DO UPDATE SET "
                           "required = excluded.required, status = excluded.status, due_date = "
                           "excluded.due_date"));
        upsert.bind(QStringLiteral(":deliverable"), deliverable.id)
            .bind(QStringLiteral(":language"), version.language)
            .bind(QStringLiteral(":required"), version.required ? 1 : 0)
            .bind(QStringLiteral(":status"), LanguageVersion::statusKey(version.status))
            .bindDate(QStringLiteral(":due"), version.dueDate);
        if (Status status = upsert.exec(); !status)
            return status;
    }
    return {};
}

void bindDeliverable(SqlStatement &statement, const Deliverable &deliverable)
{
    statement.bindText(QStringLiteral(":title"), deliverable.title.trimmed())
        .bind(QStringLiteral(":type"), Deliverable::typeKey(deliverable.type))
        .bind(QStringLiteral(":owner"), deliverable.ownerId)
        .bindDate(QStringLiteral(":due"), deliverable.dueDate)
        .bind(QStringLiteral(":status"), Deliverable::statusKey(deliverable.status))
        .bindText(QStringLiteral(":country"), deliverable.countryCode)
        .bindId(QStringLiteral(":project"), deliverable.projectId)
        .bindId(QStringLiteral(":assignment"), deliverable.assignmentId)
        .bindText(QStringLiteral(":description"), deliverable.description.trimmed());
}

QList<DeliverableDue> readDue(SqlStatement &query)
{
    QList<DeliverableDue> due;
    while (query.next()) {
        due.append({ query.id(0), query.text(1), query.id(2), query.text(3), query.date(4),
            Deliverable::statusFromKey(query.text(5)).value_or(Deliverable::Status::Planned),
            query.date(6) });
    }
    return due;
}

const QString dueColumns = QStringLiteral(
    "SELECT deliverable.id, deliverable.title, deliverable.owner_id, person.name, "
    "deliverable.due_date, deliverable.status, deliverable.status_since FROM deliverable JOIN "
    "person ON person.id = deliverable.owner_id ");

Error refusedMove(Deliverable::Status from, Deliverable::Status to)
{
    const QString field = QStringLiteral("status");
    if (from == Deliverable::Status::InReview)
        return Error::validation(DeliverableRepository::tr("The draft is with its reviewer: "
                                                           "record the review first."),
            field);
    if (Deliverable::isReviewStage(to))
        return Error::validation(
            DeliverableRepository::tr("A deliverable becomes %1 through a review round: submit "
                                      "the draft for review, and the reviewer's outcome moves it.")
                .arg(Deliverable::statusName(to).toLower()),
            field);
    return Error::validation(
        DeliverableRepository::tr("A deliverable that is %1 cannot become %2.")
            .arg(Deliverable::statusName(from).toLower(), Deliverable::statusName(to).toLower()),
        field);
}

} // namespace

DeliverableRepository::DeliverableRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Deliverable>> DeliverableRepository::all() const
{
    return loadDeliverables(m_database, QStringLiteral("1 = 1"), noValues);
}

Result<QList<Deliverable>> DeliverableRepository::forPerson(Id personId) const
{
    return loadDeliverables(m_database,
        QStringLiteral("(deliverable.owner_id = :person OR deliverable.id IN (SELECT "
                       "deliverable_id FROM deliverable_contributor WHERE person_id = :person))"),
        [personId](SqlStatement &query) { query.bind(QStringLiteral(":person"), personId); });
}

Result<QList<Deliverable>> DeliverableRepository::forObjective(Id objectiveId) const
{
    return loadDeliverables(m_database,
        QStringLiteral("deliverable.id IN (SELECT deliverable_id FROM deliverable_objective "
                       "WHERE objective_id = :objective)"),
        [objectiveId](
            SqlStatement &query) { query.bind(QStringLiteral(":objective"), objectiveId); });
}

Result<Deliverable> DeliverableRepository::find(Id id) const
{
    auto deliverables = loadDeliverables(m_database, QStringLiteral("deliverable.id = :id"),
        [id](SqlStatement &query) { query.bind(QStringLiteral(":id"), id); });
    if (!deliverables)
        return deliverables.error();
    if (deliverables.value().isEmpty())
        return Error::notFound(tr("The deliverable no longer exists."));
    return deliverables.value().first();
}

Result<Deliverable> DeliverableRepository::add(const Deliverable &deliverable)
{
    Deliverable stored = deliverable;
    stored.id = 0;
    if (Error error = stored.validate(); error.isError())
        return error;
    // Cleared and delivered outputs may be recorded after the fact; a draft under review has a
    // review round, which only submitting it creates.
    if (stored.status == Deliverable::Status::InReview
        || stored.status == Deliverable::Status::Revision)
        return Error::validation(
            tr("A new deliverable cannot start %1: add it, then submit its draft for review.")
                .arg(Deliverable::statusName(stored.status).toLower()),
            QStringLiteral("status"));
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkLinks(m_database, stored); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO deliverable (title, type, owner_id, due_date, status, "
                       "status_since, country_code, project_id, assignment_id, description) "
                       "VALUES (:title, :type, :owner, :due, :status, :since, :country, "
                       ":project, :assignment, :description) RETURNING id"));
    bindDeliverable(insert, stored);
    insert.bindDate(QStringLiteral(":since"), QDate::currentDate());
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the deliverable"));
    stored.id = insert.insertedId();
    if (Status status = writeLinks(m_database, stored); !status)
        return status.error();
    if (Status status = writeVersions(m_database, stored); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(stored.id);
}

Status DeliverableRepository::update(const Deliverable &deliverable)
{
    return write(deliverable, true);
}

Status DeliverableRepository::write(const Deliverable &deliverable, bool enforceWorkflow)
{
    if (Error error = deliverable.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(deliverable.id);
    if (!existing)
        return existing.error();
    const Deliverable::Status before = existing.value().status;
    if (enforceWorkflow && before != deliverable.status
        && !Deliverable::canMove(before, deliverable.status))
        return refusedMove(before, deliverable.status);
    if (Status status = checkLinks(m_database, deliverable); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE deliverable SET title = :title, type = :type, owner_id = :owner, "
                       "due_date = :due, status = :status, status_since = CASE WHEN status = "
                       ":status THEN status_since ELSE :since END, country_code = :country, "
                       "project_id = :project, assignment_id = :assignment, description = "
                       ":description WHERE id = :id"));
    bindDeliverable(update, deliverable);
    update.bindDate(QStringLiteral(":since"), QDate::currentDate())
        .bind(QStringLiteral(":id"), deliverable.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the deliverable"));
    if (Status status = writeLinks(m_database, deliverable); !status)
        return status;
    if (Status status = writeVersions(m_database, deliverable); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status DeliverableRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(id);
    if (!existing)
        return existing.error();
    if (existing.value().status == Deliverable::Status::Delivered)
        return Error::conflict(
            tr("\"%1\" was delivered; it stays on record.").arg(existing.value().title));
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM deliverable WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the deliverable"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status DeliverableRepository::setStatus(Id deliverableId, Deliverable::Status status)
{
    auto deliverable = find(deliverableId);
    if (!deliverable)
        return deliverable.error();
    Deliverable changedDeliverable = deliverable.value();
    changedDeliverable.status = status;
    return update(changedDeliverable);
}

Status DeliverableRepository::setVersionStatus(Id versionId, LanguageVersion::Status status)
{
    SqlStatement owner(m_database,
        QStringLiteral("SELECT deliverable_id FROM deliverable_version WHERE id = :id"));
    owner.bind(QStringLiteral(":id"), versionId);
    if (Status result = owner.exec(); !result)
        return result;
    if (!owner.next())
        return Error::notFound(tr("The language version no longer exists."));
    auto deliverable = find(owner.id(0));
    if (!deliverable)
        return deliverable.error();
    Deliverable changedDeliverable = deliverable.value();
    for (LanguageVersion &version : changedDeliverable.versions) {
        if (version.id == versionId)
            version.status = status;
    }
    // The last required version delivered delivers the whole: that is what "delivered" means
    // for a report with translations.
    const bool deliversTheWhole = changedDeliverable.isOpen()
        && status == LanguageVersion::Status::Delivered
        && changedDeliverable.requiredVersionsDelivered();
    if (deliversTheWhole)
        changedDeliverable.status = Deliverable::Status::Delivered;
    return write(changedDeliverable, !deliversTheWhole);
}

Result<QList<DeliverableDue>> DeliverableRepository::dueWithin(const QDate &today, int days) const
{
    SqlStatement query(m_database,
        dueColumns
            + QStringLiteral("WHERE deliverable.status NOT IN ('delivered', 'cancelled') AND "
                             "deliverable.due_date >= :from AND deliverable.due_date <= :to "
                             "ORDER BY deliverable.due_date, deliverable.id"));
    query.bindDate(QStringLiteral(":from"), today)
        .bindDate(QStringLiteral(":to"), today.addDays(days));
    if (Status status = query.exec(); !status)
        return status.error();
    return readDue(query);
}

Result<QList<DeliverableDue>> DeliverableRepository::waitingForReview() const
{
    SqlStatement query(m_database,
        dueColumns
            + QStringLiteral("WHERE deliverable.status = 'in_review' ORDER BY "
                             "deliverable.status_since, deliverable.id"));
    if (Status status = query.exec(); !status)
        return status.error();
    return readDue(query);
}

Result<QMap<Deliverable::Status, int>> DeliverableRepository::countByStatus() const
{
    SqlStatement query(
        m_database, QStringLiteral("SELECT status, count(*) FROM deliverable GROUP BY status"));
    if (Status status = query.exec(); !status)
        return status.error();
    QMap<Deliverable::Status, int> counts;
    while (query.next()) {
        if (auto status = Deliverable::statusFromKey(query.text(0)))
            counts.insert(*status, query.integer(1));
    }
    return counts;
}

} // namespace Core
