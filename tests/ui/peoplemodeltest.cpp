#include "unitfixture.h"

#include <peoplemodel.h>
#include <roles.h>

#include <storage/peoplerepository.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::PeopleModel;

class PeopleModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListPeopleByNameWithTheirSupervisor()
    {
        // GIVEN the fixture's unit head and JPO
        UnitFixture unit;

        // WHEN the model is built
        PeopleModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN they are listed by name, the JPO with the head as supervisor
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PeopleModel::NameColumn).data().toString(), unit.head.name);
        QCOMPARE(model.index(1, PeopleModel::NameColumn).data().toString(), unit.jpo.name);
        QCOMPARE(model.index(1, PeopleModel::SupervisorColumn).data().toString(), unit.head.name);
        QCOMPARE(
            model.index(1, PeopleModel::CategoryColumn).data().toString(), QStringLiteral("JPO"));
        QCOMPARE(model.index(1, PeopleModel::LanguagesColumn).data().toString(),
            QStringLiteral("EN, FR"));
        QCOMPARE(model.index(1, 0).data(Ui::IdRole).value<Core::Id>(), unit.jpo.id);
        QCOMPARE(model.indexOf(unit.jpo.id).row(), 1);
    }

    void shouldFollowChangesToPeople()
    {
        // GIVEN the model over the unit
        UnitFixture unit;
        PeopleModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN a person is added and another renamed
        const auto intern = unit.addPerson(
            QStringLiteral("Ana Beltrán"), Core::Person::Category::Intern, unit.jpo.id);
        Core::Person renamed = unit.jpo;
        renamed.name = QStringLiteral("Kofi A. Mensah");
        const Core::Status updated = unit.store().people().update(renamed);
        QVERIFY2(updated.isOk(), qPrintable(updated.error().message()));

        // THEN the model shows both changes
        QCOMPARE(model.rowCount(), 3);
        const int row = model.indexOf(intern.id).row();
        QCOMPARE(model.index(row, PeopleModel::NameColumn).data().toString(),
            QStringLiteral("Ana Beltrán"));
        QCOMPARE(model.index(row, PeopleModel::SupervisorColumn).data().toString(),
            QStringLiteral("Kofi A. Mensah"));
    }
};

QTEST_MAIN(PeopleModelTest)

#include "peoplemodeltest.moc"
