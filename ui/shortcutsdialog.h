#ifndef UI_SHORTCUTSDIALOG_H
#define UI_SHORTCUTSDIALOG_H

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Ui {

// Help > Keyboard shortcuts: every menu action that has a shortcut, read from the menu bar
// when the dialog opens, so that the list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }

private:
    void addMenu(const QMenu *menu, const QString &path);

    QTreeWidget *m_table;
};

} // namespace Ui

#endif
