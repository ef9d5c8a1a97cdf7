#ifndef CORE_CHILDROWS_H
#define CORE_CHILDROWS_H

#include "../id.h"
#include "../result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace Core {

class Database;

// The rows one record owns that carry no identity of their own in the domain: a mission's
// travellers, a meeting's deliverables in and out, an appraisal's ratings, a check-in's agenda.
// They are written as the difference from what is stored, in the caller's transaction: rows
// whose key is gone are deleted, kept rows are updated only where a value changed, new keys are
// inserted. The audit trail then records what came, went or changed, never every row removed
// and added again on each save.
class ChildRows
{
public:
    // Column names are fixed texts of the calling repository, never input.
    ChildRows(QString table, QList<std::pair<QString, QVariant>> owner, QStringList keyColumns,
        QStringList valueColumns = {});

    // Each row holds its key values, then its other values, in the order of the columns given.
    // A key listed twice is written once, with its first values. A row whose key is all null
    // is new (a row with an id of its own, not saved yet): it is inserted.
    Status write(const Database &database, const QList<QVariantList> &rows) const;
    // Rows of one key column each: the ids a record links to.
    static QList<QVariantList> rowsOf(const QList<Id> &ids);

private:
    bool isNew(const QVariantList &row) const;
    QString ownerCondition() const;
    // A stored row is found again by its place in the table: SQLite's rowid, PostgreSQL's ctid
    // (ServerSchema translates the word), valid for the length of one write().
    Status removeGone(const Database &database, const QList<QVariant> &rowIds) const;
    Status updateKept(
        const Database &database, const QVariant &rowId, const QVariantList &row) const;
    Status insertNew(const Database &database, const QVariantList &row) const;

    QString m_table;
    QList<std::pair<QString, QVariant>> m_owner;
    QStringList m_keyColumns;
    QStringList m_valueColumns;
};

} // namespace Core

#endif
