#ifndef CORE_SERVERMIGRATION_H
#define CORE_SERVERMIGRATION_H

#include "../result.h"
#include "serveraddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Core {

class Database;

// Moves a unit from its local file to a PostgreSQL server: every row of every table, the audit
// trail included, with the same ids, in one transaction on the server. The file is read through
// a read-only connection (Database::openReadOnly: ours, healthy and at the newest schema, or
// refused with the reason) inside one read transaction, so the copy is a consistent picture
// even while the window has the unit open. The server must hold no unit yet: a schema created
// for the copy, or one prepared empty by its administrator. Before committing, every table's
// row count on the server is compared with the file's; any difference rolls everything back.
class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(Core::ServerMigration)

public:
    struct TableCopy
    {
        QString table;
        qint64 rows = 0;
    };
    // Told after each table is copied, before the counts are checked and the copy committed.
    using Progress = std::function<void(const TableCopy &copied, int tableNumber, int tables)>;

    ServerMigration(const Database &source, const Database &destination);

    // Opens the server as `destination` names it, creating the unit's schema at the newest
    // version when it holds none yet, and copies `source` into it.
    static Result<QList<TableCopy>> toServer(
        const Database &source, const ServerAddress &destination, const Progress &progress = {});

    // The tables copied in the order they were copied (parents before children), each with its
    // rows. On any error nothing is left on the destination.
    Result<QList<TableCopy>> run(const Progress &progress = {}) const;

private:
    static Status checkSource(const Database &source);

    const Database &m_source;
    const Database &m_destination;
};

} // namespace Core

#endif
