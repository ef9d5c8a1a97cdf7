#include "existingunit.h"

#include "commandlinesignin.h"
#include "serverlogin.h"
#include "storage/databasefile.h"
#include "storage/schemamigrations.h"
#include "unitstore.h"

namespace App {

Core::Result<std::unique_ptr<Core::UnitStore>> ExistingUnit::open(const QString &path)
{
    if (isServerAddress(path)) {
        auto address = ServerLogin::resolve(path);
        if (!address)
            return address.error();
        return Core::UnitStore::openServer(address.value());
    }
    auto header = Core::DatabaseFile::inspect(path, Core::SchemaMigrations::latestVersion());
    if (!header)
        return header.error();
    switch (header.value().kind) {
    case Core::DatabaseFile::Kind::Ours: {
        auto store = Core::UnitStore::open(path);
        if (!store)
            return store;
        if (Core::Status signedIn = CommandLineSignIn::signInIfNeeded(*store.value()); !signedIn)
            return signedIn.error();
        return store;
    }
    case Core::DatabaseFile::Kind::Missing:
        return Core::Error::notFound(tr("%1 does not exist.").arg(path));
    case Core::DatabaseFile::Kind::Empty:
    case Core::DatabaseFile::Kind::ForeignEmptySqlite:
        break;
    }
    return Core::Error::notFound(tr("%1 holds no unit: there is nothing to export.").arg(path));
}

bool ExistingUnit::isServerAddress(const QString &database)
{
    return database.startsWith(QLatin1String("postgresql://"))
        || database.startsWith(QLatin1String("postgres://"));
}

} // namespace App
