#ifndef UI_PLANTREEMODEL_H
#define UI_PLANTREEMODEL_H

#include <activity.h>
#include <objective.h>
#include <planprogress.h>
#include <result.h>

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// One work plan as a tree: its objectives (work first, then learning elements, told apart by
// KindRole and colour) with their activities under them.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, StatusColumn, ProgressColumn, ColumnCount };
    enum NodeKind { WorkObjectiveNode, LearningNode, ActivityNode };

    explicit PlanTreeModel(Core::UnitStore &store, QObject *parent = nullptr);

    void setPlan(Core::Id planId);
    Core::Id planId() const { return m_planId; }
    void setToday(const QDate &today);
    void refresh();

    QList<Core::Objective> objectives() const;
    QModelIndex indexOfObjective(Core::Id objectiveId) const;
    QModelIndex indexOfActivity(Core::Id activityId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const Core::Error &error);

private:
    struct ObjectiveNode
    {
        Core::Objective objective;
        QList<Core::Activity> activities;
    };

    Core::Status load(QList<ObjectiveNode> &nodes, Core::PlanProgress &progress) const;
    QVariant objectiveData(const Core::Objective &objective, int column, int role) const;
    QVariant activityData(const Core::Activity &activity, int column, int role) const;
    QVariant objectiveDisplay(const Core::Objective &objective, int column) const;
    QVariant activityDisplay(const Core::Activity &activity, int column) const;
    QVariant activityForeground(const Core::Activity &activity, int column) const;

    Core::UnitStore &m_store;
    Core::Id m_planId = 0;
    QDate m_today;
    QList<ObjectiveNode> m_nodes;
    Core::PlanProgress m_progress;
};

} // namespace Ui

#endif
