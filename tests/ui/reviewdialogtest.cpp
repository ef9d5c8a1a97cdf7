#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <deliverablespage.h>
#include <recordbrowser.h>
#include <reviewdialog.h>
#include <reviewhistorymodel.h>
#include <reviewhistorywidget.h>
#include <reviewrounddialog.h>
#include <session.h>

#include <storage/reviewrepository.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using Core::Deliverable;

// A draft's review round through the real widgets of the Deliverables page: the author submits
// it, the supervisor reviews it, and the history keeps the round.
class ReviewDialogTest : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        explicit Page(UnitFixture &unit) : session(unit.store()), page(session)
        {
            session.setMessenger(std::unique_ptr<Ui::Messenger>(messenger = new MessengerStub));
            session.setCurrentPersonId(unit.jpo.id);
            page.setToday(unit.today());
            page.browser()->table()->selectRow(0);
        }

        QPushButton *button(const QString &name) const
        {
            return page.findChild<QPushButton *>(name);
        }

        Ui::Session session;
        MessengerStub *messenger = nullptr;
        Ui::DeliverablesPage page;
    };

    static void click(QWidget *dialog, const QString &name)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(name), Qt::LeftButton);
    }

    static void score(Ui::ReviewDialog *dialog, int criterion, int value, const QString &comment)
    {
        auto *combo
            = dialog->findChild<QComboBox *>(QStringLiteral("criterion%1Score").arg(criterion));
        combo->setCurrentIndex(combo->findData(value));
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QStringLiteral("criterion%1Comment").arg(criterion)),
            comment);
    }

    // The JPO submits "draft 1" of the brief five days before the fixture's today.
    static void submitDraft(Page &page, const UnitFixture &unit)
    {
        QVERIFY(page.button(QStringLiteral("submitForReviewButton"))->isEnabled());
        click(&page.page, QStringLiteral("submitForReviewButton"));
        QPointer<Ui::ReviewRoundDialog> dialog = page.page.findChild<Ui::ReviewRoundDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("reviewerCombo"))->currentText(),
            unit.head.name);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("versionEdit")),
            QStringLiteral("draft 1"));
        dialog->findChild<QDateEdit *>(QStringLiteral("submittedOnEdit"))
            ->setDate(unit.today().addDays(-5));
        click(dialog, QStringLiteral("saveButton"));
        QTRY_VERIFY2(!dialog, "the submission should close its dialog");
    }

private Q_SLOTS:
    void shouldSubmitThenReviewADraftAndKeepTheRound()
    {
        // GIVEN the JPO's brief being drafted, on the Deliverables page of the JPO
        UnitFixture unit;
        const auto brief = Records::addDeliverable(unit, QStringLiteral("Policy brief"),
            QDate(2026, 7, 1), {}, Deliverable::Status::Drafting);
        Page page(unit);
        QVERIFY(!page.button(QStringLiteral("reviewDraftButton"))->isEnabled());

        // WHEN the JPO submits draft 1 to their supervisor
        submitDraft(page, unit);

        // THEN the brief is in review and the history shows round 1 waiting five days
        QCOMPARE(REQUIRE_OK(unit.store().deliverables().find(brief.id)).status,
            Deliverable::Status::InReview);
        Ui::ReviewHistoryModel *history = page.page.reviewHistory()->model();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, Ui::ReviewHistoryModel::RoundColumn).data().toString(),
            QStringLiteral("Round 1"));
        QCOMPARE(history->index(0, Ui::ReviewHistoryModel::WaitedColumn).data().toString(),
            QStringLiteral("waiting 5 days"));
        QVERIFY(!page.button(QStringLiteral("submitForReviewButton"))->isEnabled());
        QVERIFY(!page.button(QStringLiteral("reviewDraftButton"))->isEnabled());

        // AND WHEN the supervisor signs in, opens the review, scores the four criteria and asks
        // for a revision
        page.session.setCurrentPersonId(unit.head.id);
        QVERIFY(page.button(QStringLiteral("reviewDraftButton"))->isEnabled());
        click(&page.page, QStringLiteral("reviewDraftButton"));
        QPointer<Ui::ReviewDialog> review = page.page.findChild<Ui::ReviewDialog *>();
        QVERIFY(review && review->isVisible());
        auto *outcome = review->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(int(Core::ReviewRound::Outcome::Revise)));
        score(review, 0, 3, QStringLiteral("Figures check out"));
        score(review, 1, 2, QStringLiteral("Findings thin"));
        score(review, 2, 4, QString());
        score(review, 3, 3, QString());
        QTest::keyClicks(review->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit")),
            QStringLiteral("Strengthen section 2"));
        click(review, QStringLiteral("saveButton"));

        // THEN the brief goes to revision, and the history shows the reviewed round with its
        // wait and assessment
        QTRY_VERIFY2(!review, "the review should close its dialog");
        QVERIFY2(page.messenger->errors.isEmpty(),
            qPrintable(page.messenger->errors.join(QLatin1Char('\n'))));
        QCOMPARE(REQUIRE_OK(unit.store().deliverables().find(brief.id)).status,
            Deliverable::Status::Revision);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, Ui::ReviewHistoryModel::OutcomeColumn).data().toString(),
            QStringLiteral("Revise"));
        QCOMPARE(history->index(0, Ui::ReviewHistoryModel::WaitedColumn).data().toString(),
            QStringLiteral("waited 5 days"));
        const QModelIndex round = history->index(0, 0);
        QCOMPARE(history->rowCount(round), 5);
        QCOMPARE(history->index(1, 0, round).data().toString(),
            QStringLiteral("Soundness of analysis and findings: 2 – partly meets — Findings thin"));
        QCOMPARE(history->index(4, 0, round).data().toString(),
            QStringLiteral("Summary: Strengthen section 2"));
        const auto rounds = REQUIRE_OK(unit.store().reviews().forDeliverable(brief.id));
        QCOMPARE(rounds.first().reviewerId, unit.head.id);
        QCOMPARE(rounds.first().assessments.at(0).score, 3);
        QVERIFY(!page.button(QStringLiteral("reviewDraftButton"))->isEnabled());
    }

    void shouldShowTheErrorAtTheFirstCriterionLeftUnscored()
    {
        // GIVEN a draft in review and its reviewer's dialog, the outcome chosen
        UnitFixture unit;
        Records::addDeliverable(unit, QStringLiteral("Policy brief"), QDate(2026, 7, 1), {},
            Deliverable::Status::Drafting);
        Page page(unit);
        submitDraft(page, unit);
        page.session.setCurrentPersonId(unit.head.id);
        QPointer<Ui::ReviewDialog> review = page.page.reviewDraft();
        auto *outcome = review->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(int(Core::ReviewRound::Outcome::Cleared)));

        // WHEN the first criterion is scored and the rest left, and the review saved
        score(review, 0, 4, QString());
        click(review, QStringLiteral("saveButton"));

        // THEN the dialog stays open at the second criterion's score
        QVERIFY(review && review->isVisible());
        QCOMPARE(review->invalidField(),
            review->findChild<QComboBox *>(QStringLiteral("criterion1Score")));
        QVERIFY(REQUIRE_OK(unit.store().reviews().pending()).first().isPending());
    }
};

QTEST_MAIN(ReviewDialogTest)

#include "reviewdialogtest.moc"
