#include "appraisaldialog.h"

#include "checklist.h"
#include "format.h"
#include "recordpickers.h"
#include "session.h"

#include <storage/appraisalrepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace Ui {

AppraisalDialog::AppraisalDialog(Session &session, const Core::Person &person, QWidget *parent)
    : EditorDialog(session, parent)
    , m_person(person)
    , m_start(createDateEdit(this, QDate(QDate::currentDate().year(), 1, 1)))
    , m_end(createDateEdit(this, QDate(QDate::currentDate().year(), 12, 31)))
    , m_objectives(new CheckList(6, this))
    , m_setOn(createDateEdit(this, QDate::currentDate()))
{
    setObjectName(QStringLiteral("appraisalDialog"));
    setWindowTitle(tr("Open appraisal cycle"));
    auto *who = new QLabel(person.name, this);
    who->setFont(Format::emphasis());
    form()->addRow(tr("Staff member:"), who);
    m_start->setObjectName(QStringLiteral("periodStartEdit"));
    m_end->setObjectName(QStringLiteral("periodEndEdit"));
    m_objectives->setObjectName(QStringLiteral("objectivesList"));
    m_setOn->setObjectName(QStringLiteral("objectivesSetOnEdit"));
    fillPeriod();
    addField(QStringLiteral("periodStart"), tr("Cycle &from:"), m_start);
    addField(QStringLiteral("periodEnd"), tr("Cycle &to:"), m_end);
    addField(QStringLiteral("objectives"), tr("&Objectives:"), m_objectives);
    addField(QStringLiteral("objectivesSetOn"), tr("Objectives &set on:"), m_setOn);
    watchField(QStringLiteral("supervisor"), m_start);
    // Every objective of the plan is appraised unless the supervisor leaves one out.
    const auto filled = RecordPickers(session.store()).fillObjectives(m_objectives, person.id, {});
    if (!filled)
        showError(filled.error());
    for (int row = 0; row < m_objectives->count(); ++row)
        m_objectives->item(row)->setCheckState(Qt::Checked);
}

// The cycle runs with the person's current plan when there is one.
void AppraisalDialog::fillPeriod()
{
    const auto plan = session().store().workPlans().current(m_person.id);
    if (!plan || !plan.value())
        return;
    m_start->setDate(plan.value()->periodStart);
    m_end->setDate(plan.value()->periodEnd);
}

Core::Status AppraisalDialog::save()
{
    Core::Appraisal appraisal;
    appraisal.personId = m_person.id;
    appraisal.supervisorId = m_person.supervisorId;
    appraisal.periodStart = dateOf(m_start);
    appraisal.periodEnd = dateOf(m_end);
    appraisal.objectiveIds = m_objectives->checkedIds();
    appraisal.objectivesSetOn = dateOf(m_setOn);
    const auto opened = session().store().appraisals().open(appraisal, session().currentPersonId());
    if (!opened)
        return opened.error();
    m_appraisal = opened.value();
    return {};
}

} // namespace Ui
