#ifndef TESTS_SCRATCHUNIT_H
#define TESTS_SCRATCHUNIT_H

#include "storage/database.h"
#include "unitstore.h"

#include <memory>

// Where a test keeps the unit it makes and throws away: in memory, or, when the environment's
// SSEDESK_TEST_SERVER names a PostgreSQL database (postgresql://USER@HOST:PORT/DB, the user
// owning it), in a fresh schema of its own there, dropped when the test program ends. The same
// tests thus prove the same rules on both kinds of database.
class ScratchUnit
{
public:
    static bool onServer();
    static std::unique_ptr<Core::UnitStore> openStore();
    static std::unique_ptr<Core::Database> openDatabase();
    // A new, empty schema on the test server, to be dropped at the end.
    static Core::ServerAddress freshServerSchema();
};

#endif
