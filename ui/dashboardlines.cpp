#include "dashboardlines.h"

#include "format.h"

#include <country.h>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Ui {

namespace {

const QString separator = QStringLiteral("  ·  ");

} // namespace

QString DashboardLines::days(qint64 count)
{
    return count == 1 ? tr("1 day") : tr("%1 days").arg(count);
}

QList<DashboardLines::Line> DashboardLines::overdueActivities(
    const QList<Core::Deadline> &deadlines, const QDate &today)
{
    QList<Line> lines;
    for (const Core::Deadline &deadline : deadlines) {
        Line line;
        line.title = deadline.activityTitle;
        line.detail = deadline.personName + separator + deadline.objectiveTitle;
        line.badge = tr("%1 late").arg(days(deadline.dueDate.daysTo(today)));
        line.toolTip
            = tr("Due %1, %2 done")
                  .arg(Format::date(deadline.dueDate), Format::percent(deadline.latestPercent));
        line.target = DashboardListModel::Target::Person;
        line.id = deadline.personId;
        line.planId = deadline.planId;
        line.urgent = true;
        lines.append(line);
    }
    return lines;
}

QList<DashboardLines::Line> DashboardLines::waitingForReview(
    const QList<Core::DeliverableDue> &deliverables, const QDate &today)
{
    QList<Line> lines;
    for (const Core::DeliverableDue &deliverable : deliverables) {
        const qint64 waiting
            = deliverable.statusSince.isValid() ? deliverable.statusSince.daysTo(today) : 0;
        Line line;
        line.title = deliverable.title;
        line.detail = deliverable.ownerName + separator
            + tr("in review since %1").arg(Format::shortDate(deliverable.statusSince));
        line.badge = waiting > 0 ? tr("%1 waiting").arg(days(waiting)) : tr("since today");
        line.toolTip = tr("Due %1").arg(Format::date(deliverable.dueDate));
        line.target = DashboardListModel::Target::Deliverable;
        line.id = deliverable.deliverableId;
        line.urgent = waiting > urgentDays;
        lines.append(line);
    }
    return lines;
}

QList<DashboardLines::Line> DashboardLines::overdueBtoReports(
    const QList<Core::OverdueBto> &reports, const QDate &today)
{
    QList<Line> lines;
    for (const Core::OverdueBto &report : reports) {
        Line line;
        line.title = report.purpose;
        line.detail = report.travellers + separator
            + tr("back %1, due %2")
                  .arg(Format::shortDate(report.returned), Format::shortDate(report.due));
        line.badge = tr("%1 late").arg(days(report.due.daysTo(today)));
        line.target = DashboardListModel::Target::Mission;
        line.id = report.missionId;
        line.urgent = true;
        lines.append(line);
    }
    return lines;
}

QList<DashboardLines::Line> DashboardLines::contractsEnding(
    const QList<Core::EndingAssignment> &endings, const QDate &today)
{
    QList<Line> lines;
    for (const Core::EndingAssignment &ending : endings) {
        const qint64 left = today.daysTo(ending.end);
        Line line;
        line.title = ending.personName;
        line.detail
            = ending.title + separator + (ending.renewable ? tr("renewable") : tr("not renewable"));
        line.badge = Format::daysFrom(today, ending.end);
        line.toolTip = tr("Ends %1").arg(Format::date(ending.end));
        line.target = DashboardListModel::Target::Person;
        line.id = ending.personId;
        line.urgent = left <= urgentContractDays;
        lines.append(line);
    }
    return lines;
}

QList<DashboardLines::Line> DashboardLines::deliverablesDue(
    const QList<Core::DeliverableDue> &deliverables, const QDate &today)
{
    QList<Line> lines;
    for (const Core::DeliverableDue &deliverable : deliverables) {
        Line line;
        line.title = deliverable.title;
        line.detail
            = deliverable.ownerName + separator + Core::Deliverable::statusName(deliverable.status);
        line.badge = Format::daysFrom(today, deliverable.dueDate);
        line.toolTip = tr("Due %1").arg(Format::date(deliverable.dueDate));
        line.target = DashboardListModel::Target::Deliverable;
        line.id = deliverable.deliverableId;
        line.urgent = today.daysTo(deliverable.dueDate) <= urgentDays;
        lines.append(line);
    }
    return lines;
}

QList<DashboardLines::Line> DashboardLines::missionDays(const QList<Core::MissionDays> &days)
{
    QList<Core::MissionDays> sorted = days;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Core::MissionDays &a, const Core::MissionDays &b) { return a.total > b.total; });
    QList<Line> lines;
    for (const Core::MissionDays &person : sorted) {
        QStringList countries;
        for (auto it = person.byCountry.cbegin(); it != person.byCountry.cend(); ++it)
            countries.append(
                QStringLiteral("%1 %2").arg(Core::Country::name(it.key())).arg(it.value()));
        Line line;
        line.title = person.name;
        line.detail = countries.join(QStringLiteral(", "));
        line.badge = DashboardLines::days(person.total);
        line.target = DashboardListModel::Target::Person;
        line.id = person.personId;
        lines.append(line);
    }
    return lines;
}

} // namespace Ui
