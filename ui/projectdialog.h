#ifndef UI_PROJECTDIALOG_H
#define UI_PROJECTDIALOG_H

#include "editordialog.h"

#include <project.h>

class QDateEdit;
class QLineEdit;

namespace Ui {

class CountryCombo;

// Adds a development cooperation project (id 0) or edits one; an edit can be undone.
class ProjectDialog : public EditorDialog
{
    Q_OBJECT
public:
    ProjectDialog(Session &session, const Core::Project &project, QWidget *parent = nullptr);

    Core::Project project() const { return m_project; }

protected:
    Core::Status save() override;

private:
    QLineEdit *addLine(const QString &field, const QString &label, const QString &text);
    Core::Project edited() const;

    Core::Project m_project;
    QLineEdit *m_code;
    QLineEdit *m_title;
    CountryCombo *m_country;
    QLineEdit *m_donor;
    QDateEdit *m_start;
    QDateEdit *m_end;
};

} // namespace Ui

#endif
