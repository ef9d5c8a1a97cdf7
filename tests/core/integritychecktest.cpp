#include "storage/integritycheck.h"
#include "databasefiles.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "unitfixture.h"
#include "unitstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

class IntegrityCheckTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void shouldFindTheDemoUnitHealthy()
    {
        // GIVEN the demo unit in a file, open
        const QString path = pathOf(QStringLiteral("healthy.ssedesk"));
        writeDemoUnit(path);
        auto database = REQUIRE_OK(Database::open(path));

        // WHEN it is checked, open and as a file
        const auto open = REQUIRE_OK(IntegrityCheck::run(*database));
        const auto file = REQUIRE_OK(IntegrityCheck::runOnFile(path));

        // THEN both verdicts are healthy, with nothing to report
        QVERIFY(open.healthy);
        QCOMPARE(open.problems, QStringList());
        QVERIFY(file.healthy);
        QCOMPARE(file.problems, QStringList());
    }

    void shouldReportARowWhoseParentIsMissing()
    {
        // GIVEN the demo unit with an objective deleted behind the foreign keys' back
        const QString path = pathOf(QStringLiteral("orphans.ssedesk"));
        writeDemoUnit(path);
        execute(path,
            QStringLiteral(
                "DELETE FROM objective WHERE id = (SELECT min(objective_id) FROM activity)"));

        // WHEN the file is checked
        const auto verdict = REQUIRE_OK(IntegrityCheck::runOnFile(path));

        // THEN it is not healthy, and each orphan is named in words
        QVERIFY(!verdict.healthy);
        QVERIFY(!verdict.problems.isEmpty());
        QVERIFY2(verdict.problems.first().contains(
                     QStringLiteral("refers to a missing row of table objective")),
            qPrintable(verdict.problems.first()));
    }

    void shouldReportADamagedPageWithoutTouchingTheFile()
    {
        // GIVEN the demo unit with one page overwritten
        const QString path = pathOf(QStringLiteral("damaged.ssedesk"));
        writeDemoUnit(path);
        damageLeafPage(path, QStringLiteral("progress_entry"));
        const QByteArray before = digestOf(path);

        // WHEN the file is checked, fully and quickly
        const auto verdict = REQUIRE_OK(IntegrityCheck::runOnFile(path));
        const Status quick = IntegrityCheck::quickCheckFile(path);

        // THEN both find it damaged, and the file was only read
        QVERIFY(!verdict.healthy);
        QVERIFY(!verdict.problems.isEmpty());
        QVERIFY(!quick);
        QCOMPARE(quick.error().code(), Error::Code::Corrupt);
        QCOMPARE(digestOf(path), before);
    }

    void shouldCheckAlongsideAndWriteOnlyOnceFoundHealthy()
    {
        // GIVEN the demo unit, opened while it is checked alongside
        const QString path = pathOf(QStringLiteral("alongside.ssedesk"));
        writeDemoUnit(path);
        auto store = REQUIRE_OK(UnitStore::open(path, Verification::Alongside));

        // WHEN a person is added
        Person person;
        person.name = QStringLiteral("Aisha Bello");
        person.email = QStringLiteral("aisha.bello@unit.test");
        const Person added = REQUIRE_OK(store->people().add(person));

        // THEN the check found it healthy and the change is kept
        QVERIFY(store->awaitVerification());
        QCOMPARE(REQUIRE_OK(store->people().find(added.id)).name, person.name);
    }

    void shouldRefuseEveryChangeToADamagedFileCheckedAlongside()
    {
        // GIVEN the demo unit with one page overwritten, opened while it is checked alongside
        const QString path = pathOf(QStringLiteral("alongside-damaged.ssedesk"));
        writeDemoUnit(path);
        // Once opened by the program, a file is in WAL mode: only such a file is checked
        // alongside (setting the mode would write to it).
        REQUIRE_OK(UnitStore::open(path));
        damageLeafPage(path, QStringLiteral("progress_entry"));
        const QByteArray before = digestOf(path);
        auto store = REQUIRE_OK(UnitStore::open(path, Verification::Alongside));

        // WHEN a person is added, a backup is asked for, and the file is closed
        Person person;
        person.name = QStringLiteral("Aisha Bello");
        person.email = QStringLiteral("aisha.bello@unit.test");
        const auto added = store->people().add(person);
        const auto backup = store->backups().backUp(BackupFolder::Reason::Manual);
        const Status verdict = store->awaitVerification();
        store.reset();

        // THEN the check's verdict refused both, and the file was only read
        QCOMPARE(verdict.error().code(), Error::Code::Corrupt);
        QCOMPARE(added.error().code(), Error::Code::Corrupt);
        QCOMPARE(backup.error().code(), Error::Code::Corrupt);
        QCOMPARE(digestOf(path), before);
    }

    void shouldRefuseToCheckAFileThatIsNotOurs()
    {
        // GIVEN a text file
        const QString path = pathOf(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Meeting notes\n");
        file.close();

        // WHEN it is checked THEN it is refused as not ours
        const auto verdict = IntegrityCheck::runOnFile(path);
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().code(), Error::Code::NotOurs);
    }

    void shouldVerifyACopyOnlyWhenItIsOursHealthyAndNotNewer()
    {
        // GIVEN a healthy copy of the demo unit, and one stamped by a newer version
        const QString good = pathOf(QStringLiteral("good.ssedesk"));
        writeDemoUnit(good);
        const QString newer = pathOf(QStringLiteral("newer.ssedesk"));
        writeDemoUnit(newer);
        execute(newer, QStringLiteral("PRAGMA user_version = 99"));

        // WHEN both are verified
        const auto verified = IntegrityCheck::verifyCopy(good);
        const auto refused = IntegrityCheck::verifyCopy(newer);

        // THEN the good one gives its schema version, the newer one is refused
        QVERIFY(verified);
        QVERIFY(verified.value() > 0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::TooNew);
    }
};

QTEST_GUILESS_MAIN(IntegrityCheckTest)
#include "integritychecktest.moc"
