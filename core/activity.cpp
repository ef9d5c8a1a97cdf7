#include "activity.h"

#include "enumtable.h"

#include <QCoreApplication>

namespace Core {

namespace {

constexpr EnumEntry<Activity::Status> statusEntries[] = {
    { Activity::Status::Planned, "planned", QT_TRANSLATE_NOOP("Core::Activity", "Planned") },
    { Activity::Status::InProgress, "in_progress",
        QT_TRANSLATE_NOOP("Core::Activity", "In progress") },
    { Activity::Status::Completed, "completed", QT_TRANSLATE_NOOP("Core::Activity", "Completed") },
    { Activity::Status::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Core::Activity", "Cancelled") },
};
constexpr EnumTable statusTable("Core::Activity", statusEntries);

} // namespace

Error Activity::validate() const
{
    if (objectiveId == 0)
        return Error::validation(QCoreApplication::translate("Core::Activity",
                                     "An activity belongs to an objective; none was chosen."),
            QStringLiteral("objective"));
    if (title.trimmed().isEmpty())
        return Error::validation(
            QCoreApplication::translate("Core::Activity", "An activity needs a title."),
            QStringLiteral("title"));
    if (!dueDate.isValid())
        return Error::validation(
            QCoreApplication::translate("Core::Activity", "An activity needs a due date."),
            QStringLiteral("dueDate"));
    return {};
}

QString Activity::statusKey(Status status)
{
    return statusTable.key(status);
}

std::optional<Activity::Status> Activity::statusFromKey(const QString &key)
{
    return statusTable.fromKey(key);
}

QString Activity::statusName(Status status)
{
    return statusTable.name(status);
}

QList<Activity::Status> Activity::statuses()
{
    return statusTable.values();
}

bool operator==(const Activity &a, const Activity &b)
{
    return a.id == b.id && a.objectiveId == b.objectiveId && a.title == b.title
        && a.dueDate == b.dueDate && a.status == b.status && a.position == b.position;
}

QDebug operator<<(QDebug debug, const Activity &activity)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Activity(" << activity.id << ", objective " << activity.objectiveId << ", "
                    << activity.title << ", due " << activity.dueDate << ", "
                    << Activity::statusKey(activity.status) << ')';
    return debug;
}

} // namespace Core
