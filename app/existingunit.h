#ifndef APP_EXISTINGUNIT_H
#define APP_EXISTINGUNIT_H

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Core {
class UnitStore;
}

namespace App {

// Opens a unit database that must already exist and hold a unit: an export reads a unit, and
// must never create one where the user mistyped a file name. A postgresql:// address instead of
// a file opens the unit on its server (ServerLogin), as the person that address logs in as.
class ExistingUnit
{
    Q_DECLARE_TR_FUNCTIONS(App::ExistingUnit)
public:
    static Core::Result<std::unique_ptr<Core::UnitStore>> open(const QString &path);
    static bool isServerAddress(const QString &database);
};

} // namespace App

#endif
