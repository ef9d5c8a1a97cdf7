#include "messengerstub.h"
#include "unitfixture.h"

#include <backuplistmodel.h>
#include <backupsdialog.h>
#include <mainwindow.h>
#include <peoplemodel.h>
#include <peoplepage.h>
#include <session.h>
#include <unitfileactions.h>
#include <windowhost.h>

#include <storage/backupservice.h>
#include <storage/peoplerepository.h>
#include <storage/schemamigrations.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Core::BackupFolder;

class BackupsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Backups need a file: a unit in memory has no folder beside it.
    std::unique_ptr<Core::UnitStore> openUnit(const QString &name)
    {
        return REQUIRE_OK(Core::UnitStore::open(m_dir.filePath(name)));
    }

    static Core::Person addPerson(Core::UnitStore &store, const QString &name)
    {
        Core::Person person;
        person.name = name;
        person.email = name.toLower() + QStringLiteral("@unit.test");
        person.category = Core::Person::Category::Jpo;
        return REQUIRE_OK(store.people().add(person));
    }

    static QStringList namesOn(Ui::MainWindow &window)
    {
        const Ui::PeopleModel *model = window.peoplePage()->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, Ui::PeopleModel::NameColumn).data().toString());
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().clear(); }

    void shouldListTheBackupsNewestFirstWithWhenWhyHowBigAndWhichSchema()
    {
        // GIVEN a unit backed up daily yesterday and by hand an hour ago
        auto store = openUnit(QStringLiteral("listed.ssedesk"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Daily, now.addDays(-1)));
        const auto manual
            = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual, now.addSecs(-3600)));
        Ui::Session session(*store);

        // WHEN the backups dialog opens
        Ui::BackupsDialog dialog(session);
        QAbstractItemModelTester tester(
            dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN it lists both, the newest first and selected, in the user's local time
        const Ui::BackupListModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, Ui::BackupListModel::TakenAtColumn).data().toString(),
            Ui::BackupListModel::takenAtText(manual));
        QVERIFY(model->index(0, Ui::BackupListModel::TakenAtColumn)
                    .data()
                    .toString()
                    .contains(QLocale().toString(
                        manual.takenAt.toLocalTime().time(), QLocale::ShortFormat)));
        QCOMPARE(model->index(0, Ui::BackupListModel::ReasonColumn).data().toString(),
            QStringLiteral("made by hand"));
        QCOMPARE(model->index(1, Ui::BackupListModel::ReasonColumn).data().toString(),
            QStringLiteral("daily"));
        QVERIFY(model->index(0, Ui::BackupListModel::SizeColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" kB")));
        QCOMPARE(model->index(0, Ui::BackupListModel::SchemaColumn).data().toInt(),
            Core::SchemaMigrations::latestVersion());
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("backupsTable"));
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 0);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("showFolderButton"))->isEnabled());
    }

    void shouldSayWhereBackupsGoWhenThereIsNoneYet()
    {
        // GIVEN a unit never backed up
        auto store = openUnit(QStringLiteral("none.ssedesk"));
        Ui::Session session(*store);

        // WHEN the backups dialog opens
        Ui::BackupsDialog dialog(session);

        // THEN it says where they will be, and offers nothing to restore or show
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("backupFolderLabel"))
                    ->text()
                    .contains(QDir::toNativeSeparators(store->backups().folder().path())));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("showFolderButton"))->isEnabled());
    }

    void shouldRestoreABackupAndShowItsDataInAFreshWindow()
    {
        // GIVEN a unit with Ada, backed up, then Bob added; its window shows both
        auto store = openUnit(QStringLiteral("restored.ssedesk"));
        const Core::Person ada = addPerson(*store, QStringLiteral("Ada"));
        const auto backup = REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual));
        addPerson(*store, QStringLiteral("Bob"));
        Ui::WindowHost host(*store);
        QPointer<Ui::MainWindow> old = host.window();
        old->setCurrentPerson(ada.id);
        auto *messenger = new MessengerStub(true);
        old->session().setMessenger(std::unique_ptr<Ui::Messenger>(messenger));
        host.show();
        old->showPage(Ui::MainWindow::PeoplePageIndex);
        QCOMPARE(namesOn(*old), (QStringList { QStringLiteral("Ada"), QStringLiteral("Bob") }));

        // WHEN the user opens File > Backups, picks that backup and confirms its restore
        old->findChild<QAction *>(QStringLiteral("backupsAction"))->trigger();
        auto *dialog = old->findChild<Ui::BackupsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->backupAt(0).path, backup.path);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);

        // THEN the user was told the current unit is backed up first
        QCOMPARE(messenger->questions.size(), 1);
        QVERIFY(messenger->questions.first().contains(QStringLiteral("backed up first")));
        // and a new window, on the same page, shows Ada alone; the old one is gone
        QVERIFY(host.window() != old);
        QVERIFY(host.window()->isVisible());
        QCOMPARE(host.window()->currentPage(), int(Ui::MainWindow::PeoplePageIndex));
        QCOMPARE(namesOn(*host.window()), QStringList { QStringLiteral("Ada") });
        QVERIFY(host.window()->statusBar()->currentMessage().contains(
            Ui::BackupListModel::takenAtText(backup)));
        QTRY_VERIFY(old.isNull());
        // and the unit as it was before is a backup of its own
        const auto backups = REQUIRE_OK(store->backups().list());
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, BackupFolder::Reason::PreRestore);
    }

    void shouldRestoreNothingWhenTheUserDoesNotConfirm()
    {
        // GIVEN a unit backed up before Bob was added
        auto store = openUnit(QStringLiteral("kept.ssedesk"));
        addPerson(*store, QStringLiteral("Ada"));
        REQUIRE_OK(store->backups().backUp(BackupFolder::Reason::Manual));
        addPerson(*store, QStringLiteral("Bob"));
        Ui::Session session(*store);
        session.setMessenger(std::make_unique<MessengerStub>(false));
        Ui::BackupsDialog dialog(session);

        // WHEN the user chooses Restore and then Cancel
        const bool restored = dialog.restoreSelected();

        // THEN Bob is still there and no backup was taken
        QVERIFY(!restored);
        QCOMPARE(REQUIRE_OK(store->people().all()).size(), 2);
        QCOMPARE(REQUIRE_OK(store->backups().list()).size(), 1);
    }

    void shouldBackUpNowFromTheFileMenuAndSayWhere()
    {
        // GIVEN the window over a unit with no backup
        auto store = openUnit(QStringLiteral("now.ssedesk"));
        Ui::MainWindow window(*store);
        window.session().setMessenger(std::make_unique<MessengerStub>());

        // WHEN the user chooses File > Back up now
        window.findChild<QAction *>(QStringLiteral("backUpNowAction"))->trigger();

        // THEN one backup made by hand is in the folder, and the status bar names its file
        const auto backups = REQUIRE_OK(store->backups().list());
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, BackupFolder::Reason::Manual);
        QVERIFY(QFileInfo::exists(backups.first().path));
        QVERIFY(window.statusBar()->currentMessage().contains(
            QDir::toNativeSeparators(backups.first().path)));
    }
};

QTEST_MAIN(BackupsDialogTest)

#include "backupsdialogtest.moc"
