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

Result<QList<AuditEvent>> AuditLog::history(const QString &entity, Id entityId) const
{
    if (Status status = checkMaySeeHistory(entity, entityId); !status)
        return status.error();
    // Two index searches joined, rather than one OR that neither index can serve.
    return read(
        QStringLiteral("e.id IN (SELECT id FROM audit_event WHERE entity = :entity AND entity_id = "
                       ":id UNION ALL SELECT id FROM audit_event WHERE parent_entity = :entity AND "
                       "parent_id = :id) ORDER BY e.id DESC"),
        { { QStringLiteral(":entity"), entity }, { QStringLiteral(":id"), entityId } });
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
