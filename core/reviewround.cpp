#include "reviewround.h"

#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<ReviewRound::Outcome> outcomeEntries[] = {
    { ReviewRound::Outcome::Pending, "pending",
        QT_TRANSLATE_NOOP("Core::ReviewRound", "Waiting for review") },
    { ReviewRound::Outcome::Cleared, "cleared", QT_TRANSLATE_NOOP("Core::ReviewRound", "Cleared") },
    { ReviewRound::Outcome::Revise, "revise", QT_TRANSLATE_NOOP("Core::ReviewRound", "Revise") },
    { ReviewRound::Outcome::Rejected, "rejected",
        QT_TRANSLATE_NOOP("Core::ReviewRound", "Rejected") },
};
constexpr EnumTable outcomeTable("Core::ReviewRound", outcomeEntries);

constexpr const char *criterionNames[ReviewRound::criterionCount] = {
    QT_TRANSLATE_NOOP("Core::ReviewRound", "Accuracy of facts"),
    QT_TRANSLATE_NOOP("Core::ReviewRound", "Soundness of analysis and findings"),
    QT_TRANSLATE_NOOP("Core::ReviewRound", "Conformity with instructions and policy"),
    QT_TRANSLATE_NOOP("Core::ReviewRound", "Accomplishment of the assigned objectives"),
};

} // namespace

Error ReviewRound::validateSubmission() const
{
    if (deliverableId == 0)
        return Error::validation(
            tr("Choose the deliverable the draft is of."), QStringLiteral("deliverable"));
    if (submittedById == 0)
        return Error::validation(tr("Say who submits the draft."), QStringLiteral("submittedBy"));
    if (!submittedOn.isValid())
        return Error::validation(
            tr("Say when the draft was submitted."), QStringLiteral("submittedOn"));
    if (reviewerId == 0)
        return Error::validation(tr("Choose the reviewer."), QStringLiteral("reviewer"));
    if (reviewerId == submittedById)
        return Error::validation(tr("A draft is reviewed by someone other than its author."),
            QStringLiteral("reviewer"));
    return {};
}

Error ReviewRound::validateReview() const
{
    if (outcome == Outcome::Pending)
        return Error::validation(
            tr("Choose the outcome: cleared, revise or rejected."), QStringLiteral("outcome"));
    if (!reviewedOn.isValid())
        return Error::validation(
            tr("Say when the draft was reviewed."), QStringLiteral("reviewedOn"));
    if (reviewedOn < submittedOn)
        return Error::validation(
            tr("The review (%1) cannot come before the submission (%2).")
                .arg(reviewedOn.toString(Qt::ISODate), submittedOn.toString(Qt::ISODate)),
            QStringLiteral("reviewedOn"));
    for (int i = 0; i < criterionCount; ++i) {
        const Assessment &assessment = assessments.at(std::size_t(i));
        if (assessment.score < 1 || assessment.score > 4)
            return Error::validation(tr("Assess \"%1\" on the scale of 1 to 4.")
                                         .arg(criterionName(static_cast<Criterion>(i))),
                QStringLiteral("criterion%1").arg(i));
    }
    return {};
}

int ReviewRound::daysWaiting(const QDate &today) const
{
    return int(submittedOn.daysTo(isPending() ? today : reviewedOn));
}

QString ReviewRound::outcomeKey(Outcome outcome)
{
    return outcomeTable.key(outcome);
}

std::optional<ReviewRound::Outcome> ReviewRound::outcomeFromKey(const QString &key)
{
    return outcomeTable.fromKey(key);
}

QString ReviewRound::outcomeName(Outcome outcome)
{
    return outcomeTable.name(outcome);
}

QString ReviewRound::criterionName(Criterion criterion)
{
    return tr(criterionNames[static_cast<int>(criterion)]);
}

bool operator==(const ReviewRound &a, const ReviewRound &b)
{
    for (std::size_t i = 0; i < a.assessments.size(); ++i) {
        if (a.assessments[i].score != b.assessments[i].score
            || a.assessments[i].comment != b.assessments[i].comment)
            return false;
    }
    return a.id == b.id && a.deliverableId == b.deliverableId && a.round == b.round
        && a.submittedById == b.submittedById && a.submittedOn == b.submittedOn
        && a.versionLabel == b.versionLabel && a.reviewerId == b.reviewerId
        && a.reviewedOn == b.reviewedOn && a.outcome == b.outcome && a.summary == b.summary;
}

} // namespace Core
