#ifndef UI_IMPORTDIALOG_H
#define UI_IMPORTDIALOG_H

#include "editordialog.h"

#include <import/importreport.h>
#include <workplan.h>

#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Ui {

class ImportPreviewModel;

// Plan > Import people / Import work plan: a CSV file read, shown as it is, and tried against the
// unit before anything is written. Every time the file or the target changes the import runs
// as a dry run (the same checks, rolled back), and its problems are listed by row beside the
// preview; Import is enabled only when that run is clean. Import backs the unit up first, then
// writes every row in one transaction: all of them or none.
class ImportDialog : public EditorDialog
{
    Q_OBJECT
public:
    enum class Kind { People, WorkPlan };

    // For a work plan, `personId` and `planId` say where it goes: the plan shown, else the
    // person's current plan; the user may choose another person.
    ImportDialog(Session &session, Kind kind, Core::Id personId = 0, Core::Id planId = 0,
        QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Reads the file at `path`, again if it was read before, and runs the dry run: what Browse,
    // and Enter in the path field, do.
    void setPath(const QString &path);
    Core::Id planId() const { return m_planId; }
    bool canImport() const;
    // The last run: the dry run while the dialog is open, the import once it succeeded.
    Core::ImportReport report() const { return m_report; }

Q_SIGNALS:
    // The rows written, from which file, and the backup taken just before.
    void imported(int rows, const QString &path, const QString &backupPath);

protected:
    Core::Status save() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createPathRow();
    void createTargetRows(Core::Id personId);
    void onPersonChanged();
    static QString planText(const Core::WorkPlan &plan);
    void browse();
    void read();
    void dryRun();
    Core::ImportReport apply(bool write) const;
    void showReport();
    void showIssueRow(int issueRow);

    Kind m_kind;
    Core::Id m_planId = 0;
    QString m_planProblem;
    QComboBox *m_person = nullptr;
    QLabel *m_plan = nullptr;
    QLineEdit *m_path;
    QPushButton *m_browse;
    ImportPreviewModel *m_preview;
    QTableView *m_previewTable;
    QListWidget *m_issues;
    QLabel *m_summary;
    QString m_readPath;
    QList<QStringList> m_rows;
    Core::Error m_readError;
    Core::ImportReport m_report;
};

} // namespace Ui

#endif
