#ifndef UI_PARTNERDIALOG_H
#define UI_PARTNERDIALOG_H

#include "editordialog.h"

#include <project.h>

class QComboBox;
class QLineEdit;

namespace Ui {

class CountryCombo;

// Adds a partner organisation (id 0) or edits one; an edit can be undone.
class PartnerDialog : public EditorDialog
{
    Q_OBJECT
public:
    PartnerDialog(Session &session, const Core::Partner &partner, QWidget *parent = nullptr);

    Core::Partner partner() const { return m_partner; }

protected:
    Core::Status save() override;

private:
    Core::Partner edited() const;

    Core::Partner m_partner;
    QLineEdit *m_name;
    QComboBox *m_kind;
    CountryCombo *m_country;
    QLineEdit *m_contact;
};

} // namespace Ui

#endif
