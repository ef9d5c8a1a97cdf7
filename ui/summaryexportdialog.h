#ifndef UI_SUMMARYEXPORTDIALOG_H
#define UI_SUMMARYEXPORTDIALOG_H

#include "editordialog.h"

#include <performancesummary.h>
#include <reportlanguage.h>

#include <memory>

class QComboBox;
class QLineEdit;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTextDocument;

namespace Ui {

// Export, preview and print the documents a unit head files: one person's performance review
// summary, or the unit's annual report and its JPO donor variant. Export writes the chosen
// format to the chosen file; preview and print paginate exactly as the PDF does. The document's
// language is chosen apart from the window's, which it follows by default.
class SummaryExportDialog : public EditorDialog
{
    Q_OBJECT
public:
    enum class Document { Summary, AnnualReport, DonorReport };

    SummaryExportDialog(
        Session &session, Core::Id personId, const QDate &today, QWidget *parent = nullptr);
    ~SummaryExportDialog() override;

    void setDocument(Document document);
    QString savedPath() const { return m_savedPath; }
    // Opens the print preview of the document as it stands (not modal, so it can be driven).
    QPrintPreviewDialog *printPreview();

protected:
    Core::Status save() override;

private:
    Document document() const;
    bool isSummary() const { return document() == Document::Summary; }
    void updateFields();
    void suggestPath();
    void browse();
    void print();
    Core::Result<std::unique_ptr<QTextDocument>> build() const;
    Core::Result<Core::PerformanceSummary> summary() const;
    Report::ReportLanguage language() const;
    std::unique_ptr<QPrinter> createPrinter() const;

    QDate m_today;
    QComboBox *m_document;
    QComboBox *m_person;
    QSpinBox *m_cycle;
    QComboBox *m_format;
    QComboBox *m_paper;
    QComboBox *m_language;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_preview;
    QPushButton *m_print;
    std::unique_ptr<QPrinter> m_printer;
    QString m_savedPath;
    // The path last suggested: a path the user typed is never replaced by a suggestion.
    QString m_suggestedPath;
};

} // namespace Ui

#endif
