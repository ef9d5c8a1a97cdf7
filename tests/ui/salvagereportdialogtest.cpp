#include <format.h>
#include <salvagereportdialog.h>

#include <QLabel>
#include <QListWidget>
#include <QTest>

namespace {

Core::Salvage::Table table(const QString &name, int saved, qint64 expected)
{
    Core::Salvage::Table table;
    table.name = name;
    table.saved = saved;
    table.expected = expected;
    if (saved < expected)
        table.gaps.append({ saved, std::nullopt });
    return table;
}

} // namespace

class SalvageReportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListEveryTableWithTheLossesFirstAndMarked()
    {
        // GIVEN a salvage that saved every person but lost progress entries
        Core::Salvage::Report report;
        report.tables = { table(QStringLiteral("person"), 12, 12),
            table(QStringLiteral("progress_entry"), 4981, 5000) };

        // WHEN its report is shown
        Ui::SalvageReportDialog dialog(QStringLiteral("/units/unit.ssedesk"),
            QStringLiteral("/units/unit.ssedesk.corrupt"), report);

        // THEN the losses come first, in the warning colour, then the complete tables
        const QListWidget *list = dialog.tableList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), report.lines().at(1));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("progress_entry: 4981 of 5000")));
        QCOMPARE(list->item(0)->foreground().color(), Ui::Format::warning());
        QCOMPARE(list->item(1)->text(), report.lines().at(0));
        // and it says where the unit and the damaged file now are
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        const bool saysWhere = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("/units/unit.ssedesk.corrupt"));
        });
        QVERIFY(saysWhere);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("unit.ssedesk salvaged"));
    }
};

QTEST_MAIN(SalvageReportDialogTest)

#include "salvagereportdialogtest.moc"
