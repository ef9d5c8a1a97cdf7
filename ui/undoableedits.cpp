#include "undoableedits.h"

#include "repositorycommand.h"

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/progressrepository.h>
#include <unitstore.h>

#include <QUndoStack>

namespace Ui {

using Core::Id;
using Core::Status;

UndoableEdits::UndoableEdits(Core::UnitStore &store, QUndoStack &stack, QObject *parent)
    : QObject(parent), m_store(store), m_stack(stack)
{
}

Core::Result<Core::ProgressEntry> UndoableEdits::logProgress(
    const Core::ProgressEntry &entry, const QDate &today)
{
    auto previous = Core::Activity::Status::Planned;
    if (entry.activityId != 0) {
        const auto activity = m_store.activities().find(entry.activityId);
        if (!activity)
            return activity.error();
        previous = activity.value().status;
    }
    const auto logged = m_store.progress().log(entry, today);
    if (!logged)
        return logged;
    const auto entryId = std::make_shared<Id>(logged.value().id);
    const IdCell objective = objectiveCell(entry.objectiveId);
    const IdCell activity = entry.activityId != 0 ? activityCell(entry.activityId) : nullptr;
    auto redo = [this, entry, today, entryId, objective, activity]() -> Status {
        Core::ProgressEntry again = entry;
        again.objectiveId = *objective;
        again.activityId = activity ? *activity : 0;
        const auto result = m_store.progress().log(again, today);
        if (!result)
            return result.error();
        *entryId = result.value().id;
        return {};
    };
    auto undo = [this, entryId, activity, previous]() -> Status {
        const Status removed = m_store.progress().remove(*entryId);
        if (!removed || !activity)
            return removed;
        return restoreStatus(activity, previous);
    };
    push(tr("Log progress"), redo, undo);
    return logged;
}

Core::Result<Core::Objective> UndoableEdits::addObjective(const Core::Objective &objective)
{
    const auto added = m_store.objectives().add(objective);
    if (!added)
        return added;
    const IdCell cell = objectiveCell(added.value().id);
    push(
        tr("Add objective \"%1\"").arg(objective.title),
        [this, objective, cell] { return readdObjective(objective, cell, {}); },
        [this, cell] { return m_store.objectives().remove(*cell); });
    return added;
}

Status UndoableEdits::updateObjective(const Core::Objective &objective)
{
    const auto before = m_store.objectives().find(objective.id);
    if (!before)
        return before.error();
    const Status updated = m_store.objectives().update(objective);
    if (!updated)
        return updated;
    const IdCell cell = objectiveCell(objective.id);
    auto apply = [this, cell](Core::Objective version) {
        version.id = *cell;
        return m_store.objectives().update(version);
    };
    push(tr("Edit objective \"%1\"").arg(objective.title), std::bind(apply, objective),
        std::bind(apply, before.value()));
    return updated;
}

Status UndoableEdits::removeObjective(Id objectiveId)
{
    const auto before = m_store.objectives().find(objectiveId);
    if (!before)
        return before.error();
    const auto activities = m_store.activities().forObjective(objectiveId);
    if (!activities)
        return activities.error();
    const Status removed = m_store.objectives().remove(objectiveId);
    if (!removed)
        return removed;
    const IdCell cell = objectiveCell(objectiveId);
    push(
        tr("Delete objective \"%1\"").arg(before.value().title),
        [this, cell] { return m_store.objectives().remove(*cell); },
        [this, objective = before.value(), cell, list = activities.value()] {
            return readdObjective(objective, cell, list);
        });
    return removed;
}

Core::Result<Core::Activity> UndoableEdits::addActivity(const Core::Activity &activity)
{
    const auto added = m_store.activities().add(activity);
    if (!added)
        return added;
    const IdCell cell = activityCell(added.value().id);
    const IdCell objective = objectiveCell(activity.objectiveId);
    push(
        tr("Add activity \"%1\"").arg(activity.title),
        [this, activity, objective, cell] { return readdActivity(activity, objective, cell); },
        [this, cell] { return m_store.activities().remove(*cell); });
    return added;
}

Status UndoableEdits::updateActivity(const Core::Activity &activity)
{
    const auto before = m_store.activities().find(activity.id);
    if (!before)
        return before.error();
    const Status updated = m_store.activities().update(activity);
    if (!updated)
        return updated;
    const IdCell cell = activityCell(activity.id);
    auto apply = [this, cell](Core::Activity version) {
        version.id = *cell;
        version.objectiveId = *objectiveCell(version.objectiveId);
        return m_store.activities().update(version);
    };
    push(tr("Edit activity \"%1\"").arg(activity.title), std::bind(apply, activity),
        std::bind(apply, before.value()));
    return updated;
}

Status UndoableEdits::removeActivity(Id activityId)
{
    const auto before = m_store.activities().find(activityId);
    if (!before)
        return before.error();
    const Status removed = m_store.activities().remove(activityId);
    if (!removed)
        return removed;
    const IdCell cell = activityCell(activityId);
    const IdCell objective = objectiveCell(before.value().objectiveId);
    push(
        tr("Delete activity \"%1\"").arg(before.value().title),
        [this, cell] { return m_store.activities().remove(*cell); },
        [this, activity = before.value(), objective, cell] {
            return readdActivity(activity, objective, cell);
        });
    return removed;
}

Status UndoableEdits::updatePerson(const Core::Person &person)
{
    const auto before = m_store.people().find(person.id);
    if (!before)
        return before.error();
    const Status updated = m_store.people().update(person);
    if (!updated)
        return updated;
    auto apply = [this](const Core::Person &version) { return m_store.people().update(version); };
    push(
        tr("Edit %1").arg(person.name), std::bind(apply, person), std::bind(apply, before.value()));
    return updated;
}

UndoableEdits::IdCell UndoableEdits::objectiveCell(Id id)
{
    IdCell &cell = m_objectiveCells[id];
    if (!cell)
        cell = std::make_shared<Id>(id);
    return cell;
}

UndoableEdits::IdCell UndoableEdits::activityCell(Id id)
{
    IdCell &cell = m_activityCells[id];
    if (!cell)
        cell = std::make_shared<Id>(id);
    return cell;
}

void UndoableEdits::follow(QHash<Id, IdCell> &cells, const IdCell &cell, Id newId)
{
    *cell = newId;
    cells.insert(newId, cell);
}

Status UndoableEdits::readdActivity(
    Core::Activity activity, const IdCell &objective, const IdCell &cell)
{
    activity.id = 0;
    activity.objectiveId = *objective;
    const auto added = m_store.activities().add(activity);
    if (!added)
        return added.error();
    follow(m_activityCells, cell, added.value().id);
    return {};
}

// Removing an objective took its activities with it, so taking the removal back brings them too.
// Their logged progress is not restored.
Status UndoableEdits::readdObjective(
    const Core::Objective &objective, const IdCell &cell, const QList<Core::Activity> &activities)
{
    Core::Objective copy = objective;
    copy.id = 0;
    const auto added = m_store.objectives().add(copy);
    if (!added)
        return added.error();
    follow(m_objectiveCells, cell, added.value().id);
    for (const Core::Activity &activity : activities) {
        const Status status = readdActivity(activity, cell, activityCell(activity.id));
        if (!status)
            return status;
    }
    return {};
}

// Logging moved the activity along (planned -> in progress -> completed); taking the entry back
// puts it where it was, unless the store already did.
Status UndoableEdits::restoreStatus(const IdCell &activity, Core::Activity::Status status)
{
    auto current = m_store.activities().find(*activity);
    if (!current)
        return current.error();
    if (current.value().status == status)
        return {};
    current.value().status = status;
    return m_store.activities().update(current.value());
}

void UndoableEdits::push(
    const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_stack.push(new RepositoryCommand(text, std::move(redo), std::move(undo),
        [this](const Core::Error &error) { Q_EMIT failed(error); }));
}

} // namespace Ui
