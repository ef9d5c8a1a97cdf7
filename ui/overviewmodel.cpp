#include "overviewmodel.h"

#include "format.h"
#include "roles.h"

#include <storage/supervisionqueries.h>
#include <unitstore.h>

#include <QFont>

namespace Ui {

OverviewModel::OverviewModel(Core::UnitStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_today(QDate::currentDate())
{
    connect(&m_store, &Core::UnitStore::changed, this, &OverviewModel::refresh);
    refresh();
}

void OverviewModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void OverviewModel::refresh()
{
    auto rows = m_store.supervision().overview(m_today);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<Core::SupervisionRow>();
    endResetModel();
    if (!rows)
        Q_EMIT failed(rows.error());
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::SupervisionRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::FontRole:
        return index.column() == NameColumn ? QVariant(Format::emphasis()) : QVariant();
    case SortRole:
        return sortKey(row, index.column());
    case ProgressRole:
        return progress(row, index.column());
    case FilterRole:
        return QStringList { row.name, Core::Person::categoryName(row.category), row.planTitle,
            row.positionTitle, row.supervisorName }
            .join(QLatin1Char(' '));
    case IdRole:
    case PersonIdRole:
        return row.personId;
    case PlanIdRole:
        return row.planId;
    case ObjectRole:
        return QVariant::fromValue(row);
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = { QT_TR_NOOP("Name"), QT_TR_NOOP("Category"),
        QT_TR_NOOP("Work plan"), QT_TR_NOOP("Progress"), QT_TR_NOOP("Learning"),
        QT_TR_NOOP("Overdue"), QT_TR_NOOP("Next deadline"), QT_TR_NOOP("Assignment ends"),
        QT_TR_NOOP("Last logged") };
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant OverviewModel::display(const Core::SupervisionRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case CategoryColumn:
        return Core::Person::categoryName(row.category);
    case PlanColumn:
        return planText(row);
    case ProgressColumn:
        return row.planId != 0 ? Format::percent(row.progress) : QString();
    case LearningColumn:
        return row.hasLearning ? Format::percent(row.learningProgress) : tr("none");
    case OverdueColumn:
        return row.overdueActivities;
    case NextDeadlineColumn:
        return row.nextDeadline.isValid()
            ? Format::shortDate(row.nextDeadline) + QStringLiteral("  ") + row.nextDeadlineTitle
            : QString();
    case AssignmentEndColumn:
        return row.assignmentEnd.isValid() ? tr("%1 (%2)").arg(
                   Format::date(row.assignmentEnd), Format::daysFrom(m_today, row.assignmentEnd))
                                           : QString();
    case LastProgressColumn:
        return row.lastProgressOn.isValid() ? Format::daysFrom(m_today, row.lastProgressOn)
                                            : tr("never");
    }
    return {};
}

QVariant OverviewModel::sortKey(const Core::SupervisionRow &row, int column) const
{
    switch (column) {
    case ProgressColumn:
        return row.planId != 0 ? row.progress : -1.0;
    case LearningColumn:
        return row.hasLearning ? row.learningProgress : -1.0;
    case OverdueColumn:
        return row.overdueActivities;
    case NextDeadlineColumn:
        return row.nextDeadline;
    case AssignmentEndColumn:
        return row.assignmentEnd;
    case LastProgressColumn:
        return row.lastProgressOn;
    }
    return display(row, column);
}

QVariant OverviewModel::foreground(const Core::SupervisionRow &row, int column) const
{
    const bool late = (column == OverdueColumn && row.overdueActivities > 0)
        || (column == NextDeadlineColumn && row.nextDeadline.isValid()
            && row.nextDeadline < m_today);
    if (late)
        return Format::warning();
    if (column == AssignmentEndColumn && isEndingSoon(row))
        return Format::caution();
    const bool empty = (column == PlanColumn && row.planId == 0)
        || (column == LearningColumn && !row.hasLearning)
        || (column == OverdueColumn && row.overdueActivities == 0)
        || (column == LastProgressColumn && !row.lastProgressOn.isValid());
    return empty ? QVariant(Format::muted()) : QVariant();
}

QVariant OverviewModel::toolTip(const Core::SupervisionRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return tr("%1\nSupervisor: %2").arg(row.positionTitle, row.supervisorName);
    case PlanColumn:
        return planText(row);
    case NextDeadlineColumn:
        return row.nextDeadlineTitle;
    case LastProgressColumn:
        return Format::date(row.lastProgressOn);
    }
    return {};
}

QVariant OverviewModel::progress(const Core::SupervisionRow &row, int column) const
{
    if (column == ProgressColumn && row.planId != 0)
        return row.progress;
    if (column == LearningColumn && row.hasLearning)
        return row.learningProgress;
    return {};
}

QString OverviewModel::planText(const Core::SupervisionRow &row) const
{
    if (row.planId == 0)
        return tr("No current plan");
    return tr("%1, rev. %2  ·  %3")
        .arg(Core::WorkPlan::statusName(row.planStatus))
        .arg(row.planRevision)
        .arg(row.planTitle);
}

bool OverviewModel::isEndingSoon(const Core::SupervisionRow &row) const
{
    return row.assignmentEnd.isValid() && row.assignmentEnd >= m_today
        && m_today.daysTo(row.assignmentEnd) <= endingSoonDays;
}

} // namespace Ui
