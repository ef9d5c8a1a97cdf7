#ifndef UI_DAMAGEDFILEDIALOG_H
#define UI_DAMAGEDFILEDIALOG_H

#include "openingprompts.h"

#include <QDialog>

class QCommandLinkButton;

namespace Ui {

// "unit.ssedesk is damaged": what was found, and the three ways on, each a large button that
// says what it does: put the newest verified backup in its place (named by its date), salvage
// what can still be read, or quit and leave the file as it is. The first two move the damaged
// file aside first; the dialog says so, since the user may want to send it to someone.
class DamagedFileDialog : public QDialog
{
    Q_OBJECT
public:
    DamagedFileDialog(const QString &path, const QString &problem,
        const std::optional<Core::BackupFolder::Backup> &backup, QWidget *parent = nullptr);

    // Quit until a button is chosen; closing the dialog quits too.
    OpeningPrompts::DamagedChoice choice() const { return m_choice; }

private:
    QCommandLinkButton *addChoice(const QString &name, const QString &text,
        const QString &description, OpeningPrompts::DamagedChoice choice);

    OpeningPrompts::DamagedChoice m_choice = OpeningPrompts::DamagedChoice::Quit;
};

} // namespace Ui

#endif
