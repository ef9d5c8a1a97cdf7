#include "auditfield.h"

namespace Core {

namespace {

struct FieldName
{
    const char *table; // nullptr: the column's words in any table
    const char *column;
    const char *name;
};

// Where a column means something more precise in one table ("person_id" of a mission's
// traveller), that table's words come first.
constexpr FieldName fieldNames[] = {
    { "mission_traveller", "person_id", QT_TRANSLATE_NOOP("Core::AuditField", "Traveller") },
    { "meeting_participant", "person_id", QT_TRANSLATE_NOOP("Core::AuditField", "Participant") },
    { "deliverable_contributor", "person_id",
        QT_TRANSLATE_NOOP("Core::AuditField", "Contributor") },
    { "appraisal", "person_id", QT_TRANSLATE_NOOP("Core::AuditField", "Staff member appraised") },
    { "progress_entry", "text", QT_TRANSLATE_NOOP("Core::AuditField", "What was done") },
    { "meeting_action", "text", QT_TRANSLATE_NOOP("Core::AuditField", "Action") },
    { "checkin_action", "text", QT_TRANSLATE_NOOP("Core::AuditField", "Action") },
    { "checkin_agenda", "text", QT_TRANSLATE_NOOP("Core::AuditField", "Agenda item") },
    { "checkin_recurring", "text", QT_TRANSLATE_NOOP("Core::AuditField", "Recurring item") },
    { nullptr, "id", QT_TRANSLATE_NOOP("Core::AuditField", "Number") },
    { nullptr, "activity_id", QT_TRANSLATE_NOOP("Core::AuditField", "Activity") },
    { nullptr, "agreed_by_supervisor_id",
        QT_TRANSLATE_NOOP("Core::AuditField", "Agreed by (supervisor)") },
    { nullptr, "agreed_on", QT_TRANSLATE_NOOP("Core::AuditField", "Agreed on") },
    { nullptr, "appraisal_id", QT_TRANSLATE_NOOP("Core::AuditField", "Appraisal") },
    { nullptr, "assignment_id", QT_TRANSLATE_NOOP("Core::AuditField", "Assignment") },
    { nullptr, "author_id", QT_TRANSLATE_NOOP("Core::AuditField", "Author") },
    { nullptr, "blockers", QT_TRANSLATE_NOOP("Core::AuditField", "Blockers") },
    { nullptr, "bto_submitted_on",
        QT_TRANSLATE_NOOP("Core::AuditField", "Back-to-office report submitted on") },
    { nullptr, "carried_action_id", QT_TRANSLATE_NOOP("Core::AuditField", "Action carried over") },
    { nullptr, "category", QT_TRANSLATE_NOOP("Core::AuditField", "Category") },
    { nullptr, "checkin_id", QT_TRANSLATE_NOOP("Core::AuditField", "Check-in") },
    { nullptr, "city", QT_TRANSLATE_NOOP("Core::AuditField", "City") },
    { nullptr, "code", QT_TRANSLATE_NOOP("Core::AuditField", "Code") },
    { nullptr, "comment", QT_TRANSLATE_NOOP("Core::AuditField", "Comment") },
    { nullptr, "contact", QT_TRANSLATE_NOOP("Core::AuditField", "Contact") },
    { nullptr, "country_code", QT_TRANSLATE_NOOP("Core::AuditField", "Country") },
    { nullptr, "criterion", QT_TRANSLATE_NOOP("Core::AuditField", "Criterion") },
    { nullptr, "date", QT_TRANSLATE_NOOP("Core::AuditField", "Date") },
    { nullptr, "decisions", QT_TRANSLATE_NOOP("Core::AuditField", "Decisions") },
    { nullptr, "deliverable_id", QT_TRANSLATE_NOOP("Core::AuditField", "Deliverable") },
    { nullptr, "description", QT_TRANSLATE_NOOP("Core::AuditField", "Description") },
    { nullptr, "direction", QT_TRANSLATE_NOOP("Core::AuditField", "Direction") },
    { nullptr, "done", QT_TRANSLATE_NOOP("Core::AuditField", "Done") },
    { nullptr, "donor", QT_TRANSLATE_NOOP("Core::AuditField", "Donor") },
    { nullptr, "due_date", QT_TRANSLATE_NOOP("Core::AuditField", "Due date") },
    { nullptr, "duty_station", QT_TRANSLATE_NOOP("Core::AuditField", "Duty station") },
    { nullptr, "email", QT_TRANSLATE_NOOP("Core::AuditField", "E-mail") },
    { nullptr, "end_date", QT_TRANSLATE_NOOP("Core::AuditField", "End date") },
    { nullptr, "entry_date", QT_TRANSLATE_NOOP("Core::AuditField", "Date of the entry") },
    { nullptr, "evidence", QT_TRANSLATE_NOOP("Core::AuditField", "Evidence") },
    { nullptr, "external_participants",
        QT_TRANSLATE_NOOP("Core::AuditField", "External participants") },
    { nullptr, "funding", QT_TRANSLATE_NOOP("Core::AuditField", "Funding") },
    { nullptr, "grade", QT_TRANSLATE_NOOP("Core::AuditField", "Grade") },
    { nullptr, "indicator", QT_TRANSLATE_NOOP("Core::AuditField", "Indicator") },
    { nullptr, "key", QT_TRANSLATE_NOOP("Core::AuditField", "Setting") },
    { nullptr, "kind", QT_TRANSLATE_NOOP("Core::AuditField", "Kind") },
    { nullptr, "language", QT_TRANSLATE_NOOP("Core::AuditField", "Language") },
    { nullptr, "languages", QT_TRANSLATE_NOOP("Core::AuditField", "Languages") },
    { nullptr, "level_id", QT_TRANSLATE_NOOP("Core::AuditField", "Rating") },
    { nullptr, "meeting_id", QT_TRANSLATE_NOOP("Core::AuditField", "Meeting") },
    { nullptr, "mid_term_notes", QT_TRANSLATE_NOOP("Core::AuditField", "Mid-term review notes") },
    { nullptr, "mid_term_on", QT_TRANSLATE_NOOP("Core::AuditField", "Mid-term review on") },
    { nullptr, "minutes", QT_TRANSLATE_NOOP("Core::AuditField", "Minutes") },
    { nullptr, "mission_id", QT_TRANSLATE_NOOP("Core::AuditField", "Mission") },
    { nullptr, "name", QT_TRANSLATE_NOOP("Core::AuditField", "Name") },
    { nullptr, "notes", QT_TRANSLATE_NOOP("Core::AuditField", "Notes") },
    { nullptr, "objective_id", QT_TRANSLATE_NOOP("Core::AuditField", "Objective") },
    { nullptr, "objectives_set_on", QT_TRANSLATE_NOOP("Core::AuditField", "Objectives set on") },
    { nullptr, "outcome", QT_TRANSLATE_NOOP("Core::AuditField", "Outcome") },
    { nullptr, "owner_id", QT_TRANSLATE_NOOP("Core::AuditField", "Owner") },
    { nullptr, "password_changed_at",
        QT_TRANSLATE_NOOP("Core::AuditField", "Password changed at") },
    { nullptr, "password_hash", QT_TRANSLATE_NOOP("Core::AuditField", "Password") },
    { nullptr, "percent", QT_TRANSLATE_NOOP("Core::AuditField", "Percent complete") },
    { nullptr, "period_end", QT_TRANSLATE_NOOP("Core::AuditField", "End of period") },
    { nullptr, "period_start", QT_TRANSLATE_NOOP("Core::AuditField", "Start of period") },
    { nullptr, "person_id", QT_TRANSLATE_NOOP("Core::AuditField", "Person") },
    { nullptr, "place", QT_TRANSLATE_NOOP("Core::AuditField", "Place") },
    { nullptr, "plan_id", QT_TRANSLATE_NOOP("Core::AuditField", "Work plan") },
    { nullptr, "position", QT_TRANSLATE_NOOP("Core::AuditField", "Position in the list") },
    { nullptr, "position_title", QT_TRANSLATE_NOOP("Core::AuditField", "Position title") },
    { nullptr, "private_notes", QT_TRANSLATE_NOOP("Core::AuditField", "Private notes") },
    { nullptr, "project_id", QT_TRANSLATE_NOOP("Core::AuditField", "Project") },
    { nullptr, "purpose", QT_TRANSLATE_NOOP("Core::AuditField", "Purpose") },
    { nullptr, "reason", QT_TRANSLATE_NOOP("Core::AuditField", "Reason") },
    { nullptr, "recorded_at", QT_TRANSLATE_NOOP("Core::AuditField", "Recorded at") },
    { nullptr, "recurring", QT_TRANSLATE_NOOP("Core::AuditField", "Recurring") },
    { nullptr, "renewable", QT_TRANSLATE_NOOP("Core::AuditField", "Renewable") },
    { nullptr, "required", QT_TRANSLATE_NOOP("Core::AuditField", "Required") },
    { nullptr, "reviewed_on", QT_TRANSLATE_NOOP("Core::AuditField", "Reviewed on") },
    { nullptr, "reviewer_id", QT_TRANSLATE_NOOP("Core::AuditField", "Reviewer") },
    { nullptr, "revision", QT_TRANSLATE_NOOP("Core::AuditField", "Revision") },
    { nullptr, "role", QT_TRANSLATE_NOOP("Core::AuditField", "Role") },
    { nullptr, "round", QT_TRANSLATE_NOOP("Core::AuditField", "Round") },
    { nullptr, "round_id", QT_TRANSLATE_NOOP("Core::AuditField", "Review round") },
    { nullptr, "score", QT_TRANSLATE_NOOP("Core::AuditField", "Score") },
    { nullptr, "snapshot", QT_TRANSLATE_NOOP("Core::AuditField", "Plan as it was") },
    { nullptr, "sponsor", QT_TRANSLATE_NOOP("Core::AuditField", "Sponsor") },
    { nullptr, "staff_acknowledged_on",
        QT_TRANSLATE_NOOP("Core::AuditField", "Acknowledged by the staff member on") },
    { nullptr, "staff_comments", QT_TRANSLATE_NOOP("Core::AuditField", "Staff member's comments") },
    { nullptr, "stage", QT_TRANSLATE_NOOP("Core::AuditField", "Stage") },
    { nullptr, "start_date", QT_TRANSLATE_NOOP("Core::AuditField", "Start date") },
    { nullptr, "status", QT_TRANSLATE_NOOP("Core::AuditField", "Status") },
    { nullptr, "status_since", QT_TRANSLATE_NOOP("Core::AuditField", "Status since") },
    { nullptr, "strategy_objective_id",
        QT_TRANSLATE_NOOP("Core::AuditField", "Strategy objective") },
    { nullptr, "subject", QT_TRANSLATE_NOOP("Core::AuditField", "Rated") },
    { nullptr, "subject_id", QT_TRANSLATE_NOOP("Core::AuditField", "Rated item") },
    { nullptr, "submitted_by_id", QT_TRANSLATE_NOOP("Core::AuditField", "Submitted by") },
    { nullptr, "submitted_on", QT_TRANSLATE_NOOP("Core::AuditField", "Submitted on") },
    { nullptr, "summary", QT_TRANSLATE_NOOP("Core::AuditField", "Summary") },
    { nullptr, "superseded_at", QT_TRANSLATE_NOOP("Core::AuditField", "Superseded at") },
    { nullptr, "supervisee_id", QT_TRANSLATE_NOOP("Core::AuditField", "Supervisee") },
    { nullptr, "supervisor_acknowledged_on",
        QT_TRANSLATE_NOOP("Core::AuditField", "Acknowledged by the supervisor on") },
    { nullptr, "supervisor_comments",
        QT_TRANSLATE_NOOP("Core::AuditField", "Supervisor's comments") },
    { nullptr, "supervisor_id", QT_TRANSLATE_NOOP("Core::AuditField", "Supervisor") },
    { nullptr, "supervisor_travels",
        QT_TRANSLATE_NOOP("Core::AuditField", "Supervisor travels too") },
    { nullptr, "target_date", QT_TRANSLATE_NOOP("Core::AuditField", "Target date") },
    { nullptr, "text", QT_TRANSLATE_NOOP("Core::AuditField", "Text") },
    { nullptr, "thematic_area_id", QT_TRANSLATE_NOOP("Core::AuditField", "Thematic area") },
    { nullptr, "title", QT_TRANSLATE_NOOP("Core::AuditField", "Title") },
    { nullptr, "type", QT_TRANSLATE_NOOP("Core::AuditField", "Type") },
    { nullptr, "value", QT_TRANSLATE_NOOP("Core::AuditField", "Value") },
    { nullptr, "version_label", QT_TRANSLATE_NOOP("Core::AuditField", "Version") },
};

const FieldName *find(const QString &table, const QString &column)
{
    const FieldName *general = nullptr;
    for (const FieldName &known : fieldNames) {
        if (column != QLatin1String(known.column))
            continue;
        if (known.table && table == QLatin1String(known.table))
            return &known;
        if (!known.table)
            general = &known;
    }
    return general;
}

} // namespace

QString AuditField::name(const QString &table, const QString &column)
{
    if (const FieldName *known = find(table, column))
        return tr(known->name);
    // "password_changed_at" reads "Password changed at", "owner_id" reads "Owner".
    QString words = column;
    if (words.endsWith(QLatin1String("_id")))
        words.chop(3);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

bool AuditField::isNamed(const QString &table, const QString &column)
{
    return find(table, column) != nullptr;
}

} // namespace Core
