#include "workplansmodel.h"

#include "format.h"
#include "roles.h"

#include <storage/peoplerepository.h>
#include <storage/progressrepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QHash>

namespace Ui {

WorkPlansModel::WorkPlansModel(Core::UnitStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &Core::UnitStore::changed, this, &WorkPlansModel::refresh);
    refresh();
}

void WorkPlansModel::refresh()
{
    const auto rows = load();
    beginResetModel();
    m_rows = rows ? rows.value() : QList<Row>();
    endResetModel();
    if (!rows)
        Q_EMIT failed(rows.error());
}

Core::Result<QList<WorkPlansModel::Row>> WorkPlansModel::load() const
{
    const auto plans = m_store.workPlans().all();
    const auto people = m_store.people().all();
    if (!plans)
        return plans.error();
    if (!people)
        return people.error();
    QHash<Core::Id, QString> names;
    for (const Core::Person &person : people.value())
        names.insert(person.id, person.name);
    QList<Row> rows;
    for (const Core::WorkPlan &plan : plans.value()) {
        const auto progress = m_store.progress().planProgress(plan.id);
        if (!progress)
            return progress.error();
        rows.append({ plan, names.value(plan.personId), progress.value().work() });
    }
    return rows;
}

int WorkPlansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkPlansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkPlansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case ProgressRole:
        return index.column() == ProgressColumn ? QVariant(row.progress) : QVariant();
    case FilterRole:
        return QStringList { row.personName, row.plan.title,
            Core::WorkPlan::statusName(row.plan.status) }
            .join(QLatin1Char(' '));
    case IdRole:
    case PlanIdRole:
        return row.plan.id;
    case PersonIdRole:
        return row.plan.personId;
    case ObjectRole:
        return QVariant::fromValue(row.plan);
    }
    return {};
}

QVariant WorkPlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount]
        = { QT_TR_NOOP("Person"), QT_TR_NOOP("Title"), QT_TR_NOOP("Period"), QT_TR_NOOP("Status"),
              QT_TR_NOOP("Revision"), QT_TR_NOOP("Progress") };
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant WorkPlansModel::display(const Row &row, int column) const
{
    switch (column) {
    case PersonColumn:
        return row.personName;
    case TitleColumn:
        return row.plan.title;
    case PeriodColumn:
        return tr("%1 to %2")
            .arg(Format::date(row.plan.periodStart), Format::date(row.plan.periodEnd));
    case StatusColumn:
        return Core::WorkPlan::statusName(row.plan.status);
    case RevisionColumn:
        return row.plan.revision;
    case ProgressColumn:
        return Format::percent(row.progress);
    }
    return {};
}

QVariant WorkPlansModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case PeriodColumn:
        return row.plan.periodStart;
    case StatusColumn:
        return int(row.plan.status);
    case ProgressColumn:
        return row.progress;
    }
    return display(row, column);
}

} // namespace Ui
