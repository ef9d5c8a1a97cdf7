#ifndef CORE_MISSION_H
#define CORE_MISSION_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// Travel for work. After return a back-to-office (BTO) report is due within a set number of
// working days (a unit setting, 10 by default).
struct Mission
{
    Q_DECLARE_TR_FUNCTIONS(Core::Mission)

public:
    enum class Kind { ProjectMission, Workshop, Conference, Training, FieldVisit };
    enum class Status { Planned, Authorised, UnderWay, Completed, Cancelled };

    Id id = 0;
    QString purpose;
    Kind kind = Kind::ProjectMission;
    QString countryCode; // ISO 3166 alpha-2
    QString city;
    QDate start;
    QDate end; // the day of return
    Status status = Status::Planned;
    QList<Id> travellerIds; // at least one
    bool supervisorTravels = false; // the travellers' supervisor goes too
    Id projectId = 0;
    Id meetingId = 0;
    QList<Id> deliverableIds;
    QDate btoSubmittedOn; // invalid while the report is not in
    QString notes;

    Error validate() const;
    int days() const { return start.isValid() && end.isValid() ? int(start.daysTo(end)) + 1 : 0; }
    // Days of this mission falling in `year`.
    int daysIn(int year) const;
    // Whether a BTO report is expected at all: not for a cancelled or not yet ended mission.
    bool expectsBto(const QDate &today) const;
    // The return date plus `workingDays` working days (Monday to Friday).
    QDate btoDue(int workingDays) const;
    bool isBtoOverdue(const QDate &today, int workingDays) const;

    static bool canMove(Status from, Status to);
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind);
    static QList<Kind> kinds();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status);
    static QList<Status> statuses();
};

bool operator==(const Mission &a, const Mission &b);
QDebug operator<<(QDebug debug, const Mission &mission);

} // namespace Core

Q_DECLARE_METATYPE(Core::Mission)

#endif
