#include "workplan.h"

#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<WorkPlan::Status> statusEntries[] = {
    { WorkPlan::Status::Draft, "draft", QT_TRANSLATE_NOOP("Core::WorkPlan", "Draft") },
    { WorkPlan::Status::Agreed, "agreed", QT_TRANSLATE_NOOP("Core::WorkPlan", "Agreed") },
    { WorkPlan::Status::Active, "active", QT_TRANSLATE_NOOP("Core::WorkPlan", "Active") },
    { WorkPlan::Status::Closed, "closed", QT_TRANSLATE_NOOP("Core::WorkPlan", "Closed") },
};
constexpr EnumTable statusTable("Core::WorkPlan", statusEntries);

} // namespace

Error WorkPlan::validate() const
{
    if (personId == 0)
        return Error::validation(
            tr("A work plan belongs to a supervisee; none was chosen."), QStringLiteral("person"));
    if (title.trimmed().isEmpty())
        return Error::validation(tr("A work plan needs a title."), QStringLiteral("title"));
    if (!periodStart.isValid() || !periodEnd.isValid())
        return Error::validation(tr("A work plan needs a period: a start and an end date."),
            QStringLiteral("periodStart"));
    if (periodEnd < periodStart)
        return Error::validation(
            tr("The plan's period ends (%1) before it starts (%2).")
                .arg(periodEnd.toString(Qt::ISODate), periodStart.toString(Qt::ISODate)),
            QStringLiteral("periodEnd"));
    return {};
}

bool WorkPlan::canMove(Status from, Status to)
{
    switch (from) {
    case Status::Draft:
        return to == Status::Agreed;
    case Status::Agreed:
        return to == Status::Active || to == Status::Closed;
    case Status::Active:
        return to == Status::Closed;
    case Status::Closed:
        return false;
    }
    return false;
}

QString WorkPlan::statusKey(Status status)
{
    return statusTable.key(status);
}

std::optional<WorkPlan::Status> WorkPlan::statusFromKey(const QString &key)
{
    return statusTable.fromKey(key);
}

QString WorkPlan::statusName(Status status)
{
    return statusTable.name(status);
}

QList<WorkPlan::Status> WorkPlan::statuses()
{
    return statusTable.values();
}

bool operator==(const WorkPlan &a, const WorkPlan &b)
{
    return a.id == b.id && a.personId == b.personId && a.assignmentId == b.assignmentId
        && a.title == b.title && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd
        && a.status == b.status && a.revision == b.revision && a.agreedOn == b.agreedOn
        && a.agreedBySupervisorId == b.agreedBySupervisorId;
}

QDebug operator<<(QDebug debug, const WorkPlan &plan)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "WorkPlan(" << plan.id << ", person " << plan.personId << ", " << plan.title
                    << ", rev " << plan.revision << ", " << WorkPlan::statusKey(plan.status) << ')';
    return debug;
}

} // namespace Core
