#include "messengerstub.h"
#include "unitfixture.h"

#include <appraisalform.h>
#include <appraisalpage.h>
#include <changelogdialog.h>
#include <changelogmodel.h>
#include <session.h>

#include <storage/appraisalrepository.h>
#include <storage/progressrepository.h>

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using Core::Appraisal;

// The end-of-cycle form as each side meets it: the supervisor rates, the staff member comments,
// both acknowledge, and the appraisal locks.
class AppraisalPageTest : public QObject
{
    Q_OBJECT

private:
    static void require(const Core::Status &status)
    {
        if (!status)
            qFatal("%s", qPrintable(status.error().message()));
    }

    struct Cycle
    {
        Core::Objective paper; // with progress logged in the cycle
        Core::Objective database; // with no evidence at all
        Appraisal appraisal;
    };

    // The JPO's 2026 cycle over two objectives, brought to the end-of-cycle stage.
    static Cycle endOfCycle(UnitFixture &unit)
    {
        const auto plan = unit.addPlan(unit.jpo.id);
        Cycle cycle;
        cycle.paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        cycle.database = unit.addObjective(plan.id, QStringLiteral("SSE database"));
        unit.log(unit.addActivity(cycle.paper.id, QStringLiteral("Outline"), QDate(2026, 4, 1)), 50,
            QDate(2026, 3, 20));
        Appraisal appraisal;
        appraisal.personId = unit.jpo.id;
        appraisal.supervisorId = unit.head.id;
        appraisal.periodStart = QDate(2026, 1, 1);
        appraisal.periodEnd = QDate(2026, 12, 31);
        appraisal.objectiveIds = { cycle.paper.id, cycle.database.id };
        appraisal.objectivesSetOn = QDate(2026, 1, 15);
        Core::AppraisalRepository &appraisals = unit.store().appraisals();
        cycle.appraisal = REQUIRE_OK(appraisals.open(appraisal, unit.head.id));
        require(appraisals.recordMidTerm(cycle.appraisal.id, unit.head.id, QDate(2026, 6, 30), {}));
        require(appraisals.startEndOfCycle(cycle.appraisal.id, unit.head.id));
        return cycle;
    }

    struct Page
    {
        Page(UnitFixture &unit, Core::Id userId) : session(unit.store())
        {
            session.setMessenger(std::unique_ptr<Ui::Messenger>(messenger = new MessengerStub));
            session.setCurrentPersonId(userId);
            page = std::make_unique<Ui::AppraisalPage>(session);
            page->setToday(QDate(2026, 12, 10));
            page->setPerson(unit.jpo.id);
        }

        template<typename T> T *find(const QString &name) const
        {
            return page->findChild<T *>(name);
        }
        void click(const QString &name) const
        {
            QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton);
        }
        // Chooses a level by its position on the scale, 1 being the best.
        void rate(const QString &name, int level) const
        {
            find<QComboBox>(name)->setCurrentIndex(level);
        }

        Ui::Session session;
        MessengerStub *messenger = nullptr;
        std::unique_ptr<Ui::AppraisalPage> page;
    };

    static QString name(const QString &prefix, Core::Id id)
    {
        return QStringLiteral("%1_%2").arg(prefix).arg(id);
    }

    static void rateEverything(const Page &page, const Cycle &cycle, UnitFixture &unit)
    {
        page.rate(name(QStringLiteral("objectiveRating"), cycle.paper.id), 1);
        page.rate(name(QStringLiteral("objectiveRating"), cycle.database.id), 2);
        for (const auto &competency : REQUIRE_OK(unit.store().appraisals().competencies()))
            page.rate(name(QStringLiteral("competencyRating"), competency.id), 2);
    }

private Q_SLOTS:
    void shouldWarnWhenAnObjectiveIsRatedWithoutEvidence()
    {
        // GIVEN the supervisor at the end-of-cycle form
        UnitFixture unit;
        const Cycle cycle = endOfCycle(unit);
        Page page(unit, unit.head.id);
        auto *warning
            = page.find<QLabel>(name(QStringLiteral("objectiveWarning"), cycle.database.id));
        QVERIFY(warning && warning->isHidden());
        QCOMPARE(
            page.find<QLabel>(name(QStringLiteral("objectiveEvidence"), cycle.paper.id))->text(),
            QStringLiteral("1 progress entry · 0 cleared drafts · 0 missions"));
        QCOMPARE(
            page.find<QLabel>(name(QStringLiteral("objectiveEvidence"), cycle.database.id))->text(),
            QStringLiteral("No evidence in the cycle"));

        // WHEN both objectives are rated
        page.rate(name(QStringLiteral("objectiveRating"), cycle.paper.id), 1);
        page.rate(name(QStringLiteral("objectiveRating"), cycle.database.id), 2);

        // THEN only the one without evidence is warned about
        QVERIFY(!warning->isHidden());
        QVERIFY(page.find<QLabel>(name(QStringLiteral("objectiveWarning"), cycle.paper.id))
                    ->isHidden());
        QCOMPARE(page.page->form()->unsupportedRatings(), QList<Core::Id>({ cycle.database.id }));
    }

    void shouldLetEachSideWriteOnlyItsOwnPart()
    {
        // GIVEN the end-of-cycle form
        UnitFixture unit;
        const Cycle cycle = endOfCycle(unit);

        // WHEN the supervisor looks at it
        Page supervisor(unit, unit.head.id);

        // THEN the ratings and their comments are theirs; the staff comments are read-only
        QVERIFY(supervisor.find<QComboBox>(name(QStringLiteral("objectiveRating"), cycle.paper.id))
                    ->isEnabled());
        QVERIFY(!supervisor.find<QPlainTextEdit>(QStringLiteral("supervisorCommentsEdit"))
                     ->isReadOnly());
        QVERIFY(supervisor.find<QPlainTextEdit>(QStringLiteral("staffCommentsEdit"))->isReadOnly());

        // AND WHEN the staff member looks at it
        Page staff(unit, unit.jpo.id);

        // THEN it is the other way round
        QVERIFY(!staff.find<QComboBox>(name(QStringLiteral("objectiveRating"), cycle.paper.id))
                     ->isEnabled());
        QVERIFY(staff.find<QLineEdit>(name(QStringLiteral("objectiveComment"), cycle.paper.id))
                    ->isReadOnly());
        QVERIFY(staff.find<QPlainTextEdit>(QStringLiteral("supervisorCommentsEdit"))->isReadOnly());
        QVERIFY(!staff.find<QPlainTextEdit>(QStringLiteral("staffCommentsEdit"))->isReadOnly());
        QVERIFY(!staff.find<QPushButton>(QStringLiteral("acknowledgeButton"))->isEnabled());
    }

    void shouldLockEverythingOnceBothHaveAcknowledged()
    {
        // GIVEN the supervisor rates everything, comments and acknowledges
        UnitFixture unit;
        const Cycle cycle = endOfCycle(unit);
        {
            Page supervisor(unit, unit.head.id);
            rateEverything(supervisor, cycle, unit);
            QTest::keyClicks(
                supervisor.find<QPlainTextEdit>(QStringLiteral("supervisorCommentsEdit")),
                QStringLiteral("A strong first year"));
            supervisor.click(QStringLiteral("acknowledgeButton"));
            QVERIFY2(supervisor.messenger->errors.isEmpty(),
                qPrintable(supervisor.messenger->errors.join(QLatin1Char('\n'))));
            QVERIFY(!supervisor
                         .find<QComboBox>(name(QStringLiteral("objectiveRating"), cycle.paper.id))
                         ->isEnabled());
        }

        // WHEN the staff member writes their comments and acknowledges
        Page staff(unit, unit.jpo.id);
        QTest::keyClicks(staff.find<QPlainTextEdit>(QStringLiteral("staffCommentsEdit")),
            QStringLiteral("Thank you"));
        QVERIFY(staff.find<QPushButton>(QStringLiteral("acknowledgeButton"))->isEnabled());
        staff.click(QStringLiteral("acknowledgeButton"));

        // THEN the appraisal is stored, locked, and every widget is read-only under a banner
        QVERIFY2(staff.messenger->errors.isEmpty(),
            qPrintable(staff.messenger->errors.join(QLatin1Char('\n'))));
        const auto stored = REQUIRE_OK(unit.store().appraisals().find(cycle.appraisal.id));
        QVERIFY(stored.isLocked());
        QCOMPARE(stored.supervisorComments, QStringLiteral("A strong first year"));
        QCOMPARE(stored.staffComments, QStringLiteral("Thank you"));
        QCOMPARE(stored.ratings.size(), 5);
        auto *banner = staff.find<QLabel>(QStringLiteral("lockedBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().startsWith(
            QStringLiteral("Locked — acknowledged by both on 10 Dec 2026")));
        QVERIFY(staff.find<QPlainTextEdit>(QStringLiteral("staffCommentsEdit"))->isReadOnly());
        for (const QComboBox *rating : staff.page->form()->findChildren<QComboBox *>())
            QVERIFY(!rating->isEnabled());
        for (const QString &button :
            { QStringLiteral("savePartButton"), QStringLiteral("acknowledgeButton"),
                QStringLiteral("midTermButton"), QStringLiteral("endOfCycleButton") })
            QVERIFY(!staff.find<QPushButton>(button)->isEnabled());
        Page supervisor(unit, unit.head.id);
        QVERIFY(supervisor.find<QPlainTextEdit>(QStringLiteral("supervisorCommentsEdit"))
                    ->isReadOnly());
        QVERIFY(supervisor.find<QPlainTextEdit>(QStringLiteral("staffCommentsEdit"))->isReadOnly());
    }

    void shouldMoveTheCycleThroughItsStagesFromThePage()
    {
        // GIVEN a cycle just opened
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        Appraisal appraisal;
        appraisal.personId = unit.jpo.id;
        appraisal.supervisorId = unit.head.id;
        appraisal.periodStart = QDate(2026, 1, 1);
        appraisal.periodEnd = QDate(2026, 12, 31);
        appraisal.objectiveIds = { objective.id };
        appraisal.objectivesSetOn = QDate(2026, 1, 15);
        const auto opened = REQUIRE_OK(unit.store().appraisals().open(appraisal, unit.head.id));
        Page page(unit, unit.head.id);
        QVERIFY(page.find<QLabel>(QStringLiteral("appraisalHint"))->isVisibleTo(page.page.get()));
        QVERIFY(!page.find<QPushButton>(QStringLiteral("endOfCycleButton"))->isEnabled());

        // WHEN the supervisor records the mid-term review, then starts the end of the cycle
        page.click(QStringLiteral("midTermButton"));
        auto *dialog = page.page->findChild<QDialog *>(QStringLiteral("midTermDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        page.click(QStringLiteral("endOfCycleButton"));

        // THEN the form is shown for the end-of-cycle appraisal
        QCOMPARE(REQUIRE_OK(unit.store().appraisals().find(opened.id)).stage,
            Appraisal::Stage::EndOfCycle);
        QCOMPARE(page.page->appraisal()->stage, Appraisal::Stage::EndOfCycle);
        QVERIFY(page.find<QComboBox>(name(QStringLiteral("objectiveRating"), objective.id)));
    }

    void shouldShowTheCyclesHistoryFromThePage()
    {
        // GIVEN the JPO's cycle at its end, on the supervisor's page
        UnitFixture unit;
        endOfCycle(unit);
        Page page(unit, unit.head.id);
        auto *history = page.find<QPushButton>(QStringLiteral("historyAppraisalButton"));
        QVERIFY(history->isEnabled());

        // WHEN the supervisor asks for its history
        page.click(QStringLiteral("historyAppraisalButton"));

        // THEN the change log shows the cycle's stages, newest first
        auto *dialog = history->findChild<Ui::ChangeLogDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const Ui::ChangeLogModel *model = dialog->model();
        QVERIFY(model->rowCount() >= 3);
        QCOMPARE(model->eventAt(0)->entity, QStringLiteral("appraisal"));
        QVERIFY2(model->data(model->index(0, Ui::ChangeLogModel::ChangesColumn))
                     .toString()
                     .contains(QStringLiteral("Stage: mid_term → end_of_cycle")),
            qPrintable(model->data(model->index(0, Ui::ChangeLogModel::ChangesColumn)).toString()));
        dialog->close();
    }
};

QTEST_MAIN(AppraisalPageTest)

#include "appraisalpagetest.moc"
