#include "unitaccessactions.h"

#include "accountsdialog.h"
#include "changelogdialog.h"
#include "changepassworddialog.h"

#include <unitstore.h>

#include <QAction>

namespace Ui {

UnitAccessActions::UnitAccessActions(Core::UnitStore &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_accounts(new QAction(tr("&Accounts..."), this))
    , m_changeLog(new QAction(tr("Change &log..."), this))
    , m_changePassword(new QAction(tr("Change my &password..."), this))
{
    m_accounts->setObjectName(QStringLiteral("accountsAction"));
    m_changeLog->setObjectName(QStringLiteral("changeLogAction"));
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_accounts, &QAction::triggered, this, &UnitAccessActions::showAccounts);
    connect(m_changeLog, &QAction::triggered, this, &UnitAccessActions::showChangeLog);
    connect(m_changePassword, &QAction::triggered, this, &UnitAccessActions::changePassword);
    refresh();
}

void UnitAccessActions::refresh()
{
    const auto &actor = m_store.signedIn();
    const bool managesUnit = !actor || actor->role == Core::Actor::Role::UnitHead;
    m_accounts->setVisible(managesUnit);
    m_accounts->setEnabled(managesUnit && !m_store.isReadOnly());
    m_changeLog->setVisible(managesUnit);
    m_changePassword->setVisible(actor.has_value());
    m_changePassword->setEnabled(!m_store.isReadOnly());
    // On a server, logins and their passwords are the server's (ssedesk server add-user).
    if (m_store.isServer()) {
        for (QAction *action : { m_accounts, m_changePassword }) {
            action->setEnabled(false);
            action->setToolTip(tr("On a server, logins and passwords are kept by the server: "
                                  "its administrators manage them."));
        }
    }
}

void UnitAccessActions::showAccounts()
{
    auto *dialog = new AccountsDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &UnitAccessActions::refresh);
    dialog->open();
}

void UnitAccessActions::showChangeLog()
{
    auto *dialog = new ChangeLogDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showUnitLog();
    dialog->open();
}

void UnitAccessActions::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ui
