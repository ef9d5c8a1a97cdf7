#include "importdialog.h"

#include "format.h"
#include "importpreviewmodel.h"
#include "session.h"
#include "tablesetup.h"

#include <import/csvimport.h>
#include <import/csvreader.h>
#include <import/peoplecsv.h>
#include <import/workplancsv.h>
#include <storage/backupservice.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace Ui {

namespace {

// Where an issue sits in the file, kept on its line of the list so that choosing the line
// shows the row.
constexpr int fileRowRole = Qt::UserRole + 1;

} // namespace

ImportDialog::ImportDialog(
    Session &session, Kind kind, Core::Id personId, Core::Id planId, QWidget *parent)
    : EditorDialog(session, parent)
    , m_kind(kind)
    , m_planId(planId)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_preview(new ImportPreviewModel(this))
    , m_previewTable(new QTableView(this))
    , m_issues(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(kind == Kind::People ? tr("Import people") : tr("Import a work plan"));
    resize(900, 620);
    if (kind == Kind::WorkPlan)
        createTargetRows(personId);
    addField(QStringLiteral("path"), tr("CSV &file:"), createPathRow());
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("Preview"));
    m_previewTable->setModel(m_preview);
    TableSetup::apply(m_previewTable);
    m_previewTable->setSortingEnabled(false);
    m_previewTable->verticalHeader()->show();
    m_previewTable->horizontalHeader()->setStretchLastSection(false);
    m_issues->setObjectName(QStringLiteral("issuesList"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_previewTable);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    form()->addRow(splitter);
    form()->addRow(m_summary);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Import"));
    connect(m_issues, &QListWidget::currentRowChanged, this, &ImportDialog::showIssueRow);
    dryRun();
}

QWidget *ImportDialog::createPathRow()
{
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("The file to import, UTF-8, first row the column names"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_browse);
    m_path->setToolTip(tr("Enter reads the file again, after you have corrected it"));
    // Leaving the field reads a new path; Enter (see eventFilter) reads even the same one again.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_readPath)
            setPath(m_path->text());
    });
    m_path->installEventFilter(this);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    return row;
}

void ImportDialog::createTargetRows(Core::Id personId)
{
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("planLabel"));
    if (const Core::Status filled = fillPeople(m_person, personId, false); !filled)
        showError(filled.error());
    addField(QStringLiteral("person"), tr("&Whose plan:"), m_person);
    addField(QStringLiteral("plan"), tr("Into:"), m_plan);
    // The plan shown on the person's page is kept; choosing someone else means their current.
    if (m_planId == 0 || selectedId(m_person) != personId)
        onPersonChanged();
    else if (auto plan = session().store().workPlans().find(m_planId))
        m_plan->setText(planText(plan.value()));
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        onPersonChanged();
        dryRun();
    });
}

void ImportDialog::onPersonChanged()
{
    m_planId = 0;
    m_planProblem.clear();
    auto plan = session().store().workPlans().current(selectedId(m_person));
    if (!plan)
        m_planProblem = plan.error().message();
    else if (!plan.value())
        m_planProblem = tr("%1 has no current work plan to import into; create the plan first.")
                            .arg(m_person->currentText());
    else
        m_planId = plan.value()->id;
    m_plan->setText(m_planId != 0 ? planText(*plan.value()) : m_planProblem);
}

// An agreed plan is not changed in place: the import opens its next revision, as any change
// after agreement does, and the user should know before choosing Import.
QString ImportDialog::planText(const Core::WorkPlan &plan)
{
    if (plan.isAgreed())
        return tr("%1, revision %2, agreed: the import opens revision %3")
            .arg(plan.title)
            .arg(plan.revision)
            .arg(plan.revision + 1);
    return tr("%1, revision %2").arg(plan.title).arg(plan.revision);
}

void ImportDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, windowTitle(),
        m_path->text().isEmpty() ? QDir::homePath() : m_path->text(),
        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportDialog::setPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (m_path->text() != trimmed)
        m_path->setText(trimmed);
    m_readPath = trimmed;
    read();
    dryRun();
}

void ImportDialog::read()
{
    m_readError = {};
    m_rows.clear();
    if (!m_readPath.isEmpty()) {
        auto rows = Core::CsvReader::readFile(m_readPath);
        if (rows)
            m_rows = rows.value();
        else
            m_readError = rows.error();
    }
    m_preview->setRows(m_rows);
    m_previewTable->resizeColumnsToContents();
}

// Enter in the path field reads the file and stops there: passed on to the dialog, it would
// press Import, which QDialogButtonBox makes the default button, on a file not yet seen.
bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            setPath(m_path->text());
            return true;
        }
    }
    return EditorDialog::eventFilter(watched, event);
}

bool ImportDialog::canImport() const
{
    return !m_rows.isEmpty() && m_report.isOk() && m_report.rows > 0
        && !session().store().isReadOnly();
}

void ImportDialog::dryRun()
{
    m_report = apply(false);
    showReport();
}

Core::ImportReport ImportDialog::apply(bool write) const
{
    using Core::CsvImport;
    Core::ImportReport report;
    if (m_readError.isError())
        report.issues.append({ 0, QString(), m_readError.message() });
    if (m_rows.isEmpty())
        return report;
    const auto mode = write ? CsvImport::Mode::Write : CsvImport::Mode::DryRun;
    Core::UnitStore &store = session().store();
    if (m_kind == Kind::People)
        return CsvImport::applyPeople(store, Core::PeopleCsv::fromRows(m_rows), mode);
    if (m_planId == 0) {
        report.issues.append({ 0, QString(), m_planProblem });
        return report;
    }
    return CsvImport::applyWorkPlan(store, m_planId, Core::WorkPlanCsv::fromRows(m_rows), mode);
}

void ImportDialog::showReport()
{
    m_preview->setIssues(m_report.issues);
    m_issues->clear();
    for (const Core::ImportIssue &issue : std::as_const(m_report.issues)) {
        auto *item = new QListWidgetItem(issue.text(), m_issues);
        item->setData(fileRowRole, issue.row);
        item->setForeground(Format::warning());
    }
    m_issues->setVisible(!m_report.issues.isEmpty());
    const QStringList columns
        = m_kind == Kind::People ? Core::PeopleCsv::columns() : Core::WorkPlanCsv::columns();
    if (m_rows.isEmpty() && !m_readError.isError())
        m_summary->setText(tr("Choose a CSV file. Its first row names the columns, in any order: "
                              "%1.")
                               .arg(columns.join(QStringLiteral(", "))));
    else if (!m_report.isOk())
        m_summary->setText(tr("Dry run: nothing can be imported until the problems listed are "
                              "fixed in the file; then press Enter in the file field to read it "
                              "again. Nothing was written."));
    else if (m_report.rows == 0)
        m_summary->setText(tr("The file has no rows to import."));
    else
        m_summary->setText(tr("Dry run: all %1 rows can be imported. Nothing is written until you "
                              "choose Import; the unit is backed up first.")
                               .arg(m_report.rows));
    buttons()->button(QDialogButtonBox::Save)->setEnabled(canImport());
}

void ImportDialog::showIssueRow(int issueRow)
{
    const QListWidgetItem *item = m_issues->item(issueRow);
    const int row = item ? m_preview->modelRowOf(item->data(fileRowRole).toInt()) : -1;
    if (row < 0)
        return;
    m_previewTable->selectRow(row);
    m_previewTable->scrollTo(m_preview->index(row, 0));
}

// The rows written are those previewed: a file changed on disk since is not read again unseen.
Core::Status ImportDialog::save()
{
    if (!canImport())
        return Core::Error::validation(
            tr("Nothing can be imported until the dry run is clean."), QStringLiteral("path"));
    auto backup = session().store().backups().backUp(Core::BackupFolder::Reason::PreImport);
    if (!backup)
        return backup.error().withContext(
            tr("The unit could not be backed up before the import, so nothing was imported"));
    m_report = apply(true);
    if (!m_report.written) {
        showReport();
        return Core::Error::validation(tr("Nothing was imported: see the problems listed."));
    }
    Q_EMIT imported(m_report.rows, m_readPath, backup.value().path);
    return {};
}

} // namespace Ui
