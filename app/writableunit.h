#ifndef APP_WRITABLEUNIT_H
#define APP_WRITABLEUNIT_H

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace Core {
class DatabaseLock;
class UnitStore;
} // namespace Core

namespace App {

// A unit database opened by a verb that changes it (import, restore), held for the verb's run:
// a warning when the file is on a network share, then the one-writer lock (refused, naming the
// holder, when another program has the unit open for writing), then the store. The file must
// already hold a unit: a mistyped name is reported, never created. A postgresql:// address opens
// the unit on its server instead, which needs no lock file.
class WritableUnit
{
    Q_DECLARE_TR_FUNCTIONS(App::WritableUnit)
public:
    ~WritableUnit();
    WritableUnit(WritableUnit &&) noexcept;
    WritableUnit &operator=(WritableUnit &&) noexcept;

    // Warnings go to `err`; the error returned is for the caller to report.
    static Core::Result<WritableUnit> open(const QString &path, QTextStream &err);
    // The warning and the lock alone, for a verb that writes the file by other means (the demo
    // writes a staged copy and moves it into place).
    static Core::Result<std::unique_ptr<Core::DatabaseLock>> lock(
        const QString &path, QTextStream &err);

    Core::UnitStore &store() const { return *m_store; }

private:
    WritableUnit(std::unique_ptr<Core::DatabaseLock> lock, std::unique_ptr<Core::UnitStore> store);

    // Declared first so that it is released last, once the store has closed the file.
    std::unique_ptr<Core::DatabaseLock> m_lock;
    std::unique_ptr<Core::UnitStore> m_store;
};

} // namespace App

#endif
