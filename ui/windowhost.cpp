#include "windowhost.h"

#include "backuplistmodel.h"
#include "mainwindow.h"
#include "unitfileactions.h"

#include <unitstore.h>

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace Ui {

WindowHost::WindowHost(Core::UnitStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_window(createWindow())
{
}

WindowHost::~WindowHost()
{
    delete m_window;
}

MainWindow *WindowHost::createWindow()
{
    auto *window = new MainWindow(m_store);
    connect(window, &MainWindow::backupRestored, this, &WindowHost::onRestored);
    connect(window, &MainWindow::databaseChosen, this, &WindowHost::databaseChosen);
    return window;
}

void WindowHost::show()
{
    m_window->show();
    if (!m_store.isReadOnly())
        m_window->fileActions().startAutomaticBackups();
}

void WindowHost::raise()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void WindowHost::onRestored(
    const Core::BackupFolder::Backup &restored, const Core::BackupFolder::Backup &before)
{
    MainWindow *old = m_window;
    m_window = createWindow();
    // The client area's geometry, not saveGeometry(): that one counts the frame, which a window
    // not yet shown does not have, and the new window would land off by the title bar.
    m_window->setGeometry(old->geometry());
    m_window->setWindowState(old->windowState());
    if (old->currentPage() != MainWindow::PersonPageIndex)
        m_window->showPage(MainWindow::Page(old->currentPage()));
    show();
    m_window->statusBar()->showMessage(
        tr("Restored the backup of %1. The unit as it was just before is in the backup %2.")
            .arg(BackupListModel::takenAtText(restored),
                QDir::toNativeSeparators(QFileInfo(before.path).fileName())));
    // The old window is still inside the signal that brought us here: deleted once it returns.
    old->hide();
    old->deleteLater();
    Q_EMIT windowReplaced(m_window);
}

} // namespace Ui
