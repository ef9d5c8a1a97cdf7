#include "projectrepository.h"

#include "database.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QStringList>

namespace Core {

namespace {

// Fixed column lists of ours, spliced into SQL with arg(); values are always bound.
const QString projectColumns = QStringLiteral(
    "project.id, project.code, project.title, project.country_code, project.donor, "
    "project.start_date, project.end_date");
const QString partnerColumns = QStringLiteral(
    "partner.id, partner.name, partner.kind, partner.country_code, partner.contact");

Project readProject(const SqlStatement &row)
{
    Project project;
    project.id = row.id(0);
    project.code = row.text(1);
    project.title = row.text(2);
    project.countryCode = row.text(3);
    project.donor = row.text(4);
    project.start = row.date(5);
    project.end = row.date(6);
    return project;
}

Partner readPartner(const SqlStatement &row)
{
    Partner partner;
    partner.id = row.id(0);
    partner.name = row.text(1);
    partner.kind = Partner::kindFromKey(row.text(2)).value_or(Partner::Kind::Other);
    partner.countryCode = row.text(3);
    partner.contact = row.text(4);
    return partner;
}

void bindProject(SqlStatement &statement, const Project &project)
{
    statement.bindText(QStringLiteral(":code"), project.code.trimmed())
        .bindText(QStringLiteral(":title"), project.title.trimmed())
        .bindText(QStringLiteral(":country"), project.countryCode)
        .bindText(QStringLiteral(":donor"), project.donor.trimmed())
        .bindDate(QStringLiteral(":start"), project.start)
        .bindDate(QStringLiteral(":end"), project.end);
}

void bindPartner(SqlStatement &statement, const Partner &partner)
{
    statement.bindText(QStringLiteral(":name"), partner.name.trimmed())
        .bind(QStringLiteral(":kind"), Partner::kindKey(partner.kind))
        .bindText(QStringLiteral(":country"), partner.countryCode)
        .bindText(QStringLiteral(":contact"), partner.contact.trimmed());
}

// Whether another row than `id` already uses `value`: a fixed query of ours with :value, :id.
Result<bool> isTaken(const Database &database, const QString &sql, const QString &value, Id id)
{
    SqlStatement query(database, sql);
    query.bind(QStringLiteral(":value"), value.trimmed()).bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && query.flag(0);
}

// Codes and names differing only in case name the same thing to a person, so the check ignores
// case although the UNIQUE constraints do not.
Status checkCodeFree(const Database &database, const Project &project)
{
    auto taken = isTaken(database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM project WHERE code = :value COLLATE NOCASE "
                       "AND id <> :id)"),
        project.code, project.id);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error::conflict(ProjectRepository::tr("Another project already has the code %1.")
                                   .arg(project.code.trimmed()),
            QStringLiteral("code"));
    return {};
}

Status checkNameFree(const Database &database, const Partner &partner)
{
    auto taken = isTaken(database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM partner WHERE name = :value COLLATE NOCASE "
                       "AND id <> :id)"),
        partner.name, partner.id);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error::conflict(
            ProjectRepository::tr("%1 is already a partner.").arg(partner.name.trimmed()),
            QStringLiteral("name"));
    return {};
}

// "2 missions and 1 deliverable": what still points at a project, or empty when nothing does.
Result<QString> linksTo(const Database &database, Id projectId)
{
    SqlStatement count(database,
        QStringLiteral("SELECT (SELECT count(*) FROM mission WHERE project_id = :id), (SELECT "
                       "count(*) FROM meeting WHERE project_id = :id), (SELECT count(*) FROM "
                       "deliverable WHERE project_id = :id)"));
    count.bind(QStringLiteral(":id"), projectId);
    if (Status status = count.exec(); !status)
        return status.error();
    count.next();
    QStringList parts;
    if (const int missions = count.integer(0); missions > 0)
        parts.append(ProjectRepository::tr("%n mission(s)", nullptr, missions));
    if (const int meetings = count.integer(1); meetings > 0)
        parts.append(ProjectRepository::tr("%n meeting(s)", nullptr, meetings));
    if (const int deliverables = count.integer(2); deliverables > 0)
        parts.append(ProjectRepository::tr("%n deliverable(s)", nullptr, deliverables));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return ProjectRepository::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

Result<Partner> partnerById(const Database &database, Id id)
{
    // %1 is a fixed column list of ours; the id is bound.
    SqlStatement query(
        database, QStringLiteral("SELECT %1 FROM partner WHERE id = :id").arg(partnerColumns));
    query.bind(QStringLiteral(":id"), id);
    return RowReader::one<Partner>(
        query, &readPartner, ProjectRepository::tr("No partner with id %1 exists.").arg(id));
}

} // namespace

ProjectRepository::ProjectRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Project>> ProjectRepository::projects() const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM project ORDER BY code COLLATE NOCASE, id")
            .arg(projectColumns));
    return RowReader::all<Project>(query, &readProject);
}

Result<Project> ProjectRepository::findProject(Id id) const
{
    // %1 is a fixed column list of ours; the id is bound.
    SqlStatement query(
        m_database, QStringLiteral("SELECT %1 FROM project WHERE id = :id").arg(projectColumns));
    query.bind(QStringLiteral(":id"), id);
    return RowReader::one<Project>(
        query, &readProject, tr("No project with id %1 exists.").arg(id));
}

Result<Project> ProjectRepository::addProject(const Project &project)
{
    Project stored = project;
    stored.id = 0;
    if (Error error = stored.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkCodeFree(m_database, stored); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral(
            "INSERT INTO project (code, title, country_code, donor, start_date, "
            "end_date) VALUES (:code, :title, :country, :donor, :start, :end) RETURNING id"));
    bindProject(insert, stored);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding project %1").arg(stored.code));
    const Id id = insert.insertedId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return findProject(id);
}

Status ProjectRepository::updateProject(const Project &project)
{
    if (Error error = project.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = findProject(project.id);
    if (!existing)
        return existing.error();
    if (existing.value() == project)
        return {};
    if (Status status = checkCodeFree(m_database, project); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE project SET code = :code, title = :title, country_code = "
                       ":country, donor = :donor, start_date = :start, end_date = :end WHERE "
                       "id = :id"));
    bindProject(update, project);
    update.bind(QStringLiteral(":id"), project.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving project %1").arg(project.code));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status ProjectRepository::removeProject(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto project = findProject(id);
    if (!project)
        return project.error();
    auto links = linksTo(m_database, id);
    if (!links)
        return links.error();
    if (!links.value().isEmpty())
        return Error::conflict(tr("Project %1 is linked to %2; link them to another project or "
                                  "to none first.")
                                   .arg(project.value().code, links.value()));
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM project WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing project %1").arg(project.value().code));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<QList<Partner>> ProjectRepository::partners() const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM partner ORDER BY name COLLATE NOCASE, id")
            .arg(partnerColumns));
    return RowReader::all<Partner>(query, &readPartner);
}

Result<Partner> ProjectRepository::addPartner(const Partner &partner)
{
    Partner stored = partner;
    stored.id = 0;
    if (Error error = stored.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkNameFree(m_database, stored); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO partner (name, kind, country_code, contact) VALUES (:name, "
                       ":kind, :country, :contact) RETURNING id"));
    bindPartner(insert, stored);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding %1").arg(stored.name));
    const Id id = insert.insertedId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return partnerById(m_database, id);
}

Status ProjectRepository::updatePartner(const Partner &partner)
{
    if (Error error = partner.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = partnerById(m_database, partner.id);
    if (!existing)
        return existing.error();
    if (existing.value() == partner)
        return {};
    if (Status status = checkNameFree(m_database, partner); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE partner SET name = :name, kind = :kind, country_code = :country, "
                       "contact = :contact WHERE id = :id"));
    bindPartner(update, partner);
    update.bind(QStringLiteral(":id"), partner.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving %1").arg(partner.name));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status ProjectRepository::removePartner(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM partner WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the partner"));
    if (remove.rowsAffected() == 0)
        return Error::notFound(tr("No partner with id %1 exists.").arg(id));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
