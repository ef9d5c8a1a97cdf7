#include "tablesalvage.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlError>

#include <limits>

#include <sqlite3.h>

namespace Core {

namespace {

constexpr qint64 firstRow = std::numeric_limits<qint64>::min();
constexpr qint64 lastRow = std::numeric_limits<qint64>::max();

qint64 countOf(const QSqlDatabase &damaged, const QString &table)
{
    QSqlQuery count(damaged);
    if (count.exec(QStringLiteral("SELECT count(*) FROM ") + TableSalvage::quoted(table))
        && count.next())
        return count.value(0).toLongLong();
    return -1;
}

} // namespace

TableSalvage::TableSalvage(const QSqlDatabase &damaged, const Database &fresh, const QString &table)
    : m_fresh(fresh), m_scan(damaged), m_probe(damaged), m_insert(fresh.connection())
{
    m_copied.name = table;
    // Often still readable through an intact index when the table itself is not.
    m_copied.expected = countOf(damaged, table);
    m_scan.setForwardOnly(true);
    m_probe.setForwardOnly(true);
}

QString TableSalvage::quoted(QString identifier)
{
    return QLatin1Char('"') + identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

Result<Salvage::Table> TableSalvage::run()
{
    SqlStatement columns(
        m_fresh, QStringLiteral("SELECT name FROM pragma_table_info(:name) ORDER BY cid"));
    columns.bind(QStringLiteral(":name"), m_copied.name);
    if (Status status = columns.exec(); !status)
        return status.error();
    QStringList names;
    while (columns.next())
        names.append(quoted(columns.text(0)));
    if (Status prepared = prepare(names); !prepared)
        return prepared.error();
    if (!m_readable) {
        m_copied.gaps.append(Salvage::Gap {});
        return m_copied;
    }
    for (qint64 from = firstRow;;) {
        bool readAny = false;
        auto ended = scanFrom(from, readAny);
        if (!ended)
            return ended.error();
        if (ended.value())
            return m_copied;
        if (!m_inGap) {
            m_copied.gaps.append(Salvage::Gap { m_lastRead, std::nullopt });
            m_inGap = true;
        }
        // Row numbers of our tables are positive: past a failure at the very start, the search
        // begins at 0 rather than crawl up from the most negative number.
        const qint64 start = readAny ? *m_lastRead + 1 : (from == firstRow ? 0 : from + 1);
        const std::optional<qint64> resume = firstReadableFrom(start);
        if (!resume)
            return m_copied;
        from = *resume;
    }
}

Status TableSalvage::prepare(const QStringList &columns)
{
    m_columns = int(columns.size());
    const QString placeholders = QStringList(columns.size(), QStringLiteral("?")).join(u',');
    if (!m_insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(quoted(m_copied.name), columns.join(u','), placeholders)))
        return Database::failure(
            tr("Preparing the copy of %1").arg(m_copied.name), m_insert.lastError());
    const QString select
        = QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid >= :from ORDER BY rowid")
              .arg(columns.join(QStringLiteral(", ")), quoted(m_copied.name));
    // The damaged schema may not even name the table any more.
    m_readable = m_scan.prepare(select) && m_probe.prepare(select + QStringLiteral(" LIMIT 1"));
    return {};
}

Result<bool> TableSalvage::scanFrom(qint64 from, bool &readAny)
{
    m_scan.bindValue(QStringLiteral(":from"), from);
    bool failed = !m_scan.exec();
    while (!failed && m_scan.next()) {
        m_lastRead = m_scan.value(0).toLongLong();
        readAny = true;
        if (m_inGap) {
            m_copied.gaps.last().before = m_lastRead;
            m_inGap = false;
        }
        if (Status saved = save(); !saved)
            return saved.error();
    }
    failed = failed || m_scan.lastError().isValid();
    m_scan.finish();
    return !failed;
}

Status TableSalvage::save()
{
    for (int column = 0; column < m_columns; ++column)
        m_insert.bindValue(column, m_scan.value(column + 1));
    if (m_insert.exec()) {
        ++m_copied.saved;
        return {};
    }
    if ((m_insert.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CONSTRAINT) {
        ++m_copied.dropped;
        return {};
    }
    return Database::failure(tr("Writing the rows of %1").arg(m_copied.name), m_insert.lastError());
}

// True when the first row at or after `from` reads back whole, or there is none.
bool TableSalvage::readsFrom(qint64 from)
{
    m_probe.bindValue(QStringLiteral(":from"), from);
    const bool read = m_probe.exec() && (m_probe.next() || !m_probe.lastError().isValid());
    m_probe.finish();
    return read;
}

// The first row number at or after `start` from which the table reads again, if any: doubling
// steps find a readable point past the damage, halving ones the first readable after it.
std::optional<qint64> TableSalvage::firstReadableFrom(qint64 start)
{
    if (readsFrom(start))
        return start;
    qint64 bad = start;
    qint64 good = start;
    for (qint64 step = 1;; step *= 2) {
        if (step > lastRow / 2 || bad > lastRow - step)
            return std::nullopt;
        good = bad + step;
        if (readsFrom(good))
            break;
        bad = good;
    }
    while (good - bad > 1) {
        const qint64 middle = bad + (good - bad) / 2;
        (readsFrom(middle) ? good : bad) = middle;
    }
    return good;
}

} // namespace Core
