#include "versionseditor.h"

#include "editordialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

const QString english = QStringLiteral("EN");

} // namespace

VersionsEditor::VersionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_language(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add language"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    setObjectName(QStringLiteral("versionsEditor"));
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_language->setObjectName(QStringLiteral("newLanguageCombo"));
    m_table->setAccessibleName(tr("Language versions"));
    m_language->setAccessibleName(tr("Language to add"));
    m_add->setObjectName(QStringLiteral("addVersionButton"));
    m_remove->setObjectName(QStringLiteral("removeVersionButton"));
    m_table->setHorizontalHeaderLabels({ tr("Language"), tr("Required"), tr("Status"), tr("Due") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * 4 + 30);
    m_table->setColumnWidth(LanguageColumn, 80);
    m_table->setColumnWidth(RequiredColumn, 80);
    m_table->setColumnWidth(StatusColumn, 130);
    // The working languages first; any other two-letter code can be typed.
    m_language->setEditable(true);
    m_language->addItems({ english, QStringLiteral("FR"), QStringLiteral("ES"),
        QStringLiteral("AR"), QStringLiteral("PT"), QStringLiteral("RU"), QStringLiteral("ZH") });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_language);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &VersionsEditor::onAdd);
    connect(m_remove, &QPushButton::clicked, this, &VersionsEditor::onRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionsEditor::updateButtons);
    updateButtons();
}

void VersionsEditor::setVersions(const QList<Core::LanguageVersion> &versions)
{
    m_table->setRowCount(0);
    for (const Core::LanguageVersion &version : versions)
        addRow(version);
    updateButtons();
}

QList<Core::LanguageVersion> VersionsEditor::versions() const
{
    QList<Core::LanguageVersion> versions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Core::LanguageVersion version;
        version.id = m_table->item(row, LanguageColumn)->data(Qt::UserRole).value<Core::Id>();
        version.language = language(row);
        version.required = m_table->item(row, RequiredColumn)->checkState() == Qt::Checked;
        const auto *status = qobject_cast<QComboBox *>(m_table->cellWidget(row, StatusColumn));
        version.status = Core::LanguageVersion::Status(status->currentData().toInt());
        version.dueDate
            = EditorDialog::dateOf(qobject_cast<QDateEdit *>(m_table->cellWidget(row, DueColumn)));
        versions.append(version);
    }
    return versions;
}

bool VersionsEditor::appendVersion(const QString &language)
{
    const QString code = language.trimmed().toUpper();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (this->language(row) == code)
            return false;
    }
    Core::LanguageVersion version;
    version.language = code;
    addRow(version);
    m_table->selectRow(m_table->rowCount() - 1);
    return true;
}

void VersionsEditor::setDueDates(const QDate &original, const QDate &translations)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        qobject_cast<QDateEdit *>(m_table->cellWidget(row, DueColumn))
            ->setDate(language(row) == english ? original : translations);
    }
}

bool VersionsEditor::hasTranslations() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (language(row) != english)
            return true;
    }
    return false;
}

void VersionsEditor::addRow(const Core::LanguageVersion &version)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *language = new QTableWidgetItem(version.language);
    language->setData(Qt::UserRole, version.id);
    language->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, LanguageColumn, language);
    auto *required = new QTableWidgetItem(tr("required"));
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(version.required ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, RequiredColumn, required);
    auto *status = new QComboBox;
    status->setObjectName(QStringLiteral("versionStatusCombo"));
    for (const auto value : Core::LanguageVersion::statuses())
        status->addItem(Core::LanguageVersion::statusName(value), int(value));
    status->setCurrentIndex(status->findData(int(version.status)));
    m_table->setCellWidget(row, StatusColumn, status);
    QDateEdit *due = EditorDialog::createDateEdit(nullptr, version.dueDate, true);
    due->setObjectName(QStringLiteral("versionDueEdit"));
    m_table->setCellWidget(row, DueColumn, due);
}

QString VersionsEditor::language(int row) const
{
    return m_table->item(row, LanguageColumn)->text();
}

void VersionsEditor::onAdd()
{
    appendVersion(m_language->currentText());
    updateButtons();
}

void VersionsEditor::onRemove()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    updateButtons();
}

void VersionsEditor::updateButtons()
{
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

} // namespace Ui
