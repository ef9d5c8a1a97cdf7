#ifndef UI_ACCOUNTSDIALOG_H
#define UI_ACCOUNTSDIALOG_H

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Core {
class UnitStore;
}

namespace Ui {

// The unit's accounts, for the unit head: who may sign in, with which role; add one, change a
// role, set a new password, remove one. The first account made in a unit without accounts is
// the unit head's, and its maker is signed in with it at once: from then on the rules apply.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(Core::UnitStore &store, QWidget *parent = nullptr);

    QString errorText() const;

    void addAccount();
    void setRoleOfSelected();
    void setPasswordOfSelected();
    void removeSelected();

private:
    void refresh();
    void report(const QString &error);
    bool passwordsMatch();
    qint64 selectedPersonId() const;

    Core::UnitStore &m_store;
    QTableWidget *m_table;
    QComboBox *m_person;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace Ui

#endif
