#include "agreedialog.h"

#include "session.h"

#include <storage/peoplerepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace Ui {

AgreeDialog::AgreeDialog(Session &session, const Core::WorkPlan &plan, QWidget *parent)
    : EditorDialog(session, parent)
    , m_plan(plan)
    , m_date(createDateEdit(this, QDate::currentDate()))
    , m_supervisor(new QComboBox(this))
{
    setObjectName(QStringLiteral("agreeDialog"));
    setWindowTitle(tr("Agree work plan"));
    auto *intro = new QLabel(
        tr("Record that \"%1\" (revision %2) was agreed.").arg(plan.title).arg(plan.revision),
        this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_date->setObjectName(QStringLiteral("agreedOnEdit"));
    m_supervisor->setObjectName(QStringLiteral("supervisorCombo"));
    addField(QStringLiteral("agreedOn"), tr("Agreed &on:"), m_date);
    addField(QStringLiteral("supervisor"), tr("&Supervisor:"), m_supervisor);
    const Core::Status filled = fillPeople(m_supervisor, defaultSupervisor(), false);
    if (!filled)
        showError(filled.error());
}

Core::Id AgreeDialog::defaultSupervisor() const
{
    const auto person = session().store().people().find(m_plan.personId);
    return person ? person.value().supervisorId : Core::Id(0);
}

Core::Status AgreeDialog::save()
{
    return session().store().workPlans().agree(m_plan.id, dateOf(m_date), selectedId(m_supervisor));
}

} // namespace Ui
