#include "databasefiles.h"

#include "demo/demounit.h"
#include "storage/backupservice.h"
#include "unitfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace DatabaseFiles {

namespace {

const QString probeName = QStringLiteral("databasefiles-probe");

// Runs `work` on a connection of its own to `path`, removed afterwards.
template<typename Work> void withConnection(const QString &path, Work work)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        qFatal("%s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    return query;
}

} // namespace

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragmaOf(const QString &path, const QString &pragma)
{
    QVariant value;
    withConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery query = run(db, QStringLiteral("PRAGMA ") + pragma);
        if (query.next())
            value = query.value(0);
    });
    return value;
}

void execute(const QString &path, const QString &statement)
{
    withConnection(path, [&](const QSqlDatabase &db) { run(db, statement); });
}

void writeDemoUnit(const QString &path)
{
    auto store = REQUIRE_OK(Core::UnitStore::openInMemory());
    REQUIRE_OK(Core::DemoUnit::write(*store, QDate(2026, 6, 15)));
    const Core::Status written = store->backups().backUpTo(path);
    if (!written)
        qFatal("writing the demo unit failed: %s", qPrintable(written.error().message()));
}

Contents contentsOf(const QString &path)
{
    Contents contents;
    withConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery tables = run(db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%'"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows
                = run(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            QList<QVariantList> values;
            while (rows.next()) {
                QVariantList row;
                for (int column = 0; column < rows.record().count(); ++column)
                    row.append(rows.value(column));
                values.append(row);
            }
            contents.insert(table, values);
        }
    });
    return contents;
}

int damageLeafPage(const QString &path, const QString &table)
{
    int page = 0;
    int cells = 0;
    int pageSize = 0;
    withConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery size = run(db, QStringLiteral("PRAGMA page_size"));
        size.next();
        pageSize = size.value(0).toInt();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT pageno, ncell FROM dbstat WHERE name = :table "
                                     "AND pagetype = 'leaf' ORDER BY pageno"));
        query.bindValue(QStringLiteral(":table"), table);
        if (!query.exec())
            qFatal("dbstat: %s", qPrintable(query.lastError().text()));
        QList<QPair<int, int>> leaves;
        while (query.next())
            leaves.append({ query.value(0).toInt(), query.value(1).toInt() });
        if (leaves.size() < 3)
            qFatal("%s has too few pages to damage one in the middle", qPrintable(table));
        page = leaves.at(leaves.size() / 2).first;
        cells = leaves.at(leaves.size() / 2).second;
    });
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        qFatal("cannot damage %s", qPrintable(path));
    file.write(QByteArray(pageSize, '\xa5'));
    return cells;
}

void truncate(const QString &path, qint64 bytes)
{
    if (!QFile::resize(path, bytes))
        qFatal("cannot truncate %s", qPrintable(path));
}

} // namespace DatabaseFiles
