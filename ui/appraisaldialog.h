#ifndef UI_APPRAISALDIALOG_H
#define UI_APPRAISALDIALOG_H

#include "editordialog.h"

#include <appraisal.h>
#include <person.h>

class QDateEdit;

namespace Ui {

class CheckList;

// Opens an appraisal cycle for a person: its period, the objectives of their current plan it
// appraises, and the day they were set. The signed-in user opens it as the person's supervisor.
class AppraisalDialog : public EditorDialog
{
    Q_OBJECT
public:
    AppraisalDialog(Session &session, const Core::Person &person, QWidget *parent = nullptr);

    const Core::Appraisal &appraisal() const { return m_appraisal; }

protected:
    Core::Status save() override;

private:
    void fillPeriod();

    Core::Person m_person;
    Core::Appraisal m_appraisal;
    QDateEdit *m_start;
    QDateEdit *m_end;
    CheckList *m_objectives;
    QDateEdit *m_setOn;
};

} // namespace Ui

#endif
