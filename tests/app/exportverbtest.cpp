#include "icsreader.h"
#include "ssedeskrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(path));
    return file.readAll();
}

} // namespace

class ExportVerbTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One demo unit for every test: they only read it.
    void initTestCase()
    {
        QVERIFY(m_unitDir.isValid());
        m_database = m_unitDir.filePath(QStringLiteral("unit.ssedesk"));
        const SsedeskRun demo({ QStringLiteral("demo"), QStringLiteral("--database"), m_database });
        QVERIFY2(demo.exitCode() == 0, qPrintable(demo.err()));
    }

    void shouldExportTheUnitsCalendarAndSayHowManyEvents()
    {
        // GIVEN the demo unit and an empty folder
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("unit.ics"));

        // WHEN its calendar is exported
        const SsedeskRun run = exportCalendar({ QStringLiteral("--out"), path });

        // THEN it says in one line how many events it wrote, and wrote exactly that
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const IcsReader ics(path);
        QVERIFY2(ics.isOk(), qPrintable(ics.error()));
        QVERIFY(ics.events().size() > 20);
        QCOMPARE(run.out(),
            QStringLiteral("%1 events written to %2.\n").arg(ics.events().size()).arg(path));
        QCOMPARE(ics.calendar().value(QStringLiteral("X-WR-CALNAME")).toString(),
            QStringLiteral("SSE Unit Desk"));
        // AND nothing but the file is left in the folder
        QCOMPARE(filesIn(out.path()), QStringList { QStringLiteral("unit.ics") });
    }

    void shouldExportOnlyOnePersonsCalendar()
    {
        // GIVEN the demo unit's calendar
        QTemporaryDir out;
        QVERIFY(exportCalendar({ QStringLiteral("--out"), out.filePath(QStringLiteral("all.ics")) })
                    .exitCode()
            == 0);
        const IcsReader all(out.filePath(QStringLiteral("all.ics")));

        // WHEN one JPO's calendar is exported
        const QString path = out.filePath(QStringLiteral("aiko.ics"));
        const SsedeskRun run = exportCalendar({ QStringLiteral("--person"),
            QStringLiteral("a.tanaka@unitdesk.example"), QStringLiteral("--out"), path });

        // THEN it holds some of the unit's events, under her name
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const IcsReader mine(path);
        QVERIFY2(mine.isOk(), qPrintable(mine.error()));
        QVERIFY(mine.events().size() > 0);
        QVERIFY(mine.events().size() < all.events().size());
        QCOMPARE(mine.calendar().value(QStringLiteral("X-WR-CALNAME")).toString(),
            QStringLiteral("SSE Unit Desk: Aiko Tanaka"));
    }

    void shouldRefuseAnUnknownPersonAndWriteNothing()
    {
        // GIVEN an earlier export at the target
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("unit.ics"));
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        earlier.close();

        // WHEN the calendar of someone not in the unit is asked for
        const SsedeskRun run = exportCalendar({ QStringLiteral("--person"),
            QStringLiteral("nobody@unitdesk.example"), QStringLiteral("--out"), path });

        // THEN it names the address, fails, and the earlier file is untouched
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(
            run.err().contains(QStringLiteral("nobody@unitdesk.example")), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
        QCOMPARE(contentsOf(path), QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        QCOMPARE(filesIn(out.path()), QStringList { QStringLiteral("unit.ics") });
    }

    void shouldNotCreateADatabaseThatIsMissing()
    {
        // GIVEN a mistyped database name
        QTemporaryDir out;
        const QString database = out.filePath(QStringLiteral("typo.ssedesk"));

        // WHEN its calendar is asked for
        const SsedeskRun run(
            { QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--database"),
                database, QStringLiteral("--out"), out.filePath(QStringLiteral("unit.ics")) });

        // THEN it says so, and neither a database nor a calendar appears
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(database), qPrintable(run.err()));
        QCOMPARE(filesIn(out.path()), QStringList());
    }

    void shouldAskForWhatIsMissing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --out") << QStringList { QStringLiteral("--database"),
            QStringLiteral("unit.ssedesk") };
        QTest::newRow("no --database")
            << QStringList { QStringLiteral("--out"), QStringLiteral("unit.ics") };
        QTest::newRow("a date that is not one") << QStringList { QStringLiteral("--database"),
            QStringLiteral("unit.ssedesk"), QStringLiteral("--out"), QStringLiteral("unit.ics"),
            QStringLiteral("--from"), QStringLiteral("31/12/2026") };
    }

    void shouldAskForWhatIsMissing()
    {
        // GIVEN an incomplete command line, run in an empty folder
        QFETCH(QStringList, arguments);
        QTemporaryDir out;
        QDir::setCurrent(out.path());

        // WHEN the export is run
        const SsedeskRun run(
            QStringList { QStringLiteral("export"), QStringLiteral("calendar") } + arguments);

        // THEN it explains the usage, ends with a usage error, and writes nothing
        QCOMPARE(run.exitCode(), 2);
        QVERIFY(!run.err().isEmpty());
        QCOMPARE(run.out(), QString());
        QCOMPARE(filesIn(out.path()), QStringList());
    }

    void shouldNameTheSubjectsItCanExport_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no subject") << QStringList() << 2;
        QTest::newRow("an unknown subject") << QStringList { QStringLiteral("agenda") } << 2;
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0;
    }

    void shouldNameTheSubjectsItCanExport()
    {
        // WHEN export is run without a subject it knows
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const SsedeskRun run(QStringList { QStringLiteral("export") } + arguments);

        // THEN the subjects are listed
        QCOMPARE(run.exitCode(), exitCode);
        QVERIFY2((run.out() + run.err()).contains(QStringLiteral("calendar")),
            qPrintable(run.out() + run.err()));
    }

private:
    SsedeskRun exportCalendar(const QStringList &arguments) const
    {
        return SsedeskRun(QStringList { QStringLiteral("export"), QStringLiteral("calendar"),
                              QStringLiteral("--database"), m_database }
            + arguments);
    }

    QTemporaryDir m_unitDir;
    QString m_database;
};

QTEST_GUILESS_MAIN(ExportVerbTest)

#include "exportverbtest.moc"
