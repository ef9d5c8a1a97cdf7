#ifndef BENCH_PROGRESSENTRIESMODEL_H
#define BENCH_PROGRESSENTRIESMODEL_H

#include <recordtablemodel.h>

#include <progressentry.h>

#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Bench {

// Every progress entry of the unit, the largest list it has, in the shape every list of the
// window shares (Ui::RecordTableModel, whose filter text filter-as-you-type matches) and with the
// columns of the progress log (Ui::ProgressLogModel). The window shows one plan's log at a time;
// this is the whole unit's, for FilterBench. Loading it is not measured.
class ProgressEntriesModel : public Ui::RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        AuthorColumn,
        ItemColumn,
        PercentColumn,
        TextColumn,
        BlockersColumn,
        ColumnCount
    };

    explicit ProgressEntriesModel(const Core::UnitStore &store, QObject *parent = nullptr);

protected:
    Core::Status reload() override;
    int recordCount() const override { return int(m_entries.size()); }
    Core::Id recordId(int row) const override { return m_entries.at(row).id; }
    QVariant record(int row) const override;
    QString display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;

private:
    Core::Status loadPlan(Core::Id planId);

    const Core::UnitStore &m_store;
    QList<Core::ProgressEntry> m_entries;
    QHash<Core::Id, QString> m_objectiveTitles;
    QHash<Core::Id, QString> m_activityTitles;
    QHash<Core::Id, QString> m_authors;
};

} // namespace Bench

#endif
