#ifndef UI_RECORDEDITS_H
#define UI_RECORDEDITS_H

#include <deliverable.h>
#include <meeting.h>
#include <mission.h>
#include <project.h>
#include <result.h>

#include <QObject>

#include <functional>

class QUndoStack;

namespace Core {
class UnitStore;
}

namespace Ui {

// The changes to missions, deliverables, meetings, projects and partners that Edit > Undo can
// take back. Each call changes the store at once and returns what it said; a change that
// succeeded lands on the undo stack as the record before and after, so that undo and redo
// write a whole snapshot back. Status moves (a BTO report in included, which completes a
// mission under way) are not here: they are workflow steps that core lets go forward only, so
// an undo could not take them back. Adding and deleting records is
// not undoable either, as for people.
class RecordEdits : public QObject
{
    Q_OBJECT
public:
    RecordEdits(Core::UnitStore &store, QUndoStack &stack, QObject *parent = nullptr);

    Core::Status updateMission(const Core::Mission &mission);
    Core::Status updateDeliverable(const Core::Deliverable &deliverable);
    Core::Status updateMeeting(const Core::Meeting &meeting);
    Core::Status setActionDone(Core::Id meetingId, Core::Id actionId, bool done);
    Core::Status updateProject(const Core::Project &project);
    Core::Status updatePartner(const Core::Partner &partner);

Q_SIGNALS:
    // An undo or redo the store refused: the window tells the user.
    void failed(const Core::Error &error);

private:
    using Change = std::function<Core::Status()>;

    Core::Status mission(const QString &text, Core::Id id, const Change &change);
    Core::Status meeting(const QString &text, Core::Id id, const Change &change);
    Core::Result<Core::Partner> findPartner(Core::Id id) const;
    // Reads the record, makes the change, reads it again, and pushes both versions.
    template<typename T, typename Find, typename Update>
    Core::Status tracked(const QString &text, Find find, Update update, const Change &change);

    Core::UnitStore &m_store;
    QUndoStack &m_stack;
};

} // namespace Ui

#endif
