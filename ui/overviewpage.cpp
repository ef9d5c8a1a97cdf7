#include "overviewpage.h"

#include "alertlistmodel.h"
#include "format.h"
#include "overviewmodel.h"
#include "pageheader.h"
#include "progressbardelegate.h"
#include "roles.h"
#include "session.h"
#include "summaryexportdialog.h"
#include "tablesetup.h"

#include <storage/supervisionqueries.h>
#include <unitstore.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

OverviewPage::OverviewPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("Unit overview"), this))
    , m_filter(new QLineEdit(this))
    , m_model(new OverviewModel(session.store(), this))
    , m_proxy(TableSetup::filtered(m_model, m_filter))
    , m_table(new QTableView(this))
    , m_overdue(new AlertListModel(this))
    , m_dueSoon(new AlertListModel(this))
    , m_contracts(new AlertListModel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *summaries = new QPushButton(tr("Summaries and &reports..."), this);
    summaries->setObjectName(QStringLiteral("exportSummaryButton"));
    summaries->setToolTip(tr("The selected person's performance review summary, or the unit's "
                             "annual report"));
    connect(summaries, &QPushButton::clicked, this, &OverviewPage::exportSummary);
    m_header->addTool(summaries);
    m_header->addFilter(
        m_filter, QStringLiteral("overviewFilter"), tr("Filter by name, category, plan..."));
    setUpTable();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(createAlerts());
    layout->addWidget(m_table, 1);
    connect(&session.store(), &Core::UnitStore::changed, this, &OverviewPage::refreshAlerts);
    connect(m_model, &OverviewModel::failed, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    refreshAlerts();
}

// The selected person's summary; with nobody selected, the unit's annual report.
void OverviewPage::exportSummary()
{
    const QModelIndex current = m_table->currentIndex();
    const Core::Id personId
        = current.isValid() ? current.data(PersonIdRole).value<Core::Id>() : Core::Id(0);
    auto *dialog = new SummaryExportDialog(m_session, personId, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (personId == 0)
        dialog->setDocument(SummaryExportDialog::Document::AnnualReport);
    dialog->open();
}

void OverviewPage::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today);
    refreshAlerts();
}

void OverviewPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("Supervisees"));
    m_table->setModel(m_proxy);
    TableSetup::apply(m_table);
    m_table->setItemDelegate(new ProgressBarDelegate(m_table));
    auto *learning = new ProgressBarDelegate(m_table);
    learning->setBarColor(Format::learning());
    m_table->setItemDelegateForColumn(OverviewModel::LearningColumn, learning);
    m_table->sortByColumn(OverviewModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OverviewModel::PlanColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OverviewModel::NextDeadlineColumn, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths { { OverviewModel::NameColumn, 160 },
        { OverviewModel::CategoryColumn, 125 }, { OverviewModel::ProgressColumn, 115 },
        { OverviewModel::LearningColumn, 105 }, { OverviewModel::OverdueColumn, 62 },
        { OverviewModel::AssignmentEndColumn, 175 }, { OverviewModel::LastProgressColumn, 100 } };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    connect(m_table, &QTableView::activated, this, &OverviewPage::onActivated);
}

QWidget *OverviewPage::createAlerts()
{
    auto *alerts = new QWidget(this);
    auto *layout = new QHBoxLayout(alerts);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(createAlertBox(tr("Overdue"), QStringLiteral("overdueList"), m_overdue));
    layout->addWidget(createAlertBox(
        tr("Due in the next %1 days").arg(dueSoonDays), QStringLiteral("dueSoonList"), m_dueSoon));
    layout->addWidget(
        createAlertBox(tr("Contracts ending in %1 days").arg(OverviewModel::endingSoonDays),
            QStringLiteral("contractsList"), m_contracts));
    return alerts;
}

QWidget *OverviewPage::createAlertBox(
    const QString &title, const QString &name, AlertListModel *model)
{
    auto *box = new QWidget(this);
    auto *caption = new QLabel(title, box);
    caption->setObjectName(name + QStringLiteral("Caption"));
    caption->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *list = new QListView(box);
    list->setObjectName(name);
    caption->setBuddy(list);
    list->setModel(model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setAlternatingRowColors(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    list->setUniformItemSizes(true);
    list->setFixedHeight(list->fontMetrics().height() * 7);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(caption);
    layout->addWidget(list);
    connect(list, &QListView::activated, this, &OverviewPage::onActivated);
    connect(model, &QAbstractItemModel::modelReset, caption, [caption, model, title] {
        caption->setText(QStringLiteral("%1 (%2)").arg(title).arg(model->rowCount()));
    });
    return box;
}

void OverviewPage::refreshAlerts()
{
    const Core::SupervisionQueries &queries = m_session.store().supervision();
    const auto overdue = queries.overdue(m_today);
    const auto dueSoon = queries.dueWithin(m_today, dueSoonDays);
    const auto endings = queries.contractsEnding(m_today, OverviewModel::endingSoonDays);
    for (const Core::Error &error : { overdue.error(), dueSoon.error(), endings.error() }) {
        if (error.isError()) {
            m_session.showError(this, error);
            return;
        }
    }
    m_overdue->setAlerts(AlertListModel::fromDeadlines(overdue.value(), m_today));
    m_dueSoon->setAlerts(AlertListModel::fromDeadlines(dueSoon.value(), m_today));
    m_contracts->setAlerts(AlertListModel::fromEndings(endings.value(), m_today));
    const int count = m_model->rowCount();
    const QString people = count == 1 ? tr("1 supervisee") : tr("%1 supervisees").arg(count);
    m_header->setSubtitle(QLocale().toString(m_today, QStringLiteral("dddd d MMMM yyyy"))
        + QStringLiteral("  ·  ") + people);
}

void OverviewPage::onActivated(const QModelIndex &index)
{
    const Core::Id personId = index.data(PersonIdRole).value<Core::Id>();
    if (personId != 0)
        Q_EMIT personActivated(personId, index.data(PlanIdRole).value<Core::Id>());
}

} // namespace Ui
