#ifndef CORE_AUDITLOG_H
#define CORE_AUDITLOG_H

#include "../auditevent.h"
#include "../result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Core {

class Database;

// Reads the audit trail (written by AuditTriggers), newest first. The unit-wide log is the unit
// head's; a record's history is for whoever may change that record: check-ins and appraisals
// keep their confidentiality in their history too.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Core::AuditLog)

public:
    explicit AuditLog(const Database &database);

    // One page of the unit-wide log: the `limit` events older than `beforeId` (0: the newest),
    // so a view can load a decade of changes a page at a time.
    Result<QList<AuditEvent>> page(Id beforeId, int limit) const;
    // The changes to one record and to the rows it owns (a plan's objectives, a deliverable's
    // language versions).
    Result<QList<AuditEvent>> history(const QString &entity, Id entityId) const;

private:
    Status checkMaySeeUnitLog() const;
    Status checkMaySeeHistory(const QString &entity, Id entityId) const;
    Result<QList<AuditEvent>> read(
        const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const;

    const Database &m_database;
};

} // namespace Core

#endif
