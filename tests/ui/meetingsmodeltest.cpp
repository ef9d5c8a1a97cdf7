#include "recordbuilders.h"
#include "unitfixture.h"

#include <meetingsmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::MeetingsModel;

class MeetingsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowPlaceParticipantsAndOpenActions()
    {
        // GIVEN a NAC meeting in Dakar with three follow-up actions, one done
        UnitFixture unit;
        Core::Meeting nac;
        nac.title = QStringLiteral("NAC Senegal, 2nd session");
        nac.kind = Core::Meeting::Kind::Nac;
        nac.start = QDate(2026, 3, 10);
        nac.end = QDate(2026, 3, 11);
        nac.countryCode = QStringLiteral("SN");
        nac.place = QStringLiteral("Dakar");
        nac.participantIds = { unit.jpo.id };
        nac.actions = { Records::action(QStringLiteral("Send minutes")),
            Records::action(QStringLiteral("Share data"), true),
            Records::action(QStringLiteral("Draft ToR")) };
        nac = REQUIRE_OK(unit.store().meetings().add(nac));

        // WHEN the model is built
        MeetingsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN the row shows the kind, the dates, the place, one participant and two open actions
        QCOMPARE(model.rowCount(), 1);
        const auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(MeetingsModel::TitleColumn), nac.title);
        QCOMPARE(
            text(MeetingsModel::KindColumn), Core::Meeting::kindName(Core::Meeting::Kind::Nac));
        QCOMPARE(text(MeetingsModel::DatesColumn), QStringLiteral("10 Mar – 11 Mar 2026"));
        QCOMPARE(text(MeetingsModel::PlaceColumn), QStringLiteral("Dakar, Senegal"));
        QCOMPARE(text(MeetingsModel::ParticipantsColumn), QStringLiteral("1"));
        QCOMPARE(text(MeetingsModel::OpenActionsColumn), QStringLiteral("2"));
        QCOMPARE(model.index(0, 0).data(Ui::IdRole).value<Core::Id>(), nac.id);
    }

    void shouldFollowAnActionDone()
    {
        // GIVEN a meeting with one open action, in the model
        UnitFixture unit;
        const auto gac = Records::addMeeting(unit, QStringLiteral("GAC"), QDate(2026, 5, 5),
            { Records::action(QStringLiteral("Circulate the report")) });
        MeetingsModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, MeetingsModel::OpenActionsColumn).data(Ui::SortRole).toInt(), 1);

        // WHEN the action is done
        QVERIFY(unit.store().meetings().setActionDone(gac.actions.first().id, true).isOk());

        // THEN no open action is left
        QCOMPARE(model.index(0, MeetingsModel::OpenActionsColumn).data(Ui::SortRole).toInt(), 0);
        QCOMPARE(model.index(0, MeetingsModel::OpenActionsColumn).data().toString(), QString());
    }
};

QTEST_MAIN(MeetingsModelTest)

#include "meetingsmodeltest.moc"
