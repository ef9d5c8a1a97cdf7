#ifndef UI_UNDOABLEEDITS_H
#define UI_UNDOABLEEDITS_H

#include <activity.h>
#include <objective.h>
#include <person.h>
#include <progressentry.h>
#include <result.h>

#include <QDate>
#include <QHash>
#include <QObject>

#include <memory>

class QUndoStack;

namespace Core {
class UnitStore;
}

namespace Ui {

// The edits the user can take back with Edit > Undo. Each call does the change at once and
// returns what the store said, so that an editor can show a refusal at the field; only a change
// that succeeded lands on the undo stack.
class UndoableEdits : public QObject
{
    Q_OBJECT
public:
    UndoableEdits(Core::UnitStore &store, QUndoStack &stack, QObject *parent = nullptr);

    Core::Result<Core::ProgressEntry> logProgress(
        const Core::ProgressEntry &entry, const QDate &today);
    Core::Result<Core::Objective> addObjective(const Core::Objective &objective);
    Core::Status updateObjective(const Core::Objective &objective);
    Core::Status removeObjective(Core::Id objectiveId);
    Core::Result<Core::Activity> addActivity(const Core::Activity &activity);
    Core::Status updateActivity(const Core::Activity &activity);
    Core::Status removeActivity(Core::Id activityId);
    Core::Status updatePerson(const Core::Person &person);

Q_SIGNALS:
    // An undo or redo the store refused: the window tells the user.
    void failed(const Core::Error &error);

private:
    // Undoing a removal adds the record again under a new id; commands hold a shared cell per
    // record so that later commands follow it to its new id.
    using IdCell = std::shared_ptr<Core::Id>;

    IdCell objectiveCell(Core::Id id);
    IdCell activityCell(Core::Id id);
    void follow(QHash<Core::Id, IdCell> &cells, const IdCell &cell, Core::Id newId);
    Core::Status readdActivity(
        Core::Activity activity, const IdCell &objective, const IdCell &cell);
    Core::Status readdObjective(const Core::Objective &objective, const IdCell &cell,
        const QList<Core::Activity> &activities);
    Core::Status restoreStatus(const IdCell &activity, Core::Activity::Status status);
    void push(const QString &text, std::function<Core::Status()> redo,
        std::function<Core::Status()> undo);

    Core::UnitStore &m_store;
    QUndoStack &m_stack;
    QHash<Core::Id, IdCell> m_objectiveCells;
    QHash<Core::Id, IdCell> m_activityCells;
};

} // namespace Ui

#endif
