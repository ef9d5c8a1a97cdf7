#include "signindialog.h"

#include "session.h"

#include <storage/accountrepository.h>
#include <unitstore.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Ui {

SignInDialog::SignInDialog(Core::UnitStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    auto *intro = new QLabel(
        tr("This unit has accounts: sign in with your e-mail address and password."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::accept()
{
    const Core::Status signedIn = m_store.signIn(m_email->text(), m_password->text());
    if (!signedIn) {
        m_error->setText(signedIn.error().message());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

bool SignInDialog::signInIfNeeded(Core::UnitStore &store)
{
    const auto hasAccounts = store.accounts().any();
    if (!hasAccounts)
        return false;
    if (!hasAccounts.value())
        return true;
    SignInDialog dialog(store);
    dialog.setEmail(QSettings().value(Session::identityKey(store.path())).toString());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Ui
