#include "recordedits.h"

#include "repositorycommand.h"

#include <storage/deliverablerepository.h>
#include <storage/meetingrepository.h>
#include <storage/missionrepository.h>
#include <storage/projectrepository.h>
#include <unitstore.h>

#include <QUndoStack>

namespace Ui {

using Core::Id;
using Core::Status;

RecordEdits::RecordEdits(Core::UnitStore &store, QUndoStack &stack, QObject *parent)
    : QObject(parent), m_store(store), m_stack(stack)
{
}

Status RecordEdits::updateMission(const Core::Mission &mission)
{
    return this->mission(tr("Edit mission \"%1\"").arg(mission.purpose), mission.id,
        [this, mission] { return m_store.missions().update(mission); });
}

Status RecordEdits::updateDeliverable(const Core::Deliverable &deliverable)
{
    return tracked<Core::Deliverable>(
        tr("Edit deliverable \"%1\"").arg(deliverable.title),
        [this, id = deliverable.id] { return m_store.deliverables().find(id); },
        [this](const Core::Deliverable &version) { return m_store.deliverables().update(version); },
        [this, deliverable] { return m_store.deliverables().update(deliverable); });
}

Status RecordEdits::updateMeeting(const Core::Meeting &meeting)
{
    return this->meeting(tr("Edit meeting \"%1\"").arg(meeting.title), meeting.id,
        [this, meeting] { return m_store.meetings().update(meeting); });
}

Status RecordEdits::setActionDone(Id meetingId, Id actionId, bool done)
{
    return meeting(done ? tr("Follow-up action done") : tr("Follow-up action reopened"), meetingId,
        [this, actionId, done] { return m_store.meetings().setActionDone(actionId, done); });
}

Status RecordEdits::updateProject(const Core::Project &project)
{
    return tracked<Core::Project>(
        tr("Edit project %1").arg(project.code),
        [this, id = project.id] { return m_store.projects().findProject(id); },
        [this](const Core::Project &version) { return m_store.projects().updateProject(version); },
        [this, project] { return m_store.projects().updateProject(project); });
}

Status RecordEdits::updatePartner(const Core::Partner &partner)
{
    return tracked<Core::Partner>(
        tr("Edit partner %1").arg(partner.name),
        [this, id = partner.id] { return findPartner(id); },
        [this](const Core::Partner &version) { return m_store.projects().updatePartner(version); },
        [this, partner] { return m_store.projects().updatePartner(partner); });
}

Status RecordEdits::mission(const QString &text, Id id, const Change &change)
{
    return tracked<Core::Mission>(
        text, [this, id] { return m_store.missions().find(id); },
        [this](const Core::Mission &version) { return m_store.missions().update(version); },
        change);
}

Status RecordEdits::meeting(const QString &text, Id id, const Change &change)
{
    return tracked<Core::Meeting>(
        text, [this, id] { return m_store.meetings().find(id); },
        [this](const Core::Meeting &version) { return m_store.meetings().update(version); },
        change);
}

Core::Result<Core::Partner> RecordEdits::findPartner(Id id) const
{
    const auto partners = m_store.projects().partners();
    if (!partners)
        return partners.error();
    for (const Core::Partner &partner : partners.value()) {
        if (partner.id == id)
            return partner;
    }
    return Core::Error::notFound(tr("The partner is no longer there."));
}

template<typename T, typename Find, typename Update>
Status RecordEdits::tracked(const QString &text, Find find, Update update, const Change &change)
{
    const Core::Result<T> before = find();
    if (!before)
        return before.error();
    const Status changed = change();
    if (!changed)
        return changed;
    const Core::Result<T> after = find();
    if (!after)
        return after.error();
    m_stack.push(new RepositoryCommand(
        text, [update, version = after.value()] { return update(version); },
        [update, version = before.value()] { return update(version); },
        [this](const Core::Error &error) { Q_EMIT failed(error); }));
    return changed;
}

} // namespace Ui
