#ifndef UI_BACKUPSDIALOG_H
#define UI_BACKUPSDIALOG_H

#include <storage/backupfolder.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Ui {

class BackupListModel;
class Session;

// File > Backups: the open database's backups, newest first, and the way back to one of them.
// A restore replaces the whole unit, so it is confirmed first and the current contents are
// backed up before they go; afterwards every page must read the unit again, which restored()
// tells the window's owner.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(Session &session, QWidget *parent = nullptr);

    BackupListModel *model() const { return m_model; }
    void reload();
    // Restores the selected backup once the user confirms; true when it was restored.
    bool restoreSelected();

Q_SIGNALS:
    // `restored` is the backup now in place; `before` holds what the unit was just before.
    void restored(
        const Core::BackupFolder::Backup &restored, const Core::BackupFolder::Backup &before);

private:
    void updateButtons();
    void showFolder();
    int selectedRow() const;

    Session &m_session;
    BackupListModel *m_model;
    QTableView *m_table;
    QLabel *m_folderLabel;
    QPushButton *m_restore;
    QPushButton *m_showFolder;
};

} // namespace Ui

#endif
