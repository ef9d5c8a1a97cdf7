#include "auditlog.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core {

namespace {

const QString eventColumns = QStringLiteral(
    "e.id, e.at, e.actor_id, p.name, e.entity, e.entity_id, e.action, e.old_values, "
    "e.new_values");

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString textOf(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
}

QList<AuditEvent::Change> changesBetween(const QJsonObject &before, const QJsonObject &after)
{
    QList<AuditEvent::Change> changes;
    const bool isUpdate = !before.isEmpty() && !after.isEmpty();
    const QJsonObject &shape = after.isEmpty() ? before : after;
    for (auto field = shape.begin(); field != shape.end(); ++field) {
        const QString old = textOf(before.value(field.key()));
        const QString now = textOf(after.value(field.key()));
        // An insert or a removal shows every field that held something; an update only those
        // that changed.
        if (isUpdate ? old != now : !(old.isEmpty() && now.isEmpty()))
            changes.append({ field.key(), old, now });
    }
    return changes;
}

AuditEvent::Action actionOf(const QString &key)
{
    if (key == QLatin1String("insert"))
        return AuditEvent::Action::Insert;
    if (key == QLatin1String("delete"))
        return AuditEvent::Action::Delete;
    return AuditEvent::Action::Update;
}

} // namespace

AuditLog::AuditLog(const Database &database) : m_database(database) { }

Status AuditLog::checkMaySeeUnitLog() const
{
    const auto &actor = m_database.actor();
    if (!actor || actor->role == Actor::Role::UnitHead)
        return {};
    return Error(Error::Code::Forbidden, tr("The unit's change log is the unit head's to read."));
}

Status AuditLog::checkMaySeeHistory(const QString &entity, Id entityId) const
{
    const auto &actor = m_database.actor();
    if (!actor || actor->role == Actor::Role::UnitHead)
        return {};
    QString sql;
    if (entity == QLatin1String("appraisal"))
        sql = QStringLiteral("SELECT person_id, supervisor_id FROM appraisal WHERE id = :id");
    else if (entity == QLatin1String("checkin"))
        sql = QStringLiteral("SELECT supervisee_id, supervisor_id FROM checkin WHERE id = :id");
    else
        return {};
    SqlStatement parties(m_database, sql);
    parties.bindId(QStringLiteral(":id"), entityId);
    if (Status status = parties.exec(); !status)
        return status;
    if (parties.next() && actor->maySeeConfidential(parties.id(0), parties.id(1)))
        return {};
    return Error(Error::Code::Forbidden,
        tr("The history of a check-in or an appraisal is for its two parties and the unit head."));
}

Result<QList<AuditEvent>> AuditLog::page(Id beforeId, int limit) const
{
    if (Status status = checkMaySeeUnitLog(); !status)
        return status.error();
    return read(QStringLiteral("(:before = 0 OR e.id < :before) ORDER BY e.id DESC LIMIT :limit"),
        { { QStringLiteral(":before"), beforeId }, { QStringLiteral(":limit"), limit } });
}

// An appraisal's ratings and the supervisor's comments are a draft until the supervisor signs
// them: the person appraised does not see them before, in the history either.
Result<bool> AuditLog::hidesSupervisorDraft(const QString &entity, Id entityId) const
{
    const auto &actor = m_database.actor();
    if (!actor || entity != QLatin1String("appraisal"))
        return false;
    SqlStatement appraisal(m_database,
        QStringLiteral("SELECT person_id = :actor AND supervisor_acknowledged_on IS NULL FROM "
                       "appraisal WHERE id = :id"));
    appraisal.bindId(QStringLiteral(":actor"), actor->personId)
        .bindId(QStringLiteral(":id"), entityId);
    if (Status status = appraisal.exec(); !status)
        return status.error();
    return appraisal.next() && appraisal.flag(0);
}

Result<QList<AuditEvent>> AuditLog::history(const QString &entity, Id entityId) const
{
    if (Status status = checkMaySeeHistory(entity, entityId); !status)
        return status.error();
    auto hidesDraft = hidesSupervisorDraft(entity, entityId);
    if (!hidesDraft)
        return hidesDraft.error();
    const auto &actor = m_database.actor();
    // A pair's recurring check-in items belong to the supervisor's record (their first key).
    const bool seesRecurringItems = !actor || actor->role == Actor::Role::UnitHead
        || (entity == QLatin1String("person") && actor->personId == entityId);
    // The record's own events, and those of the records it owns at any depth, found through
    // the trail itself so that a removed objective's activities still show: each step an index
    // search on the parent, which every event of an owned record names. A progress entry owns
    // nothing, and is left out of the index by record (schema 9): see entryHistory().
    auto events = entity == QLatin1String("progress_entry")
        ? entryHistory(entityId)
        : read(QStringLiteral(
                   "e.id IN (WITH RECURSIVE owned(entity, id) AS (SELECT CAST(:entity AS TEXT), "
                   "CAST(:id AS INTEGER) UNION "
                   "SELECT child.entity, child.entity_id FROM audit_event child JOIN owned ON "
                   "child.parent_entity = owned.entity AND child.parent_id = owned.id) "
                   "SELECT own.id FROM audit_event own WHERE own.entity = CAST(:record AS TEXT) "
                   "AND own.entity_id = CAST(:recordId AS INTEGER) AND own.entity <> "
                   "'progress_entry' UNION ALL "
                   "SELECT child.id FROM owned JOIN audit_event child ON child.parent_entity = "
                   "owned.entity AND child.parent_id = owned.id) AND (:recurring = 1 OR "
                   "e.entity <> 'checkin_recurring') AND NOT (:draft = 1 AND e.entity = "
                   "'appraisal_rating') ORDER BY e.id DESC"),
            { { QStringLiteral(":entity"), entity }, { QStringLiteral(":id"), entityId },
                { QStringLiteral(":record"), entity }, { QStringLiteral(":recordId"), entityId },
                { QStringLiteral(":recurring"), seesRecurringItems ? 1 : 0 },
                { QStringLiteral(":draft"), hidesDraft.value() ? 1 : 0 } });
    if (!events || !hidesDraft.value())
        return events;
    QList<AuditEvent> shown;
    for (AuditEvent &event : events.value()) {
        const qsizetype hidden = event.changes.removeIf([](const AuditEvent::Change &change) {
            return change.field == QLatin1String("supervisor_comments");
        });
        if (hidden == 0 || !event.changes.isEmpty())
            shown.append(event);
    }
    return shown;
}

// One progress entry's events: under its objective, an index search, while the entry exists.
// A removed entry's objective is known only to its events, which then have to be looked for in
// the whole trail: a rare click in the change log, against a page fewer for every entry logged.
Result<QList<AuditEvent>> AuditLog::entryHistory(Id entryId) const
{
    SqlStatement objective(
        m_database, QStringLiteral("SELECT objective_id FROM progress_entry WHERE id = :id"));
    objective.bind(QStringLiteral(":id"), entryId);
    if (Status status = objective.exec(); !status)
        return status.error();
    if (!objective.next())
        return read(QStringLiteral("e.entity = 'progress_entry' AND e.entity_id = CAST(:id AS "
                                   "INTEGER) ORDER BY e.id DESC"),
            { { QStringLiteral(":id"), entryId } });
    const Id objectiveId = objective.id(0);
    objective.finish();
    return read(QStringLiteral("e.parent_entity = 'objective' AND e.parent_id = CAST(:objective "
                               "AS INTEGER) AND e.entity = 'progress_entry' AND e.entity_id = "
                               "CAST(:id AS INTEGER) ORDER BY e.id DESC"),
        { { QStringLiteral(":objective"), objectiveId }, { QStringLiteral(":id"), entryId } });
}

Result<QList<AuditEvent>> AuditLog::read(
    const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const
{
    // %1 and %2 are fixed texts of this file; every value is bound.
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM audit_event e LEFT JOIN person p ON p.id = e.actor_id "
                       "WHERE %2")
            .arg(eventColumns, where));
    for (const auto &[placeholder, value] : bindings)
        query.bind(placeholder, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.id(0);
        event.at = query.instant(1);
        event.actorId = query.id(2);
        event.actorName = query.text(3);
        event.entity = query.text(4);
        event.entityId = query.id(5);
        event.action = actionOf(query.text(6));
        event.changes = changesBetween(objectOf(query.text(7)), objectOf(query.text(8)));
        events.append(event);
    }
    return events;
}

} // namespace Core
