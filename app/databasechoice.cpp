#include "databasechoice.h"

#include "existingunit.h"
#include "unitstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
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
    QSettings().setValue(
        lastKey(), ExistingUnit::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath());
}

void DatabaseChoice::reopen(const QString &path)
{
    if (!QProcess::startDetached(
            QCoreApplication::applicationFilePath(), { QStringLiteral("--database"), path })) {
        qWarning("Could not start %s again on %s: the current unit stays open.",
            qPrintable(QCoreApplication::applicationFilePath()), qPrintable(path));
        return;
    }
    QCoreApplication::quit();
}

} // namespace App
