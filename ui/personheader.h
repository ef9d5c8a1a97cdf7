#ifndef UI_PERSONHEADER_H
#define UI_PERSONHEADER_H

#include <id.h>

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

class Session;

// Who the person page is about: name, position, category, grade, duty station, supervisor, and
// the current assignment with the days it has left. Edits the person and the assignment.
class PersonHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PersonHeader(Session &session, QWidget *parent = nullptr);

    void setPerson(Core::Id personId);
    QString assignmentText() const;

private:
    void refresh();
    QString describeAssignment(const QDate &today);
    void onEditPerson();
    void onEditAssignment();

    Session &m_session;
    Core::Id m_personId = 0;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_assignment;
    QPushButton *m_editPerson;
    QPushButton *m_editAssignment;
};

} // namespace Ui

#endif
