#include "databasefiles.h"
#include "ssedeskrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace DatabaseFiles;

namespace {

const QString intern = QStringLiteral("n.elkhoury@unitdesk.example");

const QByteArray newPeople
    = "name,email,position title,category,grade,duty station,languages,supervisor email\n"
      "Kofi Boateng,k.boateng@unit.test,JPO - SSE finance,jpo,P2,HQ Geneva,\"EN, FR\","
      "a.dubois@unitdesk.example\n"
      "Sofía Herrera,s.herrera@unit.test,Intern,intern,,HQ Geneva,ES;EN,k.boateng@unit.test\n"
      "مريم الحسيني,mariam@unit.test,National consultant,national_consultant,,Rabat,AR;FR,"
      "a.dubois@unitdesk.example\n";

// Row 2 lacks a name, row 3's address is no address, row 4 is someone the unit already has.
const QByteArray badPeople
    = "name,email,position title,category,grade,duty station,languages,supervisor email\n"
      ",nobody@unit.test,,,,,,\n"
      "Ana,not-an-email,,,,,,\n"
      "Aiko Tanaka,a.tanaka@unitdesk.example,,jpo,,,,\n"
      "Bo Lind,bo@unit.test,,,,,,\n";

const QByteArray planRows
    = "kind,objective title,activity title,indicator,date,description\n"
      "objective,Map cooperatives in crisis settings,,Mapping note cleared,2026-09-15,\n"
      "activity,,Collect country cases,,2026-07-15,\n"
      "activity,,Draft the mapping note,,2026-08-31,\n"
      "learning,Humanitarian-development nexus,,Course certificate,2026-09-01,\n";

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(path));
}

int rowsIn(const QString &database, const QString &table)
{
    return int(contentsOf(database).value(table).size());
}

} // namespace

class ImportVerbTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A copy of the demo unit alone in a folder of its own, and a CSV file beside the folder.
    QString demoCopy(const QString &folder)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString path = m_dir.filePath(folder + QStringLiteral("/unit.ssedesk"));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo unit");
        return path;
    }
    QString csv(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
    SsedeskRun runImport(const QString &subject, const QString &database, const QString &file,
        const QStringList &more = {})
    {
        return SsedeskRun(
            QStringList { QStringLiteral("import"), subject, QStringLiteral("--database"), database,
                QStringLiteral("--file"), file }
            + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.ssedesk"));
        writeDemoUnit(m_demo);
        // In WAL mode, as the application leaves every unit it opened.
        execute(m_demo, QStringLiteral("PRAGMA journal_mode = WAL"));
    }

    void shouldCheckPeopleAndWriteNothingInADryRun()
    {
        // GIVEN the demo unit and a file of three new people
        const QString database = demoCopy(QStringLiteral("dry"));
        const QByteArray before = digestOf(database);

        // WHEN the file is imported as a dry run
        const SsedeskRun run = runImport(QStringLiteral("people"), database,
            csv(QStringLiteral("dry.csv"), newPeople), { QStringLiteral("--dry-run") });

        // THEN it says what would be added, and the unit is byte for byte as it was, with no
        // backup taken
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(run.out(),
            QStringLiteral("3 people would be added to %1; nothing was written (dry run).\n")
                .arg(database));
        QCOMPARE(digestOf(database), before);
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("dry"))),
            QStringList { QStringLiteral("unit.ssedesk") });
    }

    void shouldAddPeopleAfterABackup()
    {
        // GIVEN the demo unit, of 12 people, and a file of three new people
        const QString database = demoCopy(QStringLiteral("write"));

        // WHEN the file is imported
        const SsedeskRun run = runImport(
            QStringLiteral("people"), database, csv(QStringLiteral("write.csv"), newPeople));

        // THEN the three are in the unit, and the unit as it was is in a pre-import backup
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY2(run.out().startsWith(QStringLiteral("3 people added to %1. The unit as it was "
                                                     "before the import is kept in ")
                                          .arg(database)),
            qPrintable(run.out()));
        QCOMPARE(rowsIn(database, QStringLiteral("person")), 15);
        const QStringList backups = filesIn(database + QStringLiteral(".backups"));
        QCOMPARE(backups.size(), 1);
        QVERIFY2(backups.first().endsWith(QStringLiteral("-pre-import.ssedesk")),
            qPrintable(backups.first()));
        const QString backup = database + QStringLiteral(".backups/") + backups.first();
        QVERIFY2(run.out().contains(backup), qPrintable(run.out()));
        QCOMPARE(contentsOf(backup), contentsOf(m_demo));
    }

    void shouldReportEveryProblemAndWriteNothing_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("for real") << false;
        QTest::newRow("dry run") << true;
    }

    void shouldReportEveryProblemAndWriteNothing()
    {
        // GIVEN the demo unit and a file whose rows 2 to 4 each have a problem, row 4 one that
        // only the unit shows
        QFETCH(bool, dryRun);
        const QString folder
            = QStringLiteral("bad-") + QString::fromLatin1(QTest::currentDataTag());
        const QString database = demoCopy(folder);
        const QByteArray before = digestOf(database);

        // WHEN it is imported
        const SsedeskRun run = runImport(QStringLiteral("people"), database,
            csv(folder + QStringLiteral(".csv"), badPeople),
            dryRun ? QStringList { QStringLiteral("--dry-run") } : QStringList());

        // THEN each problem is on a line of its own with its row and column, the unit is byte
        // for byte as it was, and no backup was taken
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QCOMPARE(run.out(), QString());
        const QStringList lines = run.err().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 4, qPrintable(run.err()));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Row 2, name: ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Row 3, email: ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Row 4, email: ")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("3 problems in ")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).endsWith(QStringLiteral("nothing was written to %1.").arg(database)),
            qPrintable(lines.at(3)));
        QCOMPARE(digestOf(database), before);
        QCOMPARE(filesIn(m_dir.filePath(folder)), QStringList { QStringLiteral("unit.ssedesk") });
    }

    void shouldAddObjectivesAndActivitiesToAPersonsPlan()
    {
        // GIVEN the demo unit, whose intern has a draft plan, and a file of an objective with
        // two activities and a learning element
        const QString database = demoCopy(QStringLiteral("plan"));
        const int objectives = rowsIn(database, QStringLiteral("objective"));
        const int activities = rowsIn(database, QStringLiteral("activity"));
        const QString file = csv(QStringLiteral("plan.csv"), planRows);

        // WHEN it is checked, then imported into the intern's plan
        const QStringList person { QStringLiteral("--person"), intern };
        const SsedeskRun dry = runImport(QStringLiteral("workplan"), database, file,
            person + QStringList { QStringLiteral("--dry-run") });
        const SsedeskRun run = runImport(QStringLiteral("workplan"), database, file, person);

        // THEN both say what goes where, and the plan has them
        QVERIFY2(dry.exitCode() == 0, qPrintable(dry.err()));
        QVERIFY2(dry.out().startsWith(QStringLiteral(
                     "1 objective, 1 learning element and 2 activities would be added to the "
                     "work plan \"")),
            qPrintable(dry.out()));
        QVERIFY2(
            dry.out().contains(QStringLiteral("\" of %1;").arg(intern)), qPrintable(dry.out()));
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY2(run.out().startsWith(
                     QStringLiteral("1 objective, 1 learning element and 2 activities added to")),
            qPrintable(run.out()));
        QCOMPARE(rowsIn(database, QStringLiteral("objective")), objectives + 2);
        QCOMPARE(rowsIn(database, QStringLiteral("activity")), activities + 2);
    }

    void shouldRefuseAPersonWithoutAPlan()
    {
        // GIVEN the demo unit and someone it does not have
        const QString database = demoCopy(QStringLiteral("nobody"));
        const QByteArray before = digestOf(database);

        // WHEN a plan file is imported for them
        const SsedeskRun run = runImport(QStringLiteral("workplan"), database,
            csv(QStringLiteral("nobody.csv"), planRows),
            { QStringLiteral("--person"), QStringLiteral("nobody@unit.test") });

        // THEN it is refused, and nothing was written
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(QStringLiteral("nobody@unit.test")), qPrintable(run.err()));
        QCOMPARE(digestOf(database), before);
    }

    void shouldReportAFileItCannotRead()
    {
        // GIVEN the demo unit and a CSV name that does not exist
        const QString database = demoCopy(QStringLiteral("nofile"));
        const QByteArray before = digestOf(database);
        const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));

        // WHEN it is imported
        const SsedeskRun run = runImport(QStringLiteral("people"), database, missing);

        // THEN the file is named, and the unit untouched
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(missing), qPrintable(run.err()));
        QCOMPARE(digestOf(database), before);
    }

    void shouldRefuseAnIncompleteCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subject") << QStringList { QStringLiteral("import") }
                                    << QStringLiteral("import needs to know what to import");
        QTest::newRow("an unknown subject")
            << QStringList { QStringLiteral("import"), QStringLiteral("missions") }
            << QStringLiteral("\"missions\" is not something ssedesk can import");
        QTest::newRow("a plan without --person") << QStringList { QStringLiteral("import"),
            QStringLiteral("workplan"), QStringLiteral("--database"),
            QStringLiteral("unit.ssedesk"), QStringLiteral("--file"), QStringLiteral("plan.csv") }
                                                 << QStringLiteral("--person");
        QTest::newRow("people without --file") << QStringList { QStringLiteral("import"),
            QStringLiteral("people"), QStringLiteral("--database"), QStringLiteral("unit.ssedesk") }
                                               << QStringLiteral("--file");
    }

    void shouldRefuseAnIncompleteCommandLine()
    {
        // GIVEN a command line that lacks something
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);

        // WHEN it is run
        const SsedeskRun run(arguments);

        // THEN it says what, with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(message), qPrintable(run.err()));
    }
};

QTEST_GUILESS_MAIN(ImportVerbTest)
#include "importverbtest.moc"
