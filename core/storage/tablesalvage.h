#ifndef CORE_TABLESALVAGE_H
#define CORE_TABLESALVAGE_H

#include "../result.h"
#include "salvage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

class Database;

// Salvage's copy of one table: every row of the damaged file's table that reads back goes into
// the same table of the new file. A damaged page stops a scan; the copy then seeks past it by
// row number (a search over the table's b-tree, which skips the one bad leaf) and goes on, so
// the rows behind a bad page are saved too. A failed read opens a gap in the report, which the
// next row read closes; a row the new schema refuses (a damaged value) is counted as dropped.
class TableSalvage
{
    Q_DECLARE_TR_FUNCTIONS(Core::TableSalvage)

public:
    TableSalvage(const QSqlDatabase &damaged, const Database &fresh, const QString &table);

    Result<Salvage::Table> run();

    // Identifiers cannot be bound. Every name a salvage splices into SQL comes from the schema
    // of the new file, which our own migrations have just written, never from the damaged file.
    static QString quoted(QString identifier);

private:
    Status prepare(const QStringList &columns);
    // One scan from row `from`: false when a read failed before the end of the table.
    Result<bool> scanFrom(qint64 from, bool &readAny);
    Status save();
    bool readsFrom(qint64 from);
    std::optional<qint64> firstReadableFrom(qint64 start);

    const Database &m_fresh;
    QSqlQuery m_scan;
    QSqlQuery m_probe;
    QSqlQuery m_insert;
    int m_columns = 0;
    bool m_readable = true;
    Salvage::Table m_copied;
    std::optional<qint64> m_lastRead;
    bool m_inGap = false;
};

} // namespace Core

#endif
