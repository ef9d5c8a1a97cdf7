#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <mysupervisionpage.h>
#include <roles.h>
#include <session.h>

#include <storage/appraisalrepository.h>
#include <storage/checkinrepository.h>
#include <storage/reviewrepository.h>

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

// My supervision for the JPO and for the unit head, over the same unit.
class MySupervisionPageTest : public QObject
{
    Q_OBJECT

private:
    // A check-in in May with an open action, and the JPO's brief in review since 5 June.
    static void prepare(UnitFixture &unit)
    {
        Core::CheckIn checkIn;
        checkIn.supervisorId = unit.head.id;
        checkIn.superviseeId = unit.jpo.id;
        checkIn.date = QDate(2026, 5, 4);
        checkIn.actions = { { 0, QStringLiteral("Send the ICLS outline"), unit.jpo.id,
            QDate(2026, 5, 20), false } };
        REQUIRE_OK(unit.store().checkIns().save(checkIn, unit.head.id));
        const auto brief = Records::addDeliverable(unit, QStringLiteral("Policy brief"),
            QDate(2026, 7, 1), {}, Core::Deliverable::Status::Drafting);
        Core::ReviewRound round;
        round.deliverableId = brief.id;
        round.submittedById = unit.jpo.id;
        round.submittedOn = QDate(2026, 6, 5);
        round.versionLabel = QStringLiteral("draft 1");
        round.reviewerId = unit.head.id;
        REQUIRE_OK(unit.store().reviews().submit(round));
    }

    static QStringList titles(const QAbstractItemModel *model)
    {
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(model->index(row, 0).data().toString());
        return titles;
    }

private Q_SLOTS:
    void shouldShowTheSuperviseeTheirCheckInsActionsAndDrafts()
    {
        // GIVEN the JPO signed in
        UnitFixture unit;
        prepare(unit);
        Ui::Session session(unit.store());
        session.setMessenger(std::make_unique<MessengerStub>());
        session.setCurrentPersonId(unit.jpo.id);

        // WHEN their page is shown
        Ui::MySupervisionPage page(session);
        page.setToday(unit.today());
        QAbstractItemModelTester tester(page.section(QStringLiteral("myCheckIns")),
            QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN it shows the last check-in and the late action, the draft waiting ten days, and
        // no supervisor's part
        QCOMPARE(titles(page.section(QStringLiteral("myCheckIns"))),
            QStringList({ QStringLiteral("Last check-in 4 May 2026"),
                QStringLiteral("Send the ICLS outline") }));
        const QModelIndex action = page.section(QStringLiteral("myCheckIns"))->index(1, 0);
        QCOMPARE(action.data(Ui::BadgeRole).toString(), QStringLiteral("26 days ago"));
        const QModelIndex draft = page.section(QStringLiteral("myDrafts"))->index(0, 0);
        QCOMPARE(draft.data().toString(), QStringLiteral("Policy brief"));
        QCOMPARE(draft.data(Ui::BadgeRole).toString(), QStringLiteral("10 days waiting"));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("checkInsDueCard"))->isHidden()
            || !page.findChild<QWidget *>(QStringLiteral("checkInsDueCard"))->isVisibleTo(&page));
    }

    void shouldShowTheSupervisorWhoIsDueAndWhatWaitsForReview()
    {
        // GIVEN the unit head signed in
        UnitFixture unit;
        prepare(unit);
        Ui::Session session(unit.store());
        session.setMessenger(std::make_unique<MessengerStub>());
        session.setCurrentPersonId(unit.head.id);
        Ui::MySupervisionPage page(session);
        page.setToday(unit.today());
        QSignalSpy opened(&page, &Ui::MySupervisionPage::checkInsActivated);

        // WHEN the check-in due line is activated
        auto *due = page.findChild<QListView *>(QStringLiteral("checkInsDueList"));
        QCOMPARE(titles(due->model()), QStringList({ unit.jpo.name }));
        Q_EMIT due->activated(due->model()->index(0, 0));

        // THEN the JPO's check-ins are asked for, and the draft waits for the head's review
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<Core::Id>(), unit.jpo.id);
        QCOMPARE(titles(page.section(QStringLiteral("reviewsWaiting"))),
            QStringList({ QStringLiteral("Policy brief") }));
    }

    void shouldListOnlyTheSupervisorsOwnAppraisalsDue()
    {
        // GIVEN a technical officer supervising an intern, the head supervising the JPO, and
        // both their appraisal cycles due for the mid-term in July
        UnitFixture unit;
        const Core::Person officer = unit.addPerson(
            QStringLiteral("Lea Rossi"), Core::Person::Category::TechnicalOfficer, unit.head.id);
        const Core::Person intern = unit.addPerson(
            QStringLiteral("Omar Haddad"), Core::Person::Category::Intern, officer.id);
        for (const auto &[person, supervisor] :
            { std::pair { unit.jpo, unit.head }, std::pair { intern, officer } }) {
            const Core::WorkPlan plan = unit.addPlan(person.id);
            Core::Appraisal appraisal;
            appraisal.personId = person.id;
            appraisal.supervisorId = supervisor.id;
            appraisal.periodStart = QDate(2026, 1, 1);
            appraisal.periodEnd = QDate(2026, 12, 31);
            appraisal.objectivesSetOn = QDate(2026, 1, 15);
            appraisal.objectiveIds = { unit.addObjective(plan.id, QStringLiteral("Paper")).id };
            REQUIRE_OK(unit.store().appraisals().open(appraisal, supervisor.id));
        }
        Ui::Session session(unit.store());
        session.setMessenger(std::make_unique<MessengerStub>());

        // WHEN the officer, then the head, look at their page in July
        session.setCurrentPersonId(officer.id);
        Ui::MySupervisionPage officersPage(session);
        officersPage.setToday(QDate(2026, 7, 10));
        const QStringList officers = titles(officersPage.section(QStringLiteral("appraisalsDue")));
        session.setCurrentPersonId(unit.head.id);
        Ui::MySupervisionPage headsPage(session);
        headsPage.setToday(QDate(2026, 7, 10));
        const QStringList heads = titles(headsPage.section(QStringLiteral("appraisalsDue")));

        // THEN the officer sees their intern only; the head, who follows the unit, both
        QCOMPARE(officers, QStringList({ intern.name }));
        QCOMPARE(heads.size(), 2);
    }
};

QTEST_MAIN(MySupervisionPageTest)

#include "mysupervisionpagetest.moc"
