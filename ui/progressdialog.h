#ifndef UI_PROGRESSDIALOG_H
#define UI_PROGRESSDIALOG_H

#include "editordialog.h"

#include <deadline.h>
#include <progressentry.h>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace Ui {

// Log progress: built to be done in seconds from the keyboard. The current user's open
// activities come first, soonest due first; typing filters them; the percent starts at the
// activity's latest; Enter saves. The entry can be undone.
class ProgressDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit ProgressDialog(Session &session, QWidget *parent = nullptr);

    // Selects what the progress is about, adding it to the list if it is not one of the user's
    // open activities (an objective, or someone else's activity). activityId 0: the objective.
    void setTarget(Core::Id objectiveId, Core::Id activityId);
    Core::ProgressEntry entry() const { return m_entry; }

protected:
    Core::Status save() override;

private:
    enum ItemRole { ActivityRole = Qt::UserRole, ObjectiveRole, PercentRole };

    Core::Status fillOpenActivities();
    void addTarget(const QString &text, Core::Id objectiveId, Core::Id activityId, int percent);
    int latestPercent(Core::Id objectiveId, Core::Id activityId) const;
    void onTargetChanged(int index);
    void showTargetStart();
    int targetIndex() const;
    Core::ProgressEntry edited() const;

    Core::ProgressEntry m_entry;
    QComboBox *m_target;
    QDateEdit *m_date;
    QSpinBox *m_percent;
    QLineEdit *m_text;
    QLineEdit *m_blockers;
};

} // namespace Ui

#endif
