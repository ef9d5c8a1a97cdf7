#ifndef UI_MISSIONDIALOG_H
#define UI_MISSIONDIALOG_H

#include "editordialog.h"

#include <mission.h>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Ui {

class CheckList;
class CountryCombo;

// Adds a mission (id 0) or edits one; an edit can be undone. Its status moves on the missions
// page, not here; an overlapping mission is refused by core and shown at the field.
class MissionDialog : public EditorDialog
{
    Q_OBJECT
public:
    MissionDialog(Session &session, const Core::Mission &mission, QWidget *parent = nullptr);

    Core::Mission mission() const { return m_mission; }

protected:
    Core::Status save() override;

private:
    void nameWidgets();
    void addFields();
    Core::Status fillChoices();
    Core::Mission edited() const;

    Core::Mission m_mission;
    QLineEdit *m_purpose;
    QComboBox *m_kind;
    CheckList *m_travellers;
    QCheckBox *m_supervisorTravels;
    CountryCombo *m_country;
    QLineEdit *m_city;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_project;
    QComboBox *m_meeting;
    CheckList *m_deliverables;
    QDateEdit *m_btoSubmitted;
    QPlainTextEdit *m_notes;
};

} // namespace Ui

#endif
