#ifndef UI_SALVAGEREPORTDIALOG_H
#define UI_SALVAGEREPORTDIALOG_H

#include <storage/salvage.h>

#include <QDialog>

class QListWidget;

namespace Ui {

// What a salvage saved, table by table, shown before the salvaged unit opens: where the rows
// went, where the damaged file is kept, and each table's line of the report, the tables that
// lost rows first and marked, so that the user knows what to re-enter or look for in a backup.
class SalvageReportDialog : public QDialog
{
    Q_OBJECT
public:
    SalvageReportDialog(const QString &path, const QString &quarantinedPath,
        const Core::Salvage::Report &report, QWidget *parent = nullptr);

    QListWidget *tableList() const { return m_tables; }

private:
    QListWidget *m_tables;
};

} // namespace Ui

#endif
