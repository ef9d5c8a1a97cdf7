#ifndef UI_AGREEDIALOG_H
#define UI_AGREEDIALOG_H

#include "editordialog.h"

#include <workplan.h>

class QComboBox;
class QDateEdit;

namespace Ui {

// Records that supervisor and supervisee agreed a work plan: on which day, and which
// supervisor (the supervisee's own by default).
class AgreeDialog : public EditorDialog
{
    Q_OBJECT
public:
    AgreeDialog(Session &session, const Core::WorkPlan &plan, QWidget *parent = nullptr);

protected:
    Core::Status save() override;

private:
    Core::Id defaultSupervisor() const;

    Core::WorkPlan m_plan;
    QDateEdit *m_date;
    QComboBox *m_supervisor;
};

} // namespace Ui

#endif
