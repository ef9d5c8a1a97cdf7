#ifndef APP_CHECKVERB_H
#define APP_CHECKVERB_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk check --database FILE`: SQLite's full integrity check and foreign-key check on a unit
// database, through a read-only connection, so that the file is left byte for byte as it was
// and the check may run while the unit is open elsewhere. Prints the verdict: "healthy", or each
// problem found on a line of its own. Exits 0 when healthy, 1 when not or when the file cannot
// be checked (missing, not a unit, busy), 2 on a usage error.
class CheckVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::CheckVerb)

public:
    static QString name() { return QStringLiteral("check"); }
    static QString summary();

    CheckVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, QString &database, bool &helpShown);
    int check(const QString &database);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
