#ifndef UI_PROGRESSLOGMODEL_H
#define UI_PROGRESSLOGMODEL_H

#include <progressentry.h>
#include <result.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The progress log of one work plan, newest first: the whole plan, or only one objective
// (with its activities) or one activity.
class ProgressLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ItemColumn,
        PercentColumn,
        TextColumn,
        BlockersColumn,
        AuthorColumn,
        ColumnCount
    };

    explicit ProgressLogModel(Core::UnitStore &store, QObject *parent = nullptr);

    void setPlan(Core::Id planId);
    // Narrows the log to an objective or an activity; both 0 shows the whole plan.
    void setScope(Core::Id objectiveId, Core::Id activityId);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const Core::Error &error);

private:
    Core::Result<QList<Core::ProgressEntry>> entries() const;
    Core::Status loadNames();
    QVariant display(const Core::ProgressEntry &entry, int column) const;

    Core::UnitStore &m_store;
    Core::Id m_planId = 0;
    Core::Id m_objectiveId = 0;
    Core::Id m_activityId = 0;
    QList<Core::ProgressEntry> m_entries;
    QHash<Core::Id, QString> m_objectiveTitles;
    QHash<Core::Id, QString> m_activityTitles;
    QHash<Core::Id, QString> m_authors;
};

} // namespace Ui

#endif
