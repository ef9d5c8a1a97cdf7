#ifndef TESTS_DATABASEFILES_H
#define TESTS_DATABASEFILES_H

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

// Database files for the data-safety tests, made and read with Qt Sql directly, as another
// program would: the demo unit in a file, a file with a damaged page, and every row of a file
// for comparing two of them table by table.
namespace DatabaseFiles {

QByteArray digestOf(const QString &path);
QVariant pragmaOf(const QString &path, const QString &pragma);
// Runs one statement on its own connection (a foreign file, a stamp a test needs).
void execute(const QString &path, const QString &statement);

// The demo unit (scale 1, today 2026-06-15) written through an in-memory store and copied to
// `path` as a backup would be: seconds faster than writing it row by row to disk.
void writeDemoUnit(const QString &path);

// Every row of every table, ordered by rowid, keyed by table name.
using Contents = QMap<QString, QList<QVariantList>>;
Contents contentsOf(const QString &path);

// Overwrites the middle one of `table`'s leaf pages with noise, as a bad sector would, and gives
// how many rows that page held.
int damageLeafPage(const QString &path, const QString &table);
// Cuts the file to `bytes`.
void truncate(const QString &path, qint64 bytes);

} // namespace DatabaseFiles

#endif
