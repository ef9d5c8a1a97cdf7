#include "demo/demounit.h"
#include "storage/agendaqueries.h"
#include "storage/appraisalrepository.h"
#include "storage/auditlog.h"
#include "storage/checkinrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/missionrepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/reviewrepository.h"
#include "storage/statementrecorder.h"
#include "storage/summaryqueries.h"
#include "storage/supervisionqueries.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Core;

namespace {

const QDate today(2026, 6, 15);
const QString planConnection = QStringLiteral("queryplantest");

// The tables that grow with the years: reading one of them whole gets slower every month. The
// reference lists, the settings and the people (a unit's head count) stay small.
const QSet<QString> growingTables = { QStringLiteral("work_plan"), QStringLiteral("objective"),
    QStringLiteral("objective_theme"), QStringLiteral("activity"), QStringLiteral("progress_entry"),
    QStringLiteral("work_plan_revision"), QStringLiteral("assignment"), QStringLiteral("meeting"),
    QStringLiteral("meeting_participant"), QStringLiteral("meeting_action"),
    QStringLiteral("meeting_deliverable"), QStringLiteral("deliverable"),
    QStringLiteral("deliverable_contributor"), QStringLiteral("deliverable_objective"),
    QStringLiteral("deliverable_version"), QStringLiteral("mission"),
    QStringLiteral("mission_traveller"), QStringLiteral("mission_deliverable"),
    QStringLiteral("review_round"), QStringLiteral("review_assessment"), QStringLiteral("checkin"),
    QStringLiteral("checkin_action"), QStringLiteral("checkin_agenda"),
    QStringLiteral("checkin_objective"), QStringLiteral("appraisal"),
    QStringLiteral("appraisal_objective"), QStringLiteral("appraisal_rating"),
    QStringLiteral("audit_event") };

// One thing a page shows, as the core calls that fill it.
struct View
{
    const char *name;
    std::function<void(UnitStore &, const Person &supervisee)> read;
    // Growing tables the view reads whole by its nature, not for want of an index.
    QSet<QString> readWhole = {};
};

// What the dashboard, the unit overview, the agenda pages, the summaries and the progress log
// ask of core, with the arguments the pages pass.
const QList<View> &views()
{
    static const QList<View> all = {
        { "dashboard: overdue activities",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.supervision().overdue(today));
            } },
        { "dashboard and my supervision: drafts waiting for review",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.deliverables().waitingForReview());
                REQUIRE_OK(store.reviews().pending());
            } },
        { "dashboard: BTO reports overdue",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.missions().overdueBtoReports(today));
            } },
        { "dashboard: contracts ending",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.supervision().contractsEnding(today, 90));
            } },
        { "dashboard: deliverables due",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.deliverables().dueWithin(today, 30));
            } },
        { "dashboard: mission days",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.missions().missionDays(today.year()));
            } },
        { "dashboard: check-ins due",
            [](UnitStore &store, const Person &) { REQUIRE_OK(store.checkIns().due(today)); } },
        { "dashboard: appraisal stages due",
            [](UnitStore &store, const Person &) { REQUIRE_OK(store.appraisals().due(today)); } },
        { "dashboard: deliverables by status",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.deliverables().countByStatus());
            },
            { QStringLiteral("deliverable") } }, // counts them all: a covering index at best
        { "overview: the whole unit",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.supervision().overview(today));
            } },
        { "overview: one supervisor's people",
            [](UnitStore &store, const Person &supervisee) {
                REQUIRE_OK(store.supervision().overview(today, supervisee.supervisorId));
            } },
        { "agenda: the unit's month",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.agenda().between(QDate(2026, 6, 1), QDate(2026, 6, 30), today));
            } },
        { "agenda: one person's month",
            [](UnitStore &store, const Person &supervisee) {
                REQUIRE_OK(store.agenda().between(
                    QDate(2026, 6, 1), QDate(2026, 6, 30), today, supervisee.id));
            } },
        { "summary: one person's cycle",
            [](UnitStore &store, const Person &supervisee) {
                REQUIRE_OK(store.summaries().forPerson(supervisee.id, today.year(), today));
            } },
        // The batch reads each table once for everyone rather than searching it per person.
        { "summary: the whole unit",
            [](UnitStore &store, const Person &) {
                REQUIRE_OK(store.summaries().forUnit(today.year(), today));
            },
            { QStringLiteral("objective"), QStringLiteral("activity"),
                QStringLiteral("progress_entry"), QStringLiteral("mission_traveller"),
                QStringLiteral("checkin"), QStringLiteral("review_round"),
                QStringLiteral("deliverable_contributor"),
                QStringLiteral("deliverable_version") } },
        { "person page: plan and progress log",
            [](UnitStore &store, const Person &supervisee) {
                const auto plan = REQUIRE_OK(store.workPlans().current(supervisee.id));
                QVERIFY(plan.has_value());
                REQUIRE_OK(store.progress().forPlan(plan->id));
                REQUIRE_OK(store.progress().planProgress(plan->id));
            } },
        { "history: a work plan, with what it owns at any depth",
            [](UnitStore &store, const Person &supervisee) {
                const auto plan = REQUIRE_OK(store.workPlans().current(supervisee.id));
                QVERIFY(plan.has_value());
                QVERIFY(!REQUIRE_OK(store.auditLog().history(QStringLiteral("work_plan"), plan->id))
                             .isEmpty());
            } },
        { "history: one progress entry",
            [](UnitStore &store, const Person &supervisee) {
                const auto open = REQUIRE_OK(store.supervision().openActivities(supervisee.id));
                QVERIFY(!open.isEmpty());
                ProgressEntry entry;
                entry.objectiveId = open.first().objectiveId;
                entry.activityId = open.first().activityId;
                entry.authorId = supervisee.id;
                entry.date = today;
                entry.percent = open.first().latestPercent;
                entry.text = QStringLiteral("One more step");
                const ProgressEntry logged = REQUIRE_OK(store.progress().log(entry, today));
                QCOMPARE(REQUIRE_OK(
                             store.auditLog().history(QStringLiteral("progress_entry"), logged.id))
                             .size(),
                    1);
            } },
        { "log progress: open activities",
            [](UnitStore &store, const Person &supervisee) {
                REQUIRE_OK(store.supervision().openActivities(supervisee.id));
            } },
    };
    return all;
}

// The table each name of a FROM or JOIN clause stands for: EXPLAIN QUERY PLAN names an aliased
// table by its alias only ("SCAN later" for "assignment AS later"). Core writes keywords in
// capitals and names in lower case, which tells a keyword after a table from an alias, and a
// ":from" placeholder from a FROM.
QHash<QString, QString> tablesByName(const QString &sql)
{
    static const QRegularExpression source(
        QStringLiteral(R"((?<![:\w])(?:FROM|JOIN) ([a-z_]+)(?: (?:AS )?([a-z_]+)\b)?)"));
    QHash<QString, QString> tables;
    for (auto match = source.globalMatch(sql); match.hasNext();) {
        const auto found = match.next();
        tables.insert(found.captured(1), found.captured(1));
        if (found.hasCaptured(2))
            tables.insert(found.captured(2), found.captured(1));
    }
    return tables;
}

// The steps of the plan SQLite chooses for `statement` with its recorded values bound.
QStringList planOf(const StatementRecorder::Statement &statement)
{
    QSqlQuery query(QSqlDatabase::database(planConnection));
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql))
        qFatal("EXPLAIN %s: %s", qPrintable(statement.sql), qPrintable(query.lastError().text()));
    for (const auto &[placeholder, value] : statement.bindings)
        query.bindValue(placeholder, value);
    if (!query.exec())
        qFatal("EXPLAIN %s: %s", qPrintable(statement.sql), qPrintable(query.lastError().text()));
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps;
}

// The steps that read a growing table whole, but for those in `readWhole`. "SCAN t" reads every
// row; "SCAN t USING INDEX i" too, in the index's order; "SEARCH" narrows through an index.
QStringList growingTablesScanned(
    const StatementRecorder::Statement &statement, const QSet<QString> &readWhole)
{
    static const QRegularExpression scan(QStringLiteral(R"(^SCAN ([a-z_]+)\b)"));
    const QHash<QString, QString> tables = tablesByName(statement.sql);
    QStringList scanned;
    for (const QString &step : planOf(statement)) {
        const auto match = scan.match(step);
        const QString table = match.hasMatch() ? tables.value(match.captured(1)) : QString();
        if (growingTables.contains(table) && !readWhole.contains(table))
            scanned.append(step);
    }
    return scanned;
}

bool isQuery(const QString &sql)
{
    return sql.startsWith(QLatin1String("SELECT")) || sql.startsWith(QLatin1String("WITH"));
}

QStringList lines(QSqlQuery &query)
{
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

// The queries behind the pages a unit head opens every day run without reading a growing table
// whole, and every foreign key leads an index (so that a join, a cascade or a RESTRICT check on
// it is a search, not a scan). The statements are the ones core really runs, recorded as it
// runs them on a demo unit: nothing here repeats their SQL.
class QueryPlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_store = REQUIRE_OK(UnitStore::open(m_folder.filePath(QStringLiteral("demo.ssedesk"))));
        REQUIRE_OK(DemoUnit::write(*m_store, today));
        const auto people = REQUIRE_OK(m_store->people().all());
        for (const Person &person : people) {
            if (person.category == Person::Category::Jpo) {
                m_supervisee = person;
                break;
            }
        }
        QVERIFY(m_supervisee.id != 0);
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), planConnection);
        connection.setDatabaseName(m_store->path());
        QVERIFY2(connection.open(), qPrintable(connection.lastError().text()));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(planConnection).close();
        QSqlDatabase::removeDatabase(planConnection);
        m_store.reset();
    }

    void shouldReadNoGrowingTableWhole_data()
    {
        QTest::addColumn<int>("view");
        for (int view = 0; view < views().size(); ++view)
            QTest::newRow(views().at(view).name) << view;
    }

    void shouldReadNoGrowingTableWhole()
    {
        QFETCH(int, view);

        // GIVEN the statements core runs to fill the view on a demo unit
        StatementRecorder recorder;
        views().at(view).read(*m_store, m_supervisee);
        QVERIFY(!recorder.statements().isEmpty());

        // WHEN SQLite plans each of them with the values core bound
        const View &read = views().at(view);
        QStringList scans;
        for (const auto &statement : recorder.statements()) {
            if (!isQuery(statement.sql))
                continue;
            const QString where = QLatin1String(" in: ") + statement.sql.left(160);
            for (const QString &step : growingTablesScanned(statement, read.readWhole))
                scans.append(step + where);
        }

        // THEN every growing table is searched through an index, never scanned
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1String("\n"))));
    }

    void shouldLeadAnIndexWithEveryForeignKey()
    {
        // GIVEN every table of the newest schema
        QSqlQuery tables(QSqlDatabase::database(planConnection));
        QVERIFY(tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
        const QStringList names = lines(tables);
        QVERIFY(names.contains(QStringLiteral("checkin_recurring")));

        // WHEN each foreign key's columns are looked for at the head of an index of its table
        QStringList unindexed;
        for (const QString &table : names) {
            const QList<QStringList> keys = foreignKeysOf(table);
            const QList<QStringList> indexes = indexesOf(table);
            for (const QStringList &key : keys) {
                const bool led = std::any_of(indexes.cbegin(), indexes.cend(),
                    [&key](const QStringList &index) { return index.mid(0, key.size()) == key; });
                if (!led)
                    unindexed.append(table + QLatin1Char('(') + key.join(QLatin1String(", "))
                        + QLatin1Char(')'));
            }
        }

        // THEN there is one for each
        QVERIFY2(unindexed.isEmpty(), qPrintable(unindexed.join(QLatin1String("; "))));
    }

private:
    // Each foreign key of `table` as its columns in order. The table names come from
    // sqlite_schema, and PRAGMA functions take them as bound values.
    static QList<QStringList> foreignKeysOf(const QString &table)
    {
        QSqlQuery query(QSqlDatabase::database(planConnection));
        query.prepare(QStringLiteral(
            "SELECT id, \"from\" FROM pragma_foreign_key_list(:table) ORDER BY id, seq"));
        query.bindValue(QStringLiteral(":table"), table);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        QMap<int, QStringList> keys;
        while (query.next())
            keys[query.value(0).toInt()].append(query.value(1).toString());
        return keys.values();
    }

    // Each index of `table` as its columns in order, the implicit ones of a composite primary
    // key or a UNIQUE constraint included.
    static QList<QStringList> indexesOf(const QString &table)
    {
        QSqlQuery query(QSqlDatabase::database(planConnection));
        query.prepare(
            QStringLiteral("SELECT list.name, info.name FROM pragma_index_list(:table) AS list, "
                           "pragma_index_info(list.name) AS info ORDER BY list.name, info.seqno"));
        query.bindValue(QStringLiteral(":table"), table);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        QMap<QString, QStringList> indexes;
        while (query.next())
            indexes[query.value(0).toString()].append(query.value(1).toString());
        // An INTEGER PRIMARY KEY is the rowid itself, the table's own b-tree key: no index
        // lists it, yet a search on it is the fastest there is.
        QSqlQuery rowid(QSqlDatabase::database(planConnection));
        rowid.prepare(QStringLiteral("SELECT name FROM pragma_table_info(:table) WHERE pk = 1 "
                                     "AND upper(type) = 'INTEGER' AND (SELECT count(*) FROM "
                                     "pragma_table_info(:table) WHERE pk > 0) = 1"));
        rowid.bindValue(QStringLiteral(":table"), table);
        if (!rowid.exec())
            qFatal("%s", qPrintable(rowid.lastError().text()));
        if (rowid.next())
            indexes[QStringLiteral("rowid")] = QStringList { rowid.value(0).toString() };
        return indexes.values();
    }

    QTemporaryDir m_folder;
    std::unique_ptr<UnitStore> m_store;
    Person m_supervisee;
};

QTEST_GUILESS_MAIN(QueryPlanTest)
#include "queryplantest.moc"
