#include "summaryexportdialog.h"

#include "session.h"

#include <batchexport.h>
#include <documentfile.h>
#include <documentprinter.h>
#include <summarydocument.h>
#include <unitreportdocument.h>

#include <storage/summaryqueries.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextDocument>

namespace Ui {

namespace {

using Report::OutputFormat;

Report::DocumentFile::Paper paperOf(const QComboBox *combo)
{
    return Report::DocumentFile::Paper(combo->currentData().toInt());
}

// Each language named in itself, as a reader of that language looks for it; the window's own
// language first chosen, as most documents are filed in it.
void fillLanguages(QComboBox *combo)
{
    combo->setObjectName(QStringLiteral("languageCombo"));
    combo->setToolTip(SummaryExportDialog::tr(
        "The language the document is written in, whatever the language of the window"));
    const QStringList names { QStringLiteral("English"), QStringLiteral("Fran\u00e7ais"),
        QStringLiteral("Espa\u00f1ol") };
    const QStringList codes = Report::ReportLanguage::codes();
    for (int i = 0; i < codes.size(); ++i)
        combo->addItem(names.value(i, codes[i]), codes[i]);
    const int window = combo->findData(QLocale::languageToCode(QLocale().language()));
    combo->setCurrentIndex(qMax(window, 0));
}

} // namespace

SummaryExportDialog::SummaryExportDialog(
    Session &session, Core::Id personId, const QDate &today, QWidget *parent)
    : EditorDialog(session, parent)
    , m_today(today)
    , m_document(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_cycle(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_preview(new QPushButton(tr("Print pre&view..."), this))
    , m_print(new QPushButton(tr("&Print..."), this))
{
    setObjectName(QStringLiteral("summaryExportDialog"));
    setWindowTitle(tr("Export a performance review summary"));
    m_document->setObjectName(QStringLiteral("documentCombo"));
    m_document->addItem(tr("Performance review summary"), int(Document::Summary));
    m_document->addItem(tr("Unit annual report"), int(Document::AnnualReport));
    m_document->addItem(tr("JPO donor report (no appraisal content)"), int(Document::DonorReport));
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_cycle->setObjectName(QStringLiteral("cycleSpin"));
    m_cycle->setRange(2000, 2100);
    m_cycle->setValue(today.year());
    m_cycle->setToolTip(tr("The appraisal cycle starting in this year, else the calendar year"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF document"), int(OutputFormat::Pdf));
    m_format->addItem(tr("OpenDocument text (editable)"), int(OutputFormat::Odt));
    m_format->addItem(tr("Web page (HTML)"), int(OutputFormat::Html));
    m_format->addItem(tr("Figures for a spreadsheet (CSV)"), int(OutputFormat::Csv));
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("A4"), int(Report::DocumentFile::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(Report::DocumentFile::Paper::Letter));
    fillLanguages(m_language);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(360);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(m_browse);
    addField(QStringLiteral("document"), tr("&Document:"), m_document);
    addField(QStringLiteral("person"), tr("&Staff member:"), m_person);
    addField(QStringLiteral("cycle"), tr("C&ycle:"), m_cycle);
    addField(QStringLiteral("format"), tr("&Format:"), m_format);
    addField(QStringLiteral("paper"), tr("P&aper:"), m_paper);
    addField(QStringLiteral("language"), tr("&Language:"), m_language);
    addField(QStringLiteral("path"), tr("Save &to:"), pathRow);
    watchField(QStringLiteral("path"), m_path);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    buttons()->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons()->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    if (const Core::Status filled = fillPeople(m_person, personId, false); !filled)
        showError(filled.error());
    connect(m_document, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        suggestPath();
    });
    for (QComboBox *combo : { m_person, m_format })
        connect(combo, &QComboBox::currentIndexChanged, this, &SummaryExportDialog::suggestPath);
    connect(m_cycle, &QSpinBox::valueChanged, this, &SummaryExportDialog::suggestPath);
    connect(m_browse, &QPushButton::clicked, this, &SummaryExportDialog::browse);
    connect(m_preview, &QPushButton::clicked, this, &SummaryExportDialog::printPreview);
    connect(m_print, &QPushButton::clicked, this, &SummaryExportDialog::print);
    updateFields();
    suggestPath();
}

SummaryExportDialog::~SummaryExportDialog() = default;

void SummaryExportDialog::setDocument(Document document)
{
    m_document->setCurrentIndex(m_document->findData(int(document)));
}

SummaryExportDialog::Document SummaryExportDialog::document() const
{
    return Document(m_document->currentData().toInt());
}

// A unit report has no single person, and its figures are one person's only in a summary.
void SummaryExportDialog::updateFields()
{
    m_person->setEnabled(isSummary());
    auto *model = qobject_cast<QStandardItemModel *>(m_format->model());
    const int csv = m_format->findData(int(OutputFormat::Csv));
    if (!isSummary() && m_format->currentIndex() == csv)
        m_format->setCurrentIndex(m_format->findData(int(OutputFormat::Pdf)));
    if (model)
        model->item(csv)->setEnabled(isSummary());
}

void SummaryExportDialog::suggestPath()
{
    if (!m_path->text().isEmpty() && m_path->text() != m_suggestedPath)
        return;
    QString base;
    switch (document()) {
    case Document::Summary:
        base = tr("%1 - performance review %2").arg(m_person->currentText()).arg(m_cycle->value());
        break;
    case Document::AnnualReport:
        base = tr("Unit annual report %1").arg(m_cycle->value());
        break;
    case Document::DonorReport:
        base = tr("JPO donor report %1").arg(m_cycle->value());
        break;
    }
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    const auto format = OutputFormat::Kind(m_format->currentData().toInt());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_suggestedPath = QDir(folder).filePath(base + QLatin1Char('.') + OutputFormat::name(format));
    m_path->setText(m_suggestedPath);
}

void SummaryExportDialog::browse()
{
    const auto format = OutputFormat::Kind(m_format->currentData().toInt());
    const QString suffix = OutputFormat::name(format);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), m_path->text(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

Core::Result<Core::PerformanceSummary> SummaryExportDialog::summary() const
{
    const Core::Id personId = selectedId(m_person);
    if (personId == 0)
        return Core::Error::validation(
            tr("Choose whose summary to export."), QStringLiteral("person"));
    // Read in the document's language: what core words itself goes into the document.
    const Core::Wording::Scope wording = language().wording();
    return session().store().summaries().forPerson(personId, m_cycle->value(), m_today);
}

Report::ReportLanguage SummaryExportDialog::language() const
{
    return Report::ReportLanguage::fromCode(m_language->currentData().toString())
        .value_or(Report::ReportLanguage());
}

Core::Result<std::unique_ptr<QTextDocument>> SummaryExportDialog::build() const
{
    if (isSummary()) {
        auto read = summary();
        if (!read)
            return read.error();
        return Report::SummaryDocument(read.value(), language()).build();
    }
    // In the document's language until the report is built: what core words itself goes into
    // it, and the report tells its JPOs by that wording of their category.
    const Report::ReportLanguage chosen = language();
    const Core::Wording::Scope wording = chosen.wording();
    auto everyone = session().store().summaries().forUnit(m_cycle->value(), m_today);
    if (!everyone)
        return everyone.error();
    const auto variant = document() == Document::DonorReport
        ? Report::UnitReportDocument::Variant::Donor
        : Report::UnitReportDocument::Variant::Annual;
    return Report::UnitReportDocument(everyone.value(), m_cycle->value(), variant, chosen).build();
}

Core::Status SummaryExportDialog::save()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return Core::Error::validation(tr("Choose the file to export to."), QStringLiteral("path"));
    const auto format = OutputFormat::Kind(m_format->currentData().toInt());
    Core::Status written;
    if (isSummary()) {
        auto read = summary();
        if (!read)
            return read.error();
        written
            = Report::BatchExport(format, paperOf(m_paper), language()).write(read.value(), path);
    } else {
        auto document = build();
        if (!document)
            return document.error();
        written = Report::DocumentFile::write(*document.value(), path, format, paperOf(m_paper));
    }
    if (!written)
        return Core::Error(
            written.error().code(), written.error().message(), QStringLiteral("path"));
    m_savedPath = path;
    return {};
}

std::unique_ptr<QPrinter> SummaryExportDialog::createPrinter() const
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(
        QPageSize(paperOf(m_paper) == Report::DocumentFile::Paper::Letter ? QPageSize::Letter
                                                                          : QPageSize::A4));
    return printer;
}

QPrintPreviewDialog *SummaryExportDialog::printPreview()
{
    auto document = build();
    if (!document) {
        showError(document.error());
        return nullptr;
    }
    m_printer = createPrinter();
    auto *preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setObjectName(QStringLiteral("summaryPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(document.value()->metaInformation(QTextDocument::DocumentTitle));
    // The preview repaints on every zoom and page-setup change: it keeps its own document.
    std::shared_ptr<QTextDocument> shown(std::move(document.value()));
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
        [shown](QPrinter *printer) { Report::DocumentPrinter(*shown).print(*printer); });
    preview->resize(900, 1000);
    preview->open();
    return preview;
}

void SummaryExportDialog::print()
{
    auto document = build();
    if (!document) {
        showError(document.error());
        return;
    }
    m_printer = createPrinter();
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        Report::DocumentPrinter(*document.value()).print(*m_printer);
}

} // namespace Ui
