#include "backupverb.h"

#include "exitcode.h"
#include "storage/backupservice.h"
#include "unitstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace App {

namespace {

QString commandName()
{
    return QStringLiteral("ssedesk backup");
}

} // namespace

QString BackupVerb::summary()
{
    return tr("Write a verified copy of a unit database to a file of your choosing.");
}

BackupVerb::BackupVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int BackupVerb::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    if (request.helpShown)
        return Success;
    if (const int exitCode = checkDestination(request); exitCode != Success)
        return exitCode;
    return backUp(request);
}

void BackupVerb::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + tr("The unit is read, never changed, and may stay open in SSE Unit Desk meanwhile. "
             "The copy opens like any unit database, and \"ssedesk restore\" can put it back."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("database"), tr("The unit database to copy."), tr("FILE") });
    parser.addOption({ QStringLiteral("out"), tr("The file to write the copy to."), tr("FILE") });
    parser.addOption({ QStringLiteral("force"), tr("Replace --out if it exists already.") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int BackupVerb::parse(const QStringList &arguments, Request &request)
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
        return fail(tr("backup takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.database = parser.value(QStringLiteral("database"));
    request.out = parser.value(QStringLiteral("out"));
    request.force = parser.isSet(QStringLiteral("force"));
    if (request.database.isEmpty() || request.out.isEmpty())
        return fail(tr("Usage: %1 --database FILE --out FILE [--force]\n"
                       "Both --database and --out are needed.")
                        .arg(commandName()),
            Usage);
    return Success;
}

int BackupVerb::checkDestination(const Request &request)
{
    const QFileInfo out(request.out);
    if (out.isDir())
        return fail(tr("%1 is a folder; --out names the file to write, such as %2.")
                        .arg(request.out, out.filePath() + QStringLiteral("/unit.ssedesk")),
            Usage);
    // Replacing the database with a copy of itself would go through a partial file and a
    // rename under the open connection: refused whatever --force says.
    if (out.exists() && out.canonicalFilePath() == QFileInfo(request.database).canonicalFilePath())
        return fail(tr("--out names the database itself; choose another file."), Usage);
    if (out.exists() && !request.force)
        return fail(tr("%1 exists already and was left as it was. Choose another file, or add "
                       "--force to replace it.")
                        .arg(request.out),
            Failure);
    return Success;
}

int BackupVerb::backUp(const Request &request)
{
    auto store = Core::UnitStore::openReadOnly(request.database);
    if (!store)
        return fail(store.error().message(), Failure);
    if (Core::Status status = store.value()->backups().backUpTo(request.out); !status)
        return fail(status.error().message(), Failure);
    m_out << tr("Backed up %1 to %2 (%3, verified).")
                 .arg(request.database, request.out,
                     QLocale::c().formattedDataSize(QFileInfo(request.out).size()))
          << Qt::endl;
    return Success;
}

int BackupVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
