#include "demoreviewrounds.h"

#include "../storage/deliverablerepository.h"
#include "../storage/peoplerepository.h"
#include "../storage/reviewrepository.h"
#include "../unitstore.h"

#include <QCoreApplication>

namespace Core {

namespace {

QDate weekdayBefore(const QDate &date)
{
    QDate day = date;
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

ReviewRound reviewed(ReviewRound round, ReviewRound::Outcome outcome, const QDate &on)
{
    round.outcome = outcome;
    round.reviewedOn = on;
    const bool cleared = outcome == ReviewRound::Outcome::Cleared;
    for (auto &assessment : round.assessments)
        assessment = { cleared ? 4 : 3, {} };
    if (!cleared) {
        round.assessments[0] = { 2, DemoReviewRounds::tr("Several figures need a source.") };
        round.assessments[1]
            = { 2, DemoReviewRounds::tr("The findings go further than the data allow.") };
    }
    round.summary = cleared
        ? DemoReviewRounds::tr("Cleared for publication.")
        : DemoReviewRounds::tr("Good basis; revise the data section and the conclusions.");
    return round;
}

class Stager
{
public:
    Stager(UnitStore &store, const QDate &today, Id deliverableId)
        : m_store(store), m_today(today), m_deliverableId(deliverableId)
    {
    }

    Status run(Deliverable::Status target)
    {
        if (Status status = prepare(); !status)
            return status;
        switch (target) {
        case Deliverable::Status::InReview:
            return submit(18, QStringLiteral("draft 1")).isOk() ? Status() : m_failure;
        case Deliverable::Status::Revision:
            return round(30, 20, ReviewRound::Outcome::Revise, QStringLiteral("draft 1"));
        case Deliverable::Status::Cleared:
            if (Status status
                = round(45, 38, ReviewRound::Outcome::Revise, QStringLiteral("draft 1"));
                !status)
                return status;
            return round(24, 17, ReviewRound::Outcome::Cleared, QStringLiteral("draft 2"));
        default:
            return {};
        }
    }

private:
    Status prepare()
    {
        auto deliverable = m_store.deliverables().find(m_deliverableId);
        if (!deliverable)
            return deliverable.error();
        m_authorId = deliverable.value().ownerId;
        auto owner = m_store.people().find(m_authorId);
        if (!owner)
            return owner.error();
        m_reviewerId = owner.value().supervisorId;
        if (m_reviewerId == 0 && !deliverable.value().contributorIds.isEmpty())
            m_reviewerId = deliverable.value().contributorIds.first();
        if (m_reviewerId == 0)
            return Error::validation(DemoReviewRounds::tr("A demo draft needs a reviewer."));
        return {};
    }

    Result<ReviewRound> submit(int daysAgo, const QString &label)
    {
        ReviewRound round;
        round.deliverableId = m_deliverableId;
        round.submittedById = m_authorId;
        round.submittedOn = weekdayBefore(m_today.addDays(-daysAgo));
        round.versionLabel = label;
        round.reviewerId = m_reviewerId;
        auto submitted = m_store.reviews().submit(round);
        if (!submitted)
            m_failure = submitted.error();
        return submitted;
    }

    Status round(int submittedDaysAgo, int reviewedDaysAgo, ReviewRound::Outcome outcome,
        const QString &label)
    {
        auto submitted = submit(submittedDaysAgo, label);
        if (!submitted)
            return submitted.error();
        return m_store.reviews().review(
            reviewed(submitted.value(), outcome, weekdayBefore(m_today.addDays(-reviewedDaysAgo))));
    }

    UnitStore &m_store;
    QDate m_today;
    Id m_deliverableId;
    Id m_authorId = 0;
    Id m_reviewerId = 0;
    Status m_failure;
};

} // namespace

Status DemoReviewRounds::stage(
    UnitStore &store, const QDate &today, Id deliverableId, Deliverable::Status target)
{
    return Stager(store, today, deliverableId).run(target);
}

} // namespace Core
