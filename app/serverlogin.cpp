#include "serverlogin.h"

#include "commandlinesignin.h"

namespace App {

Core::Result<Core::ServerAddress> ServerLogin::resolve(const QString &text)
{
    auto address = Core::ServerAddress::parse(text);
    if (!address || !address.value().password().isEmpty())
        return address;
    QString password = qEnvironmentVariable("SSEDESK_SERVER_PASSWORD");
    if (password.isEmpty())
        password = CommandLineSignIn::hiddenLine(
            tr("Password of %1 on the server: ").arg(address.value().user()));
    return address.value().withPassword(password);
}

} // namespace App
