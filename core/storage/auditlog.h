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
    // The changes to one record and to the rows it owns, and theirs in turn (a plan's
    // objectives, their activities and progress; a deliverable's language versions). The
    // person appraised does not see the supervisor's ratings and comments until the supervisor
    // has signed them, nor anyone but the pair (and the unit head) a pair's recurring check-in
    // items in a supervisor's history.
    Result<QList<AuditEvent>> history(const QString &entity, Id entityId) const;
    // Whether the person signed in may read that record's history: a check-in's or an
    // appraisal's is for its two parties and the unit head; a view asks before offering it.
    Status checkMaySeeHistory(const QString &entity, Id entityId) const;

private:
    Status checkMaySeeUnitLog() const;
    Result<bool> hidesSupervisorDraft(const QString &entity, Id entityId) const;
    Result<QList<AuditEvent>> entryHistory(Id entryId) const;
    Result<QList<AuditEvent>> read(
        const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const;

    const Database &m_database;
};

} // namespace Core

#endif
