#ifndef CORE_MEETING_H
#define CORE_MEETING_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// Something to do after a meeting, with an owner and a due date.
struct FollowUpAction
{
    Id id = 0;
    QString text;
    Id ownerId = 0; // optional: an external party may own it
    QDate dueDate;
    bool done = false;
};

bool operator==(const FollowUpAction &a, const FollowUpAction &b);

// A meeting or event: a National Advisory Committee (one per country), the Global Advisory
// Committee, an ICLS session, a task force, a workshop...
struct Meeting
{
    Q_DECLARE_TR_FUNCTIONS(Core::Meeting)

public:
    enum class Kind {
        Nac,
        Gac,
        JointConference,
        IclsSession,
        TaskForce,
        Workshop,
        Training,
        Other
    };

    Id id = 0;
    QString title;
    Kind kind = Kind::Other;
    QDate start;
    QDate end;
    QString countryCode; // required for a NAC: its committee is the country's
    QString place; // city and venue
    Id projectId = 0;
    QList<Id> participantIds; // people of the unit
    QString externalParticipants; // others, as written
    QString minutes;
    QList<FollowUpAction> actions;
    QList<Id> inputDeliverableIds; // prepared for the meeting
    QList<Id> outputDeliverableIds; // coming out of it

    Error validate() const;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind);
    static QList<Kind> kinds();
};

bool operator==(const Meeting &a, const Meeting &b);

} // namespace Core

Q_DECLARE_METATYPE(Core::Meeting)
Q_DECLARE_METATYPE(Core::FollowUpAction)

#endif
