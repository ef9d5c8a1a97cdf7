#include "accountsdialog.h"

#include <storage/accountrepository.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

AccountsDialog::AccountsDialog(Core::UnitStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 4, this))
    , m_person(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("E-mail"), tr("Role"), tr("Password changed") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Core::Actor::Role role : Core::Actor::roles())
        m_role->addItem(Core::Actor::roleName(role), int(role));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *intro = new QLabel(tr("People sign in with their e-mail address and password. The "
                                "unit head manages every account; the file itself is protected "
                                "by your computer's file permissions, not by these accounts."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Re&peat password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto addButton
        = [&](const QString &text, const char *name, void (AccountsDialog::*slot)()) {
              QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
              button->setObjectName(QString::fromLatin1(name));
              button->setAutoDefault(false);
              connect(button, &QPushButton::clicked, this, slot);
          };
    addButton(tr("&Add account"), "addButton", &AccountsDialog::addAccount);
    addButton(tr("Set r&ole"), "setRoleButton", &AccountsDialog::setRoleOfSelected);
    addButton(tr("Set pa&ssword"), "setPasswordButton", &AccountsDialog::setPasswordOfSelected);
    addButton(tr("Re&move"), "removeButton", &AccountsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 520);
    refresh();
}

QString AccountsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AccountsDialog::refresh()
{
    const auto accounts = m_store.accounts().all();
    const auto people = m_store.people().all();
    if (!accounts || !people) {
        report((accounts ? people.error() : accounts.error()).message());
        return;
    }
    m_table->setRowCount(int(accounts.value().size()));
    QSet<Core::Id> withAccount;
    for (int row = 0; row < accounts.value().size(); ++row) {
        const Core::Account &account = accounts.value().at(row);
        withAccount.insert(account.personId);
        const QStringList cells { account.name, account.email, Core::Actor::roleName(account.role),
            QLocale().toString(account.passwordChangedAt.toLocalTime(), QLocale::ShortFormat) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, account.personId);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_person->clear();
    for (const Core::Person &person : people.value()) {
        if (!withAccount.contains(person.id))
            m_person->addItem(person.name, person.id);
    }
}

void AccountsDialog::report(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool AccountsDialog::passwordsMatch()
{
    if (m_password->text() == m_repeat->text())
        return true;
    report(tr("The two passwords differ: type the same password twice."));
    m_repeat->setFocus();
    return false;
}

qint64 AccountsDialog::selectedPersonId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AccountsDialog::addAccount()
{
    if (!passwordsMatch())
        return;
    const Core::Id personId = m_person->currentData().toLongLong();
    const bool first = !m_store.signedIn();
    const auto role = Core::Actor::Role(m_role->currentData().toInt());
    if (Core::Status status = m_store.accounts().create(personId, role, m_password->text());
        !status) {
        report(status.error().message());
        return;
    }
    // The first account turns the rules on: its maker goes on as that account, not as nobody.
    if (first) {
        const auto person = m_store.people().find(personId);
        if (person)
            m_store.signIn(person.value().email, m_password->text());
    }
    m_password->clear();
    m_repeat->clear();
    report({});
    refresh();
}

void AccountsDialog::setRoleOfSelected()
{
    const Core::Status status = m_store.accounts().setRole(
        selectedPersonId(), Core::Actor::Role(m_role->currentData().toInt()));
    report(status ? QString() : status.error().message());
    refresh();
}

void AccountsDialog::setPasswordOfSelected()
{
    if (!passwordsMatch())
        return;
    const Core::Status status
        = m_store.accounts().changePassword(selectedPersonId(), QString(), m_password->text());
    report(status ? QString() : status.error().message());
    if (status) {
        m_password->clear();
        m_repeat->clear();
    }
    refresh();
}

void AccountsDialog::removeSelected()
{
    const Core::Status status = m_store.accounts().remove(selectedPersonId());
    report(status ? QString() : status.error().message());
    refresh();
}

} // namespace Ui
