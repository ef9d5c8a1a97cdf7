#include "backuplistmodel.h"

#include "format.h"
#include "roles.h"

#include <QLocale>

namespace Ui {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) { }

void BackupListModel::setBackups(const QList<Core::BackupFolder::Backup> &backups)
{
    beginResetModel();
    m_backups = backups;
    endResetModel();
}

QString BackupListModel::takenAtText(const Core::BackupFolder::Backup &backup)
{
    const QDateTime local = backup.takenAt.toLocalTime();
    return Format::date(local.date()) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::BackupFolder::Backup &backup = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(backup, index.column());
    case Qt::ToolTipRole:
        return backup.path;
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn || index.column() == SchemaColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case SortRole:
        return index.column() == TakenAtColumn ? QVariant(backup.takenAt)
                                               : display(backup, index.column());
    default:
        return {};
    }
}

QVariant BackupListModel::display(const Core::BackupFolder::Backup &backup, int column) const
{
    switch (column) {
    case TakenAtColumn:
        return takenAtText(backup);
    case ReasonColumn:
        return Core::BackupFolder::displayName(backup.reason);
    case SizeColumn:
        // "460 kB", "12.4 MB": a tenth of a kilobyte tells nobody anything.
        return QLocale().formattedDataSize(
            backup.size, backup.size < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
    case SchemaColumn:
        // 0: the file's header is not ours; the restore will refuse it and say why.
        return backup.schemaVersion > 0 ? QVariant(backup.schemaVersion) : QVariant(tr("unknown"));
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == SizeColumn || section == SchemaColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenAtColumn:
        return tr("Taken");
    case ReasonColumn:
        return tr("Why");
    case SizeColumn:
        return tr("Size");
    case SchemaColumn:
        return tr("Schema");
    default:
        return {};
    }
}

} // namespace Ui
