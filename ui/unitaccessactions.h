#ifndef UI_UNITACCESSACTIONS_H
#define UI_UNITACCESSACTIONS_H

#include <QObject>

class QAction;
class QWidget;

namespace Core {
class UnitStore;
}

namespace Ui {

// Who may do what in the unit, from the window's menus: the accounts and the change log (the
// unit head's, or anyone's while the unit has no accounts yet), and one's own password. Each
// action is shown only to those who may use it; core refuses the rest in any case.
class UnitAccessActions : public QObject
{
    Q_OBJECT
public:
    UnitAccessActions(Core::UnitStore &store, QWidget *window);

    QAction *accountsAction() const { return m_accounts; }
    QAction *changeLogAction() const { return m_changeLog; }
    QAction *changePasswordAction() const { return m_changePassword; }

    // After a sign-in or the first account: who is signed in decides what is shown.
    void refresh();

private:
    void showAccounts();
    void showChangeLog();
    void changePassword();

    Core::UnitStore &m_store;
    QWidget *m_window;
    QAction *m_accounts;
    QAction *m_changeLog;
    QAction *m_changePassword;
};

} // namespace Ui

#endif
