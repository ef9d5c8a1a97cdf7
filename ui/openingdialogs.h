#ifndef UI_OPENINGDIALOGS_H
#define UI_OPENINGDIALOGS_H

#include "openingprompts.h"

#include <QCoreApplication>

namespace Ui {

// OpeningPrompts as the user sees them: modal dialogs, shown before the window exists.
class OpeningDialogs : public OpeningPrompts
{
    Q_DECLARE_TR_FUNCTIONS(Ui::OpeningDialogs)

public:
    DamagedChoice askDamaged(const QString &path, const QString &problem,
        const std::optional<Core::BackupFolder::Backup> &backup) override;
    bool askRetry(const QString &path, const QString &problem) override;
    bool askReadOnly(const QString &path, const QString &problem) override;
    void showSalvageReport(const QString &path, const QString &quarantinedPath,
        const Core::Salvage::Report &report) override;
    void warn(const QString &text) override;
    void showError(const QString &text) override;
};

} // namespace Ui

#endif
