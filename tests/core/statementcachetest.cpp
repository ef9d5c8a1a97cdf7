#include "storage/statementcache.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "unitfixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

const QString insertName = QStringLiteral("INSERT INTO note (text) VALUES (:text)");
const QString allNames = QStringLiteral("SELECT text FROM note ORDER BY id");

// For the steps a test stands on: a failure there is not what the test checks.
void require(const Status &status)
{
    if (!status)
        qFatal("%s", qPrintable(status.error().message()));
}

void run(const Database &database, const QString &sql)
{
    SqlStatement statement(database, sql);
    require(statement.exec());
}

void addNote(const Database &database, const QString &text)
{
    SqlStatement insert(database, insertName);
    insert.bindText(QStringLiteral(":text"), text);
    require(insert.exec());
}

QStringList notes(const Database &database)
{
    SqlStatement query(database, allNames);
    require(query.exec());
    QStringList texts;
    while (query.next())
        texts.append(query.text(0));
    return texts;
}

} // namespace

// SqlStatement prepares each text once per connection and lends it again (StatementCache);
// what it reads must be what a freshly prepared statement would read.
class StatementCacheTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_database = REQUIRE_OK(Database::openInMemory());
        run(*m_database, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)"));
        m_database->statements().clear();
    }

    void cleanup() { m_database.reset(); }

    void shouldPrepareEachTextOnceAndReadWithTheNewValues()
    {
        // GIVEN two notes added through the same statement text
        addNote(*m_database, QStringLiteral("first"));
        addNote(*m_database, QStringLiteral("second"));

        // WHEN they are read twice
        const QStringList once = notes(*m_database);
        const QStringList twice = notes(*m_database);

        // THEN both reads see both values, and each text was kept once
        QCOMPARE(once, QStringList({ QStringLiteral("first"), QStringLiteral("second") }));
        QCOMPARE(twice, once);
        QCOMPARE(m_database->statements().idleCount(), 2);
    }

    void shouldGiveANestedUseOfTheSameTextItsOwnStatement()
    {
        // GIVEN three notes
        for (const char *text : { "a", "b", "c" })
            addNote(*m_database, QLatin1String(text));

        // WHEN, inside the loop over the notes, the same query runs again for each row
        SqlStatement outer(*m_database, allNames);
        require(outer.exec());
        QStringList pairs;
        while (outer.next()) {
            const QString text = outer.text(0);
            pairs.append(text + QLatin1Char(':') + notes(*m_database).join(QString()));
        }

        // THEN the outer loop reads every row, undisturbed by the inner ones
        QCOMPARE(pairs,
            QStringList(
                { QStringLiteral("a:abc"), QStringLiteral("b:abc"), QStringLiteral("c:abc") }));
    }

    void shouldLeaveNoStatementInProgressOnceGivenBack()
    {
        // GIVEN a query read only up to its first row of three, then given back
        for (const char *text : { "a", "b", "c" })
            addNote(*m_database, QLatin1String(text));
        {
            SqlStatement query(*m_database, allNames);
            require(query.exec());
            QVERIFY(query.next());
        }

        // WHEN the connection runs what SQLite refuses while a statement is still reading
        SqlStatement vacuum(*m_database, QStringLiteral("VACUUM"));

        // THEN it succeeds
        const Status status = vacuum.exec();
        QVERIFY2(status.isOk(), qPrintable(status.error().message()));
    }

    void shouldCloseTheConnectionWithStatementsKept()
    {
        // GIVEN a file database with statements kept
        auto database
            = REQUIRE_OK(Database::open(m_folder.filePath(QStringLiteral("kept.ssedesk"))));
        QVERIFY(database->statements().idleCount() > 0);

        // WHEN it is closed
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        database.reset();

        // THEN Qt had no query left on the connection to complain about (failOnWarning)
        QVERIFY(!database);
    }
};

QTEST_GUILESS_MAIN(StatementCacheTest)

#include "statementcachetest.moc"
