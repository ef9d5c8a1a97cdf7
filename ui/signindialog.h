#ifndef UI_SIGNINDIALOG_H
#define UI_SIGNINDIALOG_H

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Core {
class UnitStore;
}

namespace Ui {

// Signs a person in to a unit that has accounts: e-mail and password, checked by core. A wrong
// password keeps the dialog open with the reason and an empty password field.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Core::UnitStore &store, QWidget *parent = nullptr);

    void setEmail(const QString &email);
    QString errorText() const;

    // Before a window opens on `store`: nothing to do in a unit without accounts, else the
    // dialog, with the e-mail last used on this file, until someone signs in (true) or gives
    // up (false).
    static bool signInIfNeeded(Core::UnitStore &store);

    void accept() override;

private:
    Core::UnitStore &m_store;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace Ui

#endif
