#include "ssedeskrun.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/supervisionqueries.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(path));
}

// An SQLite file that some other program made: ours must never adopt or change it.
void writeForeignSqlite(const QString &path)
{
    const QString connection = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"))
            || !query.exec(QStringLiteral("INSERT INTO note (body) VALUES ('kept as is')")))
            qFatal("cannot fill %s", qPrintable(path));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path())
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

SsedeskRun demo(const QString &path, const QStringList &more = {})
{
    return SsedeskRun(
        QStringList { QStringLiteral("demo"), QStringLiteral("--database"), path } + more);
}

int countOf(const QList<Person> &people, Person::Category category)
{
    return int(std::count_if(people.cbegin(), people.cend(),
        [category](const Person &person) { return person.category == category; }));
}

} // namespace

class DemoVerbTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteTheDemoUnitIntoANewFile()
    {
        // GIVEN a folder without the file
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.ssedesk"));

        // WHEN the demo is written into it
        const SsedeskRun run = demo(path);

        // THEN it succeeds with a one-line summary and leaves nothing else behind
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(run.out().count(QLatin1Char('\n')), 1);
        QVERIFY2(run.out().contains(QStringLiteral("12 people")), qPrintable(run.out()));
        QCOMPARE(filesIn(dir), QStringList { QStringLiteral("unit.ssedesk") });

        // AND the file opens as a unit with its staff, plans, progress and overdue work
        auto store = REQUIRE_OK(UnitStore::open(path));
        const QList<Person> people = REQUIRE_OK(store->people().all());
        QCOMPARE(countOf(people, Person::Category::UnitHead), 1);
        QCOMPARE(countOf(people, Person::Category::Jpo), 3);
        QCOMPARE(countOf(people, Person::Category::Intern), 2);
        QCOMPARE(countOf(people, Person::Category::NationalConsultant), 3);
        for (const WorkPlan &plan : REQUIRE_OK(store->workPlans().all())) {
            QVERIFY(!REQUIRE_OK(store->objectives().forPlan(plan.id)).isEmpty());
            if (plan.status != WorkPlan::Status::Draft)
                QVERIFY(!REQUIRE_OK(store->progress().forPlan(plan.id)).isEmpty());
        }
        const QDate today = QDate::currentDate();
        QVERIFY(!REQUIRE_OK(store->supervision().overview(today)).isEmpty());
        QVERIFY(!REQUIRE_OK(store->supervision().overdue(today)).isEmpty());
    }

    void shouldFillAnEmptyFile()
    {
        // GIVEN an empty file, as a user's "touch" makes
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.ssedesk"));
        writeFile(path, {});

        // WHEN the demo is written into it
        const SsedeskRun run = demo(path);

        // THEN the file now holds the demo unit, and nothing was left beside it
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(filesIn(dir), QStringList { QStringLiteral("unit.ssedesk") });
        auto store = REQUIRE_OK(UnitStore::open(path));
        QCOMPARE(REQUIRE_OK(store->people().all()).size(), 12);
    }

    void shouldMultiplyPeopleWithTheScale()
    {
        // GIVEN a new file
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.ssedesk"));

        // WHEN the demo is written at scale 2
        const SsedeskRun run = demo(path, { QStringLiteral("--scale"), QStringLiteral("2") });

        // THEN the head is joined by two generations of staff
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY2(run.out().contains(QStringLiteral("23 people")), qPrintable(run.out()));
        auto store = REQUIRE_OK(UnitStore::open(path));
        QCOMPARE(REQUIRE_OK(store->people().all()).size(), 23);
    }

    void shouldRefuseAFileThatHoldsData()
    {
        // GIVEN a file that already holds a unit
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.ssedesk"));
        QCOMPARE(demo(path).exitCode(), 0);
        const QByteArray before = contentsOf(path);

        // WHEN the demo is asked to write into it again
        const SsedeskRun run = demo(path);

        // THEN it refuses, and the file is exactly as it was
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(path
                     + QStringLiteral(" already holds data; the demo writes "
                                      "only into a new or empty database")),
            qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
        QCOMPARE(contentsOf(path), before);
        QCOMPARE(filesIn(dir), QStringList { QStringLiteral("unit.ssedesk") });
    }

    void shouldLeaveAForeignFileUntouched_data()
    {
        QTest::addColumn<bool>("isSqlite");
        QTest::newRow("a text file") << false;
        QTest::newRow("an SQLite file of another application") << true;
    }

    void shouldLeaveAForeignFileUntouched()
    {
        // GIVEN a file that some other program wrote
        QFETCH(bool, isSqlite);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        if (isSqlite)
            writeForeignSqlite(path);
        else
            writeFile(path, QByteArrayLiteral("Minutes of the NAC meeting, Dakar\n"));
        const QByteArray before = contentsOf(path);

        // WHEN the demo is asked to write into it
        const SsedeskRun run = demo(path);

        // THEN it refuses, and the file is exactly as it was, with nothing beside it
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(QStringLiteral("is not an SSE Unit Desk database")),
            qPrintable(run.err()));
        QCOMPARE(contentsOf(path), before);
        QCOMPARE(filesIn(dir), QStringList { QStringLiteral("notes.db") });
    }

    void shouldRefuseABadScale_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("above fifty") << QStringLiteral("51");
        QTest::newRow("negative") << QStringLiteral("-3");
        QTest::newRow("a word") << QStringLiteral("ten");
        QTest::newRow("a fraction") << QStringLiteral("1.5");
    }

    void shouldRefuseABadScale()
    {
        // GIVEN a new file
        QFETCH(QString, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.ssedesk"));

        // WHEN the demo is given a scale it cannot use
        const SsedeskRun run = demo(path, { QStringLiteral("--scale"), scale });

        // THEN it names the problem, ends with a usage error, and creates nothing
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("--scale")), qPrintable(run.err()));
        QVERIFY2(run.err().contains(scale), qPrintable(run.err()));
        QCOMPARE(filesIn(dir), QStringList());
    }

    void shouldRequireADatabase()
    {
        // WHEN the demo is run without --database
        const SsedeskRun run({ QStringLiteral("demo") });

        // THEN it asks for one and ends with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("--database")), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
    }
};

QTEST_GUILESS_MAIN(DemoVerbTest)

#include "demoverbtest.moc"
