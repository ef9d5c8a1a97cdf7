#include "unitfileactions.h"

#include "backupscheduler.h"
#include "backupsdialog.h"
#include "importdialog.h"
#include "session.h"

#include <storage/backupservice.h>
#include <storage/unitsettings.h>
#include <unitstore.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace Ui {

UnitFileActions::UnitFileActions(Session &session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_scheduler(new BackupScheduler(session.store().backups(), this))
    , m_backUpNow(createAction(QStringLiteral("backUpNowAction"), tr("Back &up now")))
    , m_backups(createAction(QStringLiteral("backupsAction"), tr("&Backups...")))
    , m_importPeople(createAction(QStringLiteral("importPeopleAction"), tr("Imp&ort people...")))
    , m_importWorkPlan(
          createAction(QStringLiteral("importWorkPlanAction"), tr("Import wor&k plan...")))
{
    connect(m_backUpNow, &QAction::triggered, this, &UnitFileActions::backUpNow);
    connect(m_backups, &QAction::triggered, this, &UnitFileActions::showBackups);
    connect(m_importPeople, &QAction::triggered, this, &UnitFileActions::importPeople);
    // Shown disabled rather than hidden in a read-only window: the title says why.
    for (QAction *action : { m_importPeople, m_importWorkPlan })
        action->setEnabled(!session.store().isReadOnly());
    // A server's backups are its administrators' (pg_dump), not the window's.
    if (session.store().isServer()) {
        for (QAction *action : { m_backUpNow, m_backups }) {
            action->setEnabled(false);
            action->setToolTip(tr("The server's administrators back this unit up."));
        }
    }
    connect(m_scheduler, &BackupScheduler::backedUp, this,
        [this](const Core::BackupFolder::Backup &backup) {
            showMessage(tr("Backed up automatically: %1").arg(QFileInfo(backup.path).fileName()));
        });
    // Stays until the next message: the problem stands until a backup succeeds again.
    connect(m_scheduler, &BackupScheduler::failed, this, [this](const QString &message) {
        showMessage(tr("Automatic backup failed: %1").arg(message), 0);
    });
}

QAction *UnitFileActions::createAction(const QString &name, const QString &text)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    return action;
}

void UnitFileActions::showMessage(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void UnitFileActions::startAutomaticBackups()
{
    if (m_session.store().isServer())
        return;
    connect(&m_session.store().settings(), &Core::UnitSettings::changed, this,
        &UnitFileActions::followBackupSetting, Qt::UniqueConnection);
    followBackupSetting();
}

void UnitFileActions::followBackupSetting()
{
    const bool wanted = m_session.store().settings().automaticBackups();
    if (wanted && !m_scheduler->isActive())
        m_scheduler->start();
    else if (!wanted)
        m_scheduler->stop();
}

void UnitFileActions::backUpNow()
{
    auto backup = m_session.store().backups().backUp(Core::BackupFolder::Reason::Manual);
    if (!backup) {
        m_session.showError(m_window, backup.error());
        return;
    }
    showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(backup.value().path)));
}

void UnitFileActions::showBackups()
{
    auto *dialog = new BackupsDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::restored, this, &UnitFileActions::backupRestored);
    dialog->open();
}

void UnitFileActions::importPeople()
{
    auto *dialog = new ImportDialog(m_session, ImportDialog::Kind::People, 0, 0, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int rows, const QString &path) {
        const QString file = QFileInfo(path).fileName();
        showMessage(rows == 1 ? tr("Imported 1 person from %1").arg(file)
                              : tr("Imported %1 people from %2").arg(rows).arg(file));
    });
    dialog->open();
}

void UnitFileActions::importWorkPlan(Core::Id personId, Core::Id planId)
{
    auto *dialog
        = new ImportDialog(m_session, ImportDialog::Kind::WorkPlan, personId, planId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int rows, const QString &path) {
        showMessage(tr("Imported %1 objectives and activities from %2")
                        .arg(rows)
                        .arg(QFileInfo(path).fileName()));
    });
    dialog->open();
}

} // namespace Ui
