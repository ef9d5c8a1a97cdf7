#ifndef CORE_ACTIVITY_H
#define CORE_ACTIVITY_H

#include "error.h"
#include "id.h"

#include <QDate>
#include <QDebug>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// A step towards an objective, with a due date.
struct Activity
{
    enum class Status { Planned, InProgress, Completed, Cancelled };

    Id id = 0;
    Id objectiveId = 0;
    QString title;
    QDate dueDate;
    Status status = Status::Planned;
    int position = 0;

    Error validate() const;
    // Still expected to be worked on: neither completed nor cancelled.
    bool isOpen() const { return status == Status::Planned || status == Status::InProgress; }
    bool isOverdue(const QDate &today) const { return isOpen() && dueDate < today; }

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status);
    static QList<Status> statuses();
};

bool operator==(const Activity &a, const Activity &b);
QDebug operator<<(QDebug debug, const Activity &activity);

} // namespace Core

Q_DECLARE_METATYPE(Core::Activity)

#endif
