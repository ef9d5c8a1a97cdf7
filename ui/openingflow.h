#ifndef UI_OPENINGFLOW_H
#define UI_OPENINGFLOW_H

#include <error.h>
#include <storage/verification.h>

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Core {
class DatabaseLock;
class UnitStore;
} // namespace Core

namespace Ui {

class OpeningPrompts;

// Opens the unit the window will show, and when it cannot, asks what to do instead of giving up
// with a bare message:
// - on a network share: warned (two writers over a share can damage the file), then opened;
// - held for writing by another program: who holds it is named, and read-only is offered;
// - damaged: the newest verified backup is offered, or a salvage of what can still be read;
//   either way the damaged file is first moved aside (NAME.corrupt), nothing is deleted, and
//   the unit is opened again from what took its place;
// - busy (another program is writing this instant): try again, or cancel;
// - not ours, too new, unreadable: the message says which, and nothing is touched.
class OpeningFlow
{
    Q_DECLARE_TR_FUNCTIONS(Ui::OpeningFlow)
public:
    struct Opened
    {
        Opened();
        Opened(Opened &&) noexcept;
        Opened &operator=(Opened &&) noexcept;
        ~Opened();

        // Declared first so that it is released last, once the store has closed the file. None
        // for a unit opened read-only.
        std::unique_ptr<Core::DatabaseLock> lock;
        std::unique_ptr<Core::UnitStore> store;
    };

    explicit OpeningFlow(OpeningPrompts &prompts);

    // Nothing when the user chose to quit or the unit cannot be opened (they were told why).
    // Checked alongside (Core::Verification), a damaged file opens like a healthy one: the
    // caller asks the store's awaitVerification() before showing anything, and on damage closes
    // it and goes on with reopenDamaged().
    std::optional<Opened> open(
        const QString &path, Core::Verification verification = Core::Verification::First);
    // What open() does with a file found damaged: the choices of a damaged file, then the file
    // that took its place opened (checked first).
    std::optional<Opened> reopenDamaged(const QString &path, const Core::Error &damage);

private:
    std::optional<Opened> openLocked(
        const QString &path, Core::Verification verification, const Core::Error &damage);
    std::optional<Opened> openReadOnly(const QString &path, const Core::Error &refusal);
    // true: the file was replaced and can be opened again.
    bool recover(const QString &path, const Core::Error &damage);
    bool replaceWithBackup(
        const QString &path, const QString &quarantined, const QString &backupPath);
    bool replaceWithSalvage(const QString &path, const QString &quarantined);
    // Puts a quarantined file back where it was after a failed recovery: without it the next
    // start would create an empty unit under the damaged file's name.
    static void putBack(const QString &quarantined, const QString &path);
    void warnIfOnNetworkShare(const QString &path);

    OpeningPrompts &m_prompts;
};

} // namespace Ui

#endif
