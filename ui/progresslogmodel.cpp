#include "progresslogmodel.h"

#include "format.h"
#include "roles.h"

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/progressrepository.h>
#include <unitstore.h>

namespace Ui {

ProgressLogModel::ProgressLogModel(Core::UnitStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &Core::UnitStore::changed, this, &ProgressLogModel::refresh);
}

void ProgressLogModel::setPlan(Core::Id planId)
{
    m_planId = planId;
    m_objectiveId = 0;
    m_activityId = 0;
    refresh();
}

void ProgressLogModel::setScope(Core::Id objectiveId, Core::Id activityId)
{
    if (objectiveId == m_objectiveId && activityId == m_activityId)
        return;
    m_objectiveId = objectiveId;
    m_activityId = activityId;
    refresh();
}

void ProgressLogModel::refresh()
{
    const Core::Status names = loadNames();
    const auto loaded = names ? entries() : Core::Result<QList<Core::ProgressEntry>>(names.error());
    beginResetModel();
    m_entries = loaded ? loaded.value() : QList<Core::ProgressEntry>();
    endResetModel();
    if (!loaded)
        Q_EMIT failed(loaded.error());
}

Core::Result<QList<Core::ProgressEntry>> ProgressLogModel::entries() const
{
    if (m_activityId != 0)
        return m_store.progress().forActivity(m_activityId);
    if (m_objectiveId != 0)
        return m_store.progress().forObjective(m_objectiveId);
    if (m_planId != 0)
        return m_store.progress().forPlan(m_planId);
    return QList<Core::ProgressEntry>();
}

Core::Status ProgressLogModel::loadNames()
{
    m_objectiveTitles.clear();
    m_activityTitles.clear();
    m_authors.clear();
    const auto objectives = m_store.objectives().forPlan(m_planId);
    const auto activities = m_store.activities().forPlan(m_planId);
    const auto people = m_store.people().all();
    for (const Core::Error &error : { objectives.error(), activities.error(), people.error() }) {
        if (error.isError())
            return error;
    }
    for (const Core::Objective &objective : objectives.value())
        m_objectiveTitles.insert(objective.id, objective.title);
    for (const Core::Activity &activity : activities.value())
        m_activityTitles.insert(activity.id, activity.title);
    for (const Core::Person &person : people.value())
        m_authors.insert(person.id, person.name);
    return {};
}

int ProgressLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProgressLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::ProgressEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn || index.column() == BlockersColumn
            ? display(entry, index.column())
            : QVariant();
    case Qt::ForegroundRole:
        return index.column() == BlockersColumn ? QVariant(Format::warning()) : QVariant();
    case SortRole:
        return index.column() == DateColumn ? QVariant(entry.date) : display(entry, index.column());
    case IdRole:
        return entry.id;
    case ObjectRole:
        return QVariant::fromValue(entry);
    }
    return {};
}

QVariant ProgressLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount]
        = { QT_TR_NOOP("Date"), QT_TR_NOOP("Item"), QT_TR_NOOP("%"), QT_TR_NOOP("What was done"),
              QT_TR_NOOP("Blockers"), QT_TR_NOOP("Author") };
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant ProgressLogModel::display(const Core::ProgressEntry &entry, int column) const
{
    switch (column) {
    case DateColumn:
        return Format::date(entry.date);
    case ItemColumn:
        return entry.activityId != 0 ? m_activityTitles.value(entry.activityId)
                                     : m_objectiveTitles.value(entry.objectiveId);
    case PercentColumn:
        return entry.percent;
    case TextColumn:
        return entry.text;
    case BlockersColumn:
        return entry.blockers;
    case AuthorColumn:
        return m_authors.value(entry.authorId);
    }
    return {};
}

} // namespace Ui
