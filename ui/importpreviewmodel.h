#ifndef UI_IMPORTPREVIEWMODEL_H
#define UI_IMPORTPREVIEWMODEL_H

#include <import/importissue.h>

#include <QAbstractTableModel>
#include <QList>
#include <QMultiHash>
#include <QStringList>

namespace Ui {

// The rows of an import file as they are in it, under its own header, numbered as a spreadsheet
// numbers them (the header is row 1) so that a problem's row can be found in both. A row with a
// problem is tinted and says what is wrong in its tooltip; the cell a problem names, more so.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    // `rows` as CsvReader gives them, the header first.
    void setRows(const QList<QStringList> &rows);
    void setIssues(const QList<Core::ImportIssue> &issues);
    // The model row showing file row `fileRow`, or -1.
    int modelRowOf(int fileRow) const;
    bool hasIssue(int modelRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int firstDataRow = 2;
    QList<Core::ImportIssue> issuesOf(int modelRow) const;
    bool namesColumn(const Core::ImportIssue &issue, int column) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    int m_width = 0;
    QMultiHash<int, Core::ImportIssue> m_issues; // by file row
};

} // namespace Ui

#endif
