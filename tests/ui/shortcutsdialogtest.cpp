#include "unitfixture.h"

#include <mainwindow.h>
#include <shortcutsdialog.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class ShortcutsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    // "Log progress..." -> "Ctrl+L", from the dialog's rows.
    static QHash<QString, QString> listed(const Ui::ShortcutsDialog &dialog)
    {
        QHash<QString, QString> rows;
        const QTreeWidget *table = dialog.table();
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = table->topLevelItem(row);
            rows.insert(item->text(1), item->text(2));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void shouldListEveryMenuShortcutOfTheWindow()
    {
        // GIVEN the window
        UnitFixture unit;
        Ui::MainWindow window(unit.store());

        // WHEN Help > Keyboard shortcuts is chosen
        window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *dialog = window.findChild<Ui::ShortcutsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // THEN each menu action with a shortcut is there with its keys, and nothing else
        const QHash<QString, QString> rows = listed(*dialog);
        int withShortcut = 0;
        for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            for (const QAction *action : menu->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                ++withShortcut;
                QString text = action->text();
                text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
                QVERIFY2(rows.contains(text), qPrintable(text));
                QVERIFY2(rows.value(text).contains(
                             action->shortcut().toString(QKeySequence::NativeText)),
                    qPrintable(text));
            }
        }
        QCOMPARE(rows.size(), withShortcut);
        QCOMPARE(rows.value(QStringLiteral("Log progress...")), QStringLiteral("Ctrl+L"));
        QCOMPARE(rows.value(QStringLiteral("My work plan")), QStringLiteral("Ctrl+0"));
        QCOMPARE(rows.value(QStringLiteral("Keyboard shortcuts")), QStringLiteral("F1"));
    }

    void shouldShowTheShortcutsOfActionsAddedLater()
    {
        // GIVEN the window, and an action given a shortcut after the window was built
        UnitFixture unit;
        Ui::MainWindow window(unit.store());
        auto *switchUser = window.findChild<QAction *>(QStringLiteral("switchUserAction"));
        switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

        // WHEN the dialog opens
        Ui::ShortcutsDialog dialog(window.menuBar());

        // THEN it lists it: the list is read from the actions, not written by hand
        QCOMPARE(
            listed(dialog).value(QStringLiteral("Switch user...")), QStringLiteral("Ctrl+Shift+U"));
    }
};

QTEST_MAIN(ShortcutsDialogTest)
#include "shortcutsdialogtest.moc"
