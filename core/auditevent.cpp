#include "auditevent.h"

#include <QCoreApplication>

namespace Core {

namespace {

struct EntityName
{
    const char *entity;
    const char *name;
};

constexpr EntityName entityNames[] = {
    { "person", QT_TRANSLATE_NOOP("Core::AuditEvent", "Person") },
    { "assignment", QT_TRANSLATE_NOOP("Core::AuditEvent", "Assignment") },
    { "work_plan", QT_TRANSLATE_NOOP("Core::AuditEvent", "Work plan") },
    { "work_plan_revision", QT_TRANSLATE_NOOP("Core::AuditEvent", "Work plan revision") },
    { "objective", QT_TRANSLATE_NOOP("Core::AuditEvent", "Objective") },
    { "objective_theme", QT_TRANSLATE_NOOP("Core::AuditEvent", "Objective's thematic area") },
    { "strategy_objective", QT_TRANSLATE_NOOP("Core::AuditEvent", "Strategy objective") },
    { "thematic_area", QT_TRANSLATE_NOOP("Core::AuditEvent", "Thematic area") },
    { "activity", QT_TRANSLATE_NOOP("Core::AuditEvent", "Activity") },
    { "progress_entry", QT_TRANSLATE_NOOP("Core::AuditEvent", "Progress entry") },
    { "project", QT_TRANSLATE_NOOP("Core::AuditEvent", "Project") },
    { "partner", QT_TRANSLATE_NOOP("Core::AuditEvent", "Partner") },
    { "meeting", QT_TRANSLATE_NOOP("Core::AuditEvent", "Meeting") },
    { "meeting_participant", QT_TRANSLATE_NOOP("Core::AuditEvent", "Meeting participant") },
    { "meeting_action", QT_TRANSLATE_NOOP("Core::AuditEvent", "Meeting follow-up action") },
    { "deliverable", QT_TRANSLATE_NOOP("Core::AuditEvent", "Deliverable") },
    { "deliverable_contributor", QT_TRANSLATE_NOOP("Core::AuditEvent", "Deliverable contributor") },
    { "deliverable_objective", QT_TRANSLATE_NOOP("Core::AuditEvent", "Deliverable's objective") },
    { "deliverable_version", QT_TRANSLATE_NOOP("Core::AuditEvent", "Language version") },
    { "meeting_deliverable", QT_TRANSLATE_NOOP("Core::AuditEvent", "Meeting's deliverable") },
    { "mission", QT_TRANSLATE_NOOP("Core::AuditEvent", "Mission") },
    { "mission_traveller", QT_TRANSLATE_NOOP("Core::AuditEvent", "Mission traveller") },
    { "mission_deliverable", QT_TRANSLATE_NOOP("Core::AuditEvent", "Mission's deliverable") },
    { "review_round", QT_TRANSLATE_NOOP("Core::AuditEvent", "Review round") },
    { "review_assessment", QT_TRANSLATE_NOOP("Core::AuditEvent", "Review assessment") },
    { "checkin", QT_TRANSLATE_NOOP("Core::AuditEvent", "Check-in") },
    { "checkin_action", QT_TRANSLATE_NOOP("Core::AuditEvent", "Check-in action") },
    { "checkin_agenda", QT_TRANSLATE_NOOP("Core::AuditEvent", "Check-in agenda item") },
    { "checkin_objective",
        QT_TRANSLATE_NOOP("Core::AuditEvent", "Objective discussed at a check-in") },
    { "checkin_recurring", QT_TRANSLATE_NOOP("Core::AuditEvent", "Recurring check-in item") },
    { "appraisal", QT_TRANSLATE_NOOP("Core::AuditEvent", "Appraisal") },
    { "appraisal_objective", QT_TRANSLATE_NOOP("Core::AuditEvent", "Appraised objective") },
    { "appraisal_rating", QT_TRANSLATE_NOOP("Core::AuditEvent", "Appraisal rating") },
    { "rating_level", QT_TRANSLATE_NOOP("Core::AuditEvent", "Rating level") },
    { "competency", QT_TRANSLATE_NOOP("Core::AuditEvent", "Competency") },
    { "unit_setting", QT_TRANSLATE_NOOP("Core::AuditEvent", "Unit setting") },
    { "account", QT_TRANSLATE_NOOP("Core::AuditEvent", "Account") },
};

} // namespace

QString AuditEvent::entityName(const QString &entity)
{
    for (const EntityName &known : entityNames) {
        if (entity == QLatin1String(known.entity))
            return QCoreApplication::translate("Core::AuditEvent", known.name);
    }
    // A table without a name of its own (a link or list table): its name, made readable.
    QString readable = entity;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable;
}

QString AuditEvent::actionName(Action action)
{
    switch (action) {
    case Action::Insert:
        return QCoreApplication::translate("Core::AuditEvent", "Added");
    case Action::Update:
        return QCoreApplication::translate("Core::AuditEvent", "Changed");
    case Action::Delete:
        return QCoreApplication::translate("Core::AuditEvent", "Removed");
    }
    return {};
}

} // namespace Core
