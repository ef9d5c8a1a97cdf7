#ifndef CORE_TRANSACTIONGUARD_H
#define CORE_TRANSACTIONGUARD_H

#include "../result.h"

namespace Core {

class Database;

// One user action, one transaction: begins on construction and rolls back on destruction unless
// commit() succeeded, so an early return on error can never leave half a change behind.
// SQLite gets BEGIN IMMEDIATE: the write lock is taken up front, not at the first write, which
// avoids a late "database is locked" halfway through an action.
//
// A guard made while another guard of the same connection is open joins its transaction through
// a savepoint: its commit keeps its changes for the outer commit to decide, its rollback undoes
// its own changes only. That lets one action (an import) run many repository calls, each with its
// own guard, as a single transaction that keeps all of them or none.
class TransactionGuard
{
public:
    explicit TransactionGuard(const Database &database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // The error of BEGIN, if it failed; check before writing.
    const Status &began() const { return m_began; }
    Status commit();

private:
    void leave();

    const Database &m_database;
    Status m_began;
    int m_depth = 0; // 0 for the outermost guard, which owns the real transaction
    bool m_open = false;
};

} // namespace Core

#endif
