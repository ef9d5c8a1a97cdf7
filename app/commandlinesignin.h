#ifndef APP_COMMANDLINESIGNIN_H
#define APP_COMMANDLINESIGNIN_H

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Core {
class UnitStore;
}

namespace App {

// A verb run on a unit with accounts signs in first, so that the command line obeys the same
// rules as the window: the e-mail address from SSEDESK_USER, the password from
// SSEDESK_PASSWORD or, when the verb runs at a terminal, typed there without being shown.
// Nothing to do in a unit without accounts.
class CommandLineSignIn
{
    Q_DECLARE_TR_FUNCTIONS(App::CommandLineSignIn)
public:
    static Core::Status signInIfNeeded(Core::UnitStore &store);
    // A line typed at the terminal after `prompt`, not shown; empty when not at a terminal.
    static QString hiddenLine(const QString &prompt);
};

} // namespace App

#endif
