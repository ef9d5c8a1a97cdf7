#ifndef UI_ASSIGNMENTDIALOG_H
#define UI_ASSIGNMENTDIALOG_H

#include "editordialog.h"

#include <assignment.h>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Ui {

// Adds (id 0) or edits a person's assignment: a JPO posting, an internship, a contract.
class AssignmentDialog : public EditorDialog
{
    Q_OBJECT
public:
    AssignmentDialog(
        Session &session, const Core::Assignment &assignment, QWidget *parent = nullptr);

    Core::Assignment assignment() const { return m_assignment; }

protected:
    Core::Status save() override;

private:
    Core::Assignment edited() const;

    Core::Assignment m_assignment;
    QComboBox *m_type;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_renewable;
    QLineEdit *m_sponsor;
    QLineEdit *m_funding;
};

} // namespace Ui

#endif
