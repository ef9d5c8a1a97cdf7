#include "databasechoice.h"

#include "unitstore.h"

#include <QFileInfo>
#include <QSettings>

namespace App {

namespace {

QString lastKey()
{
    return QStringLiteral("database/last");
}

} // namespace

QString DatabaseChoice::resolve(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString last = QSettings().value(lastKey()).toString();
    if (!last.isEmpty())
        return last;
    return Core::UnitStore::defaultPath();
}

void DatabaseChoice::remember(const QString &path)
{
    QSettings().setValue(lastKey(), QFileInfo(path).absoluteFilePath());
}

} // namespace App
