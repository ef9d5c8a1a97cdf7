#ifndef UI_WORKPLANSMODEL_H
#define UI_WORKPLANSMODEL_H

#include <result.h>
#include <workplan.h>

#include <QAbstractTableModel>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// Every work plan of the unit, newest period first, with whose it is and how far it has come.
class WorkPlansModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PersonColumn,
        TitleColumn,
        PeriodColumn,
        StatusColumn,
        RevisionColumn,
        ProgressColumn,
        ColumnCount
    };

    explicit WorkPlansModel(Core::UnitStore &store, QObject *parent = nullptr);

    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const Core::Error &error);

private:
    struct Row
    {
        Core::WorkPlan plan;
        QString personName;
        double progress = 0.0;
    };

    Core::Result<QList<Row>> load() const;
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    Core::UnitStore &m_store;
    QList<Row> m_rows;
};

} // namespace Ui

#endif
