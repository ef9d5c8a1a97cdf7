#ifndef UI_OVERVIEWMODEL_H
#define UI_OVERVIEWMODEL_H

#include <error.h>
#include <supervisionrow.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// One row per supervisee: where their work plan stands today. Reloads whenever the store
// changes.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CategoryColumn,
        PlanColumn,
        ProgressColumn,
        LearningColumn,
        OverdueColumn,
        NextDeadlineColumn,
        AssignmentEndColumn,
        LastProgressColumn,
        ColumnCount
    };

    // Assignments ending within this many days are highlighted.
    static constexpr int endingSoonDays = 90;

    explicit OverviewModel(Core::UnitStore &store, QObject *parent = nullptr);

    // The day the overview is computed for; today unless a test pins it.
    void setToday(const QDate &today);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const Core::Error &error);

private:
    QVariant display(const Core::SupervisionRow &row, int column) const;
    QVariant sortKey(const Core::SupervisionRow &row, int column) const;
    QVariant foreground(const Core::SupervisionRow &row, int column) const;
    QVariant toolTip(const Core::SupervisionRow &row, int column) const;
    QVariant progress(const Core::SupervisionRow &row, int column) const;
    QString planText(const Core::SupervisionRow &row) const;
    bool isEndingSoon(const Core::SupervisionRow &row) const;

    Core::UnitStore &m_store;
    QDate m_today;
    QList<Core::SupervisionRow> m_rows;
};

} // namespace Ui

#endif
