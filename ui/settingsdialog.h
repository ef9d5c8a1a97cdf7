#ifndef UI_SETTINGSDIALOG_H
#define UI_SETTINGSDIALOG_H

#include "editordialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Ui {

class ScaleListEditor;

// Edit > Preferences. Two kinds of setting side by side: this desktop's (which unit file the
// window opens, the interface language; QSettings) and the unit's own, which travel with its
// file (back-to-office report delay, backups kept, the appraisal lists; Core::UnitSettings and
// the appraisal repository). The unit's are saved through core in one transaction; a refusal is
// shown at its field and nothing at all is saved.
class SettingsDialog : public EditorDialog
{
    Q_OBJECT
public:
    // QSettings key read at start-up to choose the translation: "system", "en", "fr" or "es".
    static QString languageKey();

    explicit SettingsDialog(Session &session, QWidget *parent = nullptr);

Q_SIGNALS:
    // Saved with another unit file chosen: the window's owner reopens on `path`, which exists
    // and is a unit (a new one was created empty).
    void databaseChosen(const QString &path);

protected:
    Core::Status save() override;

private:
    QWidget *createGeneralTab();
    QWidget *createBackupsTab();
    QWidget *createAppraisalsTab();
    void load();
    void onChooseDatabase();
    void onNewDatabase();
    Core::Status saveUnitSettings(bool dryRun);
    // The chosen file, checked (an existing one must be a unit this version opens) or created;
    // empty when it is the file already open.
    Core::Result<QString> prepareDatabase();

    QTabWidget *m_tabs;
    QLineEdit *m_database;
    QComboBox *m_language;
    QSpinBox *m_btoDays;
    QCheckBox *m_automaticBackups;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    ScaleListEditor *m_scale;
    ScaleListEditor *m_competencies;
};

} // namespace Ui

#endif
