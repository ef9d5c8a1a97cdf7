#ifndef UI_WORKPLANDIALOG_H
#define UI_WORKPLANDIALOG_H

#include "editordialog.h"

#include <workplan.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Ui {

// Starts a new work plan (id 0, always a draft) or edits a plan's title, period and assignment.
class WorkPlanDialog : public EditorDialog
{
    Q_OBJECT
public:
    WorkPlanDialog(Session &session, const Core::WorkPlan &plan, QWidget *parent = nullptr);

    Core::WorkPlan plan() const { return m_plan; }

protected:
    Core::Status save() override;

private:
    void onPersonChanged();
    Core::WorkPlan edited() const;

    Core::WorkPlan m_plan;
    QComboBox *m_person;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_assignment;
};

} // namespace Ui

#endif
