#include "backupsdialog.h"

#include "backuplistmodel.h"
#include "session.h"
#include "tablesetup.h"

#include <storage/backupservice.h>
#include <unitstore.h>

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

BackupsDialog::BackupsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new BackupListModel(this))
    , m_table(new QTableView(this))
    , m_folderLabel(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore..."), this))
    , m_showFolder(new QPushButton(tr("Show &folder"), this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    resize(680, 440);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setModel(m_model);
    TableSetup::apply(m_table);
    m_table->setSortingEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The reason takes what the others leave: "automatic, while working" is the longest.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        BackupListModel::ReasonColumn, QHeaderView::Stretch);
    m_folderLabel->setObjectName(QStringLiteral("backupFolderLabel"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    if (session.store().isReadOnly())
        m_restore->setToolTip(
            tr("This window is read-only: another program is writing to the unit."));
    m_restore->setAutoDefault(false);
    m_showFolder->setObjectName(QStringLiteral("showFolderButton"));
    m_showFolder->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_showFolder, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupsDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_showFolder, &QPushButton::clicked, this, &BackupsDialog::showFolder);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsDialog::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BackupsDialog::updateButtons);
    reload();
}

void BackupsDialog::reload()
{
    const Core::BackupService &backups = m_session.store().backups();
    const QString folder = QDir::toNativeSeparators(backups.folder().path());
    auto listed = backups.list();
    if (!listed) {
        m_model->setBackups({});
        m_folderLabel->setText(listed.error().message());
    } else {
        m_model->setBackups(listed.value());
        const qsizetype count = listed.value().size();
        m_folderLabel->setText(count == 0
                ? tr("No backup yet. They will be kept in %1.").arg(folder)
                : count == 1 ? tr("1 backup, in %1.").arg(folder)
                             : tr("%1 backups, newest first, in %2.").arg(count).arg(folder));
    }
    // Sized to their contents plus a gutter: flush against each other, date and reason read as
    // one string.
    for (const int column : { BackupListModel::TakenAtColumn, BackupListModel::SizeColumn,
             BackupListModel::SchemaColumn }) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 24);
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

int BackupsDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

// A read-only window cannot replace the unit's contents: another program is writing it.
void BackupsDialog::updateButtons()
{
    m_restore->setEnabled(selectedRow() >= 0 && !m_session.store().isReadOnly());
    m_showFolder->setEnabled(QFileInfo(m_session.store().backups().folder().path()).isDir());
}

bool BackupsDialog::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_session.store().isReadOnly())
        return false;
    const Core::BackupFolder::Backup chosen = m_model->backupAt(row);
    const QString when = BackupListModel::takenAtText(chosen);
    if (!m_session.messenger().confirm(this, tr("Restore a backup"),
            tr("Replace the whole unit with the backup of %1?\n\nThe unit as it is now is backed "
               "up first, so you can come back to it from this list.")
                .arg(when)))
        return false;
    auto before = m_session.store().backups().restore(chosen.path);
    if (!before) {
        m_session.showError(this, before.error());
        reload();
        return false;
    }
    accept();
    Q_EMIT restored(chosen, before.value());
    return true;
}

void BackupsDialog::showFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_session.store().backups().folder().path()));
}

} // namespace Ui
