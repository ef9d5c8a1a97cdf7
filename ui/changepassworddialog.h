#ifndef UI_CHANGEPASSWORDDIALOG_H
#define UI_CHANGEPASSWORDDIALOG_H

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Core {
class UnitStore;
}

namespace Ui {

// The person signed in changes their own password: the current one, then the new one twice.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Core::UnitStore &store, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Core::UnitStore &m_store;
    QLineEdit *m_current;
    QLineEdit *m_replacement;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace Ui

#endif
