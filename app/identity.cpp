#include "identity.h"

#include <QCoreApplication>

namespace App {

void Identity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SSE Unit Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("ssedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSEDESK_VERSION));
}

} // namespace App
