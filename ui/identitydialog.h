#ifndef UI_IDENTITYDIALOG_H
#define UI_IDENTITYDIALOG_H

#include "editordialog.h"

class QComboBox;
class QPushButton;

namespace Ui {

// "Who are you?": picks the person the user is among the unit's people, so that "My work plan"
// and "Log progress" know whose they are. Someone not in the list yet adds themselves first.
class IdentityDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit IdentityDialog(Session &session, QWidget *parent = nullptr);

protected:
    Core::Status save() override;

private:
    void refill(Core::Id selected);
    void onAddMyself();

    QComboBox *m_person;
    QPushButton *m_addMyself;
};

} // namespace Ui

#endif
