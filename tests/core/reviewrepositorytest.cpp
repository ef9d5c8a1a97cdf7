#include "storage/reviewrepository.h"
#include "storage/deliverablerepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

class ReviewRepositoryTest : public QObject
{
    Q_OBJECT

private:
    static Id addPaper(UnitFixture &unit)
    {
        Deliverable paper;
        paper.title = QStringLiteral("Office paper on SSE statistics for the ICLS");
        paper.type = Deliverable::Type::IclsPaper;
        paper.ownerId = unit.jpo.id;
        paper.dueDate = QDate(2026, 9, 30);
        const Id id = REQUIRE_OK(unit.store().deliverables().add(paper)).id;
        if (!unit.store().deliverables().setStatus(id, Deliverable::Status::Drafting))
            qFatal("could not start drafting");
        return id;
    }

    static ReviewRound submission(const UnitFixture &unit, Id deliverableId, const QDate &on)
    {
        ReviewRound round;
        round.deliverableId = deliverableId;
        round.submittedById = unit.jpo.id;
        round.submittedOn = on;
        round.versionLabel = QStringLiteral("draft 1");
        round.reviewerId = unit.head.id;
        return round;
    }

    static ReviewRound assessed(ReviewRound round, ReviewRound::Outcome outcome, const QDate &on)
    {
        round.outcome = outcome;
        round.reviewedOn = on;
        for (auto &assessment : round.assessments)
            assessment = { 3, QStringLiteral("Sound, with minor gaps") };
        round.assessments[0] = { 2, QStringLiteral("Check the Senegal figures") };
        round.summary = QStringLiteral("Revise the data section.");
        return round;
    }

    static Deliverable::Status statusOf(UnitFixture &unit, Id id)
    {
        return REQUIRE_OK(unit.store().deliverables().find(id)).status;
    }

private Q_SLOTS:
    void shouldPutTheDraftInReviewWhenSubmitted()
    {
        // GIVEN a paper being drafted
        UnitFixture unit;
        const Id paper = addPaper(unit);

        // WHEN the JPO submits draft 1 to the head
        const ReviewRound round
            = REQUIRE_OK(unit.store().reviews().submit(submission(unit, paper, QDate(2026, 6, 1))));

        // THEN it is round 1, pending, the paper is in review, waiting since the submission
        QCOMPARE(round.round, 1);
        QVERIFY(round.isPending());
        QCOMPARE(round.daysWaiting(unit.today()), 14);
        QCOMPARE(statusOf(unit, paper), Deliverable::Status::InReview);
        const auto waiting = REQUIRE_OK(unit.store().deliverables().waitingForReview());
        QCOMPARE(waiting.first().statusSince, QDate(2026, 6, 1));
        QCOMPARE(REQUIRE_OK(unit.store().reviews().pending()).size(), 1);
    }

    void shouldKeepTheHistoryOfRoundsThroughToClearance()
    {
        // GIVEN a paper submitted, sent back for revision, resubmitted and cleared
        UnitFixture unit;
        auto &reviews = unit.store().reviews();
        const Id paper = addPaper(unit);
        const ReviewRound first
            = REQUIRE_OK(reviews.submit(submission(unit, paper, QDate(2026, 5, 4))));
        QVERIFY(reviews.review(assessed(first, ReviewRound::Outcome::Revise, QDate(2026, 5, 11))));
        const Deliverable::Status afterFirst = statusOf(unit, paper);
        ReviewRound again = submission(unit, paper, QDate(2026, 5, 25));
        again.versionLabel = QStringLiteral("draft 2");
        const ReviewRound second = REQUIRE_OK(reviews.submit(again));
        QVERIFY(
            reviews.review(assessed(second, ReviewRound::Outcome::Cleared, QDate(2026, 5, 28))));

        // WHEN the history is read
        const auto rounds = REQUIRE_OK(reviews.forDeliverable(paper));

        // THEN both rounds are there with their assessments, and the paper is cleared
        QCOMPARE(afterFirst, Deliverable::Status::Revision);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(0).outcome, ReviewRound::Outcome::Revise);
        QCOMPARE(rounds.at(0).daysWaiting(unit.today()), 7);
        QCOMPARE(rounds.at(0).assessments.at(0).score, 2);
        QCOMPARE(
            rounds.at(0).assessments.at(0).comment, QStringLiteral("Check the Senegal figures"));
        QCOMPARE(rounds.at(1).round, 2);
        QCOMPARE(rounds.at(1).versionLabel, QStringLiteral("draft 2"));
        QCOMPARE(statusOf(unit, paper), Deliverable::Status::Cleared);
        QVERIFY(REQUIRE_OK(reviews.pending()).isEmpty());
    }

    void shouldSendARejectedDraftBackToDrafting()
    {
        UnitFixture unit;
        const Id paper = addPaper(unit);
        const ReviewRound round
            = REQUIRE_OK(unit.store().reviews().submit(submission(unit, paper, QDate(2026, 6, 1))));
        QVERIFY(unit.store().reviews().review(
            assessed(round, ReviewRound::Outcome::Rejected, QDate(2026, 6, 3))));
        QCOMPARE(statusOf(unit, paper), Deliverable::Status::Drafting);
    }

    void shouldRefuseASecondPendingRoundOrASelfReview()
    {
        // GIVEN a draft waiting for review
        UnitFixture unit;
        auto &reviews = unit.store().reviews();
        const Id paper = addPaper(unit);
        REQUIRE_OK(reviews.submit(submission(unit, paper, QDate(2026, 6, 1))));

        // WHEN another is submitted, and a draft of another paper is sent to its own author
        auto second = reviews.submit(submission(unit, paper, QDate(2026, 6, 2)));
        const Id other = addPaper(unit);
        ReviewRound self = submission(unit, other, QDate(2026, 6, 2));
        self.reviewerId = unit.jpo.id;
        auto selfReview = reviews.submit(self);

        // THEN both are refused, and nothing moved
        QVERIFY(!second);
        QCOMPARE(second.error().code(), Error::Code::Conflict);
        QVERIFY(!selfReview);
        QCOMPARE(selfReview.error().field(), QStringLiteral("reviewer"));
        QCOMPARE(statusOf(unit, other), Deliverable::Status::Drafting);
        QCOMPARE(REQUIRE_OK(reviews.forDeliverable(paper)).size(), 1);
    }

    void shouldRefuseAnIncompleteReview_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("missingCriterion");
        QTest::addColumn<QString>("field");
        const int revise = int(ReviewRound::Outcome::Revise);
        QTest::newRow("no outcome") << int(ReviewRound::Outcome::Pending) << QDate(2026, 6, 5) << -1
                                    << QStringLiteral("outcome");
        QTest::newRow("before submission")
            << revise << QDate(2026, 5, 30) << -1 << QStringLiteral("reviewedOn");
        QTest::newRow("analysis not assessed")
            << revise << QDate(2026, 6, 5) << 1 << QStringLiteral("criterion1");
    }

    void shouldRefuseAnIncompleteReview()
    {
        QFETCH(int, outcome);
        QFETCH(QDate, on);
        QFETCH(int, missingCriterion);
        QFETCH(QString, field);
        // GIVEN a pending round
        UnitFixture unit;
        const Id paper = addPaper(unit);
        const ReviewRound round
            = REQUIRE_OK(unit.store().reviews().submit(submission(unit, paper, QDate(2026, 6, 1))));
        ReviewRound review = assessed(round, static_cast<ReviewRound::Outcome>(outcome), on);
        if (missingCriterion >= 0)
            review.assessments[std::size_t(missingCriterion)].score = 0;

        // WHEN it is reviewed THEN it is refused at the field and still pending
        const Status status = unit.store().reviews().review(review);
        QVERIFY(!status);
        QCOMPARE(status.error().field(), field);
        QVERIFY(REQUIRE_OK(unit.store().reviews().find(round.id)).isPending());
        QCOMPARE(statusOf(unit, paper), Deliverable::Status::InReview);
    }

    void shouldNeverRewriteAReviewedRound()
    {
        UnitFixture unit;
        const Id paper = addPaper(unit);
        const ReviewRound round
            = REQUIRE_OK(unit.store().reviews().submit(submission(unit, paper, QDate(2026, 6, 1))));
        QVERIFY(unit.store().reviews().review(
            assessed(round, ReviewRound::Outcome::Revise, QDate(2026, 6, 2))));
        const Status again = unit.store().reviews().review(
            assessed(round, ReviewRound::Outcome::Cleared, QDate(2026, 6, 3)));
        QVERIFY(!again);
        QCOMPARE(REQUIRE_OK(unit.store().reviews().find(round.id)).outcome,
            ReviewRound::Outcome::Revise);
    }
};

QTEST_GUILESS_MAIN(ReviewRepositoryTest)
#include "reviewrepositorytest.moc"
