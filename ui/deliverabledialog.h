#ifndef UI_DELIVERABLEDIALOG_H
#define UI_DELIVERABLEDIALOG_H

#include "editordialog.h"

#include <deliverable.h>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Ui {

class CheckList;
class CountryCombo;
class MilestonePlanDialog;
class VersionsEditor;

// Adds a deliverable (id 0) or edits one, language versions included; an edit can be undone.
// Its dates can be planned backwards from the event it is for.
class DeliverableDialog : public EditorDialog
{
    Q_OBJECT
public:
    DeliverableDialog(
        Session &session, const Core::Deliverable &deliverable, QWidget *parent = nullptr);

    Core::Deliverable deliverable() const { return m_deliverable; }
    // Opens the planner; applying it sets the due dates. Returns the planner for tests.
    MilestonePlanDialog *planBackwards();

protected:
    Core::Status save() override;

private:
    void nameWidgets();
    void addFields();
    Core::Status fillChoices();
    // Consultancies and objectives are the owner's: they follow the owner.
    void onOwnerChanged();
    void applyPlan(const MilestonePlanDialog &plan);
    QList<Core::Id> checkedObjectives() const;
    Core::Deliverable edited() const;

    Core::Deliverable m_deliverable;
    QLineEdit *m_title;
    QComboBox *m_type;
    QComboBox *m_owner;
    CheckList *m_contributors;
    QDateEdit *m_due;
    CountryCombo *m_country;
    QComboBox *m_project;
    QComboBox *m_consultancy;
    CheckList *m_objectives;
    QPlainTextEdit *m_description;
    VersionsEditor *m_versions;
    QPushButton *m_plan;
};

} // namespace Ui

#endif
