#include <mainwindow.h>
#include <session.h>
#include <settingsdialog.h>

#include <demo/demounit.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The window under a dark desktop theme: every surface the code paints itself (cards, calendar
// days, timeline rows, the navigator) must follow the palette rather than stay white. With
// SSEDESK_SCREENSHOT_DIR set, the pictures are also written there to be looked at (run with
// QT_SCALE_FACTOR=2 to see the window at 200 %).
class DarkPaletteTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Core::UnitStore> m_store;

    // Fusion's own colours, darkened the way dark desktop themes do it.
    static QPalette darkPalette()
    {
        QPalette palette;
        const QColor window(0x2b, 0x2d, 0x30);
        const QColor base(0x1f, 0x21, 0x24);
        const QColor text(0xe6, 0xe6, 0xe6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::ToolTipBase, window);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, Qt::white);
        palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x43));
        palette.setColor(QPalette::Midlight, QColor(0x35, 0x38, 0x3b));
        palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
        palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        palette.setColor(QPalette::Shadow, Qt::black);
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        return palette;
    }

    // The share of a picture that is near white: text on a dark background is a few percent,
    // a white card or calendar a third of the window.
    static double brightShare(const QImage &image)
    {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        qint64 bright = 0;
        for (int y = 0; y < rgb.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); ++x) {
                if (qGray(line[x]) > 200)
                    ++bright;
            }
        }
        return double(bright) / (qint64(rgb.width()) * rgb.height());
    }

    static void keep(const QImage &image, const QString &name)
    {
        const QString folder = qEnvironmentVariable("SSEDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(image.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        auto store = Core::UnitStore::openInMemory();
        QVERIFY(store);
        m_store = std::move(store.value());
        QVERIFY(Core::DemoUnit::write(*m_store, QDate::currentDate()));
    }

    void shouldPaintEveryPageDark()
    {
        // GIVEN the window over the demo unit, under a dark palette
        Ui::MainWindow window(*m_store);
        const auto people = m_store->people().all();
        QVERIFY(people && !people.value().isEmpty());
        window.setCurrentPerson(people.value().constLast().id);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // WHEN each page is shown
        QStringList bright;
        for (int page = 0; page <= Ui::MainWindow::PersonPageIndex; ++page) {
            window.showPage(Ui::MainWindow::Page(page));
            QCoreApplication::processEvents();
            const QImage picture = window.grab().toImage();
            keep(picture, QStringLiteral("page-%1").arg(page, 2, 10, QLatin1Char('0')));
            const double share = brightShare(picture);
            if (share > 0.12)
                bright.append(
                    QStringLiteral("page %1: %2 % near white").arg(page).arg(qRound(share * 100)));
        }

        // THEN none of them is mostly white
        QVERIFY2(bright.isEmpty(), qPrintable(bright.join(QLatin1Char('\n'))));
    }

    void shouldPaintTheDialogsDark()
    {
        // GIVEN the window over the demo unit, under a dark palette
        Ui::MainWindow window(*m_store);
        const auto people = m_store->people().all();
        QVERIFY(people && !people.value().isEmpty());
        window.setCurrentPerson(people.value().constLast().id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // WHEN each menu action that opens a dialog is chosen
        for (const QString &action : { QStringLiteral("newMissionAction"),
                 QStringLiteral("newDeliverableAction"), QStringLiteral("newMeetingAction"),
                 QStringLiteral("logProgressAction"), QStringLiteral("exportSummaryAction"),
                 QStringLiteral("backupsAction"), QStringLiteral("shortcutsAction") }) {
            window.findChild<QAction *>(action)->trigger();
            QDialog *dialog = nullptr;
            for (QDialog *candidate : window.findChildren<QDialog *>()) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            QVERIFY2(dialog, qPrintable(action));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QImage picture = dialog->grab().toImage();
            keep(picture, action);

            // THEN it is dark too
            QVERIFY2(brightShare(picture) < 0.12, qPrintable(action));
            dialog->close();
            delete dialog;
        }
    }

    void shouldPaintThePreferencesDark()
    {
        // GIVEN the preferences under a dark palette
        Ui::MainWindow window(*m_store);
        Ui::SettingsDialog dialog(window.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // WHEN each tab is shown
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QImage picture = dialog.grab().toImage();
            keep(picture, QStringLiteral("preferences-%1").arg(tab));

            // THEN it is dark too
            QVERIFY2(brightShare(picture) < 0.12, qPrintable(tabs->tabText(tab)));
        }
    }
};

QTEST_MAIN(DarkPaletteTest)
#include "darkpalettetest.moc"
