#ifndef UI_CHECKINDIALOG_H
#define UI_CHECKINDIALOG_H

#include "editordialog.h"

#include <checkin.h>

class QDateEdit;
class QGroupBox;
class QListWidget;
class QPlainTextEdit;

namespace Ui {

class ActionsEditor;
class AgendaEditor;

// One check-in, new (as core prepared it) or held: the agenda, the shared notes and decisions,
// the action items, and beside them the objectives of the plan by when they were last
// discussed. The supervisor's private notes exist in this dialog only for the supervisor: for
// anyone else the field is not built at all. Saved by the signed-in user, as author.
class CheckInDialog : public EditorDialog
{
    Q_OBJECT
public:
    CheckInDialog(Session &session, const Core::CheckIn &checkIn, QWidget *parent = nullptr);

    const Core::CheckIn &checkIn() const { return m_checkIn; }
    bool isWritable() const { return m_writable; }

protected:
    Core::Status save() override;

private:
    QWidget *createBody();
    QWidget *createLeftColumn();
    QWidget *createRightColumn();
    QPlainTextEdit *createTextEdit(const QString &name, const QString &text, int lines);
    QGroupBox *group(const QString &title, const QString &name, QWidget *content);
    void fillObjectives();
    void fillActions();
    QString pairText() const;
    Core::CheckIn edited() const;
    void makeReadOnly();

    Core::CheckIn m_checkIn;
    bool m_bySupervisor;
    bool m_writable;
    QDateEdit *m_date;
    AgendaEditor *m_agenda;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_decisions;
    QPlainTextEdit *m_privateNotes = nullptr;
    ActionsEditor *m_actions = nullptr;
    QListWidget *m_objectives;
};

} // namespace Ui

#endif
