#ifndef UI_RECURRINGITEMSDIALOG_H
#define UI_RECURRINGITEMSDIALOG_H

#include "editordialog.h"

class QPlainTextEdit;

namespace Ui {

// The agenda items a supervisor and supervisee put on every check-in ("work plan progress",
// "learning elements"): one per line.
class RecurringItemsDialog : public EditorDialog
{
    Q_OBJECT
public:
    RecurringItemsDialog(
        Session &session, Core::Id supervisorId, Core::Id superviseeId, QWidget *parent = nullptr);

protected:
    Core::Status save() override;

private:
    Core::Id m_supervisorId;
    Core::Id m_superviseeId;
    QPlainTextEdit *m_items;
};

} // namespace Ui

#endif
