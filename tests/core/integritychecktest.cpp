#include "storage/integritycheck.h"
#include "databasefiles.h"
#include "storage/database.h"
#include "unitfixture.h"

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
