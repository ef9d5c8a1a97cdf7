#ifndef CORE_DASHBOARDFIGURES_H
#define CORE_DASHBOARDFIGURES_H

#include "deliverable.h"
#include "id.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Core {

// A back-to-office report not yet submitted after its due date.
struct OverdueBto
{
    Id missionId = 0;
    QString purpose;
    QString travellers;
    QDate returned;
    QDate due;
};

// A deliverable needing attention: due soon, or waiting for its reviewer.
struct DeliverableDue
{
    Id deliverableId = 0;
    QString title;
    Id ownerId = 0;
    QString ownerName;
    QDate dueDate;
    Deliverable::Status status = Deliverable::Status::Planned;
    QDate statusSince; // the day it entered its current status: how long it has waited
};

// Mission days of one person in one year, by country and by month.
struct MissionDays
{
    Id personId = 0;
    QString name;
    int total = 0;
    QMap<QString, int> byCountry; // ISO code -> days
    QMap<int, int> byMonth; // 1..12 -> days
};

} // namespace Core

Q_DECLARE_METATYPE(Core::OverdueBto)
Q_DECLARE_METATYPE(Core::DeliverableDue)
Q_DECLARE_METATYPE(Core::MissionDays)

#endif
