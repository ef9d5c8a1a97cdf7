#ifndef CORE_REVIEWREPOSITORY_H
#define CORE_REVIEWREPOSITORY_H

#include "../result.h"
#include "../reviewround.h"

#include <QList>
#include <QObject>

namespace Core {

class Database;

// The staged review of drafts. Submitting a round puts the deliverable in review; the review's
// outcome moves it on: cleared -> cleared, revise -> revision, rejected -> back to drafting.
// Rounds are never deleted: the history is the record of how a paper came to be.
class ReviewRepository : public QObject
{
    Q_OBJECT
public:
    explicit ReviewRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<ReviewRound>> forDeliverable(Id deliverableId) const; // oldest first
    Result<QList<ReviewRound>> pending() const; // longest-waiting first
    Result<ReviewRound> find(Id id) const;

    // Refused while the deliverable has a round waiting, or is not being drafted or revised.
    Result<ReviewRound> submit(const ReviewRound &round);
    // Records the reviewer's assessment of a pending round.
    Status review(const ReviewRound &round);

Q_SIGNALS:
    void changed();

private:
    const Database &m_database;
};

} // namespace Core

#endif
