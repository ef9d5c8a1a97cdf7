#include "progressentriesmodel.h"

#include <format.h>

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/progressrepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

namespace Bench {

ProgressEntriesModel::ProgressEntriesModel(const Core::UnitStore &store, QObject *parent)
    : RecordTableModel(
        { tr("Date"), tr("Author"), tr("Item"), tr("%"), tr("What was done"), tr("Blockers") },
        parent)
    , m_store(store)
{
    refresh();
}

Core::Status ProgressEntriesModel::reload()
{
    m_entries.clear();
    m_objectiveTitles.clear();
    m_activityTitles.clear();
    m_authors.clear();
    const auto people = m_store.people().all();
    const auto plans = m_store.workPlans().all();
    for (const Core::Error &error : { people.error(), plans.error() }) {
        if (error.isError())
            return error;
    }
    for (const Core::Person &person : people.value())
        m_authors.insert(person.id, person.name);
    for (const Core::WorkPlan &plan : plans.value()) {
        if (Core::Status loaded = loadPlan(plan.id); !loaded)
            return loaded;
    }
    return {};
}

// One plan at a time, as the progress log reads it: the titles, then the entries.
Core::Status ProgressEntriesModel::loadPlan(Core::Id planId)
{
    const auto objectives = m_store.objectives().forPlan(planId);
    const auto activities = m_store.activities().forPlan(planId);
    const auto entries = m_store.progress().forPlan(planId);
    for (const Core::Error &error : { objectives.error(), activities.error(), entries.error() }) {
        if (error.isError())
            return error;
    }
    for (const Core::Objective &objective : objectives.value())
        m_objectiveTitles.insert(objective.id, objective.title);
    for (const Core::Activity &activity : activities.value())
        m_activityTitles.insert(activity.id, activity.title);
    m_entries += entries.value();
    return {};
}

QVariant ProgressEntriesModel::record(int row) const
{
    return QVariant::fromValue(m_entries.at(row));
}

QString ProgressEntriesModel::display(int row, int column) const
{
    const Core::ProgressEntry &entry = m_entries.at(row);
    switch (column) {
    case DateColumn:
        return Ui::Format::date(entry.date);
    case AuthorColumn:
        return m_authors.value(entry.authorId);
    case ItemColumn:
        return entry.activityId != 0 ? m_activityTitles.value(entry.activityId)
                                     : m_objectiveTitles.value(entry.objectiveId);
    case PercentColumn:
        return QString::number(entry.percent);
    case TextColumn:
        return entry.text;
    case BlockersColumn:
        return entry.blockers;
    }
    return {};
}

QVariant ProgressEntriesModel::sortKey(int row, int column) const
{
    const Core::ProgressEntry &entry = m_entries.at(row);
    if (column == DateColumn)
        return entry.date;
    if (column == PercentColumn)
        return entry.percent;
    return display(row, column);
}

} // namespace Bench
