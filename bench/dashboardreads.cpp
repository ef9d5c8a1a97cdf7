#include "dashboardreads.h"

#include <dashboardpage.h>
#include <supervisionsummary.h>

#include <storage/deliverablerepository.h>
#include <storage/missionrepository.h>
#include <storage/supervisionqueries.h>
#include <unitstore.h>

namespace Bench {

namespace {

// A read that fails leaves nothing to measure: the benchmark stops and says why.
template<typename Answer> void require(const Answer &answer, const QString &what)
{
    if (!answer)
        qFatal("%s: %s", qPrintable(what), qPrintable(answer.error().message()));
}

} // namespace

DashboardReads::DashboardReads(const Core::UnitStore &store, const QDate &today)
    : m_store(store), m_today(today)
{
}

QList<DashboardReads::Read> DashboardReads::all() const
{
    const Core::UnitStore &store = m_store;
    const QDate today = m_today;
    auto read = [](const QString &name, auto call) {
        return Read { name, [name, call] { require(call(), name); } };
    };
    return {
        read(QStringLiteral("dashboard: overdue activities"),
            [&store, today] { return store.supervision().overdue(today); }),
        read(QStringLiteral("dashboard: drafts waiting for review"),
            [&store] { return store.deliverables().waitingForReview(); }),
        read(QStringLiteral("dashboard: BTO reports overdue"),
            [&store, today] { return store.missions().overdueBtoReports(today); }),
        read(QStringLiteral("dashboard: contracts ending"),
            [&store, today] {
                return store.supervision().contractsEnding(today, Ui::DashboardPage::contractDays);
            }),
        read(QStringLiteral("dashboard: deliverables due"),
            [&store, today] {
                return store.deliverables().dueWithin(today, Ui::DashboardPage::deliverableDays);
            }),
        read(QStringLiteral("dashboard: mission days"),
            [&store, today] { return store.missions().missionDays(today.year()); }),
        read(QStringLiteral("dashboard: check-ins due"),
            [&store, today] { return Ui::SupervisionSummary(store, today).checkInsDue(0); }),
        read(QStringLiteral("dashboard: appraisal stages due"),
            [&store, today] { return Ui::SupervisionSummary(store, today).appraisalsDue(0); }),
        read(QStringLiteral("dashboard: deliverables by status"),
            [&store] { return store.deliverables().countByStatus(); }),
        overview(),
    };
}

DashboardReads::Read DashboardReads::overview() const
{
    const Core::UnitStore &store = m_store;
    const QDate today = m_today;
    const QString name = QStringLiteral("unit overview (also the dashboard's progress chart)");
    return { name, [&store, today, name] { require(store.supervision().overview(today), name); } };
}

} // namespace Bench
