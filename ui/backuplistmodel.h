#ifndef UI_BACKUPLISTMODEL_H
#define UI_BACKUPLISTMODEL_H

#include <storage/backupfolder.h>

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

// The backups of the open database, newest first, as the backup folder lists them: when each
// was taken (local time), why, how big it is and which schema version it holds.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TakenAtColumn, ReasonColumn, SizeColumn, SchemaColumn, ColumnCount };

    explicit BackupListModel(QObject *parent = nullptr);

    void setBackups(const QList<Core::BackupFolder::Backup> &backups);
    Core::BackupFolder::Backup backupAt(int row) const { return m_backups.at(row); }
    // "15 Jun 2026 12:15", in local time: how the dialogs name a backup to the user.
    static QString takenAtText(const Core::BackupFolder::Backup &backup);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Core::BackupFolder::Backup &backup, int column) const;

    QList<Core::BackupFolder::Backup> m_backups;
};

} // namespace Ui

#endif
