#ifndef UI_ACTIONSEDITOR_H
#define UI_ACTIONSEDITOR_H

#include <meeting.h>
#include <person.h>

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Ui {

// The follow-up actions of a meeting being edited: what, who, by when, done. Nothing is stored
// until the dialog saves.
class ActionsEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueColumn, DoneColumn, ColumnCount };

    explicit ActionsEditor(const QList<Core::Person> &people, QWidget *parent = nullptr);

    void setActions(const QList<Core::FollowUpAction> &actions);
    QList<Core::FollowUpAction> actions() const;
    // Adds a row and starts editing its text.
    void appendAction();
    QTableWidget *table() const { return m_table; }

private:
    void addRow(const Core::FollowUpAction &action);
    void onRemove();
    void updateButtons();

    QList<Core::Person> m_people;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Ui

#endif
