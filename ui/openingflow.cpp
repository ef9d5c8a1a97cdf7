#include "openingflow.h"

#include "openingprompts.h"

#include <storage/corruptfile.h>
#include <storage/databaselock.h>
#include <storage/salvage.h>
#include <storage/storagelocation.h>
#include <unitstore.h>

#include <QFile>

namespace Ui {

OpeningFlow::Opened::Opened() = default;
OpeningFlow::Opened::Opened(Opened &&) noexcept = default;
OpeningFlow::Opened &OpeningFlow::Opened::operator=(Opened &&) noexcept = default;
OpeningFlow::Opened::~Opened() = default;

OpeningFlow::OpeningFlow(OpeningPrompts &prompts) : m_prompts(prompts) { }

std::optional<OpeningFlow::Opened> OpeningFlow::open(
    const QString &path, Core::Verification verification)
{
    warnIfOnNetworkShare(path);
    return openLocked(path, verification, {});
}

std::optional<OpeningFlow::Opened> OpeningFlow::reopenDamaged(
    const QString &path, const Core::Error &damage)
{
    return openLocked(path, Core::Verification::First, damage);
}

std::optional<OpeningFlow::Opened> OpeningFlow::openLocked(
    const QString &path, Core::Verification verification, const Core::Error &damage)
{
    auto lock = Core::DatabaseLock::acquire(path);
    if (!lock)
        return openReadOnly(path, lock.error());
    if (damage.isError() && !recover(path, damage))
        return std::nullopt;
    for (;;) {
        auto store = Core::UnitStore::open(path, verification);
        if (store) {
            Opened opened;
            opened.lock = std::move(lock.value());
            opened.store = std::move(store.value());
            return opened;
        }
        const Core::Error &error = store.error();
        if (error.code() == Core::Error::Code::Corrupt) {
            if (!recover(path, error))
                return std::nullopt;
        } else if (error.code() == Core::Error::Code::Busy) {
            if (!m_prompts.askRetry(path, error.message()))
                return std::nullopt;
        } else {
            m_prompts.showError(error.message());
            return std::nullopt;
        }
    }
}

// A read-only window never repairs anything: the program holding the unit is writing to it,
// and moving its file aside would pull it from under that program.
std::optional<OpeningFlow::Opened> OpeningFlow::openReadOnly(
    const QString &path, const Core::Error &refusal)
{
    if (!m_prompts.askReadOnly(path, refusal.message()))
        return std::nullopt;
    for (;;) {
        auto store = Core::UnitStore::openReadOnly(path);
        if (store) {
            Opened opened;
            opened.store = std::move(store.value());
            return opened;
        }
        if (store.error().code() != Core::Error::Code::Busy) {
            m_prompts.showError(store.error().message());
            return std::nullopt;
        }
        if (!m_prompts.askRetry(path, store.error().message()))
            return std::nullopt;
    }
}

bool OpeningFlow::recover(const QString &path, const Core::Error &damage)
{
    auto backup = Core::CorruptFile::newestVerifiedBackup(path);
    // The backups cannot be listed: the salvage is still worth offering.
    const auto offered = backup ? backup.value() : std::nullopt;
    const auto choice = m_prompts.askDamaged(path, damage.message(), offered);
    const bool restore = choice == OpeningPrompts::DamagedChoice::RestoreBackup;
    if (choice == OpeningPrompts::DamagedChoice::Quit || (restore && !offered))
        return false;
    auto quarantined = Core::CorruptFile::quarantine(path);
    if (!quarantined) {
        m_prompts.showError(quarantined.error().message());
        return false;
    }
    if (restore)
        return replaceWithBackup(path, quarantined.value(), offered->path);
    return replaceWithSalvage(path, quarantined.value());
}

bool OpeningFlow::replaceWithBackup(
    const QString &path, const QString &quarantined, const QString &backupPath)
{
    if (const Core::Status restored = Core::CorruptFile::restoreBackup(backupPath, path);
        !restored) {
        putBack(quarantined, path);
        m_prompts.showError(restored.error().message());
        return false;
    }
    return true;
}

bool OpeningFlow::replaceWithSalvage(const QString &path, const QString &quarantined)
{
    auto report = Core::Salvage::run(quarantined, path);
    if (!report) {
        putBack(quarantined, path);
        m_prompts.showError(report.error().message());
        return false;
    }
    m_prompts.showSalvageReport(path, quarantined, report.value());
    return true;
}

void OpeningFlow::putBack(const QString &quarantined, const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(quarantined + suffix))
            QFile::rename(quarantined + suffix, path + suffix);
    }
}

void OpeningFlow::warnIfOnNetworkShare(const QString &path)
{
    if (const auto share = Core::StorageLocation::isNetworkShare(path))
        m_prompts.warn(Core::StorageLocation::networkShareWarning(path, *share));
}

} // namespace Ui
