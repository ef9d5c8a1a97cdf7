#include "commandlinesignin.h"

#include "storage/accountrepository.h"
#include "unitstore.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace App {

Core::Status CommandLineSignIn::signInIfNeeded(Core::UnitStore &store)
{
    const auto hasAccounts = store.accounts().any();
    if (!hasAccounts)
        return hasAccounts.error();
    // On a server the server has signed the person in: their login is who they are.
    if (!hasAccounts.value() || store.isServer())
        return {};
    const QString email = qEnvironmentVariable("SSEDESK_USER");
    if (email.isEmpty())
        return Core::Error(Core::Error::Code::Forbidden,
            tr("%1 has accounts: set SSEDESK_USER to your e-mail address, and SSEDESK_PASSWORD "
               "to your password or type it when asked.")
                .arg(store.path()));
    QString password = qEnvironmentVariable("SSEDESK_PASSWORD");
    if (password.isEmpty())
        password = hiddenLine(tr("Password for %1: ").arg(email));
    return store.signIn(email, password);
}

QString CommandLineSignIn::hiddenLine(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios shown {};
    tcgetattr(STDIN_FILENO, &shown);
    termios hidden = shown;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    QTextStream in(stdin);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &shown);
    err << Qt::endl;
    return password;
}

} // namespace App
