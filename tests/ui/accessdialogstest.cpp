#include "accountsdialog.h"
#include "changelogdialog.h"
#include "changelogmodel.h"
#include "changepassworddialog.h"
#include "scratchunit.h"
#include "signindialog.h"
#include "unitaccessactions.h"
#include "unitfixture.h"

#include <storage/accountrepository.h>
#include <storage/objectiverepository.h>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QWidget>

using namespace Core;
using namespace Ui;

// Accounts, sign-in and the change log, driven as a person would: typing and clicking.
class AccessDialogsTest : public QObject
{
    Q_OBJECT

private:
    static const QString password;

    static void type(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void click(QWidget *dialog, const char *name)
    {
        auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void shouldTurnAccountsOnWithTheUnitHeadsFirstAccount()
    {
        // GIVEN a unit without accounts and the accounts dialog
        UnitFixture unit;
        AccountsDialog dialog(unit.store());
        dialog.show();
        auto *person = dialog.findChild<QComboBox *>(QStringLiteral("personCombo"));
        auto *role = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        choose(person, unit.head.name);
        choose(role, Actor::roleName(Actor::Role::UnitHead));

        // WHEN the passwords differ, then match
        type(&dialog, "passwordEdit", password);
        type(&dialog, "repeatEdit", QStringLiteral("something else entirely"));
        click(&dialog, "addButton");
        const QString mismatch = dialog.errorText();
        const bool accountsAfterMismatch = REQUIRE_OK(unit.store().accounts().any());
        type(&dialog, "repeatEdit", password);
        click(&dialog, "addButton");

        // THEN the first attempt changed nothing, the second made the account and signed in
        QVERIFY(mismatch.contains(QLatin1String("differ")));
        QVERIFY(!accountsAfterMismatch);
        QVERIFY(dialog.errorText().isEmpty());
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), unit.head.name);
        QVERIFY(unit.store().signedIn());
        QCOMPARE(unit.store().signedIn()->personId, unit.head.id);
        QCOMPARE(person->findText(unit.head.name), -1);
    }

    void shouldKeepTheSignInDialogOpenOnAWrongPassword()
    {
        UnitFixture unit;
        QVERIFY(unit.store().accounts().create(unit.head.id, Actor::Role::UnitHead, password));
        QVERIFY(unit.store().accounts().create(unit.jpo.id, Actor::Role::Staff, password));
        SignInDialog dialog(unit.store());
        dialog.show();
        type(&dialog, "emailEdit", unit.jpo.email);
        type(&dialog, "passwordEdit", QStringLiteral("not my password"));
        QTest::keyClick(
            dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QVERIFY(!unit.store().signedIn());

        type(&dialog, "passwordEdit", password);
        QTest::keyClick(
            dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(unit.store().signedIn()->personId, unit.jpo.id);
    }

    void shouldShowTheChangeLogAndOneRecordsHistory()
    {
        // GIVEN two objectives added and one retitled
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        unit.addObjective(plan.id, QStringLiteral("NAC in Senegal"));
        paper.title = QStringLiteral("ICLS room document");
        QVERIFY(unit.store().objectives().update(paper));

        // WHEN the change log opens, and the history of its newest line is asked for
        ChangeLogDialog dialog(unit.store());
        dialog.showUnitLog();
        dialog.show();
        ChangeLogModel *model = dialog.model();
        const int unitRows = model->rowCount();
        const QString newest
            = model->data(model->index(0, ChangeLogModel::ChangesColumn)).toString();
        dialog.view()->setCurrentIndex(model->index(0, 0));
        click(&dialog, "historyButton");

        // THEN the log showed everything, the history only that objective, newest first
        QVERIFY(unitRows >= 5); // two people, a plan, two objectives, a change
        QVERIFY2(newest.contains(QStringLiteral("Title: ICLS paper → ICLS room document")),
            qPrintable(newest));
        QCOMPARE(model->rowCount(), 2);
        // AND a plan's owner reads as a name, not as an id
        click(&dialog, "unitLogButton");
        QString planAdded;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->eventAt(row)->entity == QLatin1String("work_plan"))
                planAdded
                    = model->data(model->index(row, ChangeLogModel::ChangesColumn)).toString();
        }
        QVERIFY2(
            planAdded.contains(QStringLiteral("Person: ") + unit.jpo.name), qPrintable(planAdded));
        dialog.view()->setCurrentIndex(model->index(0, 0));
        click(&dialog, "historyButton");
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->eventAt(1)->action, AuditEvent::Action::Insert);
        click(&dialog, "unitLogButton");
        QCOMPARE(model->rowCount(), unitRows);
    }

    void shouldOfferAccountsAndTheChangeLogOnlyToTheUnitHead()
    {
        UnitFixture unit;
        QVERIFY(unit.store().accounts().create(unit.head.id, Actor::Role::UnitHead, password));
        QVERIFY(unit.store().accounts().create(unit.jpo.id, Actor::Role::Staff, password));
        QWidget window;
        UnitAccessActions actions(unit.store(), &window);

        QVERIFY(unit.store().signIn(unit.jpo.email, password));
        actions.refresh();
        QVERIFY(!actions.accountsAction()->isVisible());
        QVERIFY(!actions.changeLogAction()->isVisible());
        QVERIFY(actions.changePasswordAction()->isVisible());

        QVERIFY(unit.store().signIn(unit.head.email, password));
        actions.refresh();
        QVERIFY(actions.accountsAction()->isVisible());
        QVERIFY(actions.changeLogAction()->isVisible());
    }

    void shouldLeaveLoginsAndPasswordsToTheServer()
    {
        // GIVEN a unit head signed in, in a file or on a server (the _server run of this test)
        UnitFixture unit;
        QVERIFY(unit.store().accounts().create(unit.head.id, Actor::Role::UnitHead, password));
        QVERIFY(unit.store().signIn(unit.head.email, password));
        QWidget window;
        UnitAccessActions actions(unit.store(), &window);
        actions.refresh();
        // THEN accounts and passwords are the window's business in a file only
        const bool inFile = !ScratchUnit::onServer();
        QCOMPARE(actions.accountsAction()->isEnabled(), inFile);
        QCOMPARE(actions.changePasswordAction()->isEnabled(), inFile);
    }

    void shouldChangeOnlyWithTheCurrentPassword()
    {
        UnitFixture unit;
        QVERIFY(unit.store().accounts().create(unit.head.id, Actor::Role::UnitHead, password));
        QVERIFY(unit.store().signIn(unit.head.email, password));
        ChangePasswordDialog dialog(unit.store());
        dialog.show();
        const QString replacement = QStringLiteral("a brand new passphrase");
        type(&dialog, "currentEdit", QStringLiteral("not the current one"));
        type(&dialog, "replacementEdit", replacement);
        type(&dialog, "repeatEdit", replacement);
        QTest::keyClick(
            dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(unit.store().signIn(unit.head.email, password));

        type(&dialog, "currentEdit", password);
        QTest::keyClick(
            dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!unit.store().signIn(unit.head.email, password));
        QVERIFY(unit.store().signIn(unit.head.email, replacement));
    }
};

const QString AccessDialogsTest::password = QStringLiteral("correct horse battery");

QTEST_MAIN(AccessDialogsTest)
#include "accessdialogstest.moc"
