#include "workplandialog.h"

#include "format.h"
#include "session.h"

#include <storage/assignmentrepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace Ui {

WorkPlanDialog::WorkPlanDialog(Session &session, const Core::WorkPlan &plan, QWidget *parent)
    : EditorDialog(session, parent)
    , m_plan(plan)
    , m_person(new QComboBox(this))
    , m_title(new QLineEdit(plan.title, this))
    , m_start(createDateEdit(this, plan.periodStart))
    , m_end(createDateEdit(
          this, plan.periodEnd.isValid() ? plan.periodEnd : QDate::currentDate().addYears(1)))
    , m_assignment(new QComboBox(this))
{
    setObjectName(QStringLiteral("workPlanDialog"));
    setWindowTitle(plan.id == 0 ? tr("New work plan") : tr("Edit work plan"));
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setEnabled(plan.id == 0);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Work plan 2025: SSE statistics"));
    m_start->setObjectName(QStringLiteral("periodStartEdit"));
    m_end->setObjectName(QStringLiteral("periodEndEdit"));
    m_assignment->setObjectName(QStringLiteral("assignmentCombo"));
    addField(QStringLiteral("person"), tr("&Supervisee:"), m_person);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("periodStart"), tr("From:"), m_start);
    addField(QStringLiteral("periodEnd"), tr("To:"), m_end);
    addField(QStringLiteral("assignment"), tr("&Assignment:"), m_assignment);
    const Core::Status filled = fillPeople(m_person, plan.personId, false);
    if (!filled)
        showError(filled.error());
    onPersonChanged();
    connect(m_person, &QComboBox::currentIndexChanged, this, &WorkPlanDialog::onPersonChanged);
    m_title->setFocus();
}

void WorkPlanDialog::onPersonChanged()
{
    m_assignment->clear();
    m_assignment->addItem(tr("(none)"), Core::Id(0));
    const auto assignments = session().store().assignments().forPerson(selectedId(m_person));
    if (!assignments) {
        showError(assignments.error());
        return;
    }
    for (const Core::Assignment &assignment : assignments.value()) {
        m_assignment->addItem(tr("%1 (%2 to %3)")
                                  .arg(assignment.title, Format::date(assignment.start),
                                      Format::date(assignment.end)),
            assignment.id);
    }
    selectId(m_assignment, m_plan.assignmentId);
}

Core::WorkPlan WorkPlanDialog::edited() const
{
    Core::WorkPlan plan = m_plan;
    plan.personId = selectedId(m_person);
    plan.title = m_title->text().trimmed();
    plan.periodStart = dateOf(m_start);
    plan.periodEnd = dateOf(m_end);
    plan.assignmentId = selectedId(m_assignment);
    return plan;
}

Core::Status WorkPlanDialog::save()
{
    const Core::WorkPlan plan = edited();
    if (plan.id != 0) {
        const Core::Status updated = session().store().workPlans().update(plan);
        if (!updated)
            return updated;
        const auto reread = session().store().workPlans().find(plan.id);
        m_plan = reread ? reread.value() : plan;
        return {};
    }
    const auto added = session().store().workPlans().add(plan);
    if (!added)
        return added.error();
    m_plan = added.value();
    return {};
}

} // namespace Ui
