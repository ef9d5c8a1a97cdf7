#include "unitfixture.h"

#include <scalelisteditor.h>
#include <session.h>
#include <settingsdialog.h>

#include <storage/appraisalrepository.h>
#include <storage/backupservice.h>
#include <storage/databasefile.h>
#include <storage/schemamigrations.h>
#include <storage/unitsettings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class SettingsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        auto *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }

    // Replaces a spin box's value from the keyboard, as a user would.
    static void type(QAbstractSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
    }

    static void save(Ui::SettingsDialog &dialog)
    {
        QTest::mouseClick(
            child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    }

    // Adds a row to a list editor with its Add button and types its name over the proposed one.
    static void addRow(Ui::ScaleListEditor *editor, const QString &name)
    {
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addButton")), Qt::LeftButton);
        QWidget *typing = QApplication::focusWidget();
        QVERIFY(typing && typing != editor->list());
        QTest::keyClick(typing, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(typing, name);
        QTest::keyClick(typing, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void shouldSaveTheUnitsSettingsThroughCore()
    {
        // GIVEN the preferences of a unit with the default settings
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::SettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // WHEN the user sets a 15-day report delay, keeps 5 daily backups and no automatic
        // ones, adds a competency and saves
        type(child<QSpinBox>(&dialog, QStringLiteral("btoDaysSpin")), QStringLiteral("15"));
        child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"))->setCurrentIndex(1);
        auto *automatic = child<QCheckBox>(&dialog, QStringLiteral("automaticBackupsCheck"));
        automatic->setFocus();
        QTest::keyClick(automatic, Qt::Key_Space);
        type(child<QSpinBox>(&dialog, QStringLiteral("dailySpin")), QStringLiteral("5"));
        child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"))->setCurrentIndex(2);
        addRow(child<Ui::ScaleListEditor>(&dialog, QStringLiteral("competenciesEditor")),
            QStringLiteral("Teamwork"));
        save(dialog);

        // THEN the unit holds them, and the dialog closed
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.isVisible());
        const Core::UnitSettings &settings = unit.store().settings();
        QCOMPARE(settings.btoWorkingDays(), 15);
        QVERIFY(!settings.automaticBackups());
        QCOMPARE(settings.backupPolicy().daily, 5);
        QCOMPARE(unit.store().backups().policy().daily, 5);
        const auto competencies = REQUIRE_OK(unit.store().appraisals().competencies());
        QCOMPARE(competencies.size(), 4);
        QCOMPARE(competencies.last().title, QStringLiteral("Teamwork"));
    }

    void shouldShowARefusalAtItsFieldAndSaveNothing()
    {
        // GIVEN the preferences
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::SettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // WHEN the report delay changes and a competency is added twice
        type(child<QSpinBox>(&dialog, QStringLiteral("btoDaysSpin")), QStringLiteral("20"));
        child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"))->setCurrentIndex(2);
        auto *competencies
            = child<Ui::ScaleListEditor>(&dialog, QStringLiteral("competenciesEditor"));
        addRow(competencies, QStringLiteral("Teamwork"));
        addRow(competencies, QStringLiteral("teamwork"));
        child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"))->setCurrentIndex(0);
        save(dialog);

        // THEN the dialog stays open on the list, says why, and the unit is as it was
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(),
            QStringLiteral("\"teamwork\" is listed twice; each name must be different."));
        QCOMPARE(dialog.invalidField(), competencies->list());
        QCOMPARE(child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"))->currentIndex(), 2);
        QCOMPARE(
            unit.store().settings().btoWorkingDays(), Core::UnitSettings::defaultBtoWorkingDays);
        QCOMPARE(REQUIRE_OK(unit.store().appraisals().competencies()).size(), 3);
    }

    void shouldKeepTheLanguageForTheNextStart()
    {
        // GIVEN the preferences, language "System"
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::SettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *language = child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
        QCOMPARE(language->currentText(), QStringLiteral("System"));

        // WHEN the user picks Français with the keyboard and saves
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("Français"));
        save(dialog);

        // THEN the start-up reads "fr"
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(),
            QStringLiteral("fr"));
    }

    void shouldCreateANewUnitAndReopenOnIt()
    {
        // GIVEN the preferences of an open unit
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::SettingsDialog dialog(session);
        QSignalSpy chosen(&dialog, &Ui::SettingsDialog::databaseChosen);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("field.ssedesk"));

        // WHEN a file that does not exist yet is named and saved
        auto *database = child<QLineEdit>(&dialog, QStringLiteral("databaseEdit"));
        database->clear();
        QTest::keyClicks(database, path);
        save(dialog);

        // THEN it is a new unit, and the window is asked to reopen on it
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), path);
        const auto header = REQUIRE_OK(
            Core::DatabaseFile::inspect(path, Core::SchemaMigrations::latestVersion()));
        QCOMPARE(header.kind, Core::DatabaseFile::Kind::Ours);
    }

    void shouldReopenOnAServerAddressAndRefuseAMalformedOne()
    {
        // GIVEN the preferences of an open unit
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::SettingsDialog dialog(session);
        QSignalSpy chosen(&dialog, &Ui::SettingsDialog::databaseChosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *database = child<QLineEdit>(&dialog, QStringLiteral("databaseEdit"));

        // WHEN an address with no database is typed and saved
        database->clear();
        QTest::keyClicks(database, QStringLiteral("postgresql://kofi@db.example.org"));
        save(dialog);
        // THEN the field says what is missing, and nothing reopens
        QCOMPARE(dialog.invalidField(), database);
        QVERIFY2(
            dialog.errorText().contains(QLatin1String("database")), qPrintable(dialog.errorText()));
        QCOMPARE(chosen.count(), 0);

        // WHEN the whole address is typed and saved
        database->clear();
        QTest::keyClicks(database, QStringLiteral("postgresql://kofi@db.example.org/sse_unit"));
        save(dialog);
        // THEN the window is asked to reopen on the server
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(),
            QStringLiteral("postgresql://kofi@db.example.org:5432/sse_unit"));
    }

    void shouldRefuseAFileThatIsNoUnit()
    {
        // GIVEN a text file where the unit should be
        UnitFixture unit;
        Ui::Session session(unit.store());
        Ui::SettingsDialog dialog(session);
        QSignalSpy chosen(&dialog, &Ui::SettingsDialog::databaseChosen);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("notes.ssedesk"));
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Minutes of the NAC meeting\n");
        notes.close();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // WHEN it is chosen
        auto *database = child<QLineEdit>(&dialog, QStringLiteral("databaseEdit"));
        database->setText(path);
        save(dialog);

        // THEN the field says so and nothing reopens
        QCOMPARE(dialog.invalidField(), database);
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(chosen.count(), 0);
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "settingsdialogtest.moc"
