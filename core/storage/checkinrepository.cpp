#include "checkinrepository.h"

#include "childrows.h"
#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"
#include "workplanrepository.h"

#include <QHash>

#include <algorithm>

namespace Core {

namespace {

const QString checkInColumns = QStringLiteral(
    "checkin.id, checkin.supervisor_id, checkin.supervisee_id, checkin.date, checkin.notes, "
    "checkin.decisions, checkin.private_notes");

// Check-ins matching `where` (a fixed condition of this file, binding :value), with their
// agenda, actions and discussed objectives: four queries whatever their number.
Result<QList<CheckIn>> loadCheckIns(
    const Database &database, const QString &where, Id value, Id viewerId)
{
    // `where` is a fixed fragment of this file; values are bound.
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM checkin WHERE %2 ORDER BY checkin.date DESC, checkin.id "
                       "DESC")
            .arg(checkInColumns, where));
    query.bind(QStringLiteral(":value"), value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<CheckIn> checkIns;
    while (query.next()) {
        CheckIn checkIn;
        checkIn.id = query.id(0);
        checkIn.supervisorId = query.id(1);
        checkIn.superviseeId = query.id(2);
        checkIn.date = query.date(3);
        checkIn.notes = query.text(4);
        checkIn.decisions = query.text(5);
        if (viewerId == checkIn.supervisorId)
            checkIn.privateNotes = query.text(6);
        checkIns.append(checkIn);
    }

    QHash<Id, QList<CheckIn::AgendaPoint>> agenda;
    SqlStatement points(database,
        QStringLiteral("SELECT point.checkin_id, point.id, point.text, point.recurring, "
                       "point.carried_action_id FROM checkin_agenda AS point JOIN checkin ON "
                       "checkin.id = point.checkin_id WHERE %1 ORDER BY point.position, point.id")
            .arg(where));
    points.bind(QStringLiteral(":value"), value);
    if (Status status = points.exec(); !status)
        return status.error();
    while (points.next())
        agenda[points.id(0)].append({ points.id(1), points.text(2), points.flag(3), points.id(4) });

    QHash<Id, QList<CheckIn::ActionItem>> actions;
    SqlStatement items(database,
        QStringLiteral("SELECT action.checkin_id, action.id, action.text, action.owner_id, "
                       "action.due_date, action.done FROM checkin_action AS action JOIN checkin "
                       "ON checkin.id = action.checkin_id WHERE %1 ORDER BY action.position, "
                       "action.id")
            .arg(where));
    items.bind(QStringLiteral(":value"), value);
    if (Status status = items.exec(); !status)
        return status.error();
    while (items.next())
        actions[items.id(0)].append(
            { items.id(1), items.text(2), items.id(3), items.date(4), items.flag(5) });

    QHash<Id, QList<Id>> objectives;
    SqlStatement discussed(database,
        QStringLiteral("SELECT link.checkin_id, link.objective_id FROM checkin_objective AS link "
                       "JOIN checkin ON checkin.id = link.checkin_id WHERE %1 ORDER BY "
                       "link.objective_id")
            .arg(where));
    discussed.bind(QStringLiteral(":value"), value);
    if (Status status = discussed.exec(); !status)
        return status.error();
    while (discussed.next())
        objectives[discussed.id(0)].append(discussed.id(1));

    for (CheckIn &checkIn : checkIns) {
        checkIn.agenda = agenda.value(checkIn.id);
        checkIn.actions = actions.value(checkIn.id);
        checkIn.discussedObjectiveIds = objectives.value(checkIn.id);
    }
    return checkIns;
}

// Agenda points keep their ids: only those that came, went or changed are written.
Status writeAgenda(const Database &database, const CheckIn &checkIn)
{
    QList<QVariantList> rows;
    int position = 0;
    for (const CheckIn::AgendaPoint &point : checkIn.agenda)
        rows << QVariantList { point.id != 0 ? QVariant(point.id) : QVariant(),
            point.text.trimmed(), point.recurring ? 1 : 0,
            point.carriedActionId != 0 ? QVariant(point.carriedActionId) : QVariant(), ++position };
    return ChildRows(QStringLiteral("checkin_agenda"),
        { { QStringLiteral("checkin_id"), checkIn.id } }, { QStringLiteral("id") },
        { QStringLiteral("text"), QStringLiteral("recurring"), QStringLiteral("carried_action_id"),
            QStringLiteral("position") })
        .write(database, rows);
}

// Action items keep their ids: later check-ins' agendas point at them.
Status writeActions(const Database &database, const CheckIn &checkIn)
{
    QList<Id> kept;
    for (const CheckIn::ActionItem &action : checkIn.actions) {
        if (action.id != 0)
            kept.append(action.id);
    }
    SqlStatement stored(
        database, QStringLiteral("SELECT id FROM checkin_action WHERE checkin_id = :id"));
    stored.bind(QStringLiteral(":id"), checkIn.id);
    if (Status status = stored.exec(); !status)
        return status;
    QList<Id> dropped;
    while (stored.next()) {
        if (!kept.contains(stored.id(0)))
            dropped.append(stored.id(0));
    }
    for (Id id : dropped) {
        SqlStatement remove(database, QStringLiteral("DELETE FROM checkin_action WHERE id = :id"));
        remove.bind(QStringLiteral(":id"), id);
        if (Status status = remove.exec(); !status)
            return status;
    }
    int position = 0;
    for (const CheckIn::ActionItem &action : checkIn.actions) {
        SqlStatement write(database,
            action.id != 0
                ? QStringLiteral("UPDATE checkin_action SET text = :text, owner_id = :owner, "
                                 "due_date = :due, done = :done, position = :position WHERE id = "
                                 ":id AND checkin_id = :checkin")
                : QStringLiteral("INSERT INTO checkin_action (checkin_id, text, owner_id, "
                                 "due_date, done, position) VALUES (:checkin, :text, :owner, "
                                 ":due, :done, :position)"));
        write.bind(QStringLiteral(":checkin"), checkIn.id)
            .bindText(QStringLiteral(":text"), action.text.trimmed())
            .bindId(QStringLiteral(":owner"), action.ownerId)
            .bindDate(QStringLiteral(":due"), action.dueDate)
            .bind(QStringLiteral(":done"), action.done ? 1 : 0)
            .bind(QStringLiteral(":position"), ++position);
        if (action.id != 0)
            write.bind(QStringLiteral(":id"), action.id);
        if (Status status = write.exec(); !status)
            return status;
    }
    return {};
}

// Only the objectives that came or went are written.
Status writeObjectives(const Database &database, const CheckIn &checkIn)
{
    const Status written = ChildRows(QStringLiteral("checkin_objective"),
        { { QStringLiteral("checkin_id"), checkIn.id } }, { QStringLiteral("objective_id") })
                               .write(database, ChildRows::rowsOf(checkIn.discussedObjectiveIds));
    if (!written)
        return Error::validation(CheckInRepository::tr("A discussed objective no longer "
                                                       "exists."),
            QStringLiteral("objectives"));
    return {};
}

} // namespace

CheckInRepository::CheckInRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<CheckIn>> CheckInRepository::forSupervisee(Id superviseeId, Id viewerId) const
{
    if (Status status = m_database.checkActingAs(viewerId); !status)
        return status.error();
    return visibleToActor(loadCheckIns(
        m_database, QStringLiteral("checkin.supervisee_id = :value"), superviseeId, viewerId));
}

Result<CheckIn> CheckInRepository::find(Id id, Id viewerId) const
{
    if (Status status = m_database.checkActingAs(viewerId); !status)
        return status.error();
    auto checkIns = visibleToActor(
        loadCheckIns(m_database, QStringLiteral("checkin.id = :value"), id, viewerId));
    if (!checkIns)
        return checkIns.error();
    if (checkIns.value().isEmpty())
        return Error::notFound(tr("The check-in no longer exists."));
    return checkIns.value().first();
}

Result<QStringList> CheckInRepository::recurringItems(Id supervisorId, Id superviseeId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT text FROM checkin_recurring WHERE supervisor_id = :supervisor AND "
                       "supervisee_id = :supervisee ORDER BY position, id"));
    query.bind(QStringLiteral(":supervisor"), supervisorId)
        .bind(QStringLiteral(":supervisee"), superviseeId);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList items;
    while (query.next())
        items.append(query.text(0));
    return items;
}

Status CheckInRepository::setRecurringItems(
    Id supervisorId, Id superviseeId, const QStringList &items)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    QList<QVariantList> rows;
    int position = 0;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            rows << QVariantList { item.trimmed(), ++position };
    }
    // Only the items that came, went or moved are written.
    if (Status status = ChildRows(QStringLiteral("checkin_recurring"),
            { { QStringLiteral("supervisor_id"), supervisorId },
                { QStringLiteral("supervisee_id"), superviseeId } },
            { QStringLiteral("text") }, { QStringLiteral("position") })
                            .write(m_database, rows);
        !status)
        return status.error().withContext(tr("Saving the recurring agenda items"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<CheckIn> CheckInRepository::prepareNext(
    Id supervisorId, Id superviseeId, const QDate &date) const
{
    CheckIn next;
    next.supervisorId = supervisorId;
    next.superviseeId = superviseeId;
    next.date = date;
    auto recurring = recurringItems(supervisorId, superviseeId);
    if (!recurring)
        return recurring.error();
    for (const QString &item : recurring.value())
        next.agenda.append({ 0, item, true, 0 });

    SqlStatement open(m_database,
        QStringLiteral("SELECT action.id, action.text, coalesce(person.name, ''), "
                       "action.due_date FROM checkin_action AS action JOIN checkin ON checkin.id "
                       "= action.checkin_id LEFT JOIN person ON person.id = action.owner_id WHERE "
                       "checkin.supervisor_id = :supervisor AND checkin.supervisee_id = "
                       ":supervisee AND action.done = 0 ORDER BY checkin.date, action.position"));
    open.bind(QStringLiteral(":supervisor"), supervisorId)
        .bind(QStringLiteral(":supervisee"), superviseeId);
    if (Status status = open.exec(); !status)
        return status.error();
    while (open.next()) {
        QStringList details;
        if (!open.text(2).isEmpty())
            details.append(open.text(2));
        if (open.date(3).isValid())
            details.append(tr("due %1").arg(open.date(3).toString(Qt::ISODate)));
        QString text = tr("Follow up: %1").arg(open.text(1));
        if (!details.isEmpty())
            text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
        next.agenda.append({ 0, text, false, open.id(0) });
    }
    return next;
}

Result<QList<CheckIn>> CheckInRepository::visibleToActor(Result<QList<CheckIn>> checkIns) const
{
    const auto &actor = m_database.actor();
    if (!checkIns || !actor)
        return checkIns;
    for (const CheckIn &checkIn : checkIns.value()) {
        if (!actor->maySeeConfidential(checkIn.superviseeId, checkIn.supervisorId))
            return Error(Error::Code::Forbidden,
                tr("Check-ins are between a supervisor and a supervisee: only they and the unit "
                   "head see them."));
    }
    return checkIns;
}

Status CheckInRepository::checkAuthor(const CheckIn &checkIn, Id authorId) const
{
    if (Status status = m_database.checkActingAs(authorId); !status)
        return status;
    if (authorId != checkIn.supervisorId && authorId != checkIn.superviseeId)
        return Error::validation(tr("Only the supervisor and the supervisee write their "
                                    "check-ins."),
            QStringLiteral("author"));
    SqlStatement people(m_database,
        QStringLiteral("SELECT count(*) FROM person WHERE id IN (:supervisor, :supervisee)"));
    people.bind(QStringLiteral(":supervisor"), checkIn.supervisorId)
        .bind(QStringLiteral(":supervisee"), checkIn.superviseeId);
    if (Status status = people.exec(); !status)
        return status;
    if (!people.next() || people.integer(0) != 2)
        return Error::validation(tr("The supervisor or the supervisee is not a person of the "
                                    "unit."),
            QStringLiteral("supervisee"));
    return {};
}

Result<CheckIn> CheckInRepository::save(const CheckIn &checkIn, Id authorId)
{
    if (Error error = checkIn.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkAuthor(checkIn, authorId); !status)
        return status.error();
    CheckIn stored = checkIn;
    const bool bySupervisor = authorId == checkIn.supervisorId;
    if (stored.id != 0) {
        auto existing = find(stored.id, authorId);
        if (!existing)
            return existing.error();
        if (existing.value().supervisorId != stored.supervisorId
            || existing.value().superviseeId != stored.superviseeId)
            return Error::validation(
                tr("A check-in stays between the same two people."), QStringLiteral("supervisee"));
    }
    // The supervisee's save must neither see nor erase the supervisor's private notes: only the
    // supervisor's writes them, and no statement reads them back (a server keeps them from
    // everyone's SELECT).
    SqlStatement write(m_database,
        stored.id == 0
            ? QStringLiteral("INSERT INTO checkin (supervisor_id, supervisee_id, date, notes, "
                             "decisions, private_notes) VALUES (:supervisor, :supervisee, :date, "
                             ":notes, :decisions, '') RETURNING id")
            : QStringLiteral("UPDATE checkin SET date = :date, notes = :notes, decisions = "
                             ":decisions WHERE id = :id AND supervisor_id = :supervisor AND "
                             "supervisee_id = :supervisee"));
    write.bind(QStringLiteral(":supervisor"), stored.supervisorId)
        .bind(QStringLiteral(":supervisee"), stored.superviseeId)
        .bindDate(QStringLiteral(":date"), stored.date)
        .bindText(QStringLiteral(":notes"), stored.notes.trimmed())
        .bindText(QStringLiteral(":decisions"), stored.decisions.trimmed());
    if (stored.id != 0)
        write.bind(QStringLiteral(":id"), stored.id);
    if (Status status = write.exec(); !status)
        return status.error().withContext(tr("Saving the check-in"));
    if (stored.id == 0)
        stored.id = write.insertedId();
    if (bySupervisor) {
        SqlStatement notes(m_database,
            QStringLiteral("UPDATE checkin SET private_notes = :private WHERE id = :id"));
        notes.bindText(QStringLiteral(":private"), stored.privateNotes.trimmed())
            .bind(QStringLiteral(":id"), stored.id);
        if (Status status = notes.exec(); !status)
            return status.error().withContext(tr("Saving the check-in"));
    }
    for (const auto &step : { writeAgenda, writeActions, writeObjectives }) {
        if (Status status = step(m_database, stored); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(stored.id, authorId);
}

Status CheckInRepository::setActionDone(Id actionId, bool done)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement update(
        m_database, QStringLiteral("UPDATE checkin_action SET done = :done WHERE id = :id"));
    update.bind(QStringLiteral(":done"), done ? 1 : 0).bind(QStringLiteral(":id"), actionId);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() != 1)
        return Error::notFound(tr("The action item no longer exists."));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status CheckInRepository::remove(Id id, Id authorId)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(id, authorId);
    if (!existing)
        return existing.error();
    if (authorId != existing.value().supervisorId)
        return Error::validation(
            tr("Only the supervisor deletes a check-in."), QStringLiteral("author"));
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM checkin WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<QList<ObjectiveDiscussion>> CheckInRepository::objectivesByLastDiscussed(
    Id superviseeId) const
{
    auto plan = WorkPlanRepository(m_database).current(superviseeId);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return QList<ObjectiveDiscussion>();
    SqlStatement query(m_database,
        QStringLiteral("SELECT objective.id, objective.title, (SELECT max(checkin.date) FROM "
                       "checkin_objective JOIN checkin ON checkin.id = "
                       "checkin_objective.checkin_id WHERE checkin_objective.objective_id = "
                       "objective.id) FROM objective WHERE objective.plan_id = :plan"));
    query.bind(QStringLiteral(":plan"), plan.value()->id);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ObjectiveDiscussion> discussions;
    while (query.next())
        discussions.append({ query.id(0), query.text(1), query.date(2) });
    // Never discussed first, then the longest ago.
    std::stable_sort(discussions.begin(), discussions.end(),
        [](const ObjectiveDiscussion &a, const ObjectiveDiscussion &b) {
            if (a.lastDiscussed.isValid() != b.lastDiscussed.isValid())
                return !a.lastDiscussed.isValid();
            return a.lastDiscussed < b.lastDiscussed;
        });
    return discussions;
}

Result<QList<CheckInDue>> CheckInRepository::due(
    const QDate &today, int intervalDays, Id supervisorId) const
{
    // The supervisor's name comes with the line: the dashboard shows it on every one. Only
    // people with the unit today: a contract that covers today, or none recorded at all (staff
    // whose contracts the unit does not follow); a unit's former interns are not due anything.
    SqlStatement query(m_database,
        QStringLiteral("SELECT person.id, person.name, person.supervisor_id, supervisor.name, "
                       "(SELECT max(checkin.date) FROM checkin WHERE checkin.supervisee_id = "
                       "person.id) FROM person JOIN person AS supervisor ON supervisor.id = "
                       "person.supervisor_id WHERE (:supervisor = 0 OR person.supervisor_id = "
                       ":supervisor) AND (NOT EXISTS (SELECT 1 FROM assignment WHERE "
                       "assignment.person_id = person.id) OR EXISTS (SELECT 1 FROM assignment "
                       "WHERE assignment.person_id = person.id AND assignment.start_date <= "
                       ":today AND assignment.end_date >= :today)) ORDER BY person.id"));
    query.bind(QStringLiteral(":supervisor"), supervisorId)
        .bindDate(QStringLiteral(":today"), today);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<CheckInDue> due;
    while (query.next()) {
        const QDate last = query.date(4);
        const int days = last.isValid() ? int(last.daysTo(today)) : -1;
        if (last.isValid() && days < intervalDays)
            continue;
        due.append({ query.id(0), query.text(1), query.id(2), query.text(3), last, days });
    }
    std::stable_sort(due.begin(), due.end(), [](const CheckInDue &a, const CheckInDue &b) {
        if ((a.daysSince < 0) != (b.daysSince < 0))
            return a.daysSince < 0;
        return a.daysSince > b.daysSince;
    });
    return due;
}

} // namespace Core
