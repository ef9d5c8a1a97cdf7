#ifndef UI_OPENINGPROMPTS_H
#define UI_OPENINGPROMPTS_H

#include <storage/backupfolder.h>
#include <storage/salvage.h>

#include <QString>

#include <optional>

namespace Ui {

// The questions OpeningFlow asks while a unit is being opened, before any window exists. Behind
// an interface so that a test answers them instead of a modal dialog nobody would click.
class OpeningPrompts
{
public:
    enum class DamagedChoice { RestoreBackup, Salvage, Quit };

    virtual ~OpeningPrompts() = default;

    // The file at `path` failed its check (`problem`); `backup` is the newest one that passes
    // its own, if any.
    virtual DamagedChoice askDamaged(const QString &path, const QString &problem,
        const std::optional<Core::BackupFolder::Backup> &backup)
        = 0;
    // Another program is writing the file right now; true: try again.
    virtual bool askRetry(const QString &path, const QString &problem) = 0;
    // The unit cannot be opened for writing (`problem` says why and who holds it); true: open
    // it read-only, false: quit.
    virtual bool askReadOnly(const QString &path, const QString &problem) = 0;
    // What a salvage of `quarantinedPath` into `path` saved and lost.
    virtual void showSalvageReport(
        const QString &path, const QString &quarantinedPath, const Core::Salvage::Report &report)
        = 0;
    virtual void warn(const QString &text) = 0;
    virtual void showError(const QString &text) = 0;
};

} // namespace Ui

#endif
