#include "changepassworddialog.h"

#include <storage/accountrepository.h>
#include <unitstore.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Ui {

ChangePasswordDialog::ChangePasswordDialog(Core::UnitStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_current(new QLineEdit(this))
    , m_replacement(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    for (QLineEdit *edit : { m_current, m_replacement, m_repeat })
        edit->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentEdit"));
    m_replacement->setObjectName(QStringLiteral("replacementEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_replacement);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChangePasswordDialog::accept()
{
    const auto &actor = m_store.signedIn();
    QString problem;
    if (!actor) {
        problem = tr("Nobody is signed in: there is no password to change.");
    } else if (m_replacement->text() != m_repeat->text()) {
        problem = tr("The two new passwords differ: type the same password twice.");
    } else {
        const Core::Status status = m_store.accounts().changePassword(
            actor->personId, m_current->text(), m_replacement->text());
        if (!status)
            problem = status.error().message();
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Ui
