#include "restoreverb.h"

#include "commandlinesignin.h"
#include "exitcode.h"
#include "storage/backupfolder.h"
#include "storage/backupservice.h"
#include "storage/corruptfile.h"
#include "storage/databaselock.h"
#include "storage/integritycheck.h"
#include "unitstore.h"
#include "writableunit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace App {

namespace {

QString commandName()
{
    return QStringLiteral("ssedesk restore");
}

} // namespace

QString RestoreVerb::summary()
{
    return tr("Put a backup back into a unit database; what it held is backed up first.");
}

RestoreVerb::RestoreVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int RestoreVerb::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    if (request.helpShown)
        return Success;
    if (request.from.isEmpty())
        return listBackups(request.database);
    return restore(request);
}

void RestoreVerb::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + tr("The unit must not be open for writing elsewhere. A damaged database is kept aside "
             "as FILE.corrupt; a missing one is recreated from the backup. Without --from, "
             "lists the backups kept beside the database."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("database"), tr("The unit database to restore."), tr("FILE") });
    parser.addOption({ QStringLiteral("from"),
        tr("The backup to restore: one of the database's own, or any copy \"ssedesk backup\" "
           "wrote."),
        tr("BACKUP") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int RestoreVerb::parse(const QStringList &arguments, Request &request)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), commandName());
        request.helpShown = true;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("restore takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.database = parser.value(QStringLiteral("database"));
    request.from = parser.value(QStringLiteral("from"));
    if (request.database.isEmpty())
        return fail(tr("restore needs --database FILE: the unit database to restore."), Usage);
    return Success;
}

// Asked without --from: the choice, newest first, and a usage error since nothing was restored.
int RestoreVerb::listBackups(const QString &database)
{
    const auto backups = Core::BackupFolder(database).list();
    if (!backups)
        return fail(backups.error().message(), Failure);
    if (backups.value().isEmpty())
        return fail(tr("restore needs --from BACKUP; %1 has no backups in %2.")
                        .arg(database, Core::BackupFolder(database).path()),
            Usage);
    m_err << tr("restore needs --from BACKUP. The backups of %1, newest first:").arg(database)
          << Qt::endl;
    for (const Core::BackupFolder::Backup &backup : backups.value())
        m_err << QStringLiteral("  %1  (%2, %3, %4)")
                     .arg(backup.path,
                         backup.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         Core::BackupFolder::displayName(backup.reason),
                         QLocale::c().formattedDataSize(backup.size))
              << Qt::endl;
    return Usage;
}

int RestoreVerb::restore(const Request &request)
{
    if (!QFileInfo(request.from).isFile())
        return fail(tr("%1 does not exist.").arg(request.from), Failure);
    if (QFileInfo(request.from).canonicalFilePath()
        == QFileInfo(request.database).canonicalFilePath())
        return fail(tr("--from names the database itself; choose one of its backups."), Usage);
    // Before anything is locked or opened: a backup that will not do leaves the unit alone.
    if (const auto verified = Core::IntegrityCheck::verifyCopy(request.from); !verified)
        return fail(verified.error().message(), Failure);
    // Held until the end, whichever way the file is replaced.
    const auto lock = WritableUnit::lock(request.database, m_err);
    if (!lock)
        return fail(lock.error().message(), Failure);
    if (!QFileInfo::exists(request.database))
        return recreate(request);
    auto store = Core::UnitStore::open(request.database);
    if (!store && store.error().code() == Core::Error::Code::Corrupt)
        return replaceDamaged(request);
    if (!store)
        return fail(store.error().message(), Failure);
    if (Core::Status signedIn = CommandLineSignIn::signInIfNeeded(*store.value()); !signedIn)
        return fail(signedIn.error().message(), Failure);
    auto before = store.value()->backups().restore(request.from);
    if (!before)
        return fail(before.error().message(), Failure);
    m_out << tr("Restored %1 from %2. What it held before is kept in %3.")
                 .arg(request.database, request.from, before.value().path)
          << Qt::endl;
    return Success;
}

// A damaged file cannot be opened to take a backup of it: it is kept aside whole instead, with
// its journal, for a salvage later.
int RestoreVerb::replaceDamaged(const Request &request)
{
    auto aside = Core::CorruptFile::quarantine(request.database);
    if (!aside)
        return fail(aside.error().message(), Failure);
    if (Core::Status status = Core::CorruptFile::restoreBackup(request.from, request.database);
        !status)
        return fail(status.error().message() + QLatin1Char(' ')
                + tr("The damaged file was kept as %1.").arg(aside.value()),
            Failure);
    m_out << tr("%1 was damaged; it was kept as %2, and %3 was restored in its place.")
                 .arg(request.database, aside.value(), request.from)
          << Qt::endl;
    return Success;
}

int RestoreVerb::recreate(const Request &request)
{
    if (Core::Status status = Core::CorruptFile::restoreBackup(request.from, request.database);
        !status)
        return fail(status.error().message(), Failure);
    m_out
        << tr("%1 did not exist; %2 was restored in its place.").arg(request.database, request.from)
        << Qt::endl;
    return Success;
}

int RestoreVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
