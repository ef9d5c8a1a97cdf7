#include "dashboardpage.h"

#include "barchart.h"
#include "cardframe.h"
#include "dashboardcard.h"
#include "dashboardcharts.h"
#include "dashboardlines.h"
#include "format.h"
#include "pageheader.h"
#include "roles.h"
#include "session.h"
#include "supervisionsummary.h"
#include "twolinedelegate.h"

#include <storage/deliverablerepository.h>
#include <storage/missionrepository.h>
#include <storage/supervisionqueries.h>
#include <unitstore.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ui {

namespace {

// Shows the error of a failed query; true when the result can be used.
template<typename T> bool usable(const Core::Result<T> &result, Session &session, QWidget *parent)
{
    if (!result)
        session.showError(parent, result.error());
    return result.isOk();
}

} // namespace

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("Dashboard"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(createBody(), 1);
    connect(&session.store(), &Core::UnitStore::changed, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

QWidget *DashboardPage::createBody()
{
    m_overdue = createSection(tr("Overdue activities"), QStringLiteral("overdueActivities"),
        tr("No activity is overdue."), true);
    m_review = createSection(tr("Drafts waiting for review"), QStringLiteral("waitingReview"),
        tr("No draft is waiting for review."), false);
    m_bto = createSection(tr("Back-to-office reports overdue"), QStringLiteral("overdueBto"),
        tr("Every back-to-office report is in."), true);
    m_contracts = createSection(tr("Contracts ending in %1 days").arg(contractDays),
        QStringLiteral("contractsEnding"),
        tr("No contract ends in the next %1 days.").arg(contractDays), false);
    m_due = createSection(tr("Deliverables due in %1 days").arg(deliverableDays),
        QStringLiteral("deliverablesDue"),
        tr("No deliverable falls due in the next %1 days.").arg(deliverableDays), false);
    m_missionDays = createSection(tr("Mission days this year"), QStringLiteral("missionDays"),
        tr("Nobody has been on mission this year."), false);
    m_checkInsDue = createSection(tr("Check-ins due"), QStringLiteral("checkInsDue"),
        tr("Everyone had a check-in in the last %1 days.").arg(SupervisionSummary::checkInInterval),
        false);
    m_appraisalsDue = createSection(tr("Appraisal stages due"), QStringLiteral("appraisalsDue"),
        tr("No appraisal stage is due."), false);
    m_progressChart = createChart(tr("Work-plan progress"), QStringLiteral("progressChart"));
    m_progressChart->setMaximum(100);
    m_progressChart->setValueSuffix(QStringLiteral(" %"));
    m_statusChart = createChart(tr("Deliverables by status"), QStringLiteral("statusChart"));
    m_monthChart = createChart(tr("Mission days by month"), QStringLiteral("monthChart"));
    m_monthChart->setOrientation(Qt::Vertical);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 4, 0);
    grid->setSpacing(12);
    const QList<QWidget *> lists { m_overdue.card, m_review.card, m_checkInsDue.card,
        m_appraisalsDue.card, m_bto.card, m_contracts.card, m_due.card, m_missionDays.card };
    // Three lists a row (narrower cards would cut every title short), the last one widened to
    // close its row; then the three charts across.
    for (int index = 0; index < lists.size(); ++index) {
        const int span = index == lists.size() - 1 ? 3 - index % 3 : 1;
        grid->addWidget(lists.at(index), index / 3, index % 3, 1, span);
    }
    const int chartRow = int(lists.size() + 2) / 3;
    auto *charts = new QHBoxLayout;
    charts->setSpacing(grid->spacing());
    for (BarChart *chart : { m_progressChart, m_statusChart, m_monthChart })
        charts->addWidget(chartCard(chart), 1);
    grid->addLayout(charts, chartRow, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

DashboardPage::Section DashboardPage::createSection(
    const QString &title, const QString &name, const QString &emptyText, bool alarming)
{
    auto *model = new DashboardListModel(this);
    auto *list = new QListView;
    list->setObjectName(name + QStringLiteral("List"));
    list->setModel(model);
    list->setItemDelegate(new TwoLineDelegate(list));
    list->setFrameShape(QFrame::NoFrame);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setUniformItemSizes(true);
    // Three lines at least, so that a card never shrinks to a sliver.
    list->setMinimumHeight(TwoLineDelegate::lineHeight(list->font()) * 3);
    // Activated covers double-click (or single click, where the style says so) and Return.
    connect(list, &QListView::activated, this, &DashboardPage::onActivated);
    auto *card = new DashboardCard(title, name, list);
    card->setEmptyText(emptyText);
    return { model, card, alarming };
}

BarChart *DashboardPage::createChart(const QString &title, const QString &name)
{
    auto *chart = new BarChart;
    chart->setObjectName(name);
    chart->setTitle(title);
    chart->setEmptyText(tr("Nothing to show yet."));
    return chart;
}

QWidget *DashboardPage::chartCard(BarChart *chart)
{
    auto *card = new CardFrame;
    card->setObjectName(chart->objectName() + QStringLiteral("Card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(chart);
    return card;
}

void DashboardPage::refresh()
{
    if (!refreshLists() || !refreshSupervision() || !refreshCharts())
        return;
    m_header->setSubtitle(QLocale().toString(m_today, QStringLiteral("dddd d MMMM yyyy")));
}

void DashboardPage::setLines(const Section &section, const QList<DashboardListModel::Line> &lines)
{
    section.model->setLines(lines);
    section.card->setCount(int(lines.size()), section.alarming);
}

bool DashboardPage::refreshLists()
{
    const Core::UnitStore &store = m_session.store();
    const auto overdue = store.supervision().overdue(m_today);
    const auto review = store.deliverables().waitingForReview();
    const auto btos = store.missions().overdueBtoReports(m_today);
    const auto endings = store.supervision().contractsEnding(m_today, contractDays);
    const auto due = store.deliverables().dueWithin(m_today, deliverableDays);
    const auto days = store.missions().missionDays(m_today.year());
    if (!usable(overdue, m_session, this) || !usable(review, m_session, this)
        || !usable(btos, m_session, this) || !usable(endings, m_session, this)
        || !usable(due, m_session, this) || !usable(days, m_session, this))
        return false;
    setLines(m_overdue, DashboardLines::overdueActivities(overdue.value(), m_today));
    setLines(m_review, DashboardLines::waitingForReview(review.value(), m_today));
    setLines(m_bto, DashboardLines::overdueBtoReports(btos.value(), m_today));
    setLines(m_contracts, DashboardLines::contractsEnding(endings.value(), m_today));
    setLines(m_due, DashboardLines::deliverablesDue(due.value(), m_today));
    setLines(m_missionDays, DashboardLines::missionDays(days.value()));
    // The same figures, summed over people: no second query for the chart.
    m_monthChart->setBars(DashboardCharts::missionDaysByMonth(days.value()));
    m_monthChart->setTitle(tr("Mission days by month, %1").arg(m_today.year()));
    return true;
}

// Who is due a check-in and which appraisal stages fall due, across the whole unit.
bool DashboardPage::refreshSupervision()
{
    const SupervisionSummary summary(m_session.store(), m_today);
    const auto checkIns = summary.checkInsDue(0);
    const auto appraisals = summary.appraisalsDue(0);
    if (!usable(checkIns, m_session, this) || !usable(appraisals, m_session, this))
        return false;
    setLines(m_checkInsDue, checkIns.value());
    setLines(m_appraisalsDue, appraisals.value());
    return true;
}

bool DashboardPage::refreshCharts()
{
    const Core::UnitStore &store = m_session.store();
    const auto rows = store.supervision().overview(m_today);
    const auto counts = store.deliverables().countByStatus();
    if (!usable(rows, m_session, this) || !usable(counts, m_session, this))
        return false;
    m_progressChart->setBars(DashboardCharts::progress(rows.value()));
    m_statusChart->setBars(DashboardCharts::deliverablesByStatus(counts.value()));
    return true;
}

void DashboardPage::onActivated(const QModelIndex &index)
{
    const auto *model = qobject_cast<const DashboardListModel *>(index.model());
    if (!model)
        return;
    const DashboardListModel::Line &line = model->line(index.row());
    switch (line.target) {
    case DashboardListModel::Target::Person:
        Q_EMIT personActivated(line.id, line.planId);
        break;
    case DashboardListModel::Target::Mission:
        Q_EMIT missionActivated(line.id);
        break;
    case DashboardListModel::Target::Deliverable:
        Q_EMIT deliverableActivated(line.id);
        break;
    case DashboardListModel::Target::CheckIns:
        Q_EMIT checkInsActivated(line.id);
        break;
    case DashboardListModel::Target::CheckIn:
        Q_EMIT checkInActivated(line.id);
        break;
    case DashboardListModel::Target::Appraisal:
        Q_EMIT appraisalActivated(line.id);
        break;
    }
}

} // namespace Ui
