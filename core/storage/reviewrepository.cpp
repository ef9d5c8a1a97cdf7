#include "reviewrepository.h"

#include "../deliverable.h"
#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QHash>

namespace Core {

namespace {

const QString roundColumns = QStringLiteral(
    "review_round.id, review_round.deliverable_id, review_round.round, "
    "review_round.submitted_by_id, review_round.submitted_on, review_round.version_label, "
    "review_round.reviewer_id, review_round.reviewed_on, review_round.outcome, "
    "review_round.summary");

ReviewRound readRound(const SqlStatement &row)
{
    ReviewRound round;
    round.id = row.id(0);
    round.deliverableId = row.id(1);
    round.round = row.integer(2);
    round.submittedById = row.id(3);
    round.submittedOn = row.date(4);
    round.versionLabel = row.text(5);
    round.reviewerId = row.id(6);
    round.reviewedOn = row.date(7);
    round.outcome
        = ReviewRound::outcomeFromKey(row.text(8)).value_or(ReviewRound::Outcome::Pending);
    round.summary = row.text(9);
    return round;
}

// Rounds matching `where` (a fixed condition of this file) with their assessments, in two
// queries.
Result<QList<ReviewRound>> loadRounds(
    const Database &database, const QString &where, const QString &order, Id value)
{
    // `where` and `order` are fixed fragments of this file; the value is bound.
    SqlStatement query(database,
        QStringLiteral("SELECT %1 FROM review_round WHERE %2 ORDER BY %3")
            .arg(roundColumns, where, order));
    query.bind(QStringLiteral(":value"), value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ReviewRound> rounds;
    while (query.next())
        rounds.append(readRound(query));

    SqlStatement assessments(database,
        QStringLiteral("SELECT review_assessment.round_id, review_assessment.criterion, "
                       "review_assessment.score, review_assessment.comment FROM "
                       "review_assessment JOIN review_round ON review_round.id = "
                       "review_assessment.round_id WHERE %1")
            .arg(where));
    assessments.bind(QStringLiteral(":value"), value);
    if (Status status = assessments.exec(); !status)
        return status.error();
    QHash<Id, std::array<ReviewRound::Assessment, ReviewRound::criterionCount>> byRound;
    while (assessments.next()) {
        const int criterion = assessments.integer(1);
        if (criterion >= 0 && criterion < ReviewRound::criterionCount)
            byRound[assessments.id(0)][std::size_t(criterion)]
                = { assessments.integer(2), assessments.text(3) };
    }
    for (ReviewRound &round : rounds) {
        if (byRound.contains(round.id))
            round.assessments = byRound.value(round.id);
    }
    return rounds;
}

Status moveDeliverable(
    const Database &database, Id deliverableId, Deliverable::Status status, const QDate &since)
{
    SqlStatement update(database,
        QStringLiteral("UPDATE deliverable SET status = :status, status_since = :since WHERE id "
                       "= :id"));
    update.bind(QStringLiteral(":status"), Deliverable::statusKey(status))
        .bindDate(QStringLiteral(":since"), since)
        .bind(QStringLiteral(":id"), deliverableId);
    return update.exec();
}

Deliverable::Status statusAfter(ReviewRound::Outcome outcome)
{
    switch (outcome) {
    case ReviewRound::Outcome::Cleared:
        return Deliverable::Status::Cleared;
    case ReviewRound::Outcome::Revise:
        return Deliverable::Status::Revision;
    case ReviewRound::Outcome::Rejected:
    case ReviewRound::Outcome::Pending:
        break;
    }
    return Deliverable::Status::Drafting;
}

Status checkPeople(const Database &database, const ReviewRound &round)
{
    SqlStatement query(database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM person WHERE id = :author), EXISTS (SELECT "
                       "1 FROM person WHERE id = :reviewer)"));
    query.bind(QStringLiteral(":author"), round.submittedById)
        .bind(QStringLiteral(":reviewer"), round.reviewerId);
    if (Status status = query.exec(); !status)
        return status;
    query.next();
    if (!query.flag(0))
        return Error::validation(ReviewRepository::tr("The author is not a person of the unit."),
            QStringLiteral("submittedBy"));
    if (!query.flag(1))
        return Error::validation(ReviewRepository::tr("The reviewer is not a person of the unit."),
            QStringLiteral("reviewer"));
    return {};
}

} // namespace

ReviewRepository::ReviewRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<ReviewRound>> ReviewRepository::forDeliverable(Id deliverableId) const
{
    return loadRounds(m_database, QStringLiteral("review_round.deliverable_id = :value"),
        QStringLiteral("review_round.round"), deliverableId);
}

Result<QList<ReviewRound>> ReviewRepository::pending() const
{
    return loadRounds(m_database, QStringLiteral("review_round.outcome = 'pending' AND :value = 0"),
        QStringLiteral("review_round.submitted_on, review_round.id"), 0);
}

Result<ReviewRound> ReviewRepository::find(Id id) const
{
    auto rounds = loadRounds(m_database, QStringLiteral("review_round.id = :value"),
        QStringLiteral("review_round.id"), id);
    if (!rounds)
        return rounds.error();
    if (rounds.value().isEmpty())
        return Error::notFound(tr("The review round no longer exists."));
    return rounds.value().first();
}

Result<ReviewRound> ReviewRepository::submit(const ReviewRound &round)
{
    if (Error error = round.validateSubmission(); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();
    SqlStatement state(m_database,
        QStringLiteral("SELECT deliverable.status, deliverable.title, (SELECT count(*) FROM "
                       "review_round WHERE deliverable_id = deliverable.id), EXISTS (SELECT 1 "
                       "FROM review_round WHERE deliverable_id = deliverable.id AND outcome = "
                       "'pending') FROM deliverable WHERE deliverable.id = :id"));
    state.bind(QStringLiteral(":id"), round.deliverableId);
    if (Status status = state.exec(); !status)
        return status.error();
    if (!state.next())
        return Error::validation(
            tr("The deliverable no longer exists."), QStringLiteral("deliverable"));
    const auto deliverableStatus = Deliverable::statusFromKey(state.text(0));
    if (state.flag(3))
        return Error::conflict(
            tr("A draft of \"%1\" is already waiting for review.").arg(state.text(1)));
    if (deliverableStatus != Deliverable::Status::Planned
        && deliverableStatus != Deliverable::Status::Drafting
        && deliverableStatus != Deliverable::Status::Revision)
        return Error::validation(
            tr("\"%1\" is %2; only a draft being written or revised goes to "
               "review.")
                .arg(state.text(1), Deliverable::statusName(*deliverableStatus).toLower()));
    if (Status status = checkPeople(m_database, round); !status)
        return status.error();

    SqlStatement insert(m_database,
        QStringLiteral(
            "INSERT INTO review_round (deliverable_id, round, submitted_by_id, "
            "submitted_on, version_label, reviewer_id, outcome, summary) VALUES "
            "(:deliverable, :round, :author, :on, :label, :reviewer, 'pending', '') RETURNING id"));
    insert.bind(QStringLiteral(":deliverable"), round.deliverableId)
        .bind(QStringLiteral(":round"), state.integer(2) + 1)
        .bind(QStringLiteral(":author"), round.submittedById)
        .bindDate(QStringLiteral(":on"), round.submittedOn)
        .bindText(QStringLiteral(":label"), round.versionLabel.trimmed())
        .bind(QStringLiteral(":reviewer"), round.reviewerId);
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Submitting the draft"));
    const Id id = insert.insertedId();
    if (Status status = moveDeliverable(
            m_database, round.deliverableId, Deliverable::Status::InReview, round.submittedOn);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return find(id);
}

Status ReviewRepository::review(const ReviewRound &round)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    auto stored = find(round.id);
    if (!stored)
        return stored.error();
    if (!stored.value().isPending())
        return Error::conflict(tr("Round %1 has already been reviewed; its record stays as it "
                                  "was.")
                                   .arg(stored.value().round));
    ReviewRound reviewed = stored.value();
    reviewed.reviewerId = round.reviewerId != 0 ? round.reviewerId : reviewed.reviewerId;
    reviewed.reviewedOn = round.reviewedOn;
    reviewed.outcome = round.outcome;
    reviewed.assessments = round.assessments;
    reviewed.summary = round.summary;
    if (Error error = reviewed.validateReview(); error.isError())
        return error;
    if (Status status = checkPeople(m_database, reviewed); !status)
        return status;

    SqlStatement update(m_database,
        QStringLiteral("UPDATE review_round SET reviewer_id = :reviewer, reviewed_on = :on, "
                       "outcome = :outcome, summary = :summary WHERE id = :id"));
    update.bind(QStringLiteral(":reviewer"), reviewed.reviewerId)
        .bindDate(QStringLiteral(":on"), reviewed.reviewedOn)
        .bind(QStringLiteral(":outcome"), ReviewRound::outcomeKey(reviewed.outcome))
        .bindText(QStringLiteral(":summary"), reviewed.summary.trimmed())
        .bind(QStringLiteral(":id"), reviewed.id);
    if (Status status = update.exec(); !status)
        return status;
    for (int criterion = 0; criterion < ReviewRound::criterionCount; ++criterion) {
        const auto &assessment = reviewed.assessments.at(std::size_t(criterion));
        SqlStatement insert(m_database,
            QStringLiteral("INSERT INTO review_assessment (round_id, criterion, score, comment) "
                           "VALUES (:round, :criterion, :score, :comment)"));
        insert.bind(QStringLiteral(":round"), reviewed.id)
            .bind(QStringLiteral(":criterion"), criterion)
            .bind(QStringLiteral(":score"), assessment.score)
            .bindText(QStringLiteral(":comment"), assessment.comment.trimmed());
        if (Status status = insert.exec(); !status)
            return status;
    }
    if (Status status = moveDeliverable(
            m_database, reviewed.deliverableId, statusAfter(reviewed.outcome), reviewed.reviewedOn);
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
