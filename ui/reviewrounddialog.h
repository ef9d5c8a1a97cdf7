#ifndef UI_REVIEWROUNDDIALOG_H
#define UI_REVIEWROUNDDIALOG_H

#include "editordialog.h"

#include <deliverable.h>
#include <reviewround.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Ui {

// Submits a draft of a deliverable for review: which version, to whom (by default the owner's
// supervisor), on which day. The signed-in user is the one who submits.
class ReviewRoundDialog : public EditorDialog
{
    Q_OBJECT
public:
    ReviewRoundDialog(Session &session, const Core::Deliverable &deliverable,
        const QDate &today = QDate::currentDate(), QWidget *parent = nullptr);

    const Core::ReviewRound &round() const { return m_round; }

protected:
    Core::Status save() override;

private:
    Core::Id defaultReviewer() const;

    Core::Deliverable m_deliverable;
    Core::ReviewRound m_round;
    QLineEdit *m_version;
    QComboBox *m_reviewer;
    QDateEdit *m_submittedOn;
};

} // namespace Ui

#endif
