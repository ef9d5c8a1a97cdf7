#include "workplanspage.h"

#include "pageheader.h"
#include "progressbardelegate.h"
#include "roles.h"
#include "session.h"
#include "tablesetup.h"
#include "workplansmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

WorkPlansPage::WorkPlansPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_model(new WorkPlansModel(session.store(), this))
    , m_proxy(TableSetup::filtered(m_model, m_filter))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("workPlansPage"));
    auto *header = new PageHeader(tr("Work plans"), this);
    header->setSubtitle(tr("All plans of the unit, newest period first"));
    header->addFilter(
        m_filter, QStringLiteral("workPlansFilter"), tr("Filter by person, title, status..."));
    setUpTable();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);
    connect(m_model, &WorkPlansModel::failed, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
}

void WorkPlansPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("workPlansTable"));
    m_table->setAccessibleName(tr("Work plans"));
    m_table->setModel(m_proxy);
    TableSetup::apply(m_table);
    m_table->setItemDelegate(new ProgressBarDelegate(m_table));
    m_table->sortByColumn(WorkPlansModel::PeriodColumn, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(WorkPlansModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const QList<QPair<int, int>> widths { { WorkPlansModel::PersonColumn, 190 },
        { WorkPlansModel::PeriodColumn, 220 }, { WorkPlansModel::StatusColumn, 100 },
        { WorkPlansModel::RevisionColumn, 80 }, { WorkPlansModel::ProgressColumn, 170 } };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    connect(m_table, &QTableView::activated, this, &WorkPlansPage::onActivated);
}

void WorkPlansPage::onActivated(const QModelIndex &index)
{
    Q_EMIT planActivated(
        index.data(PersonIdRole).value<Core::Id>(), index.data(PlanIdRole).value<Core::Id>());
}

} // namespace Ui
