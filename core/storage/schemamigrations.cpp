#include "schemamigrations.h"

#include "database.h"
#include "serverschema.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QStringList>

namespace Core {

namespace {

// Version 1: people, assignments, work plans with objectives, activities and progress, and the
// unit's reference lists. One statement per string: Qt Sql runs only the first of several.
const QStringList version1 = {
    QStringLiteral(R"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email TEXT NOT NULL COLLATE NOCASE UNIQUE,
        position_title TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('unit_head', 'technical_officer', 'jpo',
            'intern', 'national_consultant', 'other_staff')),
        grade TEXT NOT NULL DEFAULT '',
        duty_station TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        supervisor_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        CHECK (supervisor_id IS NULL OR supervisor_id <> id)))"),
    QStringLiteral("CREATE INDEX person_supervisor ON person(supervisor_id)"),
    QStringLiteral(R"(CREATE TABLE assignment (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ('jpo', 'internship', 'fixed_term',
            'technical_cooperation', 'consultancy')),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        renewable INTEGER NOT NULL DEFAULT 0 CHECK (renewable IN (0, 1)),
        sponsor TEXT NOT NULL DEFAULT '',
        funding TEXT NOT NULL DEFAULT '',
        CHECK (end_date >= start_date)))"),
    QStringLiteral("CREATE INDEX assignment_person ON assignment(person_id, start_date)"),
    QStringLiteral("CREATE INDEX assignment_end ON assignment(end_date)"),
    QStringLiteral(R"(CREATE TABLE strategy_objective (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE thematic_area (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE work_plan (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        assignment_id INTEGER REFERENCES assignment(id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'active', 'closed')),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        agreed_on TEXT,
        agreed_by_supervisor_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
        CHECK (period_end >= period_start)))"),
    QStringLiteral("CREATE INDEX work_plan_person ON work_plan(person_id, period_start)"),
    QStringLiteral("CREATE INDEX work_plan_assignment ON work_plan(assignment_id)"),
    QStringLiteral("CREATE INDEX work_plan_supervisor ON work_plan(agreed_by_supervisor_id)"),
    QStringLiteral(R"(CREATE TABLE work_plan_revision (
        plan_id INTEGER NOT NULL REFERENCES work_plan(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        superseded_at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL,
        PRIMARY KEY (plan_id, revision)))"),
    QStringLiteral(R"(CREATE TABLE objective (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES work_plan(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('work', 'learning')),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL DEFAULT '',
        target_date TEXT,
        strategy_objective_id INTEGER REFERENCES strategy_objective(id) ON DELETE SET NULL,
        evidence TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX objective_plan ON objective(plan_id, position)"),
    QStringLiteral("CREATE INDEX objective_strategy ON objective(strategy_objective_id)"),
    QStringLiteral(R"(CREATE TABLE objective_theme (
        objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
        thematic_area_id INTEGER NOT NULL REFERENCES thematic_area(id) ON DELETE CASCADE,
        PRIMARY KEY (objective_id, thematic_area_id)))"),
    QStringLiteral("CREATE INDEX objective_theme_area ON objective_theme(thematic_area_id)"),
    QStringLiteral(R"(CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed',
            'cancelled')),
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX activity_objective ON activity(objective_id, position)"),
    QStringLiteral("CREATE INDEX activity_due ON activity(status, due_date)"),
    QStringLiteral(R"(CREATE TABLE progress_entry (
        id INTEGER PRIMARY KEY,
        objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
        activity_id INTEGER REFERENCES activity(id) ON DELETE CASCADE,
        author_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        entry_date TEXT NOT NULL,
        percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
        text TEXT NOT NULL,
        blockers TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL))"),
    QStringLiteral(
        "CREATE INDEX progress_objective ON progress_entry(objective_id, entry_date, id)"),
    QStringLiteral("CREATE INDEX progress_activity ON progress_entry(activity_id, entry_date, id)"),
    QStringLiteral("CREATE INDEX progress_author ON progress_entry(author_id, entry_date)"),
};

// Version 2: projects, partners, missions, deliverables with language versions, meetings, and
// the unit's own settings.
const QStringList version2 = {
    QStringLiteral(R"(CREATE TABLE project (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        country_code TEXT NOT NULL DEFAULT '',
        donor TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)))"),
    QStringLiteral(R"(CREATE TABLE partner (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('government', 'workers_organization',
            'employers_organization', 'un_agency', 'sse_organization', 'academia', 'donor',
            'other')),
        country_code TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('nac', 'gac', 'joint_conference', 'icls_session',
            'task_force', 'workshop', 'training', 'other')),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        country_code TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        project_id INTEGER REFERENCES project(id) ON DELETE RESTRICT,
        external_participants TEXT NOT NULL DEFAULT '',
        minutes TEXT NOT NULL DEFAULT '',
        CHECK (end_date >= start_date),
        CHECK (kind <> 'nac' OR length(country_code) = 2)))"),
    QStringLiteral("CREATE INDEX meeting_dates ON meeting(start_date, end_date)"),
    QStringLiteral("CREATE INDEX meeting_project ON meeting(project_id)"),
    QStringLiteral(R"(CREATE TABLE meeting_participant (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        PRIMARY KEY (meeting_id, person_id)))"),
    QStringLiteral("CREATE INDEX meeting_participant_person ON meeting_participant(person_id)"),
    QStringLiteral(R"(CREATE TABLE meeting_action (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        owner_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX meeting_action_meeting ON meeting_action(meeting_id, position)"),
    QStringLiteral("CREATE INDEX meeting_action_owner ON meeting_action(owner_id, done, due_date)"),
    QStringLiteral(R"(CREATE TABLE deliverable (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        type TEXT NOT NULL CHECK (type IN ('icls_paper', 'national_report', 'global_report',
            'brief', 'donor_report', 'evaluation_report', 'strategy_paper', 'project_proposal',
            'terms_of_reference', 'knowledge_product', 'training_material', 'presentation',
            'database_update')),
        owner_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'drafting', 'in_review', 'revision',
            'cleared', 'delivered', 'cancelled')),
        status_since TEXT NOT NULL,
        country_code TEXT NOT NULL DEFAULT '',
        project_id INTEGER REFERENCES project(id) ON DELETE RESTRICT,
        assignment_id INTEGER REFERENCES assignment(id) ON DELETE SET NULL,
        description TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX deliverable_owner ON deliverable(owner_id)"),
    QStringLiteral("CREATE INDEX deliverable_due ON deliverable(status, due_date)"),
    QStringLiteral("CREATE INDEX deliverable_project ON deliverable(project_id)"),
    QStringLiteral("CREATE INDEX deliverable_assignment ON deliverable(assignment_id)"),
    QStringLiteral(R"(CREATE TABLE deliverable_contributor (
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        PRIMARY KEY (deliverable_id, person_id)))"),
    QStringLiteral(
        "CREATE INDEX deliverable_contributor_person ON deliverable_contributor(person_id)"),
    QStringLiteral(R"(CREATE TABLE deliverable_objective (
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
        PRIMARY KEY (deliverable_id, objective_id)))"),
    QStringLiteral(
        "CREATE INDEX deliverable_objective_objective ON deliverable_objective(objective_id)"),
    QStringLiteral(R"(CREATE TABLE deliverable_version (
        id INTEGER PRIMARY KEY,
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (length(language) = 2 AND language = upper(language)),
        required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'in_review',
            'cleared', 'delivered')),
        due_date TEXT,
        UNIQUE (deliverable_id, language)))"),
    QStringLiteral(R"(CREATE TABLE meeting_deliverable (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('input', 'output')),
        PRIMARY KEY (meeting_id, deliverable_id, direction)))"),
    QStringLiteral(
        "CREATE INDEX meeting_deliverable_deliverable ON meeting_deliverable(deliverable_id)"),
    QStringLiteral(R"(CREATE TABLE mission (
        id INTEGER PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('project_mission', 'workshop', 'conference',
            'training', 'field_visit')),
        country_code TEXT NOT NULL CHECK (length(country_code) = 2),
        city TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'authorised', 'under_way',
            'completed', 'cancelled')),
        supervisor_travels INTEGER NOT NULL DEFAULT 0 CHECK (supervisor_travels IN (0, 1)),
        project_id INTEGER REFERENCES project(id) ON DELETE RESTRICT,
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        bto_submitted_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        CHECK (end_date >= start_date)))"),
    QStringLiteral("CREATE INDEX mission_dates ON mission(start_date, end_date)"),
    QStringLiteral("CREATE INDEX mission_bto ON mission(status, bto_submitted_on, end_date)"),
    QStringLiteral("CREATE INDEX mission_project ON mission(project_id)"),
    QStringLiteral("CREATE INDEX mission_meeting ON mission(meeting_id)"),
    QStringLiteral(R"(CREATE TABLE mission_traveller (
        mission_id INTEGER NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        PRIMARY KEY (mission_id, person_id)))"),
    QStringLiteral("CREATE INDEX mission_traveller_person ON mission_traveller(person_id)"),
    QStringLiteral(R"(CREATE TABLE mission_deliverable (
        mission_id INTEGER NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        PRIMARY KEY (mission_id, deliverable_id)))"),
    QStringLiteral(
        "CREATE INDEX mission_deliverable_deliverable ON mission_deliverable(deliverable_id)"),
    QStringLiteral(R"(CREATE TABLE unit_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),
};

// Version 3: the staged review of drafts.
const QStringList version3 = {
    QStringLiteral(R"(CREATE TABLE review_round (
        id INTEGER PRIMARY KEY,
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        round INTEGER NOT NULL CHECK (round >= 1),
        submitted_by_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        submitted_on TEXT NOT NULL,
        version_label TEXT NOT NULL DEFAULT '',
        reviewer_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        reviewed_on TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'cleared', 'revise', 'rejected')),
        summary TEXT NOT NULL DEFAULT '',
        UNIQUE (deliverable_id, round),
        CHECK (reviewed_on IS NULL OR reviewed_on >= submitted_on)))"),
    QStringLiteral("CREATE INDEX review_round_pending ON review_round(outcome, submitted_on)"),
    QStringLiteral("CREATE INDEX review_round_author ON review_round(submitted_by_id)"),
    QStringLiteral("CREATE INDEX review_round_reviewer ON review_round(reviewer_id, outcome)"),
    QStringLiteral(R"(CREATE TABLE review_assessment (
        round_id INTEGER NOT NULL REFERENCES review_round(id) ON DELETE CASCADE,
        criterion INTEGER NOT NULL CHECK (criterion BETWEEN 0 AND 3),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, criterion)))"),
};

// Version 4: check-ins between supervisors and supervisees.
const QStringList version4 = {
    QStringLiteral(R"(CREATE TABLE checkin (
        id INTEGER PRIMARY KEY,
        supervisor_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        supervisee_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        private_notes TEXT NOT NULL DEFAULT '',
        CHECK (supervisor_id <> supervisee_id)))"),
    QStringLiteral("CREATE INDEX checkin_supervisee ON checkin(supervisee_id, date)"),
    QStringLiteral("CREATE INDEX checkin_supervisor ON checkin(supervisor_id, supervisee_id)"),
    QStringLiteral(R"(CREATE TABLE checkin_action (
        id INTEGER PRIMARY KEY,
        checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        owner_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX checkin_action_checkin ON checkin_action(checkin_id, done)"),
    QStringLiteral("CREATE INDEX checkin_action_owner ON checkin_action(owner_id, done)"),
    QStringLiteral(R"(CREATE TABLE checkin_agenda (
        id INTEGER PRIMARY KEY,
        checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        recurring INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
        carried_action_id INTEGER REFERENCES checkin_action(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX checkin_agenda_checkin ON checkin_agenda(checkin_id, position)"),
    QStringLiteral("CREATE INDEX checkin_agenda_action ON checkin_agenda(carried_action_id)"),
    QStringLiteral(R"(CREATE TABLE checkin_objective (
        checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
        objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
        PRIMARY KEY (checkin_id, objective_id)))"),
    QStringLiteral("CREATE INDEX checkin_objective_objective ON checkin_objective(objective_id)"),
    QStringLiteral(R"(CREATE TABLE checkin_recurring (
        id INTEGER PRIMARY KEY,
        supervisor_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        supervisee_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        position INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral(
        "CREATE INDEX checkin_recurring_pair ON checkin_recurring(supervisor_id, supervisee_id)"),
};

// Version 5: appraisal cycles, with the unit's rating scale and competencies.
const QStringList version5 = {
    QStringLiteral(R"(CREATE TABLE rating_level (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        position INTEGER NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE competency (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        position INTEGER NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE appraisal (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        supervisor_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('objectives_set', 'mid_term', 'end_of_cycle')),
        objectives_set_on TEXT NOT NULL,
        mid_term_on TEXT,
        mid_term_notes TEXT NOT NULL DEFAULT '',
        supervisor_comments TEXT NOT NULL DEFAULT '',
        staff_comments TEXT NOT NULL DEFAULT '',
        supervisor_acknowledged_on TEXT,
        staff_acknowledged_on TEXT,
        CHECK (period_end > period_start),
        CHECK (supervisor_id <> person_id)))"),
    QStringLiteral("CREATE INDEX appraisal_person ON appraisal(person_id, period_start)"),
    QStringLiteral("CREATE INDEX appraisal_supervisor ON appraisal(supervisor_id)"),
    QStringLiteral("CREATE INDEX appraisal_open ON appraisal(staff_acknowledged_on, period_end)"),
    QStringLiteral(R"(CREATE TABLE appraisal_objective (
        appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
        objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE RESTRICT,
        PRIMARY KEY (appraisal_id, objective_id)))"),
    QStringLiteral(
        "CREATE INDEX appraisal_objective_objective ON appraisal_objective(objective_id)"),
    QStringLiteral(R"(CREATE TABLE appraisal_rating (
        appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
        subject TEXT NOT NULL CHECK (subject IN ('objective', 'competency')),
        subject_id INTEGER NOT NULL,
        level_id INTEGER NOT NULL REFERENCES rating_level(id) ON DELETE RESTRICT,
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (appraisal_id, subject, subject_id)))"),
    QStringLiteral("CREATE INDEX appraisal_rating_level ON appraisal_rating(level_id)"),
};

// Version 6: indexes only. The foreign key checkin_recurring.supervisee_id had none (deleting a
// person searched the whole table for their recurring items), and the agenda's deadlines in a
// date range, whatever their status, could not use the (status, due_date) indexes: they read
// every activity and deliverable ever planned. Found by QueryPlanTest.
const QStringList version6 = {
    QStringLiteral("CREATE INDEX checkin_recurring_supervisee ON checkin_recurring(supervisee_id)"),
    QStringLiteral("CREATE INDEX activity_due_date ON activity(due_date)"),
    QStringLiteral("CREATE INDEX deliverable_due_date ON deliverable(due_date)"),
};

// Version 7: who may do what, and what was done. Local accounts (a role and an Argon2id password
// hash per person) and the audit trail. The trail is append-only: two triggers
// (version7FileTriggers) refuse every change to a recorded event, whoever asks; the events
// themselves are written by the triggers AuditTriggers installs on each connection, which know who
// is signed in. The trail has no foreign keys on purpose: it outlives the people and records it
// describes.
const QStringList version7 = {
    QStringLiteral(R"(CREATE TABLE account (
        person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('unit_head', 'supervisor', 'staff', 'observer')),
        password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        password_changed_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id INTEGER,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        parent_entity TEXT,
        parent_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        old_values TEXT,
        new_values TEXT))"),
    QStringLiteral("CREATE INDEX audit_event_entity ON audit_event(entity, entity_id)"),
    QStringLiteral("CREATE INDEX audit_event_parent ON audit_event(parent_entity, parent_id)"),
};

// The append-only rule of version 7 as a file writes it; a server has its own (ServerSchema).
const QStringList version7FileTriggers = {
    QStringLiteral(R"(CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'ssedesk:append-only:audit_event'); END)"),
    QStringLiteral(R"(CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'ssedesk:append-only:audit_event'); END)"),
};

// Version 8: indexes on how long missions and meetings last, so that the agenda
// and mission days find those overlapping a range by searching their start dates between the
// range's start less the longest span and its end (DateOverlap), instead of reading them all.
// The expression must be DateOverlap's, word for word. Found by QueryPlanTest.
const QStringList version8 = {
    QStringLiteral(
        "CREATE INDEX mission_span ON mission(julianday(end_date) - julianday(start_date))"),
    QStringLiteral(
        "CREATE INDEX meeting_span ON meeting(julianday(end_date) - julianday(start_date))"),
};

// Version 9: a progress entry, the row people write most and the table that grows most, no
// longer keeps an entry in the trail's index by record. No one asks an entry's own history: its
// events are found through its objective (the index by parent), which every one of them names.
// Logging progress writes one index page fewer, durably.
const QStringList version9 = {
    QStringLiteral("DROP INDEX audit_event_entity"),
    QStringLiteral("CREATE INDEX audit_event_entity ON audit_event(entity, entity_id) WHERE "
                   "entity <> 'progress_entry'"),
};

// The defaults a unit starts from: a four-level scale, best first, and the three core
// competencies of the organisation's performance framework.
constexpr const char *ratingLevelSeeds[] = {
    "Exceeds expectations",
    "Fully meets expectations",
    "Partially meets expectations",
    "Does not meet expectations",
};
constexpr const char *competencySeeds[] = {
    "Integrity and transparency",
    "Orientation to learning and knowledge sharing",
    "Takes responsibility for performance",
};

struct ReferenceSeed
{
    const char *code;
    const char *title;
};

// Defaults a COOP/SSE-like unit starts from; the unit edits its own lists afterwards.
constexpr ReferenceSeed strategyObjectiveSeeds[] = {
    { "SO1", "Knowledge: statistics and research on the SSE" },
    { "SO2", "Policy: enabling policy and legal environments for the SSE" },
    { "SO3", "Capacity: constituents and SSE organizations strengthened" },
    { "SO4", "Partnerships: inter-agency and UN system cooperation" },
};

constexpr ReferenceSeed thematicAreaSeeds[] = {
    { "care", "Care economy" },
    { "formalization", "Informal-to-formal transition" },
    { "just_transition", "Just transition" },
    { "supply_chains", "Supply chains" },
    { "crisis", "Crisis response" },
    { "statistics", "Statistics" },
    { "policy_law", "Policy and law" },
    { "youth", "Youth employment" },
    { "gender", "Gender equality" },
};

template<std::size_t N>
Status seed(const Database &database, const QString &insertSql, const ReferenceSeed (&seeds)[N])
{
    for (const ReferenceSeed &item : seeds) {
        SqlStatement insert(database, insertSql);
        insert.bind(QStringLiteral(":code"), QString::fromUtf8(item.code))
            .bind(QStringLiteral(":title"), QString::fromUtf8(item.title));
        if (Status status = insert.exec(); !status)
            return status;
    }
    return {};
}

Status runAll(const Database &database, const QStringList &statements)
{
    for (const QString &sql : statements) {
        SqlStatement statement(database, sql);
        if (Status status = statement.exec(); !status)
            return status;
    }
    return {};
}

Status toVersion1(const Database &database)
{
    if (database.isServer()) {
        if (Status status = ServerSchema::prepare(database); !status)
            return status;
    }
    if (Status status = runAll(database, version1); !status)
        return status;
    if (Status status = seed(database,
            QStringLiteral("INSERT INTO strategy_objective (code, title) VALUES (:code, :title)"),
            strategyObjectiveSeeds);
        !status)
        return status;
    if (Status status = seed(database,
            QStringLiteral("INSERT INTO thematic_area (code, title) VALUES (:code, :title)"),
            thematicAreaSeeds);
        !status)
        return status;
    if (database.isServer())
        return {};
    // PRAGMA takes no bound values; the number is our own constant, not input.
    SqlStatement stamp(
        database, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    return stamp.exec();
}

Status toVersion2(const Database &database)
{
    return runAll(database, version2);
}

Status toVersion3(const Database &database)
{
    return runAll(database, version3);
}

Status toVersion4(const Database &database)
{
    return runAll(database, version4);
}

template<std::size_t N>
Status seedList(const Database &database, const QString &insertSql, const char *const (&titles)[N])
{
    int position = 0;
    for (const char *title : titles) {
        SqlStatement insert(database, insertSql);
        insert.bind(QStringLiteral(":title"), QString::fromUtf8(title))
            .bind(QStringLiteral(":position"), ++position);
        if (Status status = insert.exec(); !status)
            return status;
    }
    return {};
}

Status toVersion5(const Database &database)
{
    if (Status status = runAll(database, version5); !status)
        return status;
    if (Status status = seedList(database,
            QStringLiteral("INSERT INTO rating_level (title, position) VALUES (:title, :position)"),
            ratingLevelSeeds);
        !status)
        return status;
    return seedList(database,
        QStringLiteral("INSERT INTO competency (title, position) VALUES (:title, :position)"),
        competencySeeds);
}

Status toVersion6(const Database &database)
{
    return runAll(database, version6);
}

Status toVersion7(const Database &database)
{
    if (Status status = runAll(database, version7); !status)
        return status;
    return database.isServer() ? Status() : runAll(database, version7FileTriggers);
}

Status toVersion8(const Database &database)
{
    return runAll(database, version8);
}

Status toVersion9(const Database &database)
{
    return runAll(database, version9);
}

using Step = Status (*)(const Database &);
const Step steps[] = { toVersion1, toVersion2, toVersion3, toVersion4, toVersion5, toVersion6,
    toVersion7, toVersion8, toVersion9 };

Status stampVersion(const Database &database, int version)
{
    if (database.isServer())
        return ServerSchema::stamp(database, version);
    // As above: PRAGMA cannot bind, and the version comes from our ladder.
    SqlStatement stamp(database, QStringLiteral("PRAGMA user_version = %1").arg(version));
    return stamp.exec();
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return int(std::size(steps));
}

QStringList SchemaMigrations::seededTables()
{
    return { QStringLiteral("strategy_objective"), QStringLiteral("thematic_area"),
        QStringLiteral("rating_level"), QStringLiteral("competency") };
}

Status SchemaMigrations::migrate(const Database &database, int fromVersion, int toVersion)
{
    const int target = toVersion < 0 ? latestVersion() : qMin(toVersion, latestVersion());
    for (int version = fromVersion + 1; version <= target; ++version) {
        const QString context = QCoreApplication::translate(
            "Core::SchemaMigrations", "Upgrading the database to schema version %1")
                                    .arg(version);
        TransactionGuard transaction(database);
        if (!transaction.began())
            return transaction.began().error().withContext(context);
        if (Status status = steps[version - 1](database); !status)
            return status.error().withContext(context);
        if (Status status = stampVersion(database, version); !status)
            return status.error().withContext(context);
        if (Status status = transaction.commit(); !status)
            return status.error().withContext(context);
    }
    return {};
}

} // namespace Core
