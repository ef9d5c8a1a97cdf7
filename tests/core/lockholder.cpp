// The other program of the lock tests: takes the lock on a database, says so, and holds it
// until it is killed (or its input closes), as SSE Unit Desk open on a unit does.
//
//     lockholder DATABASE

#include "storage/databaselock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: lockholder DATABASE\n");
        return 2;
    }
    auto lock = Core::DatabaseLock::acquire(arguments.at(1));
    if (!lock) {
        std::fprintf(stderr, "%s\n", qPrintable(lock.error().message()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    // Blocks until the test closes our input or kills us.
    while (std::getchar() != EOF) { }
    return 0;
}
