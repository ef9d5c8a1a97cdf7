#include "databasefiles.h"
#include "unitfixture.h"

#include <openingflow.h>
#include <openingprompts.h>

#include <storage/backupservice.h>
#include <storage/databaselock.h>
#include <storage/peoplerepository.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace DatabaseFiles;
using Choice = Ui::OpeningPrompts::DamagedChoice;

namespace {

// Answers as the test tells it to, and remembers what it was asked.
class PromptsStub : public Ui::OpeningPrompts
{
public:
    Choice damagedChoice = Choice::Quit;
    bool readOnlyAnswer = false;

    int damagedAsked = 0;
    std::optional<Core::BackupFolder::Backup> offeredBackup;
    QString readOnlyProblem;
    QStringList salvageLines;
    QString salvagedFrom;
    QStringList errors;

    Choice askDamaged(const QString &, const QString &,
        const std::optional<Core::BackupFolder::Backup> &backup) override
    {
        ++damagedAsked;
        offeredBackup = backup;
        return damagedChoice;
    }
    bool askRetry(const QString &, const QString &) override { return false; }
    bool askReadOnly(const QString &, const QString &problem) override
    {
        readOnlyProblem = problem;
        return readOnlyAnswer;
    }
    void showSalvageReport(const QString &, const QString &quarantinedPath,
        const Core::Salvage::Report &report) override
    {
        salvagedFrom = quarantinedPath;
        salvageLines = report.lines();
    }
    void warn(const QString &) override { }
    void showError(const QString &text) override { errors.append(text); }
};

qsizetype peopleIn(const Core::UnitStore &store)
{
    return REQUIRE_OK(store.people().all()).size();
}

} // namespace

class OpeningFlowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The demo unit, backed up (when asked) while healthy, then a page of it damaged.
    QString damagedUnit(const QString &name, bool withBackup, qsizetype *people = nullptr)
    {
        const QString path = m_dir.filePath(name);
        writeDemoUnit(path);
        {
            auto store = REQUIRE_OK(Core::UnitStore::open(path));
            if (people)
                *people = peopleIn(*store);
            if (withBackup)
                REQUIRE_OK(store->backups().backUp(Core::BackupFolder::Reason::Daily));
        }
        damageLeafPage(path, QStringLiteral("progress_entry"));
        const auto refused = Core::UnitStore::open(path);
        if (refused || refused.error().code() != Core::Error::Code::Corrupt)
            qFatal("the damaged unit %s opened or failed otherwise", qPrintable(name));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shouldPutTheNewestVerifiedBackupInPlaceOfADamagedFile()
    {
        // GIVEN a damaged unit with a healthy backup
        qsizetype people = 0;
        const QString path = damagedUnit(QStringLiteral("restore.ssedesk"), true, &people);
        const QByteArray damaged = digestOf(path);
        PromptsStub prompts;
        prompts.damagedChoice = Choice::RestoreBackup;

        // WHEN it is opened and the user takes the backup offered
        auto opened = Ui::OpeningFlow(prompts).open(path);

        // THEN the backup was offered, and the unit opens with its contents, for writing
        QCOMPARE(prompts.damagedAsked, 1);
        QVERIFY(prompts.offeredBackup.has_value());
        QCOMPARE(prompts.offeredBackup->reason, Core::BackupFolder::Reason::Daily);
        QVERIFY2(opened.has_value(), qPrintable(prompts.errors.join(u'\n')));
        QVERIFY(opened->lock);
        QCOMPARE(peopleIn(*opened->store), people);
        // and the damaged file is kept aside, unchanged
        QCOMPARE(digestOf(path + QStringLiteral(".corrupt")), damaged);
    }

    void shouldOfferTheBackupForADamageFoundWhileTheWindowWasBuilt()
    {
        // GIVEN a damaged unit with a healthy backup, opened while it is checked alongside
        qsizetype people = 0;
        const QString path = damagedUnit(QStringLiteral("alongside.ssedesk"), true, &people);
        const QByteArray damaged = digestOf(path);
        PromptsStub prompts;
        prompts.damagedChoice = Choice::RestoreBackup;
        Ui::OpeningFlow flow(prompts);
        auto opened = flow.open(path, Core::Verification::Alongside);
        QVERIFY(opened.has_value());
        QCOMPARE(prompts.damagedAsked, 0);

        // WHEN the check's verdict comes, and the window goes on as the program does
        const Core::Status healthy = opened->store->awaitVerification();
        QCOMPARE(healthy.error().code(), Core::Error::Code::Corrupt);
        opened.reset();
        opened = flow.reopenDamaged(path, healthy.error());

        // THEN the backup was offered and opened, and the damaged file kept aside, unchanged
        QCOMPARE(prompts.damagedAsked, 1);
        QVERIFY2(opened.has_value(), qPrintable(prompts.errors.join(u'\n')));
        QVERIFY(opened->lock);
        QCOMPARE(peopleIn(*opened->store), people);
        QCOMPARE(digestOf(path + QStringLiteral(".corrupt")), damaged);
    }

    void shouldSalvageWhatCanBeReadAndShowTheReport()
    {
        // GIVEN a damaged unit with no backup
        qsizetype people = 0;
        const QString path = damagedUnit(QStringLiteral("salvage.ssedesk"), false, &people);
        const QByteArray damaged = digestOf(path);
        PromptsStub prompts;
        prompts.damagedChoice = Choice::Salvage;

        // WHEN it is opened and the user chooses to salvage it
        auto opened = Ui::OpeningFlow(prompts).open(path);

        // THEN no backup was offered, the report was shown, and the salvaged unit opens
        QVERIFY(!prompts.offeredBackup.has_value());
        QCOMPARE(prompts.salvagedFrom, path + QStringLiteral(".corrupt"));
        QVERIFY(!prompts.salvageLines.isEmpty());
        QVERIFY(prompts.salvageLines.filter(QStringLiteral("progress_entry: ")).size() == 1);
        QVERIFY2(opened.has_value(), qPrintable(prompts.errors.join(u'\n')));
        QCOMPARE(peopleIn(*opened->store), people);
        QCOMPARE(digestOf(path + QStringLiteral(".corrupt")), damaged);
    }

    void shouldLeaveADamagedFileAsItIsWhenTheUserQuits()
    {
        // GIVEN a damaged unit with a backup
        const QString path = damagedUnit(QStringLiteral("quit.ssedesk"), true);
        const QByteArray damaged = digestOf(path);
        PromptsStub prompts;
        prompts.damagedChoice = Choice::Quit;

        // WHEN it is opened and the user quits
        const auto opened = Ui::OpeningFlow(prompts).open(path);

        // THEN nothing is open, and the file is where it was, byte for byte
        QVERIFY(!opened.has_value());
        QCOMPARE(digestOf(path), damaged);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".corrupt")));
        QVERIFY(prompts.errors.isEmpty());
    }

    void shouldOfferReadOnlyNamingWhoHoldsTheUnit()
    {
        // GIVEN a unit that another program has open for writing
        const QString path = m_dir.filePath(QStringLiteral("held.ssedesk"));
        REQUIRE_OK(Core::UnitStore::open(path));
        const auto holder = REQUIRE_OK(Core::DatabaseLock::acquire(path));
        PromptsStub prompts;
        prompts.readOnlyAnswer = true;

        // WHEN it is opened and the user accepts read-only
        auto opened = Ui::OpeningFlow(prompts).open(path);

        // THEN the question named the holder's process, and the unit is open read-only
        QVERIFY2(
            prompts.readOnlyProblem.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(prompts.readOnlyProblem));
        QVERIFY2(opened.has_value(), qPrintable(prompts.errors.join(u'\n')));
        QVERIFY(opened->store->isReadOnly());
        QVERIFY(!opened->lock);
    }

    void shouldOpenNothingWhenTheUserDeclinesReadOnly()
    {
        // GIVEN a unit that another program has open for writing
        const QString path = m_dir.filePath(QStringLiteral("declined.ssedesk"));
        REQUIRE_OK(Core::UnitStore::open(path));
        const auto holder = REQUIRE_OK(Core::DatabaseLock::acquire(path));
        PromptsStub prompts;
        prompts.readOnlyAnswer = false;

        // WHEN it is opened and the user chooses Quit
        const auto opened = Ui::OpeningFlow(prompts).open(path);

        // THEN nothing is open, and nothing more was said
        QVERIFY(!opened.has_value());
        QVERIFY(!prompts.readOnlyProblem.isEmpty());
        QVERIFY(prompts.errors.isEmpty());
    }

    void shouldRefuseAFileThatIsNotOursWithoutTouchingIt()
    {
        // GIVEN another program's SQLite file
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        execute(path, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        const QByteArray before = digestOf(path);
        PromptsStub prompts;

        // WHEN it is opened
        const auto opened = Ui::OpeningFlow(prompts).open(path);

        // THEN the store's own message is shown, nothing about damage is asked, and the file
        // is unchanged
        QVERIFY(!opened.has_value());
        QCOMPARE(prompts.errors.size(), 1);
        QCOMPARE(prompts.damagedAsked, 0);
        QCOMPARE(digestOf(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".corrupt")));
    }
};

QTEST_MAIN(OpeningFlowTest)

#include "openingflowtest.moc"
