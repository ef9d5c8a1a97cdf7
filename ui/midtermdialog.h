#ifndef UI_MIDTERMDIALOG_H
#define UI_MIDTERMDIALOG_H

#include "editordialog.h"

class QDateEdit;
class QPlainTextEdit;

namespace Ui {

// Records the mid-term review of an appraisal cycle: when it was held and what was said.
class MidTermDialog : public EditorDialog
{
    Q_OBJECT
public:
    MidTermDialog(
        Session &session, Core::Id appraisalId, const QDate &heldOn, QWidget *parent = nullptr);

protected:
    Core::Status save() override;

private:
    Core::Id m_appraisalId;
    QDateEdit *m_heldOn;
    QPlainTextEdit *m_notes;
};

} // namespace Ui

#endif
