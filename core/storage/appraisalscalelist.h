#ifndef CORE_APPRAISALSCALELIST_H
#define CORE_APPRAISALSCALELIST_H

#include "../appraisal.h"
#include "../result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Core {

class Database;

// One of the unit's two appraisal lists: the rating scale (best first) or the core
// competencies. Both can change between cycles, but never under a rating already given: an item
// that a rating uses cannot be removed or renamed, and the levels in use keep their order, so
// that "Fully meets expectations" given last year still reads, and ranks, as it was given.
class AppraisalScaleList
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalScaleList)
public:
    enum class Kind { RatingScale, Competencies };

    AppraisalScaleList(const Database &database, Kind kind);

    Result<QList<AppraisalScaleItem>> items() const;
    // Makes the list `items`, in that order: an item with an id keeps it, and with it the
    // ratings that use it; one without an id is new; a stored item left out is removed. The
    // caller's transaction, if any, is joined; on any refusal nothing changes.
    Status replace(const QList<AppraisalScaleItem> &items) const;

private:
    struct Statements;
    static const Statements &statements(Kind kind);

    Status checkNames(const QList<AppraisalScaleItem> &items) const;
    Status checkRatingsKept(const QList<AppraisalScaleItem> &stored,
        const QList<AppraisalScaleItem> &items, const QHash<Id, int> &uses) const;
    Status checkOrderKept(const QList<AppraisalScaleItem> &stored,
        const QList<AppraisalScaleItem> &items, const QHash<Id, int> &uses) const;
    Result<QHash<Id, int>> uses() const;
    Status write(
        const QList<AppraisalScaleItem> &stored, const QList<AppraisalScaleItem> &items) const;
    QString field() const;

    const Database &m_database;
    Kind m_kind;
};

} // namespace Core

#endif
