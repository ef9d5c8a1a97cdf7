#include "missionrepository.h"

#include "childrows.h"
#include "database.h"
#include "dateoverlap.h"
#include "sqlstatement.h"
#include "transactionguard.h"
#include "unitsettings.h"

#include <QHash>

#include <functional>

namespace Core {

namespace {

using Binder = std::function<void(SqlStatement &)>;

const QString missionColumns = QStringLiteral(
    "mission.id, mission.purpose, mission.kind, mission.country_code, mission.city, "
    "mission.start_date, mission.end_date, mission.status, mission.supervisor_travels, "
    "mission.project_id, mission.meeting_id, mission.bto_submitted_on, mission.notes");

Mission readMission(const SqlStatement &row)
{
    Mission mission;
    mission.id = row.id(0);
    mission.purpose = row.text(1);
    mission.kind = Mission::kindFromKey(row.text(2)).value_or(Mission::Kind::ProjectMission);
    mission.countryCode = row.text(3);
    mission.city = row.text(4);
    mission.start = row.date(5);
    mission.end = row.date(6);
    mission.status = Mission::statusFromKey(row.text(7)).value_or(Mission::Status::Planned);
    mission.supervisorTravels = row.flag(8);
    mission.projectId = row.id(9);
    mission.meetingId = row.id(10);
    mission.btoSubmittedOn = row.date(11);
    mission.notes = row.text(12);
    return mission;
}

// Reads (mission id, linked id) pairs of a link table for the missions matching `where`.
Status loadLinks(const Database &database, const QString &table, const QString &column,
    const QString &where, const Binder &bind, QHash<Id, QList<Id>> &links)
{
    // Table, column and condition are fixed fragments of this file; values are bound.
    SqlStatement query(database,
        QStringLiteral("SELECT link.mission_id, link.%2 FROM %1 AS link JOIN mission ON "
                       "mission.id = link.mission_id WHERE %3 ORDER BY link.%2")
            .arg(table, column, where));
    bind(query);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next())
        links[query.id(0)].append(query.id(1));
    return {};
}

// Missions matching `where` (a fixed condition on `mission`), with travellers and
// deliverables, in three queries whatever their number.
Result<QList<Mission>> loadMissions(
    const Database &database, const QString &where, const Binder &bind)
{
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM mission WHERE %2 ORDER BY mission.start_date DESC, "
                       "mission.id DESC")
            .arg(missionColumns, where));
    bind(query);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Mission> missions;
    while (query.next())
        missions.append(readMission(query));
    QHash<Id, QList<Id>> travellers;
    QHash<Id, QList<Id>> deliverables;
    if (Status status = loadLinks(database, QStringLiteral("mission_traveller"),
            QStringLiteral("person_id"), where, bind, travellers);
        !status)
        return status.error();
    if (Status status = loadLinks(database, QStringLiteral("mission_deliverable"),
            QStringLiteral("deliverable_id"), where, bind, deliverables);
        !status)
        return status.error();
    for (Mission &mission : missions) {
        mission.travellerIds = travellers.value(mission.id);
        mission.deliverableIds = deliverables.value(mission.id);
    }
    return missions;
}

const Binder noValues = [](SqlStatement &) {};

Result<bool> exists(const Database &database, const QString &table, Id id)
{
    // `table` is one of this file's fixed names.
    SqlStatement query(
        database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = :id)").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && query.flag(0);
}

Status checkLinks(const Database &database, const Mission &mission)
{
    const struct
    {
        QString table;
        QList<Id> ids;
        QString message;
        QString field;
    } checks[] = {
        { QStringLiteral("person"), mission.travellerIds,
            MissionRepository::tr("A traveller is not a person of the unit."),
            QStringLiteral("travellers") },
        { QStringLiteral("project"),
            mission.projectId ? QList<Id> { mission.projectId } : QList<Id>(),
            MissionRepository::tr("The linked project does not exist."),
            QStringLiteral("project") },
        { QStringLiteral("meeting"),
            mission.meetingId ? QList<Id> { mission.meetingId } : QList<Id>(),
            MissionRepository::tr("The linked meeting does not exist."),
            QStringLiteral("meeting") },
        { QStringLiteral("deliverable"), mission.deliverableIds,
            MissionRepository::tr("A linked deliverable does not exist."),
            QStringLiteral("deliverables") },
    };
    for (const auto &check : checks) {
        for (Id id : check.ids) {
            auto found = exists(database, check.table, id);
            if (!found)
                return found.error();
            if (!found.value())
                return Error::validation(check.message, check.field);
        }
    }
    return {};
}

Status checkNoOverlap(const Database &database, const Mission &mission)
{
    if (mission.status == Mission::Status::Cancelled)
        return {};
    for (Id traveller : mission.travellerIds) {
        SqlStatement query(database,
            QStringLiteral("SELECT person.name, mission.purpose, mission.start_date, "
                           "mission.end_date FROM mission JOIN mission_traveller ON "
                           "mission_traveller.mission_id = mission.id JOIN person ON person.id = "
                           "mission_traveller.person_id WHERE mission_traveller.person_id = "
                           ":person AND mission.id <> :id AND mission.status <> 'cancelled' AND "
                           "mission.start_date <= :end AND mission.end_date >= :start LIMIT 1"));
        query.bind(QStringLiteral(":person"), traveller)
            .bind(QStringLiteral(":id"), mission.id)
            .bindDate(QStringLiteral(":start"), mission.start)
            .bindDate(QStringLiteral(":end"), mission.end);
        if (Status status = query.exec(); !status)
            return status;
        if (query.next())
            return Error::conflict(
                MissionRepository::tr("%1 is already on mission then: \"%2\" "
                                      "(%3 to %4).")
                    .arg(query.text(0), query.text(1), query.text(2), query.text(3)),
                QStringLiteral("start"));
    }
    return {};
}

// Only the links that came or went are written: a status move leaves the travellers alone.
Status writeLinks(const Database &database, const Mission &mission)
{
    const QList<std::pair<QString, QVariant>> owner { { QStringLiteral("mission_id"),
        mission.id } };
    if (Status status
        = ChildRows(QStringLiteral("mission_traveller"), owner, { QStringLiteral("person_id") })
              .write(database, ChildRows::rowsOf(mission.travellerIds));
        !status)
        return status;
    return ChildRows(
        QStringLiteral("mission_deliverable"), owner, { QStringLiteral("deliverable_id") })
        .write(database, ChildRows::rowsOf(mission.deliverableIds));
}

void bindMission(SqlStatement &statement, const Mission &mission)
{
    statement.bindText(QStringLiteral(":purpose"), mission.purpose.trimmed())
        .bind(QStringLiteral(":kind"), Mission::kindKey(mission.kind))
        .bindText(QStringLiteral(":country"), mission.countryCode)
        .bindText(QStringLiteral(":city"), mission.city.trimmed())
        .bindDate(QStringLiteral(":start"), mission.start)
        .bindDate(QStringLiteral(":end"), mission.end)
        .bind(QStringLiteral(":status"), Mission::statusKey(mission.status))
        .bind(QStringLiteral(":supervisor"), mission.supervisorTravels ? 1 : 0)
        .bindId(QStringLiteral(":project"), mission.projectId)
        .bindId(QStringLiteral(":meeting"), mission.meetingId)
        .bindDate(QStringLiteral(":bto"), mission.btoSubmittedOn)
        .bindText(QStringLiteral(":notes"), mission.notes.trimmed());
}

} // namespace

MissionRepository::MissionRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Mission>> MissionRepository::all() const
{
    return loadMissions(m_database, QStringLiteral("1 = 1"), noValues);
}

Result<QList<Mission>> MissionRepository::forPerson(Id personId) const
{
    return loadMissions(m_database,
        QStringLiteral("mission.id IN (SELECT mission_id FROM mission_traveller WHERE person_id "
                       "= :person)"),
        [personId](SqlStatement &query) { query.bind(QStringLiteral(":person"), personId); });
}

Result<QList<Mission>> MissionRepository::between(const QDate &from, const QDate &to) const
{
    return loadMissions(m_database, DateOverlap::condition(QStringLiteral("mission")),
        [from, to](SqlStatement &query) {
            query.bindDate(QStringLiteral(":from"), from).bindDate(QStringLiteral(":to"), to);
        });
}

Result<Mission> MissionRepository::find(Id id) const
{
    auto missions = loadMissions(m_database, QStringLiteral("mission.id = :id"),
        [id](SqlStatement &query) { query.bind(QStringLiteral(":id"), id); });
    if (!missions)
        return missions.error();
    if (missions.value().isEmpty())
        return Error::notFound(tr("The mission no longer exists."));
    return missions.value().first();
}

Result<Mission> MissionRepository::add(const Mission &mission)
{
    Mission stored = mission;
    stored.id = 0;
    if (Error error = stored.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    if (Status status = checkLinks(m_database, stored); !status)
        return status.error();
    if (Status status = checkNoOverlap(m_database, stored); !status)
        return status.error();
    SqlStatement insert(m_database,
        QStringLiteral(
            "INSERT INTO mission (purpose, kind, country_code, city, start_date, "
            "end_date, status, supervisor_travels, project_id, meeting_id, "
            "bto_submitted_on, notes) VALUES (:purpose, :kind, :country, :city, "
            ":start, :end, :status, :supervisor, :project, :meeting, :bto, :notes) RETURNING id"));
    bindMission(insert, stored);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Adding the mission"));
    stored.id = insert.insertedId();
    if (Status status = writeLinks(m_database, stored); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(stored.id);
}

Status MissionRepository::update(const Mission &mission)
{
    if (Error error = mission.validate(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(mission.id);
    if (!existing)
        return existing.error();
    if (existing.value().status != mission.status
        && !Mission::canMove(existing.value().status, mission.status))
        return Error::validation(tr("A mission that is %1 cannot become %2.")
                                     .arg(Mission::statusName(existing.value().status).toLower(),
                                         Mission::statusName(mission.status).toLower()),
            QStringLiteral("status"));
    if (Status status = checkLinks(m_database, mission); !status)
        return status;
    if (Status status = checkNoOverlap(m_database, mission); !status)
        return status;
    SqlStatement update(m_database,
        QStringLiteral("UPDATE mission SET purpose = :purpose, kind = :kind, country_code = "
                       ":country, city = :city, start_date = :start, end_date = :end, status = "
                       ":status, supervisor_travels = :supervisor, project_id = :project, "
                       "meeting_id = :meeting, bto_submitted_on = :bto, notes = :notes WHERE id "
                       "= :id"));
    bindMission(update, mission);
    update.bind(QStringLiteral(":id"), mission.id);
    if (Status status = update.exec(); !status)
        return status.error().withContext(tr("Saving the mission"));
    if (Status status = writeLinks(m_database, mission); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status MissionRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto existing = find(id);
    if (!existing)
        return existing.error();
    if (existing.value().status == Mission::Status::Completed)
        return Error::conflict(
            tr("\"%1\" took place; it stays on record.").arg(existing.value().purpose));
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM mission WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the mission"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Status MissionRepository::setStatus(Id missionId, Mission::Status status)
{
    auto mission = find(missionId);
    if (!mission)
        return mission.error();
    Mission changedMission = mission.value();
    changedMission.status = status;
    return update(changedMission);
}

Status MissionRepository::submitBto(Id missionId, const QDate &submittedOn)
{
    auto mission = find(missionId);
    if (!mission)
        return mission.error();
    Mission changedMission = mission.value();
    if (changedMission.status == Mission::Status::Cancelled)
        return Error::validation(tr("A cancelled mission has no back-to-office report."));
    changedMission.btoSubmittedOn = submittedOn;
    // A report in means the mission is over, whatever its status said.
    if (changedMission.status == Mission::Status::UnderWay)
        changedMission.status = Mission::Status::Completed;
    else if (changedMission.status != Mission::Status::Completed)
        return Error::validation(tr("The mission has not taken place yet; mark it under way or "
                                    "completed first."),
            QStringLiteral("status"));
    return update(changedMission);
}

Result<QList<OverdueBto>> MissionRepository::overdueBtoReports(const QDate &today) const
{
    const int workingDays = UnitSettings(m_database).btoWorkingDays();
    auto missions = loadMissions(m_database,
        QStringLiteral("mission.status IN ('completed', 'under_way') AND "
                       "mission.bto_submitted_on IS NULL AND mission.end_date < :today"),
        [today](SqlStatement &query) { query.bindDate(QStringLiteral(":today"), today); });
    if (!missions)
        return missions.error();
    SqlStatement names(m_database, QStringLiteral("SELECT id, name FROM person"));
    if (Status status = names.exec(); !status)
        return status.error();
    QHash<Id, QString> nameOf;
    while (names.next())
        nameOf.insert(names.id(0), names.text(1));

    QList<OverdueBto> overdue;
    for (const Mission &mission : missions.value()) {
        if (!mission.isBtoOverdue(today, workingDays))
            continue;
        QStringList travellers;
        for (Id traveller : mission.travellerIds)
            travellers.append(nameOf.value(traveller));
        overdue.append({ mission.id, mission.purpose, travellers.join(QStringLiteral(", ")),
            mission.end, mission.btoDue(workingDays) });
    }
    std::sort(overdue.begin(), overdue.end(),
        [](const OverdueBto &a, const OverdueBto &b) { return a.due < b.due; });
    return overdue;
}

Result<QList<MissionDays>> MissionRepository::missionDays(int year) const
{
    auto missions = between(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!missions)
        return missions.error();
    SqlStatement names(m_database, QStringLiteral("SELECT id, name FROM person"));
    if (Status status = names.exec(); !status)
        return status.error();
    QHash<Id, QString> nameOf;
    while (names.next())
        nameOf.insert(names.id(0), names.text(1));

    QMap<QString, MissionDays> byName; // sorted by name for display
    for (const Mission &mission : missions.value()) {
        if (mission.status == Mission::Status::Cancelled)
            continue;
        for (Id traveller : mission.travellerIds) {
            MissionDays &days = byName[nameOf.value(traveller) + QString::number(traveller)];
            days.personId = traveller;
            days.name = nameOf.value(traveller);
            days.total += mission.daysIn(year);
            days.byCountry[mission.countryCode] += mission.daysIn(year);
            for (QDate day = qMax(mission.start, QDate(year, 1, 1));
                 day <= qMin(mission.end, QDate(year, 12, 31)); day = day.addDays(1))
                ++days.byMonth[day.month()];
        }
    }
    return byName.values();
}

} // namespace Core
