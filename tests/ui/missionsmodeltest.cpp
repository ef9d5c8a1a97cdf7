#include "recordbuilders.h"
#include "unitfixture.h"

#include <missionsmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Core::Mission;
using Ui::MissionsModel;

class MissionsModelTest : public QObject
{
    Q_OBJECT

private:
    static QString cell(
        const MissionsModel &model, Core::Id id, int column, int role = Qt::DisplayRole)
    {
        return model.index(model.indexOf(id).row(), column).data(role).toString();
    }

private Q_SLOTS:
    void shouldShowWhereEachBackToOfficeReportStands()
    {
        // GIVEN a mission long over, one just back, one with its report in, one to come
        UnitFixture unit;
        const auto late = Records::addMission(unit, QStringLiteral("NAC Senegal"), unit.jpo.id,
            QDate(2026, 4, 27), QDate(2026, 5, 1), Mission::Status::Completed);
        const auto recent = Records::addMission(unit, QStringLiteral("Workshop Manila"),
            unit.jpo.id, QDate(2026, 6, 8), QDate(2026, 6, 12), Mission::Status::Completed);
        Mission submitted = Records::addMission(unit, QStringLiteral("GAC Geneva"), unit.head.id,
            QDate(2026, 5, 18), QDate(2026, 5, 20), Mission::Status::Completed);
        submitted.btoSubmittedOn = QDate(2026, 5, 22);
        QVERIFY(unit.store().missions().update(submitted).isOk());
        const auto coming = Records::addMission(unit, QStringLiteral("ICLS preparation"),
            unit.jpo.id, QDate(2026, 9, 1), QDate(2026, 9, 3));

        // WHEN the model is built for the fixture's day
        MissionsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(unit.today());

        // THEN each report says where it stands, the overdue one in the warning colour
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(
            cell(model, late.id, MissionsModel::BtoColumn), QStringLiteral("overdue since 15 May"));
        QCOMPARE(model.index(model.indexOf(late.id).row(), MissionsModel::BtoColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
            QColor(0xc6, 0x28, 0x28));
        QCOMPARE(cell(model, recent.id, MissionsModel::BtoColumn), QStringLiteral("due 26 Jun"));
        QCOMPARE(cell(model, submitted.id, MissionsModel::BtoColumn),
            QStringLiteral("submitted 22 May"));
        QCOMPARE(cell(model, coming.id, MissionsModel::BtoColumn), QString());
    }

    void shouldShowTravellersDestinationDatesAndDays()
    {
        // GIVEN a planned five-day mission of the JPO with the supervisor
        UnitFixture unit;
        Mission mission = Records::addMission(unit, QStringLiteral("NAC Senegal"), unit.jpo.id,
            QDate(2026, 12, 3), QDate(2026, 12, 7));
        mission.supervisorTravels = true;
        QVERIFY(unit.store().missions().update(mission).isOk());

        // WHEN the model is built
        MissionsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN the row reads as a person would say it
        QCOMPARE(
            cell(model, mission.id, MissionsModel::PurposeColumn), QStringLiteral("NAC Senegal"));
        QCOMPARE(
            cell(model, mission.id, MissionsModel::KindColumn), QStringLiteral("Project mission"));
        QCOMPARE(cell(model, mission.id, MissionsModel::TravellersColumn),
            QStringLiteral("Kofi Mensah + supervisor"));
        QCOMPARE(cell(model, mission.id, MissionsModel::DestinationColumn),
            QStringLiteral("Dakar, Senegal"));
        QCOMPARE(cell(model, mission.id, MissionsModel::DatesColumn),
            QStringLiteral("3 Dec – 7 Dec 2026"));
        QCOMPARE(cell(model, mission.id, MissionsModel::DaysColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, mission.id, MissionsModel::StatusColumn), QStringLiteral("Planned"));
        QCOMPARE(model.index(0, MissionsModel::DaysColumn).data(Ui::SortRole).toInt(), 5);
        QCOMPARE(model.index(0, 0).data(Ui::ObjectRole).value<Mission>(), mission);
        QVERIFY(cell(model, mission.id, 0, Ui::FilterRole).contains(QStringLiteral("Senegal")));
    }

    void shouldFollowChangesToMissions()
    {
        // GIVEN the model over a unit with one mission
        UnitFixture unit;
        const auto first = Records::addMission(
            unit, QStringLiteral("NAC Senegal"), unit.jpo.id, QDate(2026, 3, 2), QDate(2026, 3, 6));
        MissionsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN a second mission is added and the first authorised
        const auto second = Records::addMission(unit, QStringLiteral("Field visit"), unit.head.id,
            QDate(2026, 4, 6), QDate(2026, 4, 8));
        QVERIFY(unit.store().missions().setStatus(first.id, Mission::Status::Authorised).isOk());

        // THEN both show, the first with its new status
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.indexOf(second.id).isValid());
        QCOMPARE(cell(model, first.id, MissionsModel::StatusColumn), QStringLiteral("Authorised"));
    }
};

QTEST_MAIN(MissionsModelTest)

#include "missionsmodeltest.moc"
