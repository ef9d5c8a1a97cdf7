#include "salvage.h"

#include "database.h"
#include "databasefile.h"
#include "fileconnection.h"
#include "integritycheck.h"
#include "schemamigrations.h"
#include "sqlstatement.h"
#include "tablesalvage.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace Core {

namespace {

Result<QStringList> textColumn(
    const Database &database, const QString &sql, const QString &name = {})
{
    SqlStatement query(database, sql);
    if (!name.isNull())
        query.bind(QStringLiteral(":name"), name);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList values;
    while (query.next())
        values.append(query.text(0));
    return values;
}

// Parents before children, so that the copy reads like the history that wrote it; a cycle (none
// today) would be copied in name order and left to the foreign key check at the end.
Result<QStringList> tablesInDependencyOrder(const Database &fresh)
{
    auto names = textColumn(fresh,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!names)
        return names;
    QHash<QString, QSet<QString>> parents;
    for (const QString &name : std::as_const(names.value())) {
        auto referenced = textColumn(
            fresh, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(:name)"), name);
        if (!referenced)
            return referenced;
        QSet<QString> others(referenced.value().cbegin(), referenced.value().cend());
        others.remove(name);
        parents.insert(name, others);
    }
    QStringList ordered;
    while (ordered.size() < names.value().size()) {
        const qsizetype before = ordered.size();
        for (const QString &name : std::as_const(names.value())) {
            if (ordered.contains(name))
                continue;
            const QSet<QString> &needed = parents.value(name);
            if (std::all_of(needed.cbegin(), needed.cend(),
                    [&ordered](const QString &parent) { return ordered.contains(parent); }))
                ordered.append(name);
        }
        if (ordered.size() == before) {
            for (const QString &name : std::as_const(names.value()))
                if (!ordered.contains(name))
                    ordered.append(name);
        }
    }
    return ordered;
}

// Rows whose parent was lost get what the schema says a deleted parent does to them: a SET NULL
// reference is cleared, anything else drops the row. Dropping a row can orphan its own children,
// hence the rounds.
Status settleLostParents(const Database &fresh, QList<Salvage::Table> &tables)
{
    QHash<QString, Salvage::Table *> byName;
    for (Salvage::Table &table : tables)
        byName.insert(table.name, &table);
    for (int round = 0; round < 100; ++round) {
        SqlStatement check(fresh, QStringLiteral("PRAGMA foreign_key_check"));
        if (Status status = check.exec(); !status)
            return status;
        QList<std::tuple<QString, qint64, int>> orphans;
        while (check.next())
            orphans.append({ check.text(0), check.id(1), check.integer(3) });
        if (orphans.isEmpty())
            return {};
        for (const auto &[table, rowid, key] : std::as_const(orphans)) {
            SqlStatement reference(fresh,
                QStringLiteral("SELECT \"from\", on_delete FROM pragma_foreign_key_list(:name) "
                               "WHERE id = :key"));
            reference.bind(QStringLiteral(":name"), table).bind(QStringLiteral(":key"), key);
            if (Status status = reference.exec(); !status)
                return status;
            const bool clears = reference.next()
                && reference.text(1).compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0;
            SqlStatement settle(fresh,
                clears
                    ? QStringLiteral("UPDATE %1 SET %2 = NULL WHERE rowid = :row")
                          .arg(TableSalvage::quoted(table), TableSalvage::quoted(reference.text(0)))
                    : QStringLiteral("DELETE FROM %1 WHERE rowid = :row")
                          .arg(TableSalvage::quoted(table)));
            settle.bind(QStringLiteral(":row"), rowid);
            if (Status status = settle.exec(); !status)
                return status;
            if (Salvage::Table *counts = byName.value(table); counts && settle.rowsAffected() > 0)
                ++(clears ? counts->cleared : counts->dropped);
        }
    }
    return Error(
        Error::Code::Storage, Salvage::tr("The salvaged rows could not be made consistent."));
}

Status execute(const Database &database, const QString &statement)
{
    SqlStatement query(database, statement);
    return query.exec();
}

Result<Salvage::Report> fill(const QSqlDatabase &damaged, const Database &fresh, int version)
{
    Salvage::Report report;
    report.fromSchemaVersion = version;
    auto order = tablesInDependencyOrder(fresh);
    if (!order)
        return order.error();
    // Off while copying: a parent row may be lost, and the check at the end decides what becomes
    // of its children. The pragma is a no-op inside a transaction, hence before it.
    if (Status status = execute(fresh, QStringLiteral("PRAGMA foreign_keys = OFF")); !status)
        return status.error();
    {
        TransactionGuard transaction(fresh);
        if (!transaction.began())
            return transaction.began().error();
        for (const QString &table : std::as_const(order.value())) {
            // The reference lists the migrations seeded give way to the damaged file's own.
            // Table names come from our own fresh schema, never from the file, and are quoted.
            if (Status status
                = execute(fresh, QStringLiteral("DELETE FROM ") + TableSalvage::quoted(table));
                !status)
                return status.error();
            auto copied = TableSalvage(damaged, fresh, table).run();
            if (!copied)
                return copied.error();
            report.tables.append(copied.value());
        }
        if (Status status = settleLostParents(fresh, report.tables); !status)
            return status.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
    }
    if (Status status = execute(fresh, QStringLiteral("PRAGMA foreign_keys = ON")); !status)
        return status.error();
    if (Status status = SchemaMigrations::migrate(fresh, version); !status)
        return status.error();
    auto verdict = IntegrityCheck::run(fresh);
    if (!verdict)
        return verdict.error();
    if (!verdict.value().healthy)
        return Error(Error::Code::Storage,
            Salvage::tr("The salvaged copy fails its own check: %1")
                .arg(verdict.value().problems.join(QStringLiteral("; "))));
    return report;
}

QString gapText(const Salvage::Gap &gap)
{
    if (gap.after && gap.before)
        return Salvage::tr("the rows after number %1 and before number %2 could not be read")
            .arg(*gap.after)
            .arg(*gap.before);
    if (gap.after)
        return Salvage::tr("the rows after number %1 could not be read").arg(*gap.after);
    if (gap.before)
        return Salvage::tr("the rows before number %1 could not be read").arg(*gap.before);
    return Salvage::tr("no row could be read");
}

} // namespace

bool Salvage::Report::isComplete() const
{
    return std::all_of(
        tables.cbegin(), tables.cend(), [](const Table &table) { return table.isComplete(); });
}

QStringList Salvage::Report::lines() const
{
    QStringList lines;
    for (const Table &table : tables) {
        QStringList parts;
        if (table.expected >= 0 && table.expected != table.saved)
            parts.append(Salvage::tr("%1 of %2 rows saved").arg(table.saved).arg(table.expected));
        else
            parts.append(Salvage::tr("%n rows saved", nullptr, table.saved));
        for (const Gap &gap : table.gaps)
            parts.append(gapText(gap));
        if (table.dropped > 0)
            parts.append(
                Salvage::tr("%n rows dropped because a row they depend on was lost or a value "
                            "was damaged",
                    nullptr, table.dropped));
        if (table.cleared > 0)
            parts.append(Salvage::tr("%n references to lost rows cleared", nullptr, table.cleared));
        lines.append(table.name + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    }
    return lines;
}

Result<Salvage::Report> Salvage::run(const QString &damagedPath, const QString &newPath)
{
    auto header = DatabaseFile::inspect(damagedPath, SchemaMigrations::latestVersion());
    if (!header)
        return header.error();
    if (header.value().kind != DatabaseFile::Kind::Ours)
        return Error(Error::Code::NotOurs,
            tr("%1 holds no SSE Unit Desk data to salvage.").arg(damagedPath));
    auto damaged = FileConnection::open(damagedPath, FileConnection::Mode::ReadOnly);
    if (!damaged)
        return damaged.error();
    auto fresh = Database::create(newPath, header.value().schemaVersion);
    if (!fresh)
        return fresh.error();
    auto report = fill(damaged.value()->connection(), *fresh.value(), header.value().schemaVersion);
    fresh.value().reset();
    if (!report) {
        // Only what this call made goes: a half-filled copy would pass for a salvage.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(newPath + suffix);
    }
    return report;
}

} // namespace Core
