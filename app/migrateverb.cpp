#include "migrateverb.h"

#include "commandlinesignin.h"
#include "exitcode.h"
#include "serverlogin.h"
#include "unitstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace App {

namespace {

QString commandName()
{
    return QStringLiteral("ssedesk migrate");
}

} // namespace

QString MigrateVerb::summary()
{
    return tr("Move a unit from its file to a PostgreSQL server that holds none yet.");
}

MigrateVerb::MigrateVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int MigrateVerb::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    return request.helpShown ? int(Success) : migrate(request);
}

void MigrateVerb::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + tr("Copies every table, ids and audit trail included, in one transaction, and compares "
             "the row counts table by table before the server keeps the copy. The file is only "
             "read, and may stay open in SSE Unit Desk meanwhile. The server's password comes "
             "from SSEDESK_SERVER_PASSWORD, else is asked for at a terminal (press Enter for "
             "none). A unit with accounts is moved by its unit head (SSEDESK_USER, "
             "SSEDESK_PASSWORD). Exit status: 0 copied, 1 refused or failed (nothing kept on the "
             "server), 2 usage error."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("from"), tr("The unit file to copy."), tr("FILE") });
    parser.addOption({ QStringLiteral("to"),
        tr("The server: postgresql://USER@HOST:PORT/DATABASE, with ?schema=NAME to put the unit "
           "in a schema of its own."),
        tr("URL") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int MigrateVerb::parse(const QStringList &arguments, Request &request)
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
        return fail(tr("migrate takes no further arguments, but was given \"%1\".")
                        .arg(parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.from = parser.value(QStringLiteral("from"));
    if (request.from.isEmpty())
        return fail(tr("migrate needs --from FILE: the unit file to copy."), Usage);
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return fail(tr("migrate needs --to URL: the server to copy the unit to."), Usage);
    // Checked now, its password asked for only once the file is known to be movable.
    if (const auto address = Core::ServerAddress::parse(to); !address)
        return fail(address.error().message(), Usage);
    request.to = to;
    return Success;
}

int MigrateVerb::migrate(const Request &request)
{
    auto store = Core::UnitStore::openReadOnly(request.from);
    if (!store)
        return fail(store.error().message(), Failure);
    if (Core::Status signedIn = CommandLineSignIn::signInIfNeeded(*store.value()); !signedIn)
        return fail(signedIn.error().message(), Failure);
    const auto address = ServerLogin::resolve(request.to);
    if (!address)
        return fail(address.error().message(), Usage);
    const bool showProgress = isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    const auto copied = store.value()->copyToServer(address.value(),
        [this, showProgress](
            const Core::ServerMigration::TableCopy &table, int number, int tables) {
            if (showProgress)
                m_err << tr("Copied %1 (table %2 of %3)").arg(table.table).arg(number).arg(tables)
                      << Qt::endl;
        });
    if (!copied)
        return fail(copied.error().message(), Failure);
    report(request.from, address.value(), copied.value(), timer.elapsed());
    return Success;
}

void MigrateVerb::report(const QString &from, const Core::ServerAddress &to,
    const QList<Core::ServerMigration::TableCopy> &copied, qint64 milliseconds)
{
    qint64 total = 0;
    qsizetype width = 0;
    for (const Core::ServerMigration::TableCopy &table : copied) {
        total += table.rows;
        width = std::max(width, table.table.size());
    }
    const double seconds = double(std::max<qint64>(milliseconds, 1)) / 1000.0;
    m_out << tr("Copied %1 to %2 in %3 s, every table's row count checked:")
                 .arg(from, to.display())
                 .arg(seconds, 0, 'f', 1)
          << Qt::endl;
    for (const Core::ServerMigration::TableCopy &table : copied)
        m_out << QStringLiteral("  %1 %2").arg(table.table.leftJustified(width)).arg(table.rows, 9)
              << Qt::endl;
    m_out << tr("%1 rows in %2 tables, %3 rows a second. %4 was left as it was.")
                 .arg(total)
                 .arg(copied.size())
                 .arg(qRound64(double(total) / seconds))
                 .arg(from)
          << Qt::endl;
}

int MigrateVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
