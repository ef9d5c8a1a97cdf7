#include "messengerstub.h"
#include "unitfixture.h"

#include <outputformat.h>
#include <overviewpage.h>
#include <personpage.h>
#include <reportlanguage.h>
#include <session.h>
#include <summaryexportdialog.h>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using Ui::SummaryExportDialog;

class SummaryExportDialogTest : public QObject
{
    Q_OBJECT

private:
    // The JPO's 2026 plan with one objective and some progress: something to summarise.
    static void planSomeWork(UnitFixture &unit)
    {
        const auto plan = unit.addPlan(unit.jpo.id, QStringLiteral("JPO plan 2026"));
        const auto objective = unit.addObjective(plan.id, QStringLiteral("ICLS paper on the SSE"));
        const auto outline
            = unit.addActivity(objective.id, QStringLiteral("Outline"), QDate(2026, 5, 1));
        unit.log(outline, 60, QDate(2026, 4, 20));
    }

    static SummaryExportDialog *openFromPersonPage(Ui::PersonPage &page)
    {
        page.show();
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("exportSummaryButton")), Qt::LeftButton);
        auto *dialog = page.findChild<SummaryExportDialog *>();
        if (!dialog || !dialog->isVisible())
            qFatal("the summary dialog did not open");
        dialog->findChild<QSpinBox *>(QStringLiteral("cycleSpin"))->setValue(2026);
        return dialog;
    }

    static void typePath(SummaryExportDialog *dialog, const QString &path)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, path);
    }

    static void clickExport(SummaryExportDialog *dialog)
    {
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void shouldExportThePersonsSummaryFromTheirPage()
    {
        // GIVEN the JPO's page, with work in 2026
        UnitFixture unit;
        planSomeWork(unit);
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        QTemporaryDir folder;

        // WHEN the user opens the summary from the page, and exports it as PDF to a file
        SummaryExportDialog *dialog = openFromPersonPage(page);
        const QString path = folder.filePath(QStringLiteral("Kofi.pdf"));
        typePath(dialog, path);
        clickExport(dialog);

        // THEN the dialog names the JPO, closes, and the file is a PDF
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->savedPath(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void shouldKeepAnUnwritablePathAtTheFieldAndWriteNothing()
    {
        // GIVEN the JPO's summary dialog
        UnitFixture unit;
        planSomeWork(unit);
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        SummaryExportDialog *dialog = openFromPersonPage(page);
        // /proc takes no files, even from root (CI runs as root, so file modes prove nothing).
        const QString path = QStringLiteral("/proc/ssedesk-summaries/Kofi.odt");

        // WHEN the user exports as ODT where no file can be written
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(1);
        typePath(dialog, path);
        clickExport(dialog);

        // THEN the dialog stays open with the reason at the path, and no file appears
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(
            dialog->invalidField(), dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit")));
        QVERIFY(!QFile::exists(path));
    }

    void shouldPreviewTheSummaryOnPages()
    {
        // GIVEN the JPO's summary dialog
        UnitFixture unit;
        planSomeWork(unit);
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        SummaryExportDialog *dialog = openFromPersonPage(page);

        // WHEN the user asks for the print preview
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("previewButton")), Qt::LeftButton);

        // THEN a preview opens, titled after the summary, with at least one page painted
        auto *preview = dialog->findChild<QPrintPreviewDialog *>(QStringLiteral("summaryPreview"));
        QVERIFY(preview && preview->isVisible());
        QVERIFY2(
            preview->windowTitle().contains(unit.jpo.name), qPrintable(preview->windowTitle()));
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 1);
        preview->close();
    }

    void shouldWriteTheDocumentInTheLanguageChosenWhateverTheWindowsLanguage()
    {
        // GIVEN the window in French, and the JPO's summary dialog
        QTranslator french;
        QVERIFY(french.load(Report::ReportLanguage::translationFile(QStringLiteral("fr"))));
        QCoreApplication::installTranslator(&french);
        const QLocale windowLocale;
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
        UnitFixture unit;
        planSomeWork(unit);
        Ui::Session session(unit.store());
        Ui::PersonPage page(session);
        page.setPerson(unit.jpo.id);
        SummaryExportDialog *dialog = openFromPersonPage(page);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));

        // WHEN the user chooses English and exports the summary as HTML
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(Report::OutputFormat::Html)));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("Kofi.html"));
        typePath(dialog, path);
        clickExport(dialog);
        QCoreApplication::removeTranslator(&french);
        QLocale::setDefault(windowLocale);

        // THEN the summary is in English, its dates too, while the window spoke French
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("Performance review summary")));
        QVERIFY(html.contains(QStringLiteral("Work objectives")));
        QVERIFY(html.contains(QStringLiteral("31 Dec 2026")));
        QVERIFY(!html.contains(QStringLiteral("Objectifs de travail")));
    }

    void shouldOfferTheUnitReportFromTheOverviewWhenNobodyIsSelected()
    {
        // GIVEN the unit overview with no row selected
        UnitFixture unit;
        planSomeWork(unit);
        Ui::Session session(unit.store());
        Ui::OverviewPage overview(session);
        overview.setToday(unit.today());
        overview.show();

        // WHEN the user asks for summaries and reports
        QTest::mouseClick(overview.findChild<QPushButton *>(QStringLiteral("exportSummaryButton")),
            Qt::LeftButton);

        // THEN the unit's annual report is proposed: no person to choose, no CSV of one person
        auto *dialog = overview.findChild<SummaryExportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("documentCombo"))->currentIndex(),
            int(SummaryExportDialog::Document::AnnualReport));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("personCombo"))->isEnabled());
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
        const auto *formats = qobject_cast<QStandardItemModel *>(format->model());
        QVERIFY(!formats->item(format->count() - 1)->isEnabled());
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))
                    ->text()
                    .endsWith(QStringLiteral("Unit annual report 2026.pdf")));
    }
};

QTEST_MAIN(SummaryExportDialogTest)

#include "summaryexportdialogtest.moc"
