#ifndef UI_REVIEWDIALOG_H
#define UI_REVIEWDIALOG_H

#include "editordialog.h"

#include <reviewround.h>

#include <array>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Ui {

// The reviewer's assessment of a submitted draft: the outcome, a score of 1 to 4 with a short
// comment on each of the four criteria a supervisor checks, and an overall note. The signed-in
// user is recorded as reviewer.
class ReviewDialog : public EditorDialog
{
    Q_OBJECT
public:
    ReviewDialog(Session &session, const Core::ReviewRound &round,
        const QDate &today = QDate::currentDate(), QWidget *parent = nullptr);

    static QString scoreName(int score);

protected:
    Core::Status save() override;

private:
    void addCriterion(int criterion);

    Core::ReviewRound m_round;
    QComboBox *m_outcome;
    QDateEdit *m_reviewedOn;
    std::array<QComboBox *, Core::ReviewRound::criterionCount> m_scores {};
    std::array<QLineEdit *, Core::ReviewRound::criterionCount> m_comments {};
    QPlainTextEdit *m_summary;
};

} // namespace Ui

#endif
