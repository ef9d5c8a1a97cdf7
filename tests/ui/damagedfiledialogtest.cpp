#include <backuplistmodel.h>
#include <damagedfiledialog.h>

#include <QCommandLinkButton>
#include <QLabel>
#include <QTest>

using Choice = Ui::OpeningPrompts::DamagedChoice;

namespace {

Core::BackupFolder::Backup backupOf(const QDateTime &takenAt)
{
    Core::BackupFolder::Backup backup;
    backup.path = QStringLiteral("/units/unit.ssedesk.backups/b.ssedesk");
    backup.takenAt = takenAt;
    backup.reason = Core::BackupFolder::Reason::Daily;
    return backup;
}

QCommandLinkButton *button(const QWidget &dialog, const QString &name)
{
    return dialog.findChild<QCommandLinkButton *>(name);
}

} // namespace

class DamagedFileDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNameTheFileTheBackupByItsDateAndWhereTheDamagedFileGoes()
    {
        // GIVEN a damaged unit with a verified backup
        const auto backup = backupOf(QDateTime(QDate(2026, 6, 15), QTime(8, 30), Qt::UTC));

        // WHEN the dialog is built
        Ui::DamagedFileDialog dialog(QStringLiteral("/units/unit.ssedesk"),
            QStringLiteral("The integrity check found a bad page."), backup);

        // THEN its title names the file, the problem is told, and so is where the file goes
        QCOMPARE(dialog.windowTitle(), QStringLiteral("unit.ssedesk is damaged"));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        QVERIFY(details.contains(QStringLiteral("The integrity check found a bad page.")));
        QVERIFY(details.contains(QStringLiteral("/units/unit.ssedesk.corrupt")));
        // and the backup is named by when it was taken, in local time
        auto *restore = button(dialog, QStringLiteral("restoreBackupButton"));
        QVERIFY(restore->isEnabled());
        QCOMPARE(restore->text(),
            QStringLiteral("Restore the backup of %1")
                .arg(Ui::BackupListModel::takenAtText(backup)));
    }

    void shouldGiveTheChoiceOfTheButtonClicked_data()
    {
        QTest::addColumn<QString>("buttonName");
        QTest::addColumn<Choice>("expected");
        QTest::addColumn<int>("result");
        QTest::newRow("restore") << QStringLiteral("restoreBackupButton") << Choice::RestoreBackup
                                 << int(QDialog::Accepted);
        QTest::newRow("salvage") << QStringLiteral("salvageButton") << Choice::Salvage
                                 << int(QDialog::Accepted);
        QTest::newRow("quit") << QStringLiteral("quitButton") << Choice::Quit
                              << int(QDialog::Rejected);
    }

    void shouldGiveTheChoiceOfTheButtonClicked()
    {
        // GIVEN the dialog, open, for a unit with a backup
        QFETCH(QString, buttonName);
        QFETCH(Choice, expected);
        QFETCH(int, result);
        Ui::DamagedFileDialog dialog(QStringLiteral("/units/unit.ssedesk"), QStringLiteral("Bad."),
            backupOf(QDateTime::currentDateTimeUtc()));
        dialog.open();

        // WHEN a button is clicked
        QTest::mouseClick(button(dialog, buttonName), Qt::LeftButton);

        // THEN the dialog closes with that choice
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.choice(), expected);
        QCOMPARE(dialog.result(), result);
    }

    void shouldOfferNoRestoreWithoutAVerifiedBackup()
    {
        // GIVEN a damaged unit with no backup that passes its checks
        // WHEN the dialog is built
        Ui::DamagedFileDialog dialog(
            QStringLiteral("/units/unit.ssedesk"), QStringLiteral("Bad."), std::nullopt);

        // THEN restoring is shown but disabled, salvage is offered, and closing means quit
        QVERIFY(!button(dialog, QStringLiteral("restoreBackupButton"))->isEnabled());
        QVERIFY(button(dialog, QStringLiteral("salvageButton"))->isEnabled());
        QCOMPARE(dialog.choice(), Choice::Quit);
    }
};

QTEST_MAIN(DamagedFileDialogTest)

#include "damagedfiledialogtest.moc"
