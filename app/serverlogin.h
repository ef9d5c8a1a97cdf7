#ifndef APP_SERVERLOGIN_H
#define APP_SERVERLOGIN_H

#include "result.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QString>

namespace App {

// The address of a unit's server as the command line is given it, with its password: from the
// address itself, else SSEDESK_SERVER_PASSWORD, else typed at a terminal without being shown,
// else none (a server that trusts this machine, or that reads ~/.pgpass).
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(App::ServerLogin)

public:
    static Core::Result<Core::ServerAddress> resolve(const QString &text);
};

} // namespace App

#endif
