#ifndef UI_PERSONDIALOG_H
#define UI_PERSONDIALOG_H

#include "editordialog.h"

#include <person.h>

class QComboBox;
class QLineEdit;

namespace Ui {

// Adds a person (id 0) or edits one; an edit can be undone.
class PersonDialog : public EditorDialog
{
    Q_OBJECT
public:
    PersonDialog(Session &session, const Core::Person &person, QWidget *parent = nullptr);

    // The person as saved, with the id the store gave a new one.
    Core::Person person() const { return m_person; }

protected:
    Core::Status save() override;

private:
    QLineEdit *addLine(const QString &field, const QString &label, const QString &text);
    Core::Person edited() const;

    Core::Person m_person;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_position;
    QComboBox *m_category;
    QLineEdit *m_grade;
    QLineEdit *m_dutyStation;
    QLineEdit *m_languages;
    QComboBox *m_supervisor;
};

} // namespace Ui

#endif
