#ifndef APP_BACKUPVERB_H
#define APP_BACKUPVERB_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk backup --database FILE --out FILE [--force]`: a verified copy of a unit database at a
// file of the user's choosing (a USB stick, a shared drive), outside the automatic backups'
// rotation. The database is opened read-only and copied through SQLite (a consistent snapshot
// even while the unit is open elsewhere); the copy is checked before it takes its name. An
// existing --out is replaced only with --force: it may be the one good copy someone kept.
class BackupVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::BackupVerb)

public:
    static QString name() { return QStringLiteral("backup"); }
    static QString summary();

    BackupVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        QString database;
        QString out;
        bool force = false;
        bool helpShown = false;
    };

    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int checkDestination(const Request &request);
    int backUp(const Request &request);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
