#ifndef CORE_APPRAISAL_H
#define CORE_APPRAISAL_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// One rating of an appraisal: of a work-plan objective or of a core competency, on the unit's
// rating scale, with the supervisor's comment.
struct AppraisalRating
{
    enum class Subject { Objective, Competency };

    Subject subject = Subject::Objective;
    Id subjectId = 0;
    Id levelId = 0; // an entry of the unit's rating scale
    QString comment;
};

bool operator==(const AppraisalRating &a, const AppraisalRating &b);

// A performance appraisal cycle for one person: objectives set, a mid-term review, and the
// end-of-cycle appraisal, which both sides acknowledge. Once both have, it is locked for good.
struct Appraisal
{
    Q_DECLARE_TR_FUNCTIONS(Core::Appraisal)

public:
    enum class Stage { ObjectivesSet, MidTerm, EndOfCycle };

    Id id = 0;
    Id personId = 0;
    Id supervisorId = 0;
    QDate periodStart;
    QDate periodEnd;
    Stage stage = Stage::ObjectivesSet;
    QList<Id> objectiveIds; // the work-plan objectives the cycle appraises
    QDate objectivesSetOn;
    QDate midTermOn; // invalid until the mid-term review is held
    QString midTermNotes;
    QList<AppraisalRating> ratings; // the supervisor's part
    QString supervisorComments; // the supervisor's part
    QString staffComments; // the staff member's part
    QDate supervisorAcknowledgedOn;
    QDate staffAcknowledgedOn;

    Error validate() const;
    bool isLocked() const
    {
        return supervisorAcknowledgedOn.isValid() && staffAcknowledgedOn.isValid();
    }
    // The middle of the period: when the mid-term review falls due.
    QDate midPoint() const { return periodStart.addDays(periodStart.daysTo(periodEnd) / 2); }

    static QString stageKey(Stage stage);
    static std::optional<Stage> stageFromKey(const QString &key);
    static QString stageName(Stage stage);
};

bool operator==(const Appraisal &a, const Appraisal &b);

// An entry of one of the unit's appraisal lists: a rating level (best first) or a competency.
struct AppraisalScaleItem
{
    Id id = 0;
    QString title;
};

// What the cycle holds to support the rating of one objective.
struct ObjectiveEvidence
{
    Id objectiveId = 0;
    QString title;
    int progressEntries = 0; // logged within the cycle's period
    int clearedDeliverables = 0; // cleared or delivered within the period
    int missions = 0; // completed in the period, linked through its deliverables
    bool hasEvidence() const { return progressEntries + clearedDeliverables + missions > 0; }
};

// An appraisal stage that falls due: the mid-term review after the mid-point, the end-of-cycle
// appraisal in the last month of the cycle.
struct AppraisalDue
{
    Id appraisalId = 0;
    Id personId = 0;
    QString personName;
    Appraisal::Stage stage = Appraisal::Stage::MidTerm; // the stage now due
    QDate dueDate;
    Id supervisorId = 0;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::Appraisal)

#endif
