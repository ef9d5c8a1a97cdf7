#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <meetingdialog.h>
#include <meetingsmodel.h>
#include <meetingspage.h>
#include <session.h>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using Ui::MeetingsModel;

class MeetingsPageTest : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        explicit Page(UnitFixture &unit) : session(unit.store()), page(session)
        {
            session.setMessenger(std::unique_ptr<Ui::Messenger>(messenger = new MessengerStub));
            page.show();
        }
        template<typename T> T *find(const QString &name) const
        {
            auto *child = page.findChild<T *>(name);
            if (!child)
                qFatal("no %s", qPrintable(name));
            return child;
        }
        QTableView *table() const { return find<QTableView>(QStringLiteral("meetingsTable")); }

        Ui::Session session;
        Ui::MeetingsPage page;
        MessengerStub *messenger = nullptr;
    };

    static void save(QWidget *dialog)
    {
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void shouldShowTheErrorAtTheCountryForANacWithoutACountry()
    {
        // GIVEN a new meeting's dialog
        UnitFixture unit;
        Page page(unit);
        QTest::mouseClick(
            page.find<QPushButton>(QStringLiteral("newMeetingButton")), Qt::LeftButton);
        auto *dialog = page.page.findChild<Ui::MeetingDialog *>();
        QVERIFY(dialog && dialog->isVisible());

        // WHEN the user records a National Advisory Committee without saying whose
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(Core::Meeting::Kind::Nac)));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
            QStringLiteral("NAC, 3rd session"));
        save(dialog);

        // THEN the dialog stays open, the country field is marked and focused, nothing stored
        auto *country = dialog->findChild<QComboBox *>(QStringLiteral("countryCombo"));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->invalidField(), country);
        QCOMPARE(country->property("invalid").toBool(), true);
        QCOMPARE(page.table()->model()->rowCount(), 0);

        // AND WHEN the country is chosen, it saves
        country->setCurrentIndex(country->findData(QStringLiteral("SN")));
        save(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QCOMPARE(page.table()->model()->index(0, MeetingsModel::PlaceColumn).data().toString(),
            QStringLiteral("Senegal"));
    }

    void shouldTickAFollowUpActionDone()
    {
        // GIVEN a meeting with two open follow-up actions, selected
        UnitFixture unit;
        const auto gac = Records::addMeeting(unit, QStringLiteral("GAC 2026"), QDate(2026, 5, 5),
            { Records::action(QStringLiteral("Circulate the report")),
                Records::action(QStringLiteral("Invite the NAC chairs")) });
        Page page(unit);
        page.table()->selectRow(0);
        auto *list = page.find<QListWidget>(QStringLiteral("followUpList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);

        // WHEN the user ticks the first one with the keyboard
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);

        // THEN it is done in the store, ticked on the page, and one action is left open
        QTRY_VERIFY(REQUIRE_OK(unit.store().meetings().find(gac.id)).actions.first().done);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(
            page.table()->model()->index(0, MeetingsModel::OpenActionsColumn).data().toString(),
            QStringLiteral("1"));

        // AND WHEN it is undone, the action is open again
        page.session.undoStack().undo();
        QVERIFY(!REQUIRE_OK(unit.store().meetings().find(gac.id)).actions.first().done);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    }

    void shouldSaveFollowUpActionsAndMinutesWrittenInTheDialog()
    {
        // GIVEN a meeting without actions, opened for editing from the page
        UnitFixture unit;
        const auto gac = Records::addMeeting(unit, QStringLiteral("GAC 2026"), QDate(2026, 5, 5));
        Page page(unit);
        QPointer<Ui::MeetingDialog> dialog = page.page.showMeeting(gac.id);
        QVERIFY(dialog && dialog->isVisible());

        // WHEN the user writes minutes and adds an action, typing its text, and saves
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("minutesEdit")),
            QStringLiteral("The GAC endorsed the guidelines."));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("addActionButton")), Qt::LeftButton);
        auto *actions = dialog->findChild<QTableWidget *>(QStringLiteral("actionsTable"));
        auto *editor = actions->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Publish the guidelines"));
        QTest::keyClick(editor, Qt::Key_Tab);
        save(dialog);

        // THEN the meeting holds both, and the page shows them
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        const auto stored = REQUIRE_OK(unit.store().meetings().find(gac.id));
        QCOMPARE(stored.minutes, QStringLiteral("The GAC endorsed the guidelines."));
        QCOMPARE(stored.actions.size(), 1);
        QCOMPARE(stored.actions.first().text, QStringLiteral("Publish the guidelines"));
        QCOMPARE(page.find<QListWidget>(QStringLiteral("followUpList"))->count(), 1);
        QCOMPARE(page.find<QPlainTextEdit>(QStringLiteral("minutesView"))->toPlainText(),
            stored.minutes);
    }
};

QTEST_MAIN(MeetingsPageTest)

#include "meetingspagetest.moc"
