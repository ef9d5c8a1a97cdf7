#ifndef UI_OBJECTIVEDIALOG_H
#define UI_OBJECTIVEDIALOG_H

#include "editordialog.h"

#include <objective.h>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Ui {

// Adds (id 0) or edits an objective or a learning element of a work plan; both can be undone.
class ObjectiveDialog : public EditorDialog
{
    Q_OBJECT
public:
    ObjectiveDialog(Session &session, const Core::Objective &objective, QWidget *parent = nullptr);

    Core::Objective objective() const { return m_objective; }

protected:
    Core::Status save() override;

private:
    Core::Status fillReferences();
    void nameWidgets();
    void addFields();
    QList<Core::Id> checkedThemes() const;
    Core::Objective edited() const;

    Core::Objective m_objective;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_indicator;
    QDateEdit *m_target;
    QComboBox *m_strategy;
    QListWidget *m_themes;
    QPlainTextEdit *m_evidence;
};

} // namespace Ui

#endif
