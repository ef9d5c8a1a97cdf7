#ifndef UI_WINDOWHOST_H
#define UI_WINDOWHOST_H

#include <storage/backupfolder.h>

#include <QObject>

namespace Core {
class UnitStore;
}

namespace Ui {

class MainWindow;

// Keeps the one window over an open unit, and replaces it after a backup is restored. A restore
// swaps the database's whole contents under the open store without a changed() (see
// BackupService::restore): every page, every model and the undo history would otherwise go on
// showing, and undoing into, a unit that is gone. A fresh window reads everything again, with
// the same size and page as the one it replaces. The store is the caller's and must outlive
// the host.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(Core::UnitStore &store, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window; }
    // Shows the window; it takes automatic backups unless the unit is open read-only.
    void show();
    // Brings the window to the front: a second launch on the same desktop asks for it.
    void raise();

Q_SIGNALS:
    void windowReplaced(Ui::MainWindow *window);
    // The user chose another unit file in the preferences: the application reopens on it.
    void databaseChosen(const QString &path);

private:
    MainWindow *createWindow();
    void onRestored(
        const Core::BackupFolder::Backup &restored, const Core::BackupFolder::Backup &before);

    Core::UnitStore &m_store;
    MainWindow *m_window;
};

} // namespace Ui

#endif
