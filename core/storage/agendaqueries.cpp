#include "agendaqueries.h"

#include "../activity.h"
#include "../country.h"
#include "../deliverable.h"
#include "../mission.h"
#include "database.h"
#include "dateoverlap.h"
#include "sqlstatement.h"
#include "unitsettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace Core {

namespace {

// How far before the range a mission may have ended and still have its report due in it: the
// longest setting, 60 working days, spans at most 84 calendar days.
constexpr int btoLookBackDays = 90;

// Limits a query to one person's items; `%1` is the thing's own test, a fixed fragment of ours.
const QString personFilter = QStringLiteral("(:person = 0 OR %1)");

// %1 is the overlap (DateOverlap), %2 the person filter.
const QString missionSql = QStringLiteral(
    "SELECT mission.id, mission.purpose, mission.start_date, mission.end_date, mission.status, "
    "mission.city, mission.country_code, person.id, person.name FROM mission LEFT JOIN "
    "mission_traveller ON mission_traveller.mission_id = mission.id LEFT JOIN person ON "
    "person.id = mission_traveller.person_id WHERE mission.status <> 'cancelled' AND %1 AND %2 "
    "ORDER BY mission.id, person.name COLLATE NOCASE, person.id")
                               .arg(DateOverlap::condition(QStringLiteral("mission")));
const QString travellerTest
    = QStringLiteral("EXISTS (SELECT 1 FROM mission_traveller AS mine WHERE mine.mission_id = "
                     "mission.id AND mine.person_id = :person)");

const QString meetingSql = QStringLiteral(
    "SELECT meeting.id, meeting.title, meeting.start_date, meeting.end_date, '', meeting.place, "
    "meeting.country_code, person.id, person.name FROM meeting LEFT JOIN meeting_participant ON "
    "meeting_participant.meeting_id = meeting.id LEFT JOIN person ON person.id = "
    "meeting_participant.person_id WHERE %1 AND %2 ORDER BY meeting.id, person.name COLLATE "
    "NOCASE, person.id")
                               .arg(DateOverlap::condition(QStringLiteral("meeting")));
const QString participantTest
    = QStringLiteral("EXISTS (SELECT 1 FROM meeting_participant AS mine WHERE mine.meeting_id = "
                     "meeting.id AND mine.person_id = :person)");

// Contributors see the deliverables they help with, but the owner is the one it is shown under.
const QString deliverableSql = QStringLiteral(
    "SELECT deliverable.id, deliverable.title, deliverable.due_date, deliverable.due_date, "
    "deliverable.status, '', '', person.id, person.name FROM deliverable JOIN person ON "
    "person.id = deliverable.owner_id WHERE deliverable.status <> 'cancelled' AND "
    "deliverable.due_date >= :from AND deliverable.due_date <= :to AND %1 ORDER BY "
    "deliverable.id");
const QString ownerOrContributorTest = QStringLiteral(
    "(deliverable.owner_id = :person OR EXISTS (SELECT 1 FROM deliverable_contributor AS mine "
    "WHERE mine.deliverable_id = deliverable.id AND mine.person_id = :person))");

const QString activitySql = QStringLiteral(
    "SELECT activity.id, activity.title, activity.due_date, activity.due_date, activity.status, "
    "'', '', person.id, person.name FROM activity JOIN objective ON objective.id = "
    "activity.objective_id JOIN work_plan ON work_plan.id = objective.plan_id JOIN person ON "
    "person.id = work_plan.person_id WHERE work_plan.status <> 'closed' AND activity.status <> "
    "'cancelled' AND activity.due_date >= :from AND activity.due_date <= :to AND %1 ORDER BY "
    "activity.id");
const QString holderTest = QStringLiteral("work_plan.person_id = :person");

// Missions whose report may fall due in the range; the due date itself needs working-day
// arithmetic, done in C++ (see btoReports). Start and end here are the mission's own.
const QString btoSql = QStringLiteral(
    "SELECT mission.id, mission.purpose, mission.start_date, mission.end_date, mission.status, "
    "'', '', person.id, person.name FROM mission LEFT JOIN mission_traveller ON "
    "mission_traveller.mission_id = mission.id LEFT JOIN person ON person.id = "
    "mission_traveller.person_id WHERE mission.status IN ('under_way', 'completed') AND "
    "mission.bto_submitted_on IS NULL AND mission.end_date >= :from AND mission.end_date <= :to "
    "AND %1 ORDER BY mission.id, person.name COLLATE NOCASE, person.id");

// Every query above returns the same columns, so that one reader serves them all.
enum Column {
    IdColumn,
    TitleColumn,
    StartColumn,
    EndColumn,
    StatusColumn,
    CityColumn,
    CountryColumn,
    PersonIdColumn,
    PersonNameColumn
};

QString placeText(const QString &city, const QString &countryCode)
{
    QStringList parts;
    if (!city.isEmpty())
        parts.append(city);
    if (!countryCode.isEmpty())
        parts.append(Country::name(countryCode));
    return parts.join(QStringLiteral(", "));
}

AgendaItem readItem(const SqlStatement &row, AgendaItem::Kind kind)
{
    AgendaItem item;
    item.kind = kind;
    item.id = row.id(IdColumn);
    item.title = row.text(TitleColumn);
    item.start = row.date(StartColumn);
    item.end = row.date(EndColumn);
    item.status = row.text(StatusColumn);
    item.place = placeText(row.text(CityColumn), row.text(CountryColumn));
    return item;
}

void addPerson(AgendaItem &item, const SqlStatement &row)
{
    if (row.isNull(PersonIdColumn))
        return;
    item.personIds.append(row.id(PersonIdColumn));
    if (!item.people.isEmpty())
        item.people += QStringLiteral(", ");
    item.people += row.text(PersonNameColumn);
}

// Rows come one per thing and person (traveller, participant), ordered by thing: folds them
// into one item per thing.
Result<QList<AgendaItem>> readItems(const Database &database, const QString &sql,
    const QString &personTest, AgendaItem::Kind kind, const QDate &from, const QDate &to,
    Id personId)
{
    // %1 is the person filter, a fixed fragment of ours; dates and the person are bound.
    SqlStatement query(database, sql.arg(personFilter.arg(personTest)));
    query.bindDate(QStringLiteral(":from"), from)
        .bindDate(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":person"), personId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AgendaItem> items;
    while (query.next()) {
        if (items.isEmpty() || items.last().id != query.id(IdColumn))
            items.append(readItem(query, kind));
        addPerson(items.last(), query);
    }
    return items;
}

void markOverdue(QList<AgendaItem> &items, const QDate &today)
{
    for (AgendaItem &item : items) {
        if (item.kind == AgendaItem::Kind::DeliverableDue) {
            Deliverable deliverable;
            deliverable.status
                = Deliverable::statusFromKey(item.status).value_or(Deliverable::Status::Planned);
            item.overdue = deliverable.isOpen() && item.start < today;
        } else if (item.kind == AgendaItem::Kind::ActivityDue) {
            Activity activity;
            activity.status
                = Activity::statusFromKey(item.status).value_or(Activity::Status::Planned);
            activity.dueDate = item.start;
            item.overdue = activity.isOverdue(today);
        }
    }
}

// Turns the candidate missions into the reports that fall due within [from, to].
QList<AgendaItem> btoReports(const QList<AgendaItem> &missions, int workingDays, const QDate &from,
    const QDate &to, const QDate &today)
{
    QList<AgendaItem> reports;
    for (const AgendaItem &candidate : missions) {
        Mission mission;
        mission.start = candidate.start;
        mission.end = candidate.end;
        mission.status
            = Mission::statusFromKey(candidate.status).value_or(Mission::Status::Completed);
        const QDate due = mission.btoDue(workingDays);
        if (due < from || due > to)
            continue;
        AgendaItem report = candidate;
        report.title
            = QCoreApplication::translate("Core::AgendaQueries", "Back-to-office report: %1")
                  .arg(candidate.title);
        report.start = due;
        report.end = due;
        report.overdue = mission.isBtoOverdue(today, workingDays);
        reports.append(report);
    }
    return reports;
}

} // namespace

AgendaQueries::AgendaQueries(const Database &database) : m_database(database) { }

Result<QList<AgendaItem>> AgendaQueries::between(
    const QDate &from, const QDate &to, const QDate &today, Id personId) const
{
    using Kind = AgendaItem::Kind;
    const struct
    {
        const QString &sql;
        const QString &personTest;
        Kind kind;
    } sources[] = {
        { missionSql, travellerTest, Kind::Mission },
        { meetingSql, participantTest, Kind::Meeting },
        { deliverableSql, ownerOrContributorTest, Kind::DeliverableDue },
        { activitySql, holderTest, Kind::ActivityDue },
    };
    QList<AgendaItem> agenda;
    for (const auto &source : sources) {
        auto items
            = readItems(m_database, source.sql, source.personTest, source.kind, from, to, personId);
        if (!items)
            return items;
        agenda += items.value();
    }
    markOverdue(agenda, today);

    auto ended = readItems(m_database, btoSql, travellerTest, Kind::BtoReportDue,
        from.addDays(-btoLookBackDays), to, personId);
    if (!ended)
        return ended;
    const UnitSettings settings(m_database);
    agenda += btoReports(ended.value(), settings.btoWorkingDays(), from, to, today);

    std::stable_sort(agenda.begin(), agenda.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return a.start != b.start ? a.start < b.start : a.title < b.title;
    });
    return agenda;
}

} // namespace Core
