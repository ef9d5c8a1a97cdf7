#ifndef APP_RESTOREVERB_H
#define APP_RESTOREVERB_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk restore --database FILE --from BACKUP`: puts a backup's contents back into a unit
// database, under the one-writer lock. The backup is verified first; nothing is lost on the
// way: the current contents are backed up before they are replaced, a damaged file is moved
// aside (FILE.corrupt) rather than overwritten, and a missing one is simply recreated. Without
// --from, lists the backups there are to choose from.
class RestoreVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::RestoreVerb)

public:
    static QString name() { return QStringLiteral("restore"); }
    static QString summary();

    RestoreVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        QString database;
        QString from;
        bool helpShown = false;
    };

    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int listBackups(const QString &database);
    int restore(const Request &request);
    int replaceDamaged(const Request &request);
    int recreate(const Request &request);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
