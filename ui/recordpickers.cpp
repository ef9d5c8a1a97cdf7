#include "recordpickers.h"

#include "checklist.h"
#include "format.h"

#include <storage/assignmentrepository.h>
#include <storage/deliverablerepository.h>
#include <storage/meetingrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/projectrepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QCoreApplication>

namespace Ui {

namespace {

void addNone(QComboBox *combo)
{
    combo->clear();
    combo->addItem(RecordPickers::tr("(none)"), Core::Id(0));
}

void select(QComboBox *combo, Core::Id id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

Core::Status RecordPickers::fillProjects(QComboBox *combo, Core::Id selected) const
{
    const auto projects = m_store.projects().projects();
    if (!projects)
        return projects.error();
    addNone(combo);
    for (const Core::Project &project : projects.value())
        combo->addItem(project.code + QStringLiteral(" – ") + project.title, project.id);
    select(combo, selected);
    return {};
}

Core::Status RecordPickers::fillMeetings(QComboBox *combo, Core::Id selected) const
{
    const auto meetings = m_store.meetings().all();
    if (!meetings)
        return meetings.error();
    addNone(combo);
    for (const Core::Meeting &meeting : meetings.value())
        combo->addItem(tr("%1 (%2)").arg(meeting.title, Format::date(meeting.start)), meeting.id);
    select(combo, selected);
    return {};
}

Core::Status RecordPickers::fillConsultancies(
    QComboBox *combo, Core::Id personId, Core::Id selected) const
{
    addNone(combo);
    if (personId == 0)
        return {};
    const auto assignments = m_store.assignments().forPerson(personId);
    if (!assignments)
        return assignments.error();
    for (const Core::Assignment &assignment : assignments.value()) {
        if (assignment.type == Core::Assignment::Type::Consultancy || assignment.id == selected)
            combo->addItem(assignment.title, assignment.id);
    }
    select(combo, selected);
    return {};
}

Core::Status RecordPickers::fillPeople(CheckList *list, const QList<Core::Id> &checked) const
{
    const auto people = m_store.people().all();
    if (!people)
        return people.error();
    list->clear();
    for (const Core::Person &person : people.value())
        list->addEntry(person.name, person.id, checked.contains(person.id));
    return {};
}

Core::Status RecordPickers::fillDeliverables(CheckList *list, const QList<Core::Id> &checked) const
{
    const auto deliverables = m_store.deliverables().all();
    if (!deliverables)
        return deliverables.error();
    list->clear();
    for (const Core::Deliverable &deliverable : deliverables.value()) {
        const bool linked = checked.contains(deliverable.id);
        if (deliverable.isOpen() || linked)
            list->addEntry(
                tr("%1 (due %2)").arg(deliverable.title, Format::date(deliverable.dueDate)),
                deliverable.id, linked);
    }
    return {};
}

Core::Status RecordPickers::fillObjectives(
    CheckList *list, Core::Id personId, const QList<Core::Id> &checked) const
{
    list->clear();
    if (personId == 0)
        return {};
    const auto plan = m_store.workPlans().current(personId);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return {};
    const auto objectives = m_store.objectives().forPlan(plan.value()->id);
    if (!objectives)
        return objectives.error();
    for (const Core::Objective &objective : objectives.value())
        list->addEntry(objective.title, objective.id, checked.contains(objective.id));
    return {};
}

} // namespace Ui
