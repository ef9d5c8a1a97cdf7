#ifndef TESTS_UI_RECORDBUILDERS_H
#define TESTS_UI_RECORDBUILDERS_H

#include "unitfixture.h"

#include <deliverable.h>
#include <meeting.h>
#include <mission.h>
#include <project.h>
#include <storage/deliverablerepository.h>
#include <storage/meetingrepository.h>
#include <storage/missionrepository.h>
#include <storage/projectrepository.h>

// Stored missions, deliverables and meetings for the ui tests, each stating only what matters.
namespace Records {

inline Core::Mission addMission(UnitFixture &unit, const QString &purpose, Core::Id traveller,
    const QDate &start, const QDate &end,
    Core::Mission::Status status = Core::Mission::Status::Planned)
{
    Core::Mission mission;
    mission.purpose = purpose;
    mission.travellerIds = { traveller };
    mission.countryCode = QStringLiteral("SN");
    mission.city = QStringLiteral("Dakar");
    mission.start = start;
    mission.end = end;
    mission.status = status;
    return REQUIRE_OK(unit.store().missions().add(mission));
}

inline Core::LanguageVersion version(const QString &language,
    Core::LanguageVersion::Status status = Core::LanguageVersion::Status::Planned)
{
    Core::LanguageVersion version;
    version.language = language;
    version.status = status;
    return version;
}

inline Core::Deliverable addDeliverable(UnitFixture &unit, const QString &title, const QDate &due,
    const QList<Core::LanguageVersion> &versions = {},
    Core::Deliverable::Status status = Core::Deliverable::Status::Planned)
{
    Core::Deliverable deliverable;
    deliverable.title = title;
    deliverable.ownerId = unit.jpo.id;
    deliverable.dueDate = due;
    deliverable.versions = versions;
    deliverable.status = status;
    return REQUIRE_OK(unit.store().deliverables().add(deliverable));
}

inline Core::FollowUpAction action(const QString &text, bool done = false)
{
    Core::FollowUpAction action;
    action.text = text;
    action.done = done;
    return action;
}

inline Core::Meeting addMeeting(UnitFixture &unit, const QString &title, const QDate &start,
    const QList<Core::FollowUpAction> &actions = {})
{
    Core::Meeting meeting;
    meeting.title = title;
    meeting.kind = Core::Meeting::Kind::Gac;
    meeting.start = start;
    meeting.end = start;
    meeting.place = QStringLiteral("Geneva");
    meeting.participantIds = { unit.head.id, unit.jpo.id };
    meeting.actions = actions;
    return REQUIRE_OK(unit.store().meetings().add(meeting));
}

inline Core::Project addProject(UnitFixture &unit, const QString &code, const QString &country)
{
    Core::Project project;
    project.code = code;
    project.title = QStringLiteral("SSE statistics in ") + country;
    project.countryCode = country;
    project.donor = QStringLiteral("Luxembourg");
    project.start = QDate(2025, 1, 1);
    project.end = QDate(2027, 12, 31);
    return REQUIRE_OK(unit.store().projects().addProject(project));
}

} // namespace Records

#endif
