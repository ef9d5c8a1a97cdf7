#include "appraisal.h"

#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<Appraisal::Stage> stageEntries[] = {
    { Appraisal::Stage::ObjectivesSet, "objectives_set",
        QT_TRANSLATE_NOOP("Core::Appraisal", "Objectives set") },
    { Appraisal::Stage::MidTerm, "mid_term",
        QT_TRANSLATE_NOOP("Core::Appraisal", "Mid-term review") },
    { Appraisal::Stage::EndOfCycle, "end_of_cycle",
        QT_TRANSLATE_NOOP("Core::Appraisal", "End-of-cycle appraisal") },
};
constexpr EnumTable stageTable("Core::Appraisal", stageEntries);

} // namespace

bool operator==(const AppraisalRating &a, const AppraisalRating &b)
{
    return a.subject == b.subject && a.subjectId == b.subjectId && a.levelId == b.levelId
        && a.comment == b.comment;
}

Error Appraisal::validate() const
{
    if (personId == 0)
        return Error::validation(tr("Choose whose appraisal this is."), QStringLiteral("person"));
    if (supervisorId == 0 || supervisorId == personId)
        return Error::validation(tr("An appraisal is written by a supervisor other than the "
                                    "staff member."),
            QStringLiteral("supervisor"));
    if (!periodStart.isValid() || !periodEnd.isValid())
        return Error::validation(
            tr("An appraisal cycle needs a period."), QStringLiteral("periodStart"));
    if (periodEnd <= periodStart)
        return Error::validation(
            tr("The cycle ends (%1) before it starts (%2).")
                .arg(periodEnd.toString(Qt::ISODate), periodStart.toString(Qt::ISODate)),
            QStringLiteral("periodEnd"));
    if (!objectivesSetOn.isValid())
        return Error::validation(
            tr("Say when the objectives were set."), QStringLiteral("objectivesSetOn"));
    return {};
}

QString Appraisal::stageKey(Stage stage)
{
    return stageTable.key(stage);
}

std::optional<Appraisal::Stage> Appraisal::stageFromKey(const QString &key)
{
    return stageTable.fromKey(key);
}

QString Appraisal::stageName(Stage stage)
{
    return stageTable.name(stage);
}

bool operator==(const Appraisal &a, const Appraisal &b)
{
    return a.id == b.id && a.personId == b.personId && a.supervisorId == b.supervisorId
        && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd && a.stage == b.stage
        && a.objectiveIds == b.objectiveIds && a.objectivesSetOn == b.objectivesSetOn
        && a.midTermOn == b.midTermOn && a.midTermNotes == b.midTermNotes && a.ratings == b.ratings
        && a.supervisorComments == b.supervisorComments && a.staffComments == b.staffComments
        && a.supervisorAcknowledgedOn == b.supervisorAcknowledgedOn
        && a.staffAcknowledgedOn == b.staffAcknowledgedOn;
}

} // namespace Core
