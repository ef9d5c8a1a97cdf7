#ifndef UI_PEOPLEPAGE_H
#define UI_PEOPLEPAGE_H

#include <id.h>

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {

class HistoryButton;
class PeopleModel;
class Session;

// Everyone in the unit, with filter as you type, and the buttons to add, edit and remove people.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(Session &session, QWidget *parent = nullptr);

    PeopleModel *model() const { return m_model; }
    void newPerson();

Q_SIGNALS:
    void personActivated(Core::Id personId);

private:
    QWidget *createButtons();
    void setUpTable();
    Core::Id selectedPersonId() const;
    void updateButtons();
    void onEdit();
    void onDelete();

    Session &m_session;
    QLineEdit *m_filter;
    PeopleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
    HistoryButton *m_history;
};

} // namespace Ui

#endif
