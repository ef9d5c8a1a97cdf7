#include "messengerstub.h"
#include "unitfixture.h"

#include <backupscheduler.h>
#include <mainwindow.h>
#include <session.h>
#include <unitfileactions.h>

#include <storage/backupservice.h>
#include <storage/peoplerepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using Core::BackupFolder;

class BackupSchedulerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Core::UnitStore> openUnit(const QString &name)
    {
        return REQUIRE_OK(Core::UnitStore::open(m_dir.filePath(name)));
    }

    static void addPerson(Core::UnitStore &store, const QString &name)
    {
        Core::Person person;
        person.name = name;
        person.email = name.toLower() + QStringLiteral("@unit.test");
        person.category = Core::Person::Category::Intern;
        REQUIRE_OK(store.people().add(person));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void shouldTakeTheDailyBackupOnOpeningAndTellTheStatusBar()
    {
        // GIVEN the window over a unit never backed up
        auto store = openUnit(QStringLiteral("daily.ssedesk"));
        Ui::MainWindow window(*store);

        // WHEN its automatic backups start, as they do when the application opens a unit
        window.fileActions().startAutomaticBackups();

        // THEN a daily backup is there, the status bar says so, and the minute timer runs
        const auto backups = REQUIRE_OK(store->backups().list());
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, BackupFolder::Reason::Daily);
        QVERIFY(window.statusBar()->currentMessage().contains(
            QFileInfo(backups.first().path).fileName()));
        QVERIFY(window.fileActions().scheduler()->isActive());
    }

    void shouldBackUpOnceChangesAreThirtyMinutesOld()
    {
        // GIVEN a unit backed up today, then changed
        auto store = openUnit(QStringLiteral("changes.ssedesk"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Ui::BackupScheduler scheduler(store->backups());
        scheduler.start(now);
        QCOMPARE(REQUIRE_OK(store->backups().list()).size(), 1);
        addPerson(*store, QStringLiteral("Ada"));
        QSignalSpy backedUp(&scheduler, &Ui::BackupScheduler::backedUp);

        // WHEN the timer ticks 29, then 31 minutes later
        scheduler.tick(now.addSecs(29 * 60));
        const int after29 = int(backedUp.size());
        scheduler.tick(now.addSecs(31 * 60));

        // THEN the automatic backup is taken at the second tick only
        QCOMPARE(after29, 0);
        QCOMPARE(backedUp.size(), 1);
        const auto backups = REQUIRE_OK(store->backups().list());
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, BackupFolder::Reason::Auto);
    }

    void shouldReportAFailedBackupInTheStatusBarOnlyAndWaitBeforeTryingAgain()
    {
        // GIVEN a unit whose backup folder cannot be made (a file has its name), then changed
        auto store = openUnit(QStringLiteral("blocked.ssedesk"));
        QFile blocker(store->backups().folder().path());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Ui::MainWindow window(*store);
        auto *messenger = new MessengerStub;
        window.session().setMessenger(std::unique_ptr<Ui::Messenger>(messenger));
        Ui::BackupScheduler *scheduler = window.fileActions().scheduler();
        QSignalSpy failed(scheduler, &Ui::BackupScheduler::failed);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // WHEN the daily backup is due at start, and the timer ticks every minute after
        scheduler->start(now);
        addPerson(*store, QStringLiteral("Ada"));
        for (int minute = 1; minute <= 29; ++minute)
            scheduler->tick(now.addSecs(minute * 60));

        // THEN the failure is one line in the status bar, no message box, and no retry within
        // the half hour
        QCOMPARE(failed.size(), 1);
        QVERIFY(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Automatic backup failed")));
        QVERIFY(messenger->errors.isEmpty());
        // and once the half hour is over, it tries again
        scheduler->tick(now.addSecs(31 * 60));
        QCOMPARE(failed.size(), 2);
    }
};

QTEST_MAIN(BackupSchedulerTest)

#include "backupschedulertest.moc"
