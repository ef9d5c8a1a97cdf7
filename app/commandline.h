#ifndef APP_COMMANDLINE_H
#define APP_COMMANDLINE_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace App {

// What the command line asks for: the window on a database (the default), or a verb, help or
// the version, which run without a window so that they work where there is no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(App::CommandLine)

public:
    CommandLine();

    // Decided from the raw arguments, before any application object exists: a GUI application
    // cannot even be created without a display.
    static bool isHeadless(int argc, char **argv);
    // Creates the application object a headless run needs and runs it: Qt Core alone, or for
    // verbs that render documents (text layout, PDF) Qt Gui on the offscreen platform, unless
    // the user chose another, so that they work with no display or one out of reach.
    static int runWithoutWindow(int argc, char **argv);

    int runHeadless(const QStringList &arguments);
    // The --database given for the window, or its --server address (empty: none given), or
    // nothing after reporting a usage error.
    std::optional<QString> guiDatabase(const QStringList &arguments);
    // The language code the window is to speak (see InterfaceLanguage::choose()), or nothing
    // after reporting a --language the application does not speak. Parse errors are
    // guiDatabase()'s to report.
    std::optional<QString> guiLanguage(const QStringList &arguments);

private:
    static void addOptions(QCommandLineParser &parser);
    QString helpText(QCommandLineParser &parser) const;
    int runVerb(const QStringList &arguments);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace App

#endif
