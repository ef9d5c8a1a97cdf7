#ifndef UI_MEETINGDIALOG_H
#define UI_MEETINGDIALOG_H

#include "editordialog.h"

#include <meeting.h>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace Ui {

class ActionsEditor;
class CheckList;
class CountryCombo;

// Adds a meeting or event (id 0) or edits one: the essentials on top, then tabs for the
// participants, the minutes, the follow-up actions and the deliverables going in and out.
// An edit can be undone.
class MeetingDialog : public EditorDialog
{
    Q_OBJECT
public:
    MeetingDialog(Session &session, const Core::Meeting &meeting, QWidget *parent = nullptr);

    Core::Meeting meeting() const { return m_meeting; }

protected:
    Core::Status save() override;

private:
    void nameWidgets();
    void addFields();
    QWidget *createParticipantsTab();
    QWidget *createDeliverablesTab();
    Core::Status fillChoices();
    Core::Meeting edited() const;

    Core::Meeting m_meeting;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    CountryCombo *m_country;
    QLineEdit *m_place;
    QComboBox *m_project;
    QTabWidget *m_tabs;
    CheckList *m_participants;
    QLineEdit *m_external;
    QPlainTextEdit *m_minutes;
    ActionsEditor *m_actions;
    CheckList *m_inputs;
    CheckList *m_outputs;
};

} // namespace Ui

#endif
