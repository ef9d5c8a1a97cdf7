#ifndef CORE_PROGRESSENTRY_H
#define CORE_PROGRESSENTRY_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDebug>
#include <QMetaType>
#include <QString>

namespace Core {

// A dated note of progress on an objective, or on one of its activities when activityId is set.
struct ProgressEntry
{
    Q_DECLARE_TR_FUNCTIONS(Core::ProgressEntry)

public:
    Id id = 0;
    Id objectiveId = 0;
    Id activityId = 0; // 0: the entry is about the objective as a whole
    Id authorId = 0;
    QDate date;
    int percent = 0; // how complete the activity (or objective) is after this work
    QString text; // what was done
    QString blockers;
    QDateTime recordedAt; // UTC, set by the store

    // `today` keeps "not in the future" testable.
    Error validate(const QDate &today) const;
};

bool operator==(const ProgressEntry &a, const ProgressEntry &b);
QDebug operator<<(QDebug debug, const ProgressEntry &entry);

} // namespace Core

Q_DECLARE_METATYPE(Core::ProgressEntry)

#endif
