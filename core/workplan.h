#ifndef CORE_WORKPLAN_H
#define CORE_WORKPLAN_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QDebug>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// The time-bound plan a supervisor and a supervisee agree at the start of an assignment.
// Agreement freezes a revision: a later change to the plan starts the next revision, and the
// agreed one stays readable (see WorkPlanRevision).
struct WorkPlan
{
    Q_DECLARE_TR_FUNCTIONS(Core::WorkPlan)

public:
    enum class Status { Draft, Agreed, Active, Closed };

    Id id = 0;
    Id personId = 0; // the supervisee whose plan this is
    Id assignmentId = 0; // optional
    QString title;
    QDate periodStart;
    QDate periodEnd;
    Status status = Status::Draft;
    int revision = 1;
    QDate agreedOn;
    Id agreedBySupervisorId = 0;

    Error validate() const;
    bool contains(const QDate &date) const { return date >= periodStart && date <= periodEnd; }
    bool overlaps(const WorkPlan &other) const
    {
        return periodStart <= other.periodEnd && other.periodStart <= periodEnd;
    }
    // True once supervisor and supervisee agreed it: content changes then need a new revision.
    bool isAgreed() const { return status == Status::Agreed || status == Status::Active; }
    bool isClosed() const { return status == Status::Closed; }

    static bool canMove(Status from, Status to);
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status);
    static QList<Status> statuses();
};

bool operator==(const WorkPlan &a, const WorkPlan &b);
QDebug operator<<(QDebug debug, const WorkPlan &plan);

} // namespace Core

Q_DECLARE_METATYPE(Core::WorkPlan)

#endif
