#include "childrows.h"

#include "database.h"
#include "sqlstatement.h"

#include <QHash>
#include <QSet>

namespace Core {

namespace {

// Values compared as stored: an id bound as a number reads back as one, a text as text.
QString comparable(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("\u0001null") : value.toString();
}

QString keyOf(const QVariantList &values, qsizetype count)
{
    QStringList parts;
    for (qsizetype column = 0; column < count; ++column)
        parts << comparable(values.value(column));
    return parts.join(QChar(u'\u0002'));
}

QString placeholder(qsizetype column)
{
    return QStringLiteral(":c%1").arg(column);
}

// As SqlStatement::bindText: a text column holds '' for "none", never NULL.
void bindValue(SqlStatement &statement, const QString &name, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        statement.bindText(name, value.toString());
    else
        statement.bind(name, value);
}

} // namespace

bool ChildRows::isNew(const QVariantList &row) const
{
    for (qsizetype column = 0; column < m_keyColumns.size(); ++column) {
        if (!row.value(column).isNull())
            return false;
    }
    return true;
}

ChildRows::ChildRows(QString table, QList<std::pair<QString, QVariant>> owner,
    QStringList keyColumns, QStringList valueColumns)
    : m_table(std::move(table))
    , m_owner(std::move(owner))
    , m_keyColumns(std::move(keyColumns))
    , m_valueColumns(std::move(valueColumns))
{
}

QList<QVariantList> ChildRows::rowsOf(const QList<Id> &ids)
{
    QList<QVariantList> rows;
    for (Id id : ids)
        rows << QVariantList { id };
    return rows;
}

QString ChildRows::ownerCondition() const
{
    QStringList conditions;
    for (qsizetype column = 0; column < m_owner.size(); ++column)
        conditions << QStringLiteral("%1 = :o%2").arg(m_owner.at(column).first).arg(column);
    return conditions.join(QStringLiteral(" AND "));
}

Status ChildRows::write(const Database &database, const QList<QVariantList> &rows) const
{
    const QStringList columns = m_keyColumns + m_valueColumns;
    // Table and column names are the caller's fixed texts; every value is bound.
    SqlStatement stored(database,
        QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3")
            .arg(columns.join(QStringLiteral(", ")), m_table, ownerCondition()));
    for (qsizetype column = 0; column < m_owner.size(); ++column)
        stored.bind(QStringLiteral(":o%1").arg(column), m_owner.at(column).second);
    if (Status status = stored.exec(); !status)
        return status;
    QHash<QString, std::pair<QVariant, QVariantList>> existing;
    QList<QVariant> gone; // a key stored twice (a table without a unique key) keeps one row
    while (stored.next()) {
        QVariantList values;
        for (qsizetype column = 0; column < columns.size(); ++column)
            values << (stored.isNull(int(column) + 1) ? QVariant()
                                                      : QVariant(stored.text(int(column) + 1)));
        const QString key = keyOf(values, m_keyColumns.size());
        if (existing.contains(key))
            gone << stored.value(0);
        else
            existing.insert(key, { stored.value(0), values });
    }

    QSet<QString> written;
    QList<QVariantList> toInsert;
    QList<std::pair<QVariant, QVariantList>> toUpdate;
    for (const QVariantList &row : rows) {
        if (isNew(row)) {
            toInsert << row;
            continue;
        }
        const QString key = keyOf(row, m_keyColumns.size());
        if (written.contains(key))
            continue;
        written.insert(key);
        const auto kept = existing.constFind(key);
        if (kept == existing.cend())
            toInsert << row;
        else if (keyOf(kept->second, columns.size()) != keyOf(row, columns.size()))
            toUpdate << std::pair { kept->first, row };
    }
    for (auto row = existing.cbegin(); row != existing.cend(); ++row) {
        if (!written.contains(row.key()))
            gone << row->first;
    }

    if (Status status = removeGone(database, gone); !status)
        return status;
    for (const auto &[rowId, row] : std::as_const(toUpdate)) {
        if (Status status = updateKept(database, rowId, row); !status)
            return status;
    }
    for (const QVariantList &row : std::as_const(toInsert)) {
        if (Status status = insertNew(database, row); !status)
            return status;
    }
    return {};
}

Status ChildRows::removeGone(const Database &database, const QList<QVariant> &rowIds) const
{
    SqlStatement remove(database, QStringLiteral("DELETE FROM %1 WHERE rowid = :row").arg(m_table));
    for (const QVariant &rowId : rowIds) {
        remove.bind(QStringLiteral(":row"), rowId);
        if (Status status = remove.exec(); !status)
            return status;
    }
    return {};
}

Status ChildRows::updateKept(
    const Database &database, const QVariant &rowId, const QVariantList &row) const
{
    QStringList assignments;
    for (qsizetype column = 0; column < m_valueColumns.size(); ++column)
        assignments << QStringLiteral("%1 = %2").arg(
            m_valueColumns.at(column), placeholder(m_keyColumns.size() + column));
    SqlStatement update(database,
        QStringLiteral("UPDATE %1 SET %2 WHERE rowid = :row")
            .arg(m_table, assignments.join(QStringLiteral(", "))));
    for (qsizetype column = 0; column < m_valueColumns.size(); ++column)
        bindValue(update, placeholder(m_keyColumns.size() + column),
            row.value(m_keyColumns.size() + column));
    update.bind(QStringLiteral(":row"), rowId);
    return update.exec();
}

Status ChildRows::insertNew(const Database &database, const QVariantList &row) const
{
    QStringList columns;
    QStringList values;
    for (qsizetype column = 0; column < m_owner.size(); ++column) {
        columns << m_owner.at(column).first;
        values << QStringLiteral(":o%1").arg(column);
    }
    const QStringList own = m_keyColumns + m_valueColumns;
    // A new row's key (its id) is the database's to give: left out, not written as NULL, which
    // a PostgreSQL identity column refuses.
    const qsizetype first = isNew(row) ? m_keyColumns.size() : 0;
    for (qsizetype column = first; column < own.size(); ++column) {
        columns << own.at(column);
        values << placeholder(column);
    }
    SqlStatement insert(database,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(m_table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
    for (qsizetype column = 0; column < m_owner.size(); ++column)
        insert.bind(QStringLiteral(":o%1").arg(column), m_owner.at(column).second);
    for (qsizetype column = first; column < own.size(); ++column)
        bindValue(insert, placeholder(column), row.value(column));
    return insert.exec();
}

} // namespace Core
