#include "recordbuilders.h"
#include "unitfixture.h"

#include <projectsmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::ProjectsModel;

class ProjectsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListProjectsWithCountryDonorAndPeriod()
    {
        // GIVEN a country project and a global one
        UnitFixture unit;
        const auto senegal
            = Records::addProject(unit, QStringLiteral("SEN/24/01/LUX"), QStringLiteral("SN"));
        Core::Project global;
        global.code = QStringLiteral("GLO/25/02/EU");
        global.title = QStringLiteral("SSE statistics guidelines");
        global = REQUIRE_OK(unit.store().projects().addProject(global));

        // WHEN the model is built
        ProjectsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN both are listed, the global one as such
        QCOMPARE(model.rowCount(), 2);
        const int row = model.indexOf(senegal.id).row();
        QCOMPARE(model.index(row, ProjectsModel::CountryColumn).data().toString(),
            QStringLiteral("Senegal"));
        QCOMPARE(model.index(row, ProjectsModel::DonorColumn).data().toString(),
            QStringLiteral("Luxembourg"));
        QCOMPARE(model.index(row, ProjectsModel::PeriodColumn).data().toString(),
            QStringLiteral("1 Jan 2025 – 31 Dec 2027"));
        QCOMPARE(model.index(model.indexOf(global.id).row(), ProjectsModel::CountryColumn)
                     .data()
                     .toString(),
            QStringLiteral("Global"));
    }

    void shouldFollowProjectsAdded()
    {
        // GIVEN an empty model
        UnitFixture unit;
        ProjectsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        // WHEN a project is added
        const auto project
            = Records::addProject(unit, QStringLiteral("PHL/26/01/KOR"), QStringLiteral("PH"));

        // THEN it shows
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(Ui::IdRole).value<Core::Id>(), project.id);
    }
};

QTEST_MAIN(ProjectsModelTest)

#include "projectsmodeltest.moc"
