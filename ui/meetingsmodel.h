#ifndef UI_MEETINGSMODEL_H
#define UI_MEETINGSMODEL_H

#include "recordtablemodel.h"

#include <meeting.h>

#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The unit's meetings and events, newest first, with how many follow-up actions are still
// open. Reloads when meetings change.
class MeetingsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        KindColumn,
        DatesColumn,
        PlaceColumn,
        ParticipantsColumn,
        OpenActionsColumn,
        ColumnCount
    };

    explicit MeetingsModel(Core::UnitStore &store, QObject *parent = nullptr);

    static int openActions(const Core::Meeting &meeting);

protected:
    Core::Status reload() override;
    int recordCount() const override { return int(m_meetings.size()); }
    Core::Id recordId(int row) const override { return m_meetings.at(row).id; }
    QVariant record(int row) const override;
    QString display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    Core::UnitStore &m_store;
    QList<Core::Meeting> m_meetings;
};

} // namespace Ui

#endif
