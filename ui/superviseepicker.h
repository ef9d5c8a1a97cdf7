#ifndef UI_SUPERVISEEPICKER_H
#define UI_SUPERVISEEPICKER_H

#include <id.h>
#include <person.h>
#include <result.h>

#include <QComboBox>

namespace Ui {

class Session;

// Whose supervision the signed-in user may look at: the unit head everybody, a supervisor their
// supervisees, everyone themselves when they have a supervisor. Each entry carries the person.
class SuperviseePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit SuperviseePicker(Session &session, QWidget *parent = nullptr);

    // Refills for the current user, keeping the chosen person when still offered.
    Core::Status reload();
    Core::Id personId() const;
    Core::Person person() const;
    bool selectPerson(Core::Id personId);

private:
    Core::Result<QList<Core::Person>> visiblePeople() const;

    Session &m_session;
};

} // namespace Ui

#endif
