#include "messengerstub.h"
#include "unitfixture.h"

#include <agendaeditor.h>
#include <changelogdialog.h>
#include <changelogmodel.h>
#include <checkindialog.h>
#include <checkinsmodel.h>
#include <checkinspage.h>
#include <session.h>

#include <storage/accountrepository.h>
#include <storage/checkinrepository.h>

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// The check-in dialog as the supervisor and the supervisee meet it, opened from the page.
class CheckInDialogTest : public QObject
{
    Q_OBJECT

private:
    // The pair's first check-in, held in May, with one action item left open.
    static Core::CheckIn holdFirstCheckIn(UnitFixture &unit)
    {
        Core::CheckIn first;
        first.supervisorId = unit.head.id;
        first.superviseeId = unit.jpo.id;
        first.date = QDate(2026, 5, 4);
        first.agenda = { { 0, QStringLiteral("Start of the assignment"), false, 0 } };
        first.actions = { { 0, QStringLiteral("Send the ICLS outline"), unit.jpo.id,
            QDate(2026, 5, 20), false } };
        return REQUIRE_OK(unit.store().checkIns().save(first, unit.head.id));
    }

    struct Page
    {
        explicit Page(UnitFixture &unit, Core::Id userId) : session(unit.store())
        {
            session.setMessenger(std::unique_ptr<Ui::Messenger>(messenger = new MessengerStub));
            session.setCurrentPersonId(userId);
            page = std::make_unique<Ui::CheckInsPage>(session);
            page->setToday(unit.today());
            page->setPerson(unit.jpo.id);
        }

        Ui::CheckInDialog *clickNew() const
        {
            QTest::mouseClick(
                page->findChild<QPushButton *>(QStringLiteral("newCheckInButton")), Qt::LeftButton);
            return page->findChild<Ui::CheckInDialog *>();
        }

        Ui::Session session;
        MessengerStub *messenger = nullptr;
        std::unique_ptr<Ui::CheckInsPage> page;
    };

    static QString cell(const QTableWidget *table, int row, int column)
    {
        return table->item(row, column)->text();
    }

private Q_SLOTS:
    void shouldPrepareTheAgendaWithRecurringItemsAndTheCarriedOverAction()
    {
        // GIVEN a first check-in with an open action, and "Work plan progress" recurring
        UnitFixture unit;
        holdFirstCheckIn(unit);
        QVERIFY(unit.store().checkIns().setRecurringItems(
            unit.head.id, unit.jpo.id, { QStringLiteral("Work plan progress") }));
        Page page(unit, unit.head.id);

        // WHEN the supervisor starts a new check-in
        QPointer<Ui::CheckInDialog> dialog = page.clickNew();

        // THEN its agenda holds the recurring item, then the open action, each marked
        QVERIFY(dialog && dialog->isVisible());
        auto *agenda = dialog->findChild<QTableWidget *>(QStringLiteral("agendaTable"));
        QCOMPARE(agenda->rowCount(), 2);
        QCOMPARE(
            cell(agenda, 0, Ui::AgendaEditor::TextColumn), QStringLiteral("Work plan progress"));
        QCOMPARE(cell(agenda, 0, Ui::AgendaEditor::OriginColumn), QStringLiteral("recurring"));
        QVERIFY(cell(agenda, 1, Ui::AgendaEditor::TextColumn)
                    .startsWith(QStringLiteral("Follow up: Send the ICLS outline")));
        QCOMPARE(cell(agenda, 1, Ui::AgendaEditor::OriginColumn), QStringLiteral("carried over"));
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date(), unit.today());
    }

    void shouldStoreThePrivateNotesWhenTheSupervisorSaves()
    {
        // GIVEN the supervisor's new check-in
        UnitFixture unit;
        holdFirstCheckIn(unit);
        Page page(unit, unit.head.id);
        QPointer<Ui::CheckInDialog> dialog = page.clickNew();

        // WHEN they write shared and private notes, tick the carried action done, and save
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")),
            QStringLiteral("Outline received"));
        auto *privateNotes
            = dialog->findChild<QPlainTextEdit *>(QStringLiteral("privateNotesEdit"));
        QVERIFY(privateNotes);
        QTest::keyClicks(privateNotes, QStringLiteral("Needs support on statistics"));
        auto *agenda = dialog->findChild<QTableWidget *>(QStringLiteral("agendaTable"));
        agenda->item(0, Ui::AgendaEditor::DoneColumn)->setCheckState(Qt::Checked);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the check-in is stored with both, the private notes for the supervisor only, and
        // the action no longer carries over
        QTRY_VERIFY2(!dialog, "the dialog should close on save");
        const auto checkIns
            = REQUIRE_OK(unit.store().checkIns().forSupervisee(unit.jpo.id, unit.head.id));
        QCOMPARE(checkIns.size(), 2);
        QCOMPARE(checkIns.first().notes, QStringLiteral("Outline received"));
        QCOMPARE(checkIns.first().privateNotes, QStringLiteral("Needs support on statistics"));
        const auto seenByJpo
            = REQUIRE_OK(unit.store().checkIns().find(checkIns.first().id, unit.jpo.id));
        QCOMPARE(seenByJpo.privateNotes, QString());
        const auto next = REQUIRE_OK(
            unit.store().checkIns().prepareNext(unit.head.id, unit.jpo.id, unit.today()));
        QCOMPARE(next.agenda.size(), 0);
        QCOMPARE(page.page->model()->rowCount(), 2);
    }

    void shouldNotBuildThePrivateNotesForTheSupervisee()
    {
        // GIVEN a check-in whose supervisor wrote private notes
        UnitFixture unit;
        Core::CheckIn checkIn = holdFirstCheckIn(unit);
        checkIn.privateNotes = QStringLiteral("Confidential");
        checkIn = REQUIRE_OK(unit.store().checkIns().save(checkIn, unit.head.id));
        Page page(unit, unit.jpo.id);

        // WHEN the supervisee opens it from their page
        QPointer<Ui::CheckInDialog> dialog = page.page->openCheckIn(checkIn.id);

        // THEN the dialog has no private-notes field at all, and shows nothing of them
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->isWritable());
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("privateNotesEdit")));
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("privateNotesBox")));
        for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
            QVERIFY(!edit->toPlainText().contains(QStringLiteral("Confidential")));

        // AND WHEN the supervisee saves a note of their own
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionsEdit")),
            QStringLiteral("Outline by Friday"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the supervisor's private notes are kept as they were
        QTRY_VERIFY(!dialog);
        const auto stored = REQUIRE_OK(unit.store().checkIns().find(checkIn.id, unit.head.id));
        QCOMPARE(stored.decisions, QStringLiteral("Outline by Friday"));
        QCOMPARE(stored.privateNotes, QStringLiteral("Confidential"));
    }

    void shouldListTheObjectivesNeverDiscussedFirstAndRecordTheTickedOnes()
    {
        // GIVEN the JPO's plan with two objectives, the second discussed in March
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        const auto database = unit.addObjective(plan.id, QStringLiteral("SSE database"));
        Core::CheckIn march;
        march.supervisorId = unit.head.id;
        march.superviseeId = unit.jpo.id;
        march.date = QDate(2026, 3, 10);
        march.discussedObjectiveIds = { database.id };
        REQUIRE_OK(unit.store().checkIns().save(march, unit.head.id));
        Page page(unit, unit.head.id);

        // WHEN a new check-in opens and the never-discussed objective is ticked and saved
        QPointer<Ui::CheckInDialog> dialog = page.clickNew();
        auto *objectives = dialog->findChild<QListWidget *>(QStringLiteral("objectivesList"));
        QCOMPARE(objectives->count(), 2);
        QCOMPARE(objectives->item(0)->text(), QStringLiteral("ICLS paper — never discussed"));
        QCOMPARE(objectives->item(1)->text(),
            QStringLiteral("SSE database — last discussed 3 months ago"));
        objectives->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the paper was discussed today
        QTRY_VERIFY(!dialog);
        const auto order
            = REQUIRE_OK(unit.store().checkIns().objectivesByLastDiscussed(unit.jpo.id));
        QCOMPARE(order.first().objectiveId, database.id);
        QCOMPARE(order.last().objectiveId, paper.id);
        QCOMPARE(order.last().lastDiscussed, unit.today());
    }

    void shouldShowTheErrorAtTheAgendaWhenAnItemIsEmpty()
    {
        // GIVEN the supervisor's new check-in
        UnitFixture unit;
        Page page(unit, unit.head.id);
        QPointer<Ui::CheckInDialog> dialog = page.clickNew();

        // WHEN an agenda item is added but left empty, and the check-in saved
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAgendaItemButton")),
            Qt::LeftButton);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the dialog stays open with the agenda marked, and nothing is stored
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->invalidField(),
            dialog->findChild<QTableWidget *>(QStringLiteral("agendaTable")));
        QCOMPARE(dialog->errorText(), QStringLiteral("An agenda item is empty."));
        QCOMPARE(
            REQUIRE_OK(unit.store().checkIns().forSupervisee(unit.jpo.id, unit.head.id)).size(), 0);
    }

    void shouldNotLetSomeoneOutsideThePairStartACheckIn()
    {
        // GIVEN a technical officer who supervises nobody, and the JPO's supervisor's page
        UnitFixture unit;
        const auto officer = unit.addPerson(
            QStringLiteral("Ana Ruiz"), Core::Person::Category::TechnicalOfficer, unit.head.id);
        Page page(unit, officer.id);

        // THEN the officer sees only their own check-ins, not the JPO's
        QVERIFY(!page.page->setPerson(unit.jpo.id));
        QCOMPARE(page.page->personId(), officer.id);
        QVERIFY(
            page.page->findChild<QPushButton *>(QStringLiteral("newCheckInButton"))->isEnabled());
    }

    void shouldKeepTheCheckInsHistoryToThoseWhoMaySeeIt()
    {
        // GIVEN a unit with accounts, the head signed in on the JPO's check-ins, one selected
        UnitFixture unit;
        holdFirstCheckIn(unit);
        const auto observer = unit.addPerson(
            QStringLiteral("Ola Nordmann"), Core::Person::Category::OtherStaff, unit.head.id);
        const QString password = QStringLiteral("correct horse battery");
        auto &accounts = unit.store().accounts();
        QVERIFY(accounts.create(unit.head.id, Core::Actor::Role::UnitHead, password));
        QVERIFY(accounts.create(observer.id, Core::Actor::Role::Observer, password));
        QVERIFY(unit.store().signIn(unit.head.email, password));
        Page page(unit, unit.head.id);
        auto *table = page.page->findChild<QTableView *>(QStringLiteral("checkInsTable"));
        auto *history = page.page->findChild<QPushButton *>(QStringLiteral("historyCheckInButton"));
        QVERIFY(!history->isEnabled());
        table->selectRow(0);
        QVERIFY(history->isEnabled());

        // WHEN the head opens its history; then, the observer signed in instead, presses it
        // again, and the row is chosen anew
        QTest::mouseClick(history, Qt::LeftButton);
        auto *dialog = history->findChild<Ui::ChangeLogDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const Core::AuditEvent *oldest = dialog->model()->eventAt(dialog->model()->rowCount() - 1);
        dialog->close();
        QVERIFY(unit.store().signIn(observer.email, password));
        QTest::mouseClick(history, Qt::LeftButton);
        table->clearSelection();
        table->selectRow(0);

        // THEN the head saw the check-in added; the observer is told no, and the button is
        // then disabled, saying why
        QVERIFY(oldest);
        QCOMPARE(oldest->entity, QStringLiteral("checkin"));
        QCOMPARE(page.messenger->errors.size(), 1);
        QVERIFY2(page.messenger->errors.first().contains(QStringLiteral("two parties")),
            qPrintable(page.messenger->errors.first()));
        QCOMPARE(history->findChildren<Ui::ChangeLogDialog *>().size(), 1); // the head's only
        QVERIFY(!history->isEnabled());
        QVERIFY(history->toolTip().contains(QStringLiteral("two parties")));
    }
};

QTEST_MAIN(CheckInDialogTest)

#include "checkindialogtest.moc"
