#include "meetingrepository.h"

#include "childrows.h"
#include "database.h"
#include "dateoverlap.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace Core {

namespace {

// Fixed text of ours, spliced into SQL with arg(); values are always bound.
const QString meetingColumns = QStringLiteral(
    "meeting.id, meeting.title, meeting.kind, meeting.start_date, meeting.end_date, "
    "meeting.country_code, meeting.place, meeting.project_id, meeting.external_participants, "
    "meeting.minutes");

// Participants and deliverable links have no order column: reading them back in rowid order
// keeps the order they were saved in, which each save rewrites.
const QString participantsSql
    = QStringLiteral("SELECT meeting_participant.meeting_id, meeting_participant.person_id FROM "
                     "meeting_participant JOIN meeting ON meeting.id = "
                     "meeting_participant.meeting_id WHERE %1 ORDER BY meeting_participant.rowid");
const QString actionsSql = QStringLiteral(
    "SELECT meeting_action.meeting_id, meeting_action.id, meeting_action.text, "
    "meeting_action.owner_id, meeting_action.due_date, meeting_action.done FROM meeting_action "
    "JOIN meeting ON meeting.id = meeting_action.meeting_id WHERE %1 ORDER BY "
    "meeting_action.position, meeting_action.id");
const QString linksSql = QStringLiteral(
    "SELECT meeting_deliverable.meeting_id, meeting_deliverable.deliverable_id, "
    "meeting_deliverable.direction FROM meeting_deliverable JOIN meeting ON meeting.id = "
    "meeting_deliverable.meeting_id WHERE %1 ORDER BY meeting_deliverable.rowid");

const QString inputDirection = QStringLiteral("input");
const QString outputDirection = QStringLiteral("output");

// Which meetings a read covers: a fixed condition of ours over `meeting`, and what binds its
// values. The same scope then picks the details of all of them, one query per kind of detail
// rather than one per meeting.
struct Scope
{
    QString condition;
    std::function<void(SqlStatement &)> bind;
};

Meeting readMeeting(const SqlStatement &row)
{
    Meeting meeting;
    meeting.id = row.id(0);
    meeting.title = row.text(1);
    meeting.kind = Meeting::kindFromKey(row.text(2)).value_or(Meeting::Kind::Other);
    meeting.start = row.date(3);
    meeting.end = row.date(4);
    meeting.countryCode = row.text(5);
    meeting.place = row.text(6);
    meeting.projectId = row.id(7);
    meeting.externalParticipants = row.text(8);
    meeting.minutes = row.text(9);
    return meeting;
}

FollowUpAction readAction(const SqlStatement &row)
{
    FollowUpAction action;
    action.id = row.id(1);
    action.text = row.text(2);
    action.ownerId = row.id(3);
    action.dueDate = row.date(4);
    action.done = row.flag(5);
    return action;
}

using MeetingsById = QHash<Id, Meeting *>;

// Hands each detail row to `add` with its meeting. A row whose meeting is not in the list (one
// added by another program between the two reads) is skipped.
template<typename Add>
Status readDetails(const Database &database, const QString &sql, const Scope &scope,
    const MeetingsById &byId, Add add)
{
    // %1 is the scope's fixed condition; its values are bound by scope.bind.
    SqlStatement query(database, sql.arg(scope.condition));
    scope.bind(query);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        if (Meeting *meeting = byId.value(query.id(0)))
            add(*meeting, query);
    }
    return {};
}

Status readAllDetails(const Database &database, const Scope &scope, QList<Meeting> &meetings)
{
    MeetingsById byId;
    for (Meeting &meeting : meetings)
        byId.insert(meeting.id, &meeting);
    if (Status status = readDetails(database, participantsSql, scope, byId,
            [](Meeting &meeting, const SqlStatement &row) {
                meeting.participantIds.append(row.id(1));
            });
        !status)
        return status;
    if (Status status = readDetails(database, actionsSql, scope, byId,
            [](Meeting &meeting, const SqlStatement &row) {
                meeting.actions.append(readAction(row));
            });
        !status)
        return status;
    return readDetails(
        database, linksSql, scope, byId, [](Meeting &meeting, const SqlStatement &row) {
            auto &ids = row.text(2) == inputDirection ? meeting.inputDeliverableIds
                                                      : meeting.outputDeliverableIds;
            ids.append(row.id(1));
        });
}

Result<QList<Meeting>> load(const Database &database, const Scope &scope, const QString &order)
{
    // The column list, the scope's condition and the order are fixed text of ours.
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM meeting WHERE %2 ORDER BY %3")
            .arg(meetingColumns, scope.condition, order));
    scope.bind(query);
    auto meetings = RowReader::all<Meeting>(query, &readMeeting);
    if (!meetings || meetings.value().isEmpty())
        return meetings;
    if (Status status = readAllDetails(database, scope, meetings.value()); !status)
        return status.error();
    return meetings;
}

// An optional link as a list: empty for "none".
QList<Id> linked(Id id)
{
    return id != 0 ? QList<Id> { id } : QList<Id> {};
}

// Refuses the first of `ids` with no row in `table` (a table name of ours), with the words
// `why` gives for it.
template<typename Why>
Status requireRows(const Database &database, const QString &table, const QList<Id> &ids,
    const QString &field, Why why)
{
    SqlStatement query(
        database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = :id)").arg(table));
    for (Id id : ids) {
        query.bind(QStringLiteral(":id"), id);
        if (Status status = query.exec(); !status)
            return status;
        if (!query.next() || !query.flag(0))
            return Error::validation(why(id), field);
    }
    return {};
}

Status checkLinks(const Database &database, const Meeting &meeting)
{
    const QString person = QStringLiteral("person");
    if (Status status
        = requireRows(database, person, meeting.participantIds, QStringLiteral("participants"),
            [](Id id) {
                return MeetingRepository::tr("Participant %1 is not a person of the unit.").arg(id);
            });
        !status)
        return status;
    for (const FollowUpAction &action : meeting.actions) {
        if (Status status
            = requireRows(database, person, linked(action.ownerId), QStringLiteral("actions"),
                [&](Id) {
                    return MeetingRepository::tr(
                        "The owner of the follow-up action \"%1\" is not a person of "
                        "the unit.")
                        .arg(action.text.trimmed());
                });
            !status)
            return status;
    }
    if (Status status = requireRows(database, QStringLiteral("project"), linked(meeting.projectId),
            QStringLiteral("project"),
            [](Id) { return MeetingRepository::tr("The meeting's project no longer exists."); });
        !status)
        return status;
    return requireRows(database, QStringLiteral("deliverable"),
        meeting.inputDeliverableIds + meeting.outputDeliverableIds, QStringLiteral("deliverables"),
        [](Id id) {
            return MeetingRepository::tr("Deliverable %1, linked to the meeting, does not exist.")
                .arg(id);
        });
}

void bindMeeting(SqlStatement &statement, const Meeting &meeting)
{
    statement.bindText(QStringLiteral(":title"), meeting.title.trimmed())
        .bind(QStringLiteral(":kind"), Meeting::kindKey(meeting.kind))
        .bindDate(QStringLiteral(":start"), meeting.start)
        .bindDate(QStringLiteral(":end"), meeting.end)
        .bindText(QStringLiteral(":country"), meeting.countryCode)
        .bindText(QStringLiteral(":place"), meeting.place.trimmed())
        .bindId(QStringLiteral(":project"), meeting.projectId)
        .bindText(QStringLiteral(":external"), meeting.externalParticipants.trimmed())
        .bindText(QStringLiteral(":minutes"), meeting.minutes);
}

void bindAction(SqlStatement &statement, const FollowUpAction &action, int position)
{
    statement.bindText(QStringLiteral(":text"), action.text.trimmed())
        .bindId(QStringLiteral(":owner"), action.ownerId)
        .bindDate(QStringLiteral(":due"), action.dueDate)
        .bind(QStringLiteral(":done"), action.done ? 1 : 0)
        .bind(QStringLiteral(":position"), position);
}

// Participants and deliverable links carry no identity of their own: only those that came or
// went are written.
Status writeParticipantsAndLinks(const Database &database, const Meeting &meeting)
{
    const QList<std::pair<QString, QVariant>> owner { { QStringLiteral("meeting_id"),
        meeting.id } };
    if (Status status
        = ChildRows(QStringLiteral("meeting_participant"), owner, { QStringLiteral("person_id") })
              .write(database, ChildRows::rowsOf(meeting.participantIds));
        !status)
        return status;
    QList<QVariantList> links;
    for (Id id : meeting.inputDeliverableIds)
        links << QVariantList { id, inputDirection };
    for (Id id : meeting.outputDeliverableIds)
        links << QVariantList { id, outputDirection };
    return ChildRows(QStringLiteral("meeting_deliverable"), owner,
        { QStringLiteral("deliverable_id"), QStringLiteral("direction") })
        .write(database, links);
}

Result<QSet<Id>> storedActionIds(const Database &database, Id meetingId)
{
    SqlStatement query(
        database, QStringLiteral("SELECT id FROM meeting_action WHERE meeting_id = :meeting"));
    query.bind(QStringLiteral(":meeting"), meetingId);
    auto ids = RowReader::all<Id>(query, [](const SqlStatement &row) { return row.id(0); });
    if (!ids)
        return ids.error();
    return QSet<Id>(ids.value().cbegin(), ids.value().cend());
}

Status deleteActions(const Database &database, const QSet<Id> &ids)
{
    SqlStatement remove(database, QStringLiteral("DELETE FROM meeting_action WHERE id = :id"));
    for (Id id : ids) {
        remove.bind(QStringLiteral(":id"), id);
        if (Status status = remove.exec(); !status)
            return status;
    }
    return {};
}

Status saveActions(const Database &database, const Meeting &meeting)
{
    SqlStatement insert(database,
        QStringLiteral("INSERT INTO meeting_action (meeting_id, text, owner_id, due_date, done, "
                       "position) VALUES (:meeting, :text, :owner, :due, :done, :position)"));
    SqlStatement update(database,
        QStringLiteral("UPDATE meeting_action SET text = :text, owner_id = :owner, due_date = "
                       ":due, done = :done, position = :position WHERE id = :id"));
    for (int position = 0; position < meeting.actions.size(); ++position) {
        const FollowUpAction &action = meeting.actions.at(position);
        SqlStatement &write = action.id == 0 ? insert : update;
        bindAction(write, action, position);
        if (action.id == 0)
            insert.bind(QStringLiteral(":meeting"), meeting.id);
        else
            update.bind(QStringLiteral(":id"), action.id);
        if (Status status = write.exec(); !status)
            return status;
    }
    return {};
}

// Actions keep their ids across saves: a done flag or a reference from elsewhere must survive
// an edit of the meeting. Known ids are updated, id 0 is inserted, the rest are removed.
Status writeActions(const Database &database, const Meeting &meeting)
{
    auto stored = storedActionIds(database, meeting.id);
    if (!stored)
        return stored.error();
    QSet<Id> gone = stored.value();
    for (const FollowUpAction &action : meeting.actions) {
        if (action.id != 0 && !gone.remove(action.id))
            return Error::validation(
                MeetingRepository::tr(
                    "The follow-up action \"%1\" belongs to another meeting or no longer exists.")
                    .arg(action.text.trimmed()),
                QStringLiteral("actions"));
    }
    if (Status status = deleteActions(database, gone); !status)
        return status;
    return saveActions(database, meeting);
}

Status writeDetails(const Database &database, const Meeting &meeting)
{
    if (Status status = writeParticipantsAndLinks(database, meeting); !status)
        return status;
    return writeActions(database, meeting);
}

} // namespace

MeetingRepository::MeetingRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Meeting>> MeetingRepository::all() const
{
    // Every meeting: the condition is a constant truth so that one loader serves all reads.
    return load(m_database, { QStringLiteral("1 = 1"), [](SqlStatement &) {} },
        QStringLiteral("meeting.start_date DESC, meeting.id DESC"));
}

Result<QList<Meeting>> MeetingRepository::between(const QDate &from, const QDate &to) const
{
    const Scope overlapping { DateOverlap::condition(QStringLiteral("meeting")),
        [&](SqlStatement &query) {
            query.bindDate(QStringLiteral(":from"), from).bindDate(QStringLiteral(":to"), to);
        } };
    return load(m_database, overlapping, QStringLiteral("meeting.start_date, meeting.id"));
}

Result<Meeting> MeetingRepository::find(Id id) const
{
    const Scope one { QStringLiteral("meeting.id = :id"),
        [id](SqlStatement &query) { query.bind(QStringLiteral(":id"), id); } };
    auto meetings = load(m_database, one, QStringLiteral("meeting.id"));
    if (!meetings)
        return meetings.error();
    if (meetings.value().isEmpty())
        return Error::notFound(tr("No meeting with id %1 exists.").arg(id));
    return meetings.value().first();
}

Result<Meeting> MeetingRepository::add(const Meeting &meeting)
{
    Meeting stored = meeting;
    stored.id = 0;
    for (FollowUpAction &action : stored.actions)
        action.id = 0;
    if (Error error = stored.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkLinks(m_database, stored); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral(
            "INSERT INTO meeting (title, kind, start_date, end_date, country_code, "
            "place, project_id, external_participants, minutes) VALUES (:title, "
            ":kind, :start, :end, :country, :place, :project, :external, :minutes) RETURNING id"));
    bindMeeting(insert, stored);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the meeting"));
    stored.id = insert.insertedId();
    if (Status status = writeDetails(m_database, stored); !status)
        return status.error().withContext(tr("Adding the meeting"));
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(stored.id);
}

Status MeetingRepository::update(const Meeting &meeting)
{
    if (Error error = meeting.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(meeting.id);
    if (!existing)
        return existing.error();
    if (existing.value() == meeting)
        return {};
    if (Status status = checkLinks(m_database, meeting); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE meeting SET title = :title, kind = :kind, start_date = :start, "
                       "end_date = :end, country_code = :country, place = :place, project_id = "
                       ":project, external_participants = :external, minutes = :minutes WHERE "
                       "id = :id"));
    bindMeeting(update, meeting);
    update.bind(QStringLiteral(":id"), meeting.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the meeting"));
    if (Status status = writeDetails(m_database, meeting); !status)
        return status.error().withContext(tr("Saving the meeting"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status MeetingRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    // Participants, actions and links go with it (ON DELETE CASCADE); missions to it stay,
    // unlinked (ON DELETE SET NULL).
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM meeting WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the meeting"));
    if (remove.rowsAffected() == 0)
        return Error::notFound(tr("No meeting with id %1 exists.").arg(id));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status MeetingRepository::setActionDone(Id actionId, bool done)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement current(
        m_database, QStringLiteral("SELECT done FROM meeting_action WHERE id = :id"));
    current.bind(QStringLiteral(":id"), actionId);
    if (Status status = current.exec(); !status)
        return status;
    if (!current.next())
        return Error::notFound(tr("The follow-up action no longer exists."));
    if (current.flag(0) == done)
        return {};
    SqlStatement update(
        m_database, QStringLiteral("UPDATE meeting_action SET done = :done WHERE id = :id"));
    update.bind(QStringLiteral(":done"), done ? 1 : 0).bind(QStringLiteral(":id"), actionId);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Marking the follow-up action"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
