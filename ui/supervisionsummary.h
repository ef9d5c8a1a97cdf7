#ifndef UI_SUPERVISIONSUMMARY_H
#define UI_SUPERVISIONSUMMARY_H

#include "dashboardlistmodel.h"

#include <QCoreApplication>
#include <result.h>
#include <reviewround.h>

#include <QDate>
#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The supervision lines of My supervision and the dashboard, from core's answers: check-ins
// due, drafts waiting for a reviewer, appraisal stages due, and for one person their own
// check-ins, drafts in review and appraisal. A supervisor id of 0 means the whole unit.
class SupervisionSummary
{
    Q_DECLARE_TR_FUNCTIONS(Ui::SupervisionSummary)

public:
    using Line = DashboardListModel::Line;
    using Lines = Core::Result<QList<Line>>;

    static constexpr int checkInInterval = 30; // days between check-ins before one is due
    static constexpr int urgentWait = 7; // days a draft may wait before it is shown in red

    SupervisionSummary(const Core::UnitStore &store, const QDate &today);

    Lines checkInsDue(Core::Id supervisorId) const;
    Lines reviewsWaiting(Core::Id reviewerId) const;
    Lines appraisalsDue(Core::Id supervisorId) const;

    Lines myCheckIns(Core::Id personId) const;
    Lines myDrafts(Core::Id personId) const;
    Lines myAppraisals(Core::Id personId) const;

private:
    Line reviewLine(const Core::ReviewRound &round, bool forAuthor) const;
    QString nameOf(Core::Id personId) const;
    QString days(qint64 count) const;

    const Core::UnitStore &m_store;
    QDate m_today;
    mutable bool m_namesRead = false;
    mutable QHash<Core::Id, QString> m_names;
};

} // namespace Ui

#endif
