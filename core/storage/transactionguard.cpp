#include "transactionguard.h"

#include "database.h"
#include "sqlstatement.h"

#include <QSqlDriver>

namespace Core {

namespace {

QString beginStatement(const Database &database)
{
    return database.connection().driverName() == QLatin1String("QSQLITE")
        ? QStringLiteral("BEGIN IMMEDIATE")
        : QStringLiteral("BEGIN");
}

} // namespace

TransactionGuard::TransactionGuard(const Database &database) : m_database(database)
{
    SqlStatement begin(database, beginStatement(database));
    m_began = begin.exec();
    m_open = m_began.isOk();
}

TransactionGuard::~TransactionGuard()
{
    if (m_open) {
        SqlStatement rollback(m_database, QStringLiteral("ROLLBACK"));
        // Nothing sensible is left to do if ROLLBACK fails: SQLite has already rolled back.
        (void)rollback.exec();
    }
}

Status TransactionGuard::commit()
{
    if (!m_open)
        return m_began;
    SqlStatement commit(m_database, QStringLiteral("COMMIT"));
    Status status = commit.exec();
    if (status)
        m_open = false;
    return status;
}

} // namespace Core
