#include "messengerstub.h"
#include "unitfixture.h"

#include <importdialog.h>
#include <importpreviewmodel.h>
#include <mainwindow.h>
#include <peoplemodel.h>
#include <peoplepage.h>
#include <session.h>

#include <storage/activityrepository.h>
#include <storage/backupservice.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/workplanrepository.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Ui::ImportDialog;

class ImportDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // An import backs the unit up first, and a unit in memory has no backup folder.
    std::unique_ptr<Core::UnitStore> openUnit(const QString &name)
    {
        return REQUIRE_OK(Core::UnitStore::open(m_dir.filePath(name)));
    }

    static QPushButton *importButton(const ImportDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    }

    static QStringList issuesOf(const ImportDialog *dialog)
    {
        const auto *list = dialog->findChild<QListWidget *>(QStringLiteral("issuesList"));
        QStringList lines;
        for (int row = 0; row < list->count(); ++row)
            lines.append(list->item(row)->text());
        return lines;
    }

    // As a user does without the file chooser: type the path, press Enter.
    static void typePath(ImportDialog *dialog, const QString &path)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, path);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().clear(); }

    void shouldShowTheProblemOfABadRowAndKeepImportDisabled()
    {
        // GIVEN a people file whose second person has a category nobody has
        UnitFixture unit;
        Ui::Session session(unit.store());
        const QString path = writeCsv(QStringLiteral("bad.csv"),
            "name,email,category\r\n"
            "Ana Perez,ana@unit.test,intern\r\n"
            "Bo Lindqvist,bo@unit.test,wizard\r\n");
        ImportDialog dialog(session, ImportDialog::Kind::People);
        auto *preview = qobject_cast<Ui::ImportPreviewModel *>(
            dialog.findChild<QTableView *>(QStringLiteral("previewTable"))->model());
        QAbstractItemModelTester tester(
            preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!importButton(&dialog)->isEnabled());

        // WHEN the user types its path
        dialog.show();
        typePath(&dialog, path);

        // THEN both rows are previewed under the file's header, numbered as in a spreadsheet
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->headerData(2, Qt::Horizontal).toString(), QStringLiteral("category"));
        QCOMPARE(preview->headerData(1, Qt::Vertical).toInt(), 3);
        // and row 3 is listed, tinted and explained, its category cell most of all
        const QStringList issues = issuesOf(&dialog);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().startsWith(QStringLiteral("Row 3, category:")),
            qPrintable(issues.first()));
        QVERIFY(!preview->hasIssue(0));
        QVERIFY(preview->hasIssue(1));
        QCOMPARE(preview->index(1, 0).data(Qt::ToolTipRole).toString(), issues.first());
        QVERIFY(preview->index(1, 2).data(Qt::BackgroundRole).value<QColor>().alpha()
            > preview->index(1, 0).data(Qt::BackgroundRole).value<QColor>().alpha());
        // and nothing can be imported, not even with Ctrl+Enter
        QVERIFY(!importButton(&dialog)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QCOMPARE(REQUIRE_OK(unit.store().people().all()).size(), 2);
    }

    void shouldReadTheSameFileAgainWhenEnterIsPressedAfterItWasCorrected()
    {
        // GIVEN a people file with a bad row, read
        UnitFixture unit;
        Ui::Session session(unit.store());
        const QString path = writeCsv(QStringLiteral("corrected.csv"),
            "name,email,category\r\n"
            "Bo Lindqvist,bo@unit.test,wizard\r\n");
        ImportDialog dialog(session, ImportDialog::Kind::People);
        dialog.show();
        typePath(&dialog, path);
        QVERIFY(!importButton(&dialog)->isEnabled());

        // WHEN the user corrects the file in their spreadsheet and presses Enter in the field
        writeCsv(QStringLiteral("corrected.csv"),
            "name,email,category\r\n"
            "Bo Lindqvist,bo@unit.test,intern\r\n");
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit")), Qt::Key_Return);

        // THEN the file is read again: no problem left, and Import is enabled, not pressed
        QVERIFY(issuesOf(&dialog).isEmpty());
        QVERIFY(importButton(&dialog)->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(REQUIRE_OK(unit.store().people().all()).size(), 2);
    }

    void shouldImportACleanFileAndShowThePeopleInTheList()
    {
        // GIVEN the window over a unit with no one in it, and a clean people file
        auto store = openUnit(QStringLiteral("people.ssedesk"));
        const QString path = writeCsv(QStringLiteral("people.csv"),
            "name,email,category,supervisor email\r\n"
            "Ana Perez,ana@unit.test,intern,bo@unit.test\r\n"
            "Bo Lindqvist,bo@unit.test,technical officer,\r\n");
        Ui::MainWindow window(*store);
        window.session().setMessenger(std::make_unique<MessengerStub>());
        window.showPage(Ui::MainWindow::PeoplePageIndex);

        // WHEN the user chooses Plan > Import people, gives the file and imports it
        window.findChild<QAction *>(QStringLiteral("importPeopleAction"))->trigger();
        QPointer<ImportDialog> dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        typePath(dialog, path);
        QVERIFY2(importButton(dialog)->isEnabled(), qPrintable(issuesOf(dialog).join(u'\n')));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("all 2 rows")));
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);

        // THEN the dialog closes, the people list shows both, and the status bar counts them
        QTRY_VERIFY(dialog.isNull());
        const Ui::PeopleModel *people = window.peoplePage()->model();
        QStringList names;
        for (int row = 0; row < people->rowCount(); ++row)
            names.append(people->index(row, Ui::PeopleModel::NameColumn).data().toString());
        names.sort();
        QCOMPARE(
            names, (QStringList { QStringLiteral("Ana Perez"), QStringLiteral("Bo Lindqvist") }));
        QCOMPARE(window.statusBar()->currentMessage(),
            QStringLiteral("Imported 2 people from people.csv"));
        // and the unit was backed up just before
        const auto backups = REQUIRE_OK(store->backups().list());
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, Core::BackupFolder::Reason::PreImport);
    }

    void shouldImportAWorkPlanIntoThePlanShownOnAPersonsPage()
    {
        // GIVEN the window showing Ana's plan, and a file with an objective and its activity
        auto store = openUnit(QStringLiteral("plan.ssedesk"));
        Core::Person ana;
        ana.name = QStringLiteral("Ana Perez");
        ana.email = QStringLiteral("ana@unit.test");
        ana.category = Core::Person::Category::Jpo;
        ana = REQUIRE_OK(store->people().add(ana));
        Core::WorkPlan plan;
        plan.personId = ana.id;
        plan.title = QStringLiteral("Ana's plan");
        plan.periodStart = QDate(2026, 1, 1);
        plan.periodEnd = QDate(2026, 12, 31);
        plan = REQUIRE_OK(store->workPlans().add(plan));
        const QString path = writeCsv(QStringLiteral("plan.csv"),
            "kind,objective title,activity title,date\r\n"
            "objective,Publish the guidelines,,2026-10-31\r\n"
            "activity,,Draft chapter 1,2026-03-31\r\n");
        Ui::MainWindow window(*store);
        window.session().setMessenger(std::make_unique<MessengerStub>());
        window.showPerson(ana.id, plan.id);

        // WHEN the user chooses Plan > Import work plan, gives the file and imports it
        window.findChild<QAction *>(QStringLiteral("importWorkPlanAction"))->trigger();
        QPointer<ImportDialog> dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), ImportDialog::Kind::WorkPlan);
        QCOMPARE(dialog->planId(), plan.id);
        QCOMPARE(
            dialog->findChild<QComboBox *>(QStringLiteral("personCombo"))->currentText(), ana.name);
        dialog->setPath(path);
        QVERIFY2(dialog->canImport(), qPrintable(issuesOf(dialog).join(u'\n')));
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);

        // THEN the plan holds the objective and its activity, and the status bar says so
        QTRY_VERIFY(dialog.isNull());
        const auto objectives = REQUIRE_OK(store->objectives().forPlan(plan.id));
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.first().title, QStringLiteral("Publish the guidelines"));
        QCOMPARE(REQUIRE_OK(store->activities().forPlan(plan.id)).size(), 1);
        QCOMPARE(window.statusBar()->currentMessage(),
            QStringLiteral("Imported 2 objectives and activities from plan.csv"));
    }

    void shouldSayWhenTheChosenPersonHasNoPlanToImportInto()
    {
        // GIVEN the unit head, who has no plan, chosen for a work-plan import
        UnitFixture unit;
        Ui::Session session(unit.store());
        const QString path = writeCsv(QStringLiteral("noplan.csv"),
            "kind,objective title\r\n"
            "objective,Publish the guidelines\r\n");
        ImportDialog dialog(session, ImportDialog::Kind::WorkPlan, unit.head.id);

        // WHEN a clean file is given
        dialog.setPath(path);

        // THEN the dialog says there is no plan, lists it as the problem, and imports nothing
        const QString noPlan
            = QStringLiteral("%1 has no current work plan to import into; create the plan first.")
                  .arg(unit.head.name);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("planLabel"))->text(), noPlan);
        QCOMPARE(issuesOf(&dialog), QStringList { noPlan });
        QVERIFY(!dialog.canImport());
    }

    void shouldListAFileThatCannotBeReadAsItsOneProblem()
    {
        // GIVEN a path where there is no file
        UnitFixture unit;
        Ui::Session session(unit.store());
        ImportDialog dialog(session, ImportDialog::Kind::People);

        // WHEN it is given
        dialog.setPath(m_dir.filePath(QStringLiteral("missing.csv")));

        // THEN the reader's message is the one problem listed, and nothing is previewed
        const QStringList issues = issuesOf(&dialog);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(
            issues.first().contains(QStringLiteral("missing.csv")), qPrintable(issues.first()));
        QCOMPARE(
            dialog.findChild<QTableView *>(QStringLiteral("previewTable"))->model()->rowCount(), 0);
        QVERIFY(!dialog.canImport());
    }
};

QTEST_MAIN(ImportDialogTest)

#include "importdialogtest.moc"
