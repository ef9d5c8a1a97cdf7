#ifndef CORE_APPRAISALREPOSITORY_H
#define CORE_APPRAISALREPOSITORY_H

#include "../appraisal.h"
#include "../result.h"
#include "appraisalscalelist.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace Core {

class Database;

// Appraisal cycles. Every write names its actor and each side writes its own part only: the
// supervisor the stages, the ratings and the supervisor's comments; the staff member their
// comments. The supervisor acknowledges first, then the staff member; after both, the
// appraisal is locked and every write is refused.
class AppraisalRepository : public QObject
{
    Q_OBJECT
public:
    explicit AppraisalRepository(const Database &database, QObject *parent = nullptr);

    // The unit's rating scale (best first) and competencies; seeded with a four-level scale
    // and the three core competencies. Changes keep every rating already given as it was
    // given (see AppraisalScaleList::replace).
    Result<QList<AppraisalScaleItem>> ratingScale() const;
    Result<QList<AppraisalScaleItem>> competencies() const;
    Status setRatingScale(const QList<AppraisalScaleItem> &levels);
    Status setCompetencies(const QList<AppraisalScaleItem> &competencies);

    Result<QList<Appraisal>> forPerson(Id personId) const; // newest first
    Result<Appraisal> find(Id id) const;

    // Opens a cycle at the objectives-set stage; the actor is its supervisor.
    Result<Appraisal> open(const Appraisal &appraisal, Id actorId);
    Status setObjectives(Id appraisalId, Id actorId, const QList<Id> &objectiveIds);
    Status recordMidTerm(Id appraisalId, Id actorId, const QDate &heldOn, const QString &notes);
    Status startEndOfCycle(Id appraisalId, Id actorId);
    Status setSupervisorPart(
        Id appraisalId, Id actorId, const QList<AppraisalRating> &ratings, const QString &comments);
    Status setStaffPart(Id appraisalId, Id actorId, const QString &comments);
    // The supervisor's acknowledgement needs every objective and competency rated.
    Status acknowledge(Id appraisalId, Id actorId, const QDate &on);

    // For each appraised objective: what the cycle's period holds to support its rating.
    Result<QList<ObjectiveEvidence>> evidence(Id appraisalId) const;
    Result<QList<AppraisalDue>> due(const QDate &today) const;

Q_SIGNALS:
    void changed();

private:
    // Loads the appraisal for a write by `actorId`, refusing a locked one and a wrong side.
    // Refuses an appraisal the signed-in person may not see, and hides the supervisor's draft
    // from the person appraised.
    Result<QList<Appraisal>> visibleToActor(Result<QList<Appraisal>> appraisals) const;
    Result<Appraisal> openForWrite(Id appraisalId, Id actorId, bool supervisorSide) const;
    Status replaceList(AppraisalScaleList::Kind kind, const QList<AppraisalScaleItem> &items);

    const Database &m_database;
};

} // namespace Core

#endif
