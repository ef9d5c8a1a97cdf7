#include "dashboardcharts.h"

#include "format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Ui {

QList<DashboardCharts::Bar> DashboardCharts::progress(const QList<Core::SupervisionRow> &rows)
{
    QList<Core::SupervisionRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Core::SupervisionRow &a, const Core::SupervisionRow &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
    QList<Bar> bars;
    for (const Core::SupervisionRow &row : sorted) {
        if (row.planId == 0)
            continue;
        const bool behind = row.overdueActivities > 0;
        const QString note = row.overdueActivities == 1
            ? tr("1 activity overdue")
            : tr("%n activities overdue", nullptr, row.overdueActivities);
        bars.append({ row.name, row.progress, behind ? Format::caution() : Format::success(),
            behind ? note : QString() });
    }
    return bars;
}

QList<DashboardCharts::Bar> DashboardCharts::deliverablesByStatus(
    const QMap<Core::Deliverable::Status, int> &counts)
{
    QList<Bar> bars;
    for (const Core::Deliverable::Status status : Core::Deliverable::statuses()) {
        if (status == Core::Deliverable::Status::Cancelled)
            continue;
        bars.append({ Core::Deliverable::statusName(status), double(counts.value(status)),
            statusColour(status) });
    }
    return bars;
}

QList<DashboardCharts::Bar> DashboardCharts::missionDaysByMonth(
    const QList<Core::MissionDays> &days)
{
    QList<Bar> bars;
    for (int month = 1; month <= 12; ++month) {
        int total = 0;
        for (const Core::MissionDays &person : days)
            total += person.byMonth.value(month);
        bars.append({ QLocale().standaloneMonthName(month, QLocale::ShortFormat), double(total),
            Format::accent() });
    }
    return bars;
}

QColor DashboardCharts::statusColour(Core::Deliverable::Status status)
{
    using Status = Core::Deliverable::Status;
    switch (status) {
    case Status::Planned:
        return Format::muted();
    case Status::Drafting:
        return Format::accent();
    case Status::InReview:
        return Format::caution();
    case Status::Revision:
        return QColor(0xe0, 0x8e, 0x0b);
    case Status::Cleared:
        return Format::success();
    case Status::Delivered:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Cancelled:
        break;
    }
    return Format::muted();
}

} // namespace Ui
