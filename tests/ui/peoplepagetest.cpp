#include "messengerstub.h"
#include "unitfixture.h"

#include <changelogdialog.h>
#include <changelogmodel.h>
#include <peoplepage.h>
#include <session.h>

#include <storage/assignmentrepository.h>
#include <storage/peoplerepository.h>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class PeoplePageTest : public QObject
{
    Q_OBJECT

private:
    static QStringList visibleNames(const QTableView *table)
    {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names.append(table->model()->index(row, 0).data().toString());
        return names;
    }

private Q_SLOTS:
    void shouldFilterAsYouType()
    {
        // GIVEN a unit of four people on the people page
        UnitFixture unit;
        unit.addPerson(QStringLiteral("Lea Rossi"), Core::Person::Category::Intern, unit.jpo.id);
        unit.addPerson(
            QStringLiteral("Juan Pérez"), Core::Person::Category::NationalConsultant, unit.head.id);
        Ui::Session session(unit.store());
        Ui::PeoplePage page(session);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("peopleTable"));
        QCOMPARE(table->model()->rowCount(), 4);

        // WHEN the user types "consult" into the filter
        auto *filter = page.findChild<QLineEdit *>(QStringLiteral("peopleFilter"));
        QTest::keyClicks(filter, QStringLiteral("consult"));

        // THEN only the national consultant is left (matched on the category column)
        QCOMPARE(visibleNames(table), QStringList { QStringLiteral("Juan Pérez") });

        // AND WHEN the filter is changed to a supervisor's name, their supervisees show
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("kofi"));
        QCOMPARE(visibleNames(table),
            (QStringList { QStringLiteral("Kofi Mensah"), QStringLiteral("Lea Rossi") }));
    }

    void shouldEnableEditAndDeleteOnlyWithASelection()
    {
        // GIVEN the people page with nobody selected
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::PeoplePage page(session);
        page.show();
        auto *edit = page.findChild<QPushButton *>(QStringLiteral("editPersonButton"));
        auto *remove = page.findChild<QPushButton *>(QStringLiteral("deletePersonButton"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());

        // WHEN a row is selected
        page.findChild<QTableView *>(QStringLiteral("peopleTable"))->selectRow(0);

        // THEN both apply
        QVERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());
    }

    void shouldReportADeletionTheStoreRefuses()
    {
        // GIVEN the unit head, who supervises the JPO, selected on the people page
        UnitFixture unit;
        Ui::Session session(unit.store());
        auto messenger = std::make_unique<MessengerStub>(true);
        MessengerStub *stub = messenger.get();
        session.setMessenger(std::move(messenger));
        Ui::PeoplePage page(session);
        page.show();
        page.findChild<QTableView *>(QStringLiteral("peopleTable"))->selectRow(0);

        // WHEN the user deletes and confirms
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("deletePersonButton")), Qt::LeftButton);

        // THEN the user was asked, the refusal is reported, and the head is still there
        QCOMPARE(stub->questions.size(), 1);
        QCOMPARE(stub->errors.size(), 1);
        QCOMPARE(REQUIRE_OK(unit.store().people().all()).size(), 2);
    }

    void shouldOpenThePersonOnDoubleClick()
    {
        // GIVEN the people page
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::PeoplePage page(session);
        page.show();
        QSignalSpy activated(&page, &Ui::PeoplePage::personActivated);
        auto *table = page.findChild<QTableView *>(QStringLiteral("peopleTable"));

        // WHEN the JPO's row is double-clicked
        const QRect cell = table->visualRect(table->model()->index(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

        // THEN the page asks for the JPO's page
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<Core::Id>(), unit.jpo.id);
    }

    void shouldShowTheSelectedPersonsHistoryWithTheirAssignments()
    {
        // GIVEN the JPO with an assignment, on the people page
        UnitFixture unit;
        Core::Assignment assignment;
        assignment.personId = unit.jpo.id;
        assignment.title = QStringLiteral("JPO - SSE statistics");
        assignment.start = QDate(2026, 1, 1);
        assignment.end = QDate(2026, 12, 31);
        REQUIRE_OK(unit.store().assignments().add(assignment));
        Ui::Session session(unit.store());
        Ui::PeoplePage page(session);
        page.show();
        auto *history = page.findChild<QPushButton *>(QStringLiteral("historyPersonButton"));
        QVERIFY(!history->isEnabled());
        auto *table = page.findChild<QTableView *>(QStringLiteral("peopleTable"));

        // WHEN the JPO's row is selected and History is pressed from the keyboard
        table->selectRow(int(visibleNames(table).indexOf(unit.jpo.name)));
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Space);

        // THEN the change log shows the person added and the assignment given them
        auto *dialog = history->findChild<Ui::ChangeLogDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QStringList entities;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            entities << dialog->model()->eventAt(row)->entity;
        QCOMPARE(entities, QStringList({ QStringLiteral("assignment"), QStringLiteral("person") }));
        dialog->close();
    }
};

QTEST_MAIN(PeoplePageTest)

#include "peoplepagetest.moc"
