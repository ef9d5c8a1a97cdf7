#ifndef UI_AGENDAEDITOR_H
#define UI_AGENDAEDITOR_H

#include <checkin.h>

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Ui {

// The agenda of a check-in being edited. Items brought in by core are marked: "recurring" ones
// come back every time, "carried over" ones are open action items of earlier check-ins, and can
// be ticked done here so that they stop coming back.
class AgendaEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { TextColumn, OriginColumn, DoneColumn, ColumnCount };

    explicit AgendaEditor(QWidget *parent = nullptr);

    void setAgenda(const QList<Core::CheckIn::AgendaPoint> &agenda);
    QList<Core::CheckIn::AgendaPoint> agenda() const;
    // The earlier action items ticked done in this agenda.
    QList<Core::Id> doneActionIds() const;
    QTableWidget *table() const { return m_table; }
    void setReadOnly(bool readOnly);
    void appendItem();

private:
    void addRow(const Core::CheckIn::AgendaPoint &point);
    void onRemove();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_readOnly = false;
};

} // namespace Ui

#endif
