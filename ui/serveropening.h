#ifndef UI_SERVEROPENING_H
#define UI_SERVEROPENING_H

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace Core {
class UnitStore;
}

namespace Ui {

// Opens the window's unit on its PostgreSQL server: the person logs in with their own role
// (the address's user), with the password from the address, SSEDESK_SERVER_PASSWORD, or a
// password box; a refusal (unreachable server, wrong password, no unit there) is shown and
// nothing opens. The server then knows who is working: no sign-in dialog follows.
class ServerOpening
{
    Q_DECLARE_TR_FUNCTIONS(Ui::ServerOpening)

public:
    static std::unique_ptr<Core::UnitStore> open(const QString &address, QWidget *parent = nullptr);
};

} // namespace Ui

#endif
