#include "meeting.h"

#include "country.h"
#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<Meeting::Kind> kindEntries[] = {
    { Meeting::Kind::Nac, "nac",
        QT_TRANSLATE_NOOP("Core::Meeting", "National Advisory Committee") },
    { Meeting::Kind::Gac, "gac", QT_TRANSLATE_NOOP("Core::Meeting", "Global Advisory Committee") },
    { Meeting::Kind::JointConference, "joint_conference",
        QT_TRANSLATE_NOOP("Core::Meeting", "Joint NAC-GAC conference") },
    { Meeting::Kind::IclsSession, "icls_session",
        QT_TRANSLATE_NOOP("Core::Meeting", "ICLS session") },
    { Meeting::Kind::TaskForce, "task_force",
        QT_TRANSLATE_NOOP("Core::Meeting", "Inter-agency task force") },
    { Meeting::Kind::Workshop, "workshop", QT_TRANSLATE_NOOP("Core::Meeting", "Workshop") },
    { Meeting::Kind::Training, "training", QT_TRANSLATE_NOOP("Core::Meeting", "Training") },
    { Meeting::Kind::Other, "other", QT_TRANSLATE_NOOP("Core::Meeting", "Other meeting") },
};
constexpr EnumTable kindTable("Core::Meeting", kindEntries);

} // namespace

bool operator==(const FollowUpAction &a, const FollowUpAction &b)
{
    return a.id == b.id && a.text == b.text && a.ownerId == b.ownerId && a.dueDate == b.dueDate
        && a.done == b.done;
}

Error Meeting::validate() const
{
    if (title.trimmed().isEmpty())
        return Error::validation(tr("A meeting needs a title."), QStringLiteral("title"));
    if (!start.isValid() || !end.isValid())
        return Error::validation(tr("A meeting needs its dates."), QStringLiteral("start"));
    if (end < start)
        return Error::validation(tr("The meeting ends (%1) before it starts (%2).")
                                     .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)),
            QStringLiteral("end"));
    if (kind == Kind::Nac && countryCode.isEmpty())
        return Error::validation(tr("A National Advisory Committee is a country's: choose the "
                                    "country."),
            QStringLiteral("country"));
    if (!countryCode.isEmpty() && !Country::isValidCode(countryCode))
        return Error::validation(tr("\"%1\" is not an ISO 3166 country code.").arg(countryCode),
            QStringLiteral("country"));
    for (const FollowUpAction &action : actions) {
        if (action.text.trimmed().isEmpty())
            return Error::validation(
                tr("Every follow-up action needs a text."), QStringLiteral("actions"));
    }
    return {};
}

QString Meeting::kindKey(Kind kind)
{
    return kindTable.key(kind);
}

std::optional<Meeting::Kind> Meeting::kindFromKey(const QString &key)
{
    return kindTable.fromKey(key);
}

QString Meeting::kindName(Kind kind)
{
    return kindTable.name(kind);
}

QList<Meeting::Kind> Meeting::kinds()
{
    return kindTable.values();
}

bool operator==(const Meeting &a, const Meeting &b)
{
    return a.id == b.id && a.title == b.title && a.kind == b.kind && a.start == b.start
        && a.end == b.end && a.countryCode == b.countryCode && a.place == b.place
        && a.projectId == b.projectId && a.participantIds == b.participantIds
        && a.externalParticipants == b.externalParticipants && a.minutes == b.minutes
        && a.actions == b.actions && a.inputDeliverableIds == b.inputDeliverableIds
        && a.outputDeliverableIds == b.outputDeliverableIds;
}

} // namespace Core
