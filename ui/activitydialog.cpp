#include "activitydialog.h"

#include "session.h"
#include "undoableedits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace Ui {

ActivityDialog::ActivityDialog(Session &session, const Core::Activity &activity,
    const QList<Core::Objective> &objectives, QWidget *parent)
    : EditorDialog(session, parent)
    , m_activity(activity)
    , m_objective(new QComboBox(this))
    , m_title(new QLineEdit(activity.title, this))
    , m_due(createDateEdit(this, activity.dueDate))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id == 0 ? tr("New activity") : tr("Edit %1").arg(activity.title));
    for (const Core::Objective &objective : objectives)
        m_objective->addItem(objective.title, objective.id);
    selectId(m_objective, activity.objectiveId);
    for (const auto status : Core::Activity::statuses())
        m_status->addItem(Core::Activity::statusName(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(activity.status)));
    m_objective->setObjectName(QStringLiteral("objectiveCombo"));
    // The store keeps an activity under the objective it was created for.
    m_objective->setEnabled(activity.id == 0);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    addField(QStringLiteral("objective"), tr("&Objective:"), m_objective);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("dueDate"), tr("&Due:"), m_due);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    m_title->setFocus();
}

Core::Activity ActivityDialog::edited() const
{
    Core::Activity activity = m_activity;
    activity.objectiveId = selectedId(m_objective);
    activity.title = m_title->text().trimmed();
    activity.dueDate = dateOf(m_due);
    activity.status = Core::Activity::Status(m_status->currentData().toInt());
    return activity;
}

Core::Status ActivityDialog::save()
{
    const Core::Activity activity = edited();
    if (activity.id != 0) {
        const Core::Status updated = session().edits().updateActivity(activity);
        if (updated)
            m_activity = activity;
        return updated;
    }
    const auto added = session().edits().addActivity(activity);
    if (!added)
        return added.error();
    m_activity = added.value();
    return {};
}

} // namespace Ui
