#ifndef UI_DASHBOARDCHARTS_H
#define UI_DASHBOARDCHARTS_H

#include "barchart.h"

#include <QCoreApplication>
#include <dashboardfigures.h>
#include <deliverable.h>
#include <supervisionrow.h>

#include <QList>
#include <QMap>

namespace Ui {

// The bars of the dashboard's three charts, from what core reports.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(Ui::DashboardCharts)

public:
    using Bar = BarChart::Bar;

    // Work-plan progress of each supervisee with a plan, by name; amber, with a note saying
    // why, when behind on activities.
    static QList<Bar> progress(const QList<Core::SupervisionRow> &rows);
    // Every status but cancelled, in the order a deliverable moves through them.
    static QList<Bar> deliverablesByStatus(const QMap<Core::Deliverable::Status, int> &counts);
    // January to December, the whole unit's days on mission.
    static QList<Bar> missionDaysByMonth(const QList<Core::MissionDays> &days);

    static QColor statusColour(Core::Deliverable::Status status);
};

} // namespace Ui

#endif
