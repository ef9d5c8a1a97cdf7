#ifndef CORE_REVIEWROUND_H
#define CORE_REVIEWROUND_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace Core {

// One round of the staged review of a draft: submitted by its author, then reviewed by the
// supervisor against the four criteria a supervisor checks.
struct ReviewRound
{
    Q_DECLARE_TR_FUNCTIONS(Core::ReviewRound)

public:
    enum class Outcome { Pending, Cleared, Revise, Rejected };
    enum class Criterion { Accuracy, Analysis, Conformity, Accomplishment };
    static constexpr int criterionCount = 4;

    // How well the draft meets one criterion, with a short comment.
    struct Assessment
    {
        int score = 0; // 0: not assessed; 1 (falls short) .. 4 (fully meets)
        QString comment;
    };

    Id id = 0;
    Id deliverableId = 0;
    int round = 0; // 1, 2, ... in the deliverable's history; set by the store
    Id submittedById = 0;
    QDate submittedOn;
    QString versionLabel; // "draft 2", "v0.3 with FR annex"
    Id reviewerId = 0;
    QDate reviewedOn; // invalid while pending
    Outcome outcome = Outcome::Pending;
    std::array<Assessment, criterionCount> assessments;
    QString summary; // the reviewer's overall note

    Error validateSubmission() const;
    Error validateReview() const;
    bool isPending() const { return outcome == Outcome::Pending; }
    // Days the draft has waited (pending) or waited (reviewed) for its reviewer.
    int daysWaiting(const QDate &today) const;

    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    static QString outcomeName(Outcome outcome);
    static QString criterionName(Criterion criterion);
};

bool operator==(const ReviewRound &a, const ReviewRound &b);

} // namespace Core

Q_DECLARE_METATYPE(Core::ReviewRound)

#endif
