#include "identitydialog.h"

#include "persondialog.h"
#include "session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace Ui {

IdentityDialog::IdentityDialog(Session &session, QWidget *parent)
    : EditorDialog(session, parent)
    , m_person(new QComboBox(this))
    , m_addMyself(new QPushButton(tr("I am not in the list: &add me..."), this))
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Who are you?"));
    auto *intro = new QLabel(tr("Choose yourself among the unit's people. Your work plan and the "
                                "progress you log are kept under this name."),
        this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_addMyself->setObjectName(QStringLiteral("addMyselfButton"));
    m_addMyself->setAutoDefault(false);
    addField(QStringLiteral("person"), tr("&I am:"), m_person);
    form()->addRow(QString(), m_addMyself);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Continue"));
    connect(m_addMyself, &QPushButton::clicked, this, &IdentityDialog::onAddMyself);
    refill(session.currentPersonId());
}

void IdentityDialog::refill(Core::Id selected)
{
    m_person->clear();
    const Core::Status filled = fillPeople(m_person, selected, false);
    if (!filled)
        showError(filled.error());
    buttons()->button(QDialogButtonBox::Save)->setEnabled(m_person->count() > 0);
}

void IdentityDialog::onAddMyself()
{
    auto *dialog = new PersonDialog(session(), Core::Person(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { refill(dialog->person().id); });
    dialog->open();
}

Core::Status IdentityDialog::save()
{
    const Core::Id personId = selectedId(m_person);
    if (personId == 0)
        return Core::Error::validation(tr("Choose who you are."), QStringLiteral("person"));
    session().setCurrentPersonId(personId);
    return {};
}

} // namespace Ui
