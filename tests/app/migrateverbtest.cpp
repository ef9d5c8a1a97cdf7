#include "databasefiles.h"
#include "scratchunit.h"
#include "ssedeskrun.h"
#include "storage/peoplerepository.h"
#include "unitfixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

SsedeskRun migrate(const QString &from, const QString &to)
{
    return SsedeskRun(
        { QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to });
}

} // namespace

// `ssedesk migrate` run as a user would, into a scratch schema of the test server.
class MigrateVerbTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_unit;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_unit = m_dir.filePath(QStringLiteral("unit.ssedesk"));
        writeDemoUnit(m_unit);
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_unit, QStringLiteral("PRAGMA journal_mode = WAL"));
    }

    void shouldMoveTheUnitAndSayWhatItCopied()
    {
        // GIVEN the demo unit in its file and an empty schema on the server
        const ServerAddress server = ScratchUnit::freshServerSchema();
        const QByteArray before = digestOf(m_unit);

        // WHEN it is moved there
        const SsedeskRun run = migrate(m_unit, server.display());

        // THEN it says so with each table's rows, the total and the time taken; the server
        // holds the unit's people and the file is as it was
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(run.err(), QString());
        const QStringList lines = run.out().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(
                     QStringLiteral("Copied %1 to %2 in ").arg(m_unit, server.display())),
            qPrintable(run.out()));
        const qsizetype people = contentsOf(m_unit).value(QStringLiteral("person")).size();
        const QRegularExpression personLine(QStringLiteral("^  person +%1$").arg(people));
        QVERIFY2(lines.indexOf(personLine) > 0, qPrintable(run.out()));
        QVERIFY2(lines.last().contains(QStringLiteral(" rows a second. %1 was left").arg(m_unit)),
            qPrintable(run.out()));
        auto copy = REQUIRE_OK(UnitStore::openServer(server));
        QCOMPARE(REQUIRE_OK(copy->people().all()).size(), people);
        QCOMPARE(digestOf(m_unit), before);
    }

    void shouldRefuseAServerThatHoldsAUnitAlready()
    {
        // GIVEN the unit moved to the server once
        const ServerAddress server = ScratchUnit::freshServerSchema();
        QCOMPARE(migrate(m_unit, server.display()).exitCode(), 0);

        // WHEN it is moved there again
        const SsedeskRun run = migrate(m_unit, server.display());

        // THEN it is refused on standard error with exit status 1
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(QStringLiteral("already holds a unit")), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
    }

    void shouldRefuseAnAddressThatIsNotAServer()
    {
        // WHEN the unit is to go to a web address
        const SsedeskRun run = migrate(m_unit, QStringLiteral("https://example.org/unit"));

        // THEN it is a usage error that shows how to write the address
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("postgresql://USER@HOST:PORT/DATABASE")),
            qPrintable(run.err()));
    }
};

QTEST_GUILESS_MAIN(MigrateVerbTest)
#include "migrateverbtest.moc"
