#ifndef UI_ACTIVITYDIALOG_H
#define UI_ACTIVITYDIALOG_H

#include "editordialog.h"

#include <activity.h>
#include <objective.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Ui {

// Adds (id 0) or edits an activity under one of the plan's objectives; both can be undone.
class ActivityDialog : public EditorDialog
{
    Q_OBJECT
public:
    ActivityDialog(Session &session, const Core::Activity &activity,
        const QList<Core::Objective> &objectives, QWidget *parent = nullptr);

    Core::Activity activity() const { return m_activity; }

protected:
    Core::Status save() override;

private:
    Core::Activity edited() const;

    Core::Activity m_activity;
    QComboBox *m_objective;
    QLineEdit *m_title;
    QDateEdit *m_due;
    QComboBox *m_status;
};

} // namespace Ui

#endif
