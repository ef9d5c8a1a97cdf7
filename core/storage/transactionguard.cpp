#include "transactionguard.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>

namespace Core {

namespace {

// How deeply the guards of each connection are nested, and whether the outer transaction was
// lost under them. A connection never changes threads, so a table per thread needs no lock.
struct Nesting
{
    int depth = 0;
    Error lost;
};

QHash<const Database *, Nesting> &nestings()
{
    thread_local QHash<const Database *, Nesting> table;
    return table;
}

QString beginStatement(const Database &database)
{
    return database.connection().driverName() == QLatin1String("QSQLITE")
        ? QStringLiteral("BEGIN IMMEDIATE")
        : QStringLiteral("BEGIN");
}

// The name is built from our own nesting depth, never from data.
QString savepointName(int depth)
{
    return QStringLiteral("guard_%1").arg(depth);
}

} // namespace

TransactionGuard::TransactionGuard(const Database &database) : m_database(database)
{
    // Made outside the transaction: a rollback would take them away with the change.
    m_began = database.ensureWriteRules();
    if (!m_began)
        return;
    Nesting &nesting = nestings()[&database];
    m_depth = nesting.depth;
    if (m_depth > 0 && nesting.lost.isError()) {
        // Without this, a SAVEPOINT outside any transaction would start a new one and its
        // RELEASE would commit on its own: a half-written action.
        m_began = nesting.lost;
        return;
    }
    SqlStatement begin(database,
        m_depth == 0 ? beginStatement(database)
                     : QStringLiteral("SAVEPOINT %1").arg(savepointName(m_depth)));
    m_began = begin.exec();
    m_open = m_began.isOk();
    if (m_open)
        ++nesting.depth;
    else if (m_depth == 0)
        nestings().remove(&database);
}

TransactionGuard::~TransactionGuard()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        SqlStatement rollback(m_database, QStringLiteral("ROLLBACK"));
        // Nothing sensible is left to do if ROLLBACK fails: SQLite has already rolled back.
        (void)rollback.exec();
    } else {
        SqlStatement rollback(
            m_database, QStringLiteral("ROLLBACK TO %1").arg(savepointName(m_depth)));
        // SQLite drops the whole transaction on some failures (a full disk, an I/O error); the
        // savepoint is then gone, and so is everything the outer guards meant to keep.
        if (Status status = rollback.exec(); !status)
            nestings()[&m_database].lost = Error(Error::Code::Storage,
                QCoreApplication::translate("Core::TransactionGuard",
                    "The database abandoned the change halfway; nothing of it was kept."));
        SqlStatement release(m_database, QStringLiteral("RELEASE %1").arg(savepointName(m_depth)));
        (void)release.exec();
    }
    leave();
}

Status TransactionGuard::commit()
{
    if (!m_open)
        return m_began;
    const Error lost = nestings().value(&m_database).lost;
    if (m_depth == 0 && lost.isError())
        return lost;
    SqlStatement commit(m_database,
        m_depth == 0 ? QStringLiteral("COMMIT")
                     : QStringLiteral("RELEASE %1").arg(savepointName(m_depth)));
    Status status = commit.exec();
    if (status) {
        m_open = false;
        leave();
    }
    return status;
}

void TransactionGuard::leave()
{
    auto nesting = nestings().find(&m_database);
    if (nesting != nestings().end() && --nesting->depth == 0)
        nestings().erase(nesting);
}

} // namespace Core
