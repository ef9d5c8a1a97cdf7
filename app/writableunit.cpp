#include "writableunit.h"

#include "commandlinesignin.h"
#include "existingunit.h"
#include "storage/databasefile.h"
#include "storage/databaselock.h"
#include "storage/schemamigrations.h"
#include "storage/storagelocation.h"
#include "unitstore.h"

#include <QTextStream>

namespace App {

WritableUnit::WritableUnit(
    std::unique_ptr<Core::DatabaseLock> lock, std::unique_ptr<Core::UnitStore> store)
    : m_lock(std::move(lock)), m_store(std::move(store))
{
}

WritableUnit::~WritableUnit() = default;

WritableUnit::WritableUnit(WritableUnit &&) noexcept = default;
WritableUnit &WritableUnit::operator=(WritableUnit &&) noexcept = default;

Core::Result<WritableUnit> WritableUnit::open(const QString &path, QTextStream &err)
{
    // A server takes care of several writers itself: no lock file.
    if (ExistingUnit::isServerAddress(path)) {
        auto store = ExistingUnit::open(path);
        if (!store)
            return store.error();
        return WritableUnit(nullptr, std::move(store.value()));
    }
    auto header = Core::DatabaseFile::inspect(path, Core::SchemaMigrations::latestVersion());
    if (!header)
        return header.error();
    switch (header.value().kind) {
    case Core::DatabaseFile::Kind::Ours:
        break;
    case Core::DatabaseFile::Kind::Missing:
        return Core::Error::notFound(tr("%1 does not exist.").arg(path));
    case Core::DatabaseFile::Kind::Empty:
    case Core::DatabaseFile::Kind::ForeignEmptySqlite:
        return Core::Error::notFound(
            tr("%1 holds no unit yet: open it once in SSE Unit Desk to create one.").arg(path));
    }
    auto held = lock(path, err);
    if (!held)
        return held.error();
    auto store = Core::UnitStore::open(path);
    if (!store)
        return store.error();
    if (Core::Status signedIn = CommandLineSignIn::signInIfNeeded(*store.value()); !signedIn)
        return signedIn.error();
    return WritableUnit(std::move(held.value()), std::move(store.value()));
}

Core::Result<std::unique_ptr<Core::DatabaseLock>> WritableUnit::lock(
    const QString &path, QTextStream &err)
{
    if (const auto share = Core::StorageLocation::isNetworkShare(path))
        err << tr("Warning: %1").arg(Core::StorageLocation::networkShareWarning(path, *share))
            << Qt::endl;
    return Core::DatabaseLock::acquire(path);
}

} // namespace App
