#ifndef CORE_SALVAGE_H
#define CORE_SALVAGE_H

#include "../result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

// Copies what can still be read from a damaged database into a new one: a fresh file with our
// schema at the damaged file's version, filled table by table in dependency order, every row
// that reads back kept, then the foreign keys checked once at the end and the schema climbed to
// the newest version. The damaged file is only read; nothing is ever deleted.
//
// A damaged page stops a scan; the copy then seeks past it by row number (a search over the
// table's b-tree, which skips the one bad leaf), so the rows behind a bad page are saved too:
// see TableSalvage.
class Salvage
{
    Q_DECLARE_TR_FUNCTIONS(Core::Salvage)

public:
    // Rows with numbers between two that were read (either end open) could not be read.
    struct Gap
    {
        std::optional<qint64> after;
        std::optional<qint64> before;
    };

    struct Table
    {
        QString name;
        int saved = 0;
        // What the damaged file says it held, when its count can still be read (often through
        // an intact index); -1 when not even that can be read.
        qint64 expected = -1;
        QList<Gap> gaps;
        // Rows saved, then dropped because the row they belong to was lost ...
        int dropped = 0;
        // ... or kept with that reference cleared, where the schema says a lost parent does so.
        int cleared = 0;

        bool isComplete() const { return gaps.isEmpty() && dropped == 0 && cleared == 0; }
    };

    struct Report
    {
        int fromSchemaVersion = 0;
        QList<Table> tables; // in the order they were copied
        bool isComplete() const;
        // One line per table, for a person: "progress_entry: 4981 of 5000 rows saved; ...".
        QStringList lines() const;
    };

    // `newPath` must not exist: a salvage never overwrites.
    static Result<Report> run(const QString &damagedPath, const QString &newPath);
};

} // namespace Core

#endif
