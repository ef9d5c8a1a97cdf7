#ifndef APP_MIGRATEVERB_H
#define APP_MIGRATEVERB_H

#include "storage/serveraddress.h"
#include "storage/servermigration.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk migrate --from FILE --to URL`: moves a unit from its local file to a PostgreSQL
// server that holds none yet (Core::ServerMigration): everything, ids and audit trail included,
// counted table by table before the server keeps it; the file is only read. The server's
// password comes from SSEDESK_SERVER_PASSWORD, else is typed at a terminal, else is none (a
// server that trusts the connection). A unit with accounts is moved by its unit head, signed in
// as every verb does. Exits 0 when copied, 1 when refused or failed (nothing kept on the
// server), 2 on a usage error.
class MigrateVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::MigrateVerb)

public:
    static QString name() { return QStringLiteral("migrate"); }
    static QString summary();

    MigrateVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        QString from;
        QString to;
        bool helpShown = false;
    };

    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int migrate(const Request &request);
    void report(const QString &from, const Core::ServerAddress &to,
        const QList<Core::ServerMigration::TableCopy> &copied, qint64 milliseconds);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
