#ifndef APP_IMPORTVERB_H
#define APP_IMPORTVERB_H

#include "import/csvimport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk import people|workplan --database FILE --file CSV [--person EMAIL] [--dry-run]`: new
// people, or objectives and activities for one person's current work plan, from a spreadsheet's
// CSV. All rows or none: every problem is reported with its row and column, and a file with any
// problem writes nothing. The rows are checked against the unit before anything is written,
// then the unit is backed up (the pre-import backup), then written in one transaction. A dry run
// stops after the check. Runs under the one-writer lock.
class ImportVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::ImportVerb)

public:
    static QString name() { return QStringLiteral("import"); }
    static QString summary();

    ImportVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    enum class Subject { People, WorkPlan };

    struct Request
    {
        Subject subject = Subject::People;
        QString database;
        QString file;
        QString person; // an e-mail address: whose work plan
        bool dryRun = false;
        bool helpShown = false;
    };

    // What a file adds, once read: applied twice, as a check and then for real.
    struct Import;

    static QString subjectsHelp();
    static void addOptions(QCommandLineParser &parser, Subject subject);
    int parse(const QStringList &arguments, Request &request);
    int parseOptions(const QStringList &arguments, Request &request);
    int importFile(const Request &request);
    Core::Result<Import> prepare(
        const Request &request, Core::UnitStore &store, const QList<QStringList> &rows);
    int write(const Request &request, const Import &pending, Core::UnitStore &store);
    int refuse(const Request &request, const Core::ImportReport &report);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
