#ifndef UI_MISSIONSMODEL_H
#define UI_MISSIONSMODEL_H

#include "recordtablemodel.h"

#include <mission.h>

#include <QDate>
#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The unit's missions, newest first, with where each back-to-office report stands. Reloads
// when missions, people or the unit's settings change.
class MissionsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        PurposeColumn,
        KindColumn,
        TravellersColumn,
        DestinationColumn,
        DatesColumn,
        DaysColumn,
        StatusColumn,
        BtoColumn,
        ColumnCount
    };

    explicit MissionsModel(Core::UnitStore &store, QObject *parent = nullptr);

    // The day BTO reports are judged on; today unless a test pins it.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    // "due 3 Dec", "overdue since 3 Dec", "submitted 2 Dec", or empty when none is expected.
    QString btoText(const Core::Mission &mission) const;
    bool isBtoOverdue(const Core::Mission &mission) const;

protected:
    Core::Status reload() override;
    int recordCount() const override { return int(m_missions.size()); }
    Core::Id recordId(int row) const override { return m_missions.at(row).id; }
    QVariant record(int row) const override;
    QString display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QVariant foreground(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    QString travellers(const Core::Mission &mission) const;

    Core::UnitStore &m_store;
    QList<Core::Mission> m_missions;
    QHash<Core::Id, QString> m_names;
    int m_btoWorkingDays = 10;
    QDate m_today;
};

} // namespace Ui

#endif
