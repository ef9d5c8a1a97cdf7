#ifndef UI_UNITFILEACTIONS_H
#define UI_UNITFILEACTIONS_H

#include <id.h>
#include <storage/backupfolder.h>

#include <QObject>

class QAction;
class QMainWindow;

namespace Ui {

class BackupScheduler;
class Session;

// What the window does with the unit's file as a whole rather than with one record: back it up
// (by hand and automatically), restore a backup, import people and work plans from CSV. Its
// actions go into the window's menus; what they did goes to the window's status bar, since a
// backup taken in passing is no reason to interrupt anyone.
class UnitFileActions : public QObject
{
    Q_OBJECT
public:
    UnitFileActions(Session &session, QMainWindow *window);

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *backupsAction() const { return m_backups; }
    QAction *importPeopleAction() const { return m_importPeople; }
    // Not connected here: whose plan is the window's to say (MainWindow::importWorkPlan).
    QAction *importWorkPlanAction() const { return m_importWorkPlan; }
    BackupScheduler *scheduler() const { return m_scheduler; }

    // The daily backup if due, then one after 30 minutes of changes, while the unit's settings
    // ask for them (UnitSettings::automaticBackups), following their changes. Not at
    // construction: a window over a unit in memory, or read-only, takes none.
    void startAutomaticBackups();
    void backUpNow();
    void showBackups();
    void importPeople();
    // Into `planId` when one is shown, else into the person's current plan.
    void importWorkPlan(Core::Id personId, Core::Id planId);

Q_SIGNALS:
    // Every page now shows a unit that is gone: the window's owner replaces it (WindowHost).
    void backupRestored(
        const Core::BackupFolder::Backup &restored, const Core::BackupFolder::Backup &before);

private:
    QAction *createAction(const QString &name, const QString &text);
    void followBackupSetting();
    void showMessage(const QString &message, int timeoutMs = 15000);

    Session &m_session;
    QMainWindow *m_window;
    BackupScheduler *m_scheduler;
    QAction *m_backUpNow;
    QAction *m_backups;
    QAction *m_importPeople;
    QAction *m_importWorkPlan;
};

} // namespace Ui

#endif
