#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <changelogdialog.h>
#include <changelogmodel.h>
#include <checklist.h>
#include <missiondialog.h>
#include <missionsmodel.h>
#include <missionspage.h>
#include <session.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using Core::Mission;

class MissionsPageTest : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        explicit Page(UnitFixture &unit) : session(unit.store()), page(session)
        {
            session.setMessenger(std::unique_ptr<Ui::Messenger>(messenger = new MessengerStub));
            page.setToday(unit.today());
            page.show();
        }
        template<typename T> T *find(const QString &name) const
        {
            auto *child = page.findChild<T *>(name);
            if (!child)
                qFatal("no %s", qPrintable(name));
            return child;
        }
        QTableView *table() const { return find<QTableView>(QStringLiteral("missionsTable")); }
        QString cell(int row, int column) const
        {
            return table()->model()->index(row, column).data().toString();
        }
        void click(const QString &button) const
        {
            QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        }

        Ui::Session session;
        Ui::MissionsPage page;
        MessengerStub *messenger = nullptr;
    };

    // Fills the open mission dialog as a user would: types, ticks a traveller, picks a country.
    static void fillIn(Ui::MissionDialog *dialog, const QString &purpose, int travellerRow,
        const QDate &start, const QDate &end)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("purposeEdit")), purpose);
        auto *travellers = dialog->findChild<Ui::CheckList *>(QStringLiteral("travellersList"));
        travellers->setCurrentRow(travellerRow);
        QTest::keyClick(travellers, Qt::Key_Space);
        auto *country = dialog->findChild<QComboBox *>(QStringLiteral("countryCombo"));
        country->setCurrentIndex(country->findData(QStringLiteral("SN")));
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit")), QStringLiteral("Dakar"));
        dialog->findChild<QDateEdit *>(QStringLiteral("startEdit"))->setDate(start);
        dialog->findChild<QDateEdit *>(QStringLiteral("endEdit"))->setDate(end);
    }

private Q_SLOTS:
    void shouldCreateAMissionThroughTheDialog()
    {
        // GIVEN the missions page of a unit without missions
        UnitFixture unit;
        Page page(unit);
        QCOMPARE(page.table()->model()->rowCount(), 0);

        // WHEN the user clicks New mission, fills in the dialog and saves
        page.click(QStringLiteral("newMissionButton"));
        QPointer<Ui::MissionDialog> dialog = page.page.findChild<Ui::MissionDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        fillIn(dialog, QStringLiteral("NAC Senegal"), 1, QDate(2026, 9, 7), QDate(2026, 9, 11));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the dialog closes and the mission is listed, selected, with the JPO travelling
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.cell(0, Ui::MissionsModel::PurposeColumn), QStringLiteral("NAC Senegal"));
        QCOMPARE(page.cell(0, Ui::MissionsModel::TravellersColumn), unit.jpo.name);
        QCOMPARE(
            page.cell(0, Ui::MissionsModel::DestinationColumn), QStringLiteral("Dakar, Senegal"));
        QCOMPARE(page.cell(0, Ui::MissionsModel::DaysColumn), QStringLiteral("5"));
        QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(page.find<QLabel>(QStringLiteral("missionDaysLabel"))->text(),
            QStringLiteral("Mission days this year: 5"));
    }

    void shouldRefuseAnOverlappingMissionAtTheField()
    {
        // GIVEN the JPO on mission from 7 to 11 September
        UnitFixture unit;
        Records::addMission(unit, QStringLiteral("NAC Senegal"), unit.jpo.id, QDate(2026, 9, 7),
            QDate(2026, 9, 11));
        Page page(unit);

        // WHEN the user records another mission of the JPO from 10 to 12 September
        Ui::MissionDialog *dialog = page.page.newMission();
        fillIn(
            dialog, QStringLiteral("Workshop Manila"), 1, QDate(2026, 9, 10), QDate(2026, 9, 12));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the dialog stays open with the reason shown at the departure date, nothing stored
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("already on mission")),
            qPrintable(dialog->errorText()));
        QCOMPARE(
            dialog->invalidField(), dialog->findChild<QDateEdit *>(QStringLiteral("startEdit")));
        QCOMPARE(page.table()->model()->rowCount(), 1);
    }

    void shouldMarkTheBackToOfficeReportSubmitted()
    {
        // GIVEN a completed mission whose report is overdue, selected
        UnitFixture unit;
        Records::addMission(unit, QStringLiteral("NAC Senegal"), unit.jpo.id, QDate(2026, 4, 27),
            QDate(2026, 5, 1), Mission::Status::Completed);
        Page page(unit);
        auto *submit = page.find<QPushButton>(QStringLiteral("submitBtoButton"));
        QVERIFY(!submit->isEnabled());
        page.table()->selectRow(0);
        QCOMPARE(
            page.cell(0, Ui::MissionsModel::BtoColumn), QStringLiteral("overdue since 15 May"));
        QVERIFY(submit->isEnabled());

        // WHEN the user marks the report submitted
        page.click(QStringLiteral("submitBtoButton"));

        // THEN it is recorded on the page's day and cannot be submitted twice
        QCOMPARE(page.cell(0, Ui::MissionsModel::BtoColumn), QStringLiteral("submitted 15 Jun"));
        QVERIFY(!submit->isEnabled());
        QVERIFY(page.messenger->errors.isEmpty());
    }

    void shouldMoveAMissionThroughItsStatuses()
    {
        // GIVEN a planned mission, selected
        UnitFixture unit;
        const auto mission = Records::addMission(unit, QStringLiteral("ICLS preparation"),
            unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 3));
        Page page(unit);
        page.table()->selectRow(0);
        QVERIFY(page.find<QPushButton>(QStringLiteral("authoriseMissionButton"))->isEnabled());
        QVERIFY(!page.find<QPushButton>(QStringLiteral("startMissionButton"))->isEnabled());

        // WHEN the user authorises it, starts it and completes it
        page.click(QStringLiteral("authoriseMissionButton"));
        page.click(QStringLiteral("startMissionButton"));
        page.click(QStringLiteral("completeMissionButton"));

        // THEN it is completed, can no longer be cancelled, and its report is due
        QCOMPARE(REQUIRE_OK(unit.store().missions().find(mission.id)).status,
            Mission::Status::Completed);
        QCOMPARE(page.cell(0, Ui::MissionsModel::StatusColumn), QStringLiteral("Completed"));
        QVERIFY(!page.find<QPushButton>(QStringLiteral("cancelMissionButton"))->isEnabled());
        QVERIFY(page.find<QPushButton>(QStringLiteral("submitBtoButton"))->isEnabled());
    }

    void shouldShowWhoChangedTheSelectedMission()
    {
        // GIVEN a mission moved on once, selected
        UnitFixture unit;
        Records::addMission(unit, QStringLiteral("ICLS preparation"), unit.jpo.id,
            QDate(2026, 6, 1), QDate(2026, 6, 3));
        Page page(unit);
        auto *history = page.find<QPushButton>(QStringLiteral("historyMissionButton"));
        QVERIFY(!history->isEnabled());
        page.table()->selectRow(0);
        page.click(QStringLiteral("authoriseMissionButton"));

        // WHEN the user asks for its history
        page.click(QStringLiteral("historyMissionButton"));

        // THEN its changes show, newest first: authorised last, added (with its traveller) first
        auto *dialog = page.find<Ui::ChangeLogDialog>(QStringLiteral("changeLogDialog"));
        QVERIFY(dialog && dialog->isVisible());
        Ui::ChangeLogModel *model = dialog->model();
        QVERIFY(model->rowCount() >= 2);
        QStringList changes;
        for (int row = 0; row < model->rowCount(); ++row)
            changes << model->data(model->index(row, Ui::ChangeLogModel::ChangesColumn)).toString();
        QVERIFY2(changes.filter(QStringLiteral("Status: planned → authorised")).size() == 1,
            qPrintable(changes.join(QLatin1Char('\n'))));
        const Core::AuditEvent *first = model->eventAt(model->rowCount() - 1);
        QCOMPARE(first->entity, QStringLiteral("mission"));
        QCOMPARE(first->action, Core::AuditEvent::Action::Insert);
        dialog->close();
    }

    void shouldOpenTheEditorOnDoubleClick()
    {
        // GIVEN the page with one mission
        UnitFixture unit;
        const auto mission = Records::addMission(unit, QStringLiteral("NAC Senegal"), unit.jpo.id,
            QDate(2026, 9, 7), QDate(2026, 9, 11));
        Page page(unit);
        QVERIFY(!page.find<QPushButton>(QStringLiteral("editMissionButton"))->isEnabled());

        // WHEN its row is double-clicked
        const QRect cell = page.table()->visualRect(page.table()->model()->index(0, 0));
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());

        // THEN one editor opens, on it
        const auto dialogs = page.page.findChildren<Ui::MissionDialog *>();
        QCOMPARE(dialogs.size(), 1);
        Ui::MissionDialog *dialog = dialogs.first();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->mission(), mission);
        QVERIFY(page.find<QPushButton>(QStringLiteral("editMissionButton"))->isEnabled());
    }
};

QTEST_MAIN(MissionsPageTest)

#include "missionspagetest.moc"
