#include "plantreemodel.h"

#include "format.h"
#include "roles.h"

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/progressrepository.h>
#include <unitstore.h>

#include <QFont>

namespace Ui {

// An objective's index carries internal id 0; an activity's carries its objective's row + 1.
PlanTreeModel::PlanTreeModel(Core::UnitStore &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_today(QDate::currentDate())
{
    connect(&m_store, &Core::UnitStore::changed, this, &PlanTreeModel::refresh);
}

void PlanTreeModel::setPlan(Core::Id planId)
{
    m_planId = planId;
    refresh();
}

void PlanTreeModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void PlanTreeModel::refresh()
{
    QList<ObjectiveNode> nodes;
    Core::PlanProgress progress;
    const Core::Status loaded = m_planId != 0 ? load(nodes, progress) : Core::Status();
    beginResetModel();
    m_nodes = loaded ? nodes : QList<ObjectiveNode>();
    m_progress = progress;
    endResetModel();
    if (!loaded)
        Q_EMIT failed(loaded.error());
}

Core::Status PlanTreeModel::load(QList<ObjectiveNode> &nodes, Core::PlanProgress &progress) const
{
    const auto objectives = m_store.objectives().forPlan(m_planId);
    const auto activities = m_store.activities().forPlan(m_planId);
    const auto computed = m_store.progress().planProgress(m_planId);
    for (const Core::Error &error : { objectives.error(), activities.error(), computed.error() }) {
        if (error.isError())
            return error;
    }
    for (const Core::Objective &objective : objectives.value()) {
        ObjectiveNode node { objective, {} };
        for (const Core::Activity &activity : activities.value()) {
            if (activity.objectiveId == objective.id)
                node.activities.append(activity);
        }
        nodes.append(node);
    }
    progress = computed.value();
    return {};
}

QList<Core::Objective> PlanTreeModel::objectives() const
{
    QList<Core::Objective> objectives;
    for (const ObjectiveNode &node : m_nodes)
        objectives.append(node.objective);
    return objectives;
}

QModelIndex PlanTreeModel::indexOfObjective(Core::Id objectiveId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        if (m_nodes.at(row).objective.id == objectiveId)
            return index(row, 0);
    }
    return {};
}

QModelIndex PlanTreeModel::indexOfActivity(Core::Id activityId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        const QList<Core::Activity> &activities = m_nodes.at(row).activities;
        for (int child = 0; child < activities.size(); ++child) {
            if (activities.at(child).id == activityId)
                return index(child, 0, index(row, 0));
        }
    }
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_nodes.at(parent.row()).activities.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return objectiveData(m_nodes.at(index.row()).objective, index.column(), role);
    const ObjectiveNode &node = m_nodes.at(int(index.internalId() - 1));
    return activityData(node.activities.at(index.row()), index.column(), role);
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = { QT_TR_NOOP("Objective / activity"),
        QT_TR_NOOP("Due"), QT_TR_NOOP("Status"), QT_TR_NOOP("Progress") };
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant PlanTreeModel::objectiveData(const Core::Objective &objective, int column, int role) const
{
    const bool learning = objective.kind == Core::Objective::Kind::Learning;
    switch (role) {
    case Qt::DisplayRole:
        return objectiveDisplay(objective, column);
    case Qt::ToolTipRole:
        return tr("Indicator: %1\n%2").arg(objective.indicator, objective.description);
    case Qt::FontRole:
        return column == TitleColumn ? QVariant(Format::emphasis()) : QVariant();
    case Qt::ForegroundRole:
        return learning ? QVariant(Format::learning()) : QVariant();
    case ProgressRole:
        return column == ProgressColumn ? QVariant(m_progress.objective(objective.id)) : QVariant();
    case KindRole:
        return learning ? LearningNode : WorkObjectiveNode;
    case IdRole:
        return objective.id;
    case ObjectRole:
        return QVariant::fromValue(objective);
    }
    return {};
}

QVariant PlanTreeModel::activityData(const Core::Activity &activity, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return activityDisplay(activity, column);
    case Qt::ForegroundRole:
        return activityForeground(activity, column);
    case ProgressRole:
        return column == ProgressColumn ? QVariant(m_progress.activity(activity.id)) : QVariant();
    case KindRole:
        return ActivityNode;
    case IdRole:
        return activity.id;
    case ObjectRole:
        return QVariant::fromValue(activity);
    }
    return {};
}

QVariant PlanTreeModel::objectiveDisplay(const Core::Objective &objective, int column) const
{
    switch (column) {
    case TitleColumn:
        return objective.title;
    case DateColumn:
        return Format::date(objective.targetDate);
    case StatusColumn:
        return objective.kind == Core::Objective::Kind::Learning ? tr("Learning element")
                                                                 : tr("Objective");
    case ProgressColumn:
        return Format::percent(m_progress.objective(objective.id));
    }
    return {};
}

QVariant PlanTreeModel::activityDisplay(const Core::Activity &activity, int column) const
{
    switch (column) {
    case TitleColumn:
        return activity.title;
    case DateColumn:
        return Format::date(activity.dueDate);
    case StatusColumn:
        return Core::Activity::statusName(activity.status);
    case ProgressColumn:
        return Format::percent(m_progress.activity(activity.id));
    }
    return {};
}

QVariant PlanTreeModel::activityForeground(const Core::Activity &activity, int column) const
{
    if (activity.isOverdue(m_today) && (column == DateColumn || column == StatusColumn))
        return Format::warning();
    if (activity.status == Core::Activity::Status::Cancelled)
        return Format::muted();
    return {};
}

} // namespace Ui
