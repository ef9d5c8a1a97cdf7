#ifndef TESTS_UNITFIXTURE_H
#define TESTS_UNITFIXTURE_H

#include "activity.h"
#include "assignment.h"
#include "deliverable.h"
#include "meeting.h"
#include "mission.h"
#include "objective.h"
#include "person.h"
#include "progressentry.h"
#include "project.h"
#include "reviewround.h"
#include "unitstore.h"
#include "workplan.h"

#include <QDate>
#include <QTest>

#include <memory>
#include <utility>

// Fails the current test with the error's message when a core call did not succeed, and returns
// its value otherwise.
#define REQUIRE_OK(expr)                                                                           \
    [&]() {                                                                                        \
        auto result__ = (expr);                                                                    \
        if (!result__)                                                                             \
            qFatal("%s failed: %s", #expr, qPrintable(result__.error().message()));                \
        return std::move(result__.value());                                                        \
    }()

// A scratch unit (ScratchUnit: in memory, or on the test server) with a supervisor and a
// supervisee, and builders for the rest: each test states only what matters to it.
class UnitFixture
{
public:
    UnitFixture();

    Core::UnitStore &store() { return *m_store; }
    QDate today() const { return m_today; }

    Core::Person head;
    Core::Person jpo;

    Core::Person addPerson(
        const QString &name, Core::Person::Category category, Core::Id supervisorId = 0);
    // A draft plan for `personId` over 2026, the fixture's year.
    Core::WorkPlan addPlan(Core::Id personId, const QString &title = QStringLiteral("Work plan"));
    Core::Objective addObjective(Core::Id planId, const QString &title,
        Core::Objective::Kind kind = Core::Objective::Kind::Work);
    Core::Activity addActivity(Core::Id objectiveId, const QString &title, const QDate &due);
    Core::ProgressEntry log(const Core::Activity &activity, int percent, const QDate &date);
    Core::WorkPlan agree(const Core::WorkPlan &plan);

    // Missions, meetings, deliverables and projects with what a test leaves unsaid filled in:
    // a mission to Dakar, a workshop in Geneva, a brief.
    Core::Project addProject(const QString &code);
    Core::Mission addMission(Core::Id travellerId, const QDate &start, const QDate &end,
        Core::Mission::Status status = Core::Mission::Status::Planned);
    Core::Meeting addMeeting(const QString &title, const QDate &start, const QDate &end,
        const QList<Core::Id> &participantIds = {});
    Core::Deliverable addDeliverable(Core::Id ownerId, const QString &title, const QDate &due,
        Core::Deliverable::Status status = Core::Deliverable::Status::Planned);
    // The way a draft moves into review and out of it: a round submitted by the JPO to the
    // head, and the head's outcome with every criterion assessed.
    Core::ReviewRound submitDraft(Core::Id deliverableId, const QDate &on);
    void reviewDraft(Core::ReviewRound round, Core::ReviewRound::Outcome outcome, const QDate &on);

private:
    std::unique_ptr<Core::UnitStore> m_store;
    QDate m_today;
};

#endif
