#include "checkverb.h"

#include "exitcode.h"
#include "storage/backupfolder.h"
#include "storage/integritycheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace App {

QString CheckVerb::summary()
{
    return tr("Check a unit database page by page and row by row; exit 0 when healthy.");
}

CheckVerb::CheckVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int CheckVerb::run(const QStringList &arguments)
{
    QString database;
    bool helpShown = false;
    if (const int exitCode = parse(arguments, database, helpShown); exitCode != Success)
        return exitCode;
    return helpShown ? int(Success) : check(database);
}

void CheckVerb::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + tr("Runs SQLite's integrity_check and foreign_key_check without changing the file, "
             "even while the unit is open elsewhere. Exit status: 0 healthy, 1 damaged or not "
             "checkable, 2 usage error."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("database"), tr("The unit database to check."), tr("FILE") });
}

// Returns Success with `database` filled in (or the help shown), or the exit code of a usage
// error already reported.
int CheckVerb::parse(const QStringList &arguments, QString &database, bool &helpShown)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), QStringLiteral("ssedesk check"));
        helpShown = true;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("check takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    database = parser.value(QStringLiteral("database"));
    if (database.isEmpty())
        return fail(tr("check needs --database FILE: the unit database to check."), Usage);
    return Success;
}

int CheckVerb::check(const QString &database)
{
    if (!QFileInfo::exists(database))
        return fail(tr("%1 does not exist.").arg(database), Failure);
    QElapsedTimer timer;
    timer.start();
    const auto verdict = Core::IntegrityCheck::runOnFile(database);
    if (!verdict)
        return fail(verdict.error().message(), Failure);
    if (verdict.value().healthy) {
        m_out << tr("%1: healthy (every page, index and foreign key checked in %2 ms).")
                     .arg(database, QString::number(timer.elapsed()))
              << Qt::endl;
        return Success;
    }
    const QStringList &problems = verdict.value().problems;
    m_out << (problems.size() == 1
            ? tr("%1: not healthy, 1 problem found:").arg(database)
            : tr("%1: not healthy, %2 problems found:").arg(database).arg(problems.size()))
          << Qt::endl;
    for (const QString &problem : problems)
        m_out << problem << Qt::endl;
    m_err << tr("Restore a backup with \"ssedesk restore --database %1 --from BACKUP\" (the "
                "backups are in %2); the current file is kept first.")
                 .arg(database, Core::BackupFolder(database).path())
          << Qt::endl;
    return Failure;
}

int CheckVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
