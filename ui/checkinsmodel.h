#ifndef UI_CHECKINSMODEL_H
#define UI_CHECKINSMODEL_H

#include <checkin.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ui {

// The check-ins of one supervisee, newest first: when, who held it, how much was on the agenda,
// and how many of its action items are still open.
class CheckInsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, SupervisorColumn, AgendaColumn, OpenActionsColumn, ColumnCount };

    explicit CheckInsModel(QObject *parent = nullptr);

    // `names` gives the supervisors' names by id.
    void setCheckIns(const QList<Core::CheckIn> &checkIns, const QHash<Core::Id, QString> &names);
    const Core::CheckIn &checkIn(int row) const { return m_checkIns.at(row); }
    int rowOf(Core::Id checkInId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static int openActions(const Core::CheckIn &checkIn);

private:
    QVariant display(const Core::CheckIn &checkIn, int column) const;

    QList<Core::CheckIn> m_checkIns;
    QHash<Core::Id, QString> m_names;
};

} // namespace Ui

#endif
