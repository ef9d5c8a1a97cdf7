#include "settingsdialog.h"

#include "scalelisteditor.h"
#include "session.h"

#include <storage/appraisalrepository.h>
#include <storage/databasefile.h>
#include <storage/schemamigrations.h>
#include <storage/unitsettings.h>
#include <unitstore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

namespace Ui {

namespace {

const QString databaseField = QStringLiteral("database");
const QString fileFilter = QStringLiteral("*.ssedesk");

QSpinBox *createSpinBox(const QString &name, int minimum, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

QLabel *createNote(const QString &text)
{
    auto *note = new QLabel(text);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

} // namespace

QString SettingsDialog::languageKey()
{
    return QStringLiteral("interface/language");
}

SettingsDialog::SettingsDialog(Session &session, QWidget *parent)
    : EditorDialog(session, parent)
    , m_tabs(new QTabWidget(this))
    , m_database(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_btoDays(createSpinBox(QStringLiteral("btoDaysSpin"), 1, 60, tr(" working days")))
    , m_automaticBackups(new QCheckBox(tr("Back up &automatically"), this))
    , m_daily(createSpinBox(QStringLiteral("dailySpin"), 1, 100, tr(" days")))
    , m_weekly(createSpinBox(QStringLiteral("weeklySpin"), 0, 100, tr(" weeks")))
    , m_monthly(createSpinBox(QStringLiteral("monthlySpin"), 0, 100, tr(" months")))
    , m_scale(new ScaleListEditor(tr("Rating scale"), tr("New level"), this))
    , m_competencies(new ScaleListEditor(tr("Competencies"), tr("New competency"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_automaticBackups->setObjectName(QStringLiteral("automaticBackupsCheck"));
    m_scale->setObjectName(QStringLiteral("ratingScaleEditor"));
    m_competencies->setObjectName(QStringLiteral("competenciesEditor"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createBackupsTab(), tr("&Backups"));
    m_tabs->addTab(createAppraisalsTab(), tr("A&ppraisals"));
    form()->addRow(m_tabs);
    watchField(databaseField, m_database);
    watchField(QStringLiteral("btoWorkingDays"), m_btoDays);
    watchField(QStringLiteral("backupDaily"), m_daily);
    watchField(QStringLiteral("backupWeekly"), m_weekly);
    watchField(QStringLiteral("backupMonthly"), m_monthly);
    watchField(QStringLiteral("ratingScale"), m_scale->list());
    watchField(QStringLiteral("competencies"), m_competencies->list());
    load();
    setMinimumWidth(620);
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *page = new QWidget;
    auto *choose = new QPushButton(tr("&Choose..."), page);
    choose->setObjectName(QStringLiteral("chooseDatabaseButton"));
    choose->setAutoDefault(false);
    auto *create = new QPushButton(tr("&New..."), page);
    create->setObjectName(QStringLiteral("newDatabaseButton"));
    create->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::onChooseDatabase);
    connect(create, &QPushButton::clicked, this, &SettingsDialog::onNewDatabase);
    auto *file = new QHBoxLayout;
    file->addWidget(m_database, 1);
    file->addWidget(choose);
    file->addWidget(create);
    m_language->addItem(tr("System"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("Unit &file:"), file);
    // A QLayout row has no buddy: the label names the line edit itself.
    qobject_cast<QLabel *>(layout->labelForField(file))->setBuddy(m_database);
    layout->addRow(createNote(tr("Another file reopens the window on that unit; a file that "
                                 "does not exist yet becomes a new, empty unit.")));
    layout->addRow(createNote(tr("A unit on a shared server: write its address, "
                                 "postgresql://LOGIN@HOST:PORT/DATABASE, with your e-mail as the "
                                 "login (%40 for its @); the window reopens there and asks for "
                                 "your password.")));
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(createNote(tr("A new language applies at the next start.")));
    layout->addRow(tr("Back-to-office &report due within:"), m_btoDays);
    return page;
}

QWidget *SettingsDialog::createBackupsTab()
{
    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    layout->addRow(m_automaticBackups);
    layout->addRow(createNote(tr("Daily, and after 30 minutes of changes. A backup is always "
                                 "taken before an upgrade, an import and a restore.")));
    layout->addRow(createNote(tr("Every backup of the last 24 hours is kept, and the newest "
                                 "one of each of the last:")));
    layout->addRow(tr("&Days:"), m_daily);
    layout->addRow(tr("&Weeks:"), m_weekly);
    layout->addRow(tr("&Months:"), m_monthly);
    return page;
}

QWidget *SettingsDialog::createAppraisalsTab()
{
    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("Rating &scale, best first:"), m_scale);
    layout->addRow(tr("&Competencies:"), m_competencies);
    layout->addRow(createNote(tr("Double-click a name, or press F2, to change it. Levels and "
                                 "competencies that ratings already use cannot be removed or "
                                 "renamed, and the levels keep their order.")));
    qobject_cast<QLabel *>(layout->labelForField(m_scale))->setBuddy(m_scale->list());
    qobject_cast<QLabel *>(layout->labelForField(m_competencies))->setBuddy(m_competencies->list());
    return page;
}

void SettingsDialog::load()
{
    const Core::UnitStore &store = session().store();
    m_database->setText(QDir::toNativeSeparators(store.path()));
    const QString language = QSettings().value(languageKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    const Core::UnitSettings &settings = store.settings();
    m_btoDays->setValue(settings.btoWorkingDays());
    m_automaticBackups->setChecked(settings.automaticBackups());
    const auto policy = settings.backupPolicy();
    m_daily->setValue(policy.daily);
    m_weekly->setValue(policy.weekly);
    m_monthly->setValue(policy.monthly);
    const auto scale = store.appraisals().ratingScale();
    const auto competencies = store.appraisals().competencies();
    if (!scale || !competencies) {
        showError(scale ? competencies.error() : scale.error());
        return;
    }
    m_scale->setItems(scale.value());
    m_competencies->setItems(competencies.value());
    // The unit's part cannot be written while another program holds it.
    if (store.isReadOnly()) {
        for (QWidget *unitPart : { static_cast<QWidget *>(m_btoDays),
                 static_cast<QWidget *>(m_automaticBackups), static_cast<QWidget *>(m_daily),
                 static_cast<QWidget *>(m_weekly), static_cast<QWidget *>(m_monthly),
                 static_cast<QWidget *>(m_scale), static_cast<QWidget *>(m_competencies) })
            unitPart->setEnabled(false);
    }
}

void SettingsDialog::onChooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a unit"),
        QFileInfo(m_database->text()).absolutePath(), tr("Units (%1)").arg(fileFilter));
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::onNewDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New unit"),
        QFileInfo(m_database->text()).absolutePath(), tr("Units (%1)").arg(fileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ssedesk");
    m_database->setText(QDir::toNativeSeparators(path));
}

Core::Status SettingsDialog::save()
{
    // The unit's part first as a dry run, so that a refusal there leaves no new file behind,
    // and the file before the real run, so that a bad file leaves the unit's part unsaved.
    const bool unitPart = !session().store().isReadOnly();
    if (unitPart) {
        if (Core::Status checked = saveUnitSettings(true); !checked)
            return checked;
    }
    const auto database = prepareDatabase();
    if (!database)
        return database.error();
    if (unitPart) {
        if (Core::Status saved = saveUnitSettings(false); !saved)
            return saved;
    }
    QSettings().setValue(languageKey(), m_language->currentData());
    if (!database.value().isEmpty())
        Q_EMIT databaseChosen(database.value());
    return {};
}

Core::Status SettingsDialog::saveUnitSettings(bool dryRun)
{
    Core::UnitStore &store = session().store();
    return store.transaction(
        [&]() -> Core::Status {
            Core::UnitSettings &settings = store.settings();
            for (const Core::Status &status : { settings.setBtoWorkingDays(m_btoDays->value()),
                     settings.setAutomaticBackups(m_automaticBackups->isChecked()),
                     settings.setBackupPolicy(
                         { m_daily->value(), m_weekly->value(), m_monthly->value() }),
                     store.appraisals().setRatingScale(m_scale->items()),
                     store.appraisals().setCompetencies(m_competencies->items()) }) {
                if (!status)
                    return status;
            }
            return {};
        },
        dryRun ? Core::UnitStore::TransactionEnd::RollBack
               : Core::UnitStore::TransactionEnd::Commit);
}

Core::Result<QString> SettingsDialog::prepareDatabase()
{
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    if (path.isEmpty())
        return Core::Error::validation(tr("Name the unit's file."), databaseField);
    // A server is reached by the reopened window, which asks for the password.
    if (path.startsWith(QLatin1String("postgresql://"))
        || path.startsWith(QLatin1String("postgres://"))) {
        const auto address = Core::ServerAddress::parse(path);
        if (!address)
            return Core::Error::validation(address.error().message(), databaseField);
        return address.value().display() == session().store().path() ? QString()
                                                                     : address.value().display();
    }
    const QFileInfo chosen(path);
    if (chosen.absoluteFilePath() == QFileInfo(session().store().path()).absoluteFilePath())
        return QString();
    const auto header = Core::DatabaseFile::inspect(
        chosen.absoluteFilePath(), Core::SchemaMigrations::latestVersion());
    if (!header)
        return Core::Error::validation(header.error().message(), databaseField);
    if (header.value().kind == Core::DatabaseFile::Kind::Missing) {
        // Created here rather than by the reopened window, so that a folder nobody may write
        // to is said at this field.
        const auto created = Core::UnitStore::open(chosen.absoluteFilePath());
        if (!created)
            return Core::Error::validation(created.error().message(), databaseField);
    }
    return chosen.absoluteFilePath();
}

} // namespace Ui
