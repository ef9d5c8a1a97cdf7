// The child the crash-safety test kills: logs progress entries on one activity, one transaction
// each, as fast as it can, and prints each entry's id only after its commit returned. Every id
// printed is a promise that the entry survives a kill at any later moment.
//
//     crashwriter DATABASE OBJECTIVE_ID ACTIVITY_ID AUTHOR_ID

#include "progressentry.h"
#include "storage/progressrepository.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: crashwriter DATABASE OBJECTIVE_ID ACTIVITY_ID AUTHOR_ID\n");
        return 2;
    }
    auto store = Core::UnitStore::open(arguments.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message()));
        return 1;
    }
    Core::ProgressEntry entry;
    entry.objectiveId = arguments.at(2).toLongLong();
    entry.activityId = arguments.at(3).toLongLong();
    entry.authorId = arguments.at(4).toLongLong();
    entry.date = QDate::currentDate();
    for (int count = 0;; ++count) {
        entry.percent = count % 100;
        entry.text = QStringLiteral("Entry %1").arg(count);
        auto logged = store.value()->progress().log(entry, entry.date);
        if (!logged) {
            std::fprintf(stderr, "%s\n", qPrintable(logged.error().message()));
            return 1;
        }
        // One short write() per line, flushed at once: a kill never leaves half an id.
        std::printf("%lld\n", static_cast<long long>(logged.value().id));
        std::fflush(stdout);
    }
}
