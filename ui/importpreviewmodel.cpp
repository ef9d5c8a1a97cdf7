#include "importpreviewmodel.h"

#include "format.h"

#include <import/csvheader.h>

#include <algorithm>

namespace Ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportPreviewModel::setRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_header = rows.isEmpty() ? QStringList() : rows.first();
    m_rows = rows.mid(1);
    m_width = int(m_header.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_width = std::max(m_width, int(row.size()));
    m_issues.clear();
    endResetModel();
}

void ImportPreviewModel::setIssues(const QList<Core::ImportIssue> &issues)
{
    m_issues.clear();
    for (const Core::ImportIssue &issue : issues)
        m_issues.insert(issue.row, issue);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ImportPreviewModel::modelRowOf(int fileRow) const
{
    const int row = fileRow - firstDataRow;
    return row >= 0 && row < rowCount() ? row : -1;
}

bool ImportPreviewModel::hasIssue(int modelRow) const
{
    return m_issues.contains(modelRow + firstDataRow);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_width;
}

QList<Core::ImportIssue> ImportPreviewModel::issuesOf(int modelRow) const
{
    QList<Core::ImportIssue> issues = m_issues.values(modelRow + firstDataRow);
    // QMultiHash gives the latest insertion first; the report's order reads better.
    std::reverse(issues.begin(), issues.end());
    return issues;
}

bool ImportPreviewModel::namesColumn(const Core::ImportIssue &issue, int column) const
{
    return !issue.column.isEmpty() && column < m_header.size()
        && Core::CsvHeader::normalized(m_header.at(column))
        == Core::CsvHeader::normalized(issue.column);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() < row.size() ? row.at(index.column()) : QString();
    if (!hasIssue(index.row()))
        return {};
    const QList<Core::ImportIssue> issues = issuesOf(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const Core::ImportIssue &issue : issues)
            lines.append(issue.text());
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::BackgroundRole) {
        const bool named = std::any_of(issues.cbegin(), issues.cend(),
            [&](const Core::ImportIssue &issue) { return namesColumn(issue, index.column()); });
        QColor tint = Format::warning();
        tint.setAlpha(named ? 90 : 35);
        return tint;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + firstDataRow;
    return section < m_header.size() ? m_header.at(section) : QString();
}

} // namespace Ui
