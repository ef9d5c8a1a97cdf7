#include "serveropening.h"

#include "storage/serveraddress.h"
#include "unitstore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace Ui {

std::unique_ptr<Core::UnitStore> ServerOpening::open(const QString &address, QWidget *parent)
{
    auto parsed = Core::ServerAddress::parse(address);
    if (!parsed) {
        QMessageBox::warning(parent, tr("Open a unit on a server"), parsed.error().message());
        return nullptr;
    }
    Core::ServerAddress login = parsed.value();
    if (login.password().isEmpty())
        login = login.withPassword(qEnvironmentVariable("SSEDESK_SERVER_PASSWORD"));
    if (login.password().isEmpty()) {
        bool accepted = false;
        const QString password = QInputDialog::getText(parent, tr("Log in to the unit's server"),
            tr("Password of %1 on %2:").arg(login.user(), login.host()), QLineEdit::Password,
            QString(), &accepted);
        if (!accepted)
            return nullptr;
        login = login.withPassword(password);
    }
    auto store = Core::UnitStore::openServer(login);
    if (!store) {
        QMessageBox::warning(parent, tr("Open a unit on a server"), store.error().message());
        return nullptr;
    }
    return std::move(store.value());
}

} // namespace Ui
