#ifndef CORE_AUDITEVENT_H
#define CORE_AUDITEVENT_H

#include "id.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Core {

// One recorded change: who made it, when, to which record, and each field's value before and
// after (only the fields that changed, for an update).
struct AuditEvent
{
    enum class Action { Insert, Update, Delete };

    struct Change
    {
        QString field;
        QString before;
        QString after;
    };

    Id id = 0;
    QDateTime at; // UTC
    Id actorId = 0; // 0: nobody was signed in (the program itself, a command-line verb)
    QString actorName;
    QString entity; // the table, e.g. "work_plan"
    Id entityId = 0;
    Action action = Action::Update;
    QList<Change> changes;

    // What people call the record kind ("Work plan", "Check-in action").
    static QString entityName(const QString &entity);
    static QString actionName(Action action);
};

} // namespace Core

#endif
