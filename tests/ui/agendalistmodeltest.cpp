#include <agendalistmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using Ui::AgendaListModel;

class AgendaListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDescribeEachItemOnTwoLines()
    {
        // GIVEN a mission and an overdue activity
        Core::AgendaItem mission;
        mission.kind = Core::AgendaItem::Kind::Mission;
        mission.id = 5;
        mission.title = QStringLiteral("NAC meeting in Dakar");
        mission.start = QDate(2026, 6, 8);
        mission.end = QDate(2026, 6, 12);
        mission.place = QStringLiteral("Dakar, Senegal");
        mission.people = QStringLiteral("Kofi Mensah");
        mission.status = QStringLiteral("authorised");
        Core::AgendaItem activity;
        activity.kind = Core::AgendaItem::Kind::ActivityDue;
        activity.id = 9;
        activity.title = QStringLiteral("Draft outline");
        activity.start = activity.end = QDate(2026, 6, 1);
        activity.overdue = true;
        AgendaListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN they are listed
        model.setItems({ mission, activity });

        // THEN the mission says where, when and who, with its status; the activity is overdue
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("NAC meeting in Dakar"));
        QCOMPARE(model.index(0).data(Ui::DetailRole).toString(),
            QStringLiteral("Mission  ·  8 Jun - 12 Jun 2026  ·  Dakar, Senegal  ·  Kofi Mensah"));
        QCOMPARE(model.index(0).data(Ui::BadgeRole).toString(), QStringLiteral("Authorised"));
        QCOMPARE(model.index(1).data(Ui::BadgeRole).toString(), QStringLiteral("Overdue"));
        QCOMPARE(model.index(1).data(Qt::DecorationRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(model.index(1).data(Ui::IdRole).value<Core::Id>(), Core::Id(9));
        QCOMPARE(
            model.index(1).data(Ui::KindRole).toInt(), int(Core::AgendaItem::Kind::ActivityDue));
    }
};

QTEST_MAIN(AgendaListModelTest)

#include "agendalistmodeltest.moc"
