#ifndef APP_DEMOVERB_H
#define APP_DEMOVERB_H

#include "demo/demounit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk demo --database FILE [--scale N]`: writes the invented demo unit into a new or empty
// database, without a window. The demo is written into a staged copy and moved into place only
// when complete, so a failure leaves FILE as it was.
class DemoVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::DemoVerb)

public:
    static QString name() { return QStringLiteral("demo"); }
    static QString summary();

    DemoVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        QString database;
        int scale = 1;
        bool helpShown = false;
    };

    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int write(const Request &request);
    Core::Result<Core::DemoUnit::Counts> writeStaged(
        const Request &request, const QString &stagingPath);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
