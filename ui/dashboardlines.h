#ifndef UI_DASHBOARDLINES_H
#define UI_DASHBOARDLINES_H

#include "dashboardlistmodel.h"

#include <QCoreApplication>
#include <dashboardfigures.h>
#include <deadline.h>

#include <QDate>
#include <QList>

namespace Ui {

// Turns what core reports into the lines of the dashboard's lists: what each line says, what
// its badge counts, and which of them are urgent.
class DashboardLines
{
    Q_DECLARE_TR_FUNCTIONS(Ui::DashboardLines)

public:
    using Line = DashboardListModel::Line;

    static QList<Line> overdueActivities(
        const QList<Core::Deadline> &deadlines, const QDate &today);
    static QList<Line> waitingForReview(
        const QList<Core::DeliverableDue> &deliverables, const QDate &today);
    static QList<Line> overdueBtoReports(
        const QList<Core::OverdueBto> &reports, const QDate &today);
    static QList<Line> contractsEnding(
        const QList<Core::EndingAssignment> &endings, const QDate &today);
    static QList<Line> deliverablesDue(
        const QList<Core::DeliverableDue> &deliverables, const QDate &today);
    // Most days first.
    static QList<Line> missionDays(const QList<Core::MissionDays> &days);

    // Within this many days a deadline or a contract end is shown in red.
    static constexpr int urgentDays = 7;
    static constexpr int urgentContractDays = 30;

private:
    static QString days(qint64 count);
};

} // namespace Ui

#endif
