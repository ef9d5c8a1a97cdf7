#include "summarycsv.h"
#include "csvreader.h"
#include "summarysamples.h"

#include <QTest>

using Report::SummaryCsv;

namespace {

// The records of one section, as maps from column name to value.
QList<QHash<QString, QString>> section(const QList<QStringList> &records, const QString &name)
{
    QList<QHash<QString, QString>> found;
    const QStringList header = records.value(0);
    for (const QStringList &record : records.mid(1)) {
        if (record.value(1) != name)
            continue;
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header.at(i), record.value(i));
        found.append(row);
    }
    return found;
}

} // namespace

class SummaryCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheFiguresOfEverySection()
    {
        // GIVEN a full cycle
        // WHEN its figures are written as CSV and read back
        const CsvReader reader(SummaryCsv::toCsv(SummarySamples::full()));

        // THEN there is a line for each item, with its figures
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QVERIFY(reader.hasByteOrderMark());
        const QList<QStringList> records = reader.records();
        QCOMPARE(records.first(), SummaryCsv::columns());
        for (const QStringList &record : records)
            QCOMPARE(record.size(), SummaryCsv::columns().size());

        const auto objectives = section(records, QStringLiteral("Objective"));
        QCOMPARE(objectives.size(), 2);
        QCOMPARE(objectives.first().value(QStringLiteral("item")),
            QStringLiteral("Measure the SSE in Kenya"));
        QCOMPARE(objectives.first().value(QStringLiteral("figure")), QStringLiteral("75"));
        QCOMPARE(objectives.first().value(QStringLiteral("date")), QStringLiteral("2026-10-15"));
        QCOMPARE(section(records, QStringLiteral("Learning element")).size(), 1);
        QCOMPARE(section(records, QStringLiteral("Progress")).size(), 2);
        const auto missions = section(records, QStringLiteral("Mission"));
        QCOMPARE(missions.size(), 1);
        QCOMPARE(missions.first().value(QStringLiteral("figure")), QStringLiteral("5"));
        QCOMPARE(missions.first().value(QStringLiteral("unit")), QStringLiteral("days"));
        QCOMPARE(missions.first().value(QStringLiteral("end_date")), QStringLiteral("2026-03-13"));
        QCOMPARE(section(records, QStringLiteral("Mission days"))
                     .first()
                     .value(QStringLiteral("figure")),
            QStringLiteral("5"));
        QCOMPARE(
            section(records, QStringLiteral("Deliverable")).first().value(QStringLiteral("status")),
            QStringLiteral("Delivered"));
        QCOMPARE(section(records, QStringLiteral("Check-in")).size(), 1);
        QCOMPARE(section(records, QStringLiteral("Review round"))
                     .first()
                     .value(QStringLiteral("figure")),
            QStringLiteral("7"));
        QCOMPARE(section(records, QStringLiteral("Rating")).size(), 2);
        QCOMPARE(
            section(records, QStringLiteral("Appraisal")).first().value(QStringLiteral("status")),
            QStringLiteral("Locked"));
    }

    void shouldKeepTextAsWrittenAndDefuseFormulas()
    {
        // GIVEN accents, a right-to-left name, quotes, commas and text that starts a formula
        // WHEN the figures are written and read back
        const CsvReader reader(SummaryCsv::toCsv(SummarySamples::unusualText()));
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        const QList<QStringList> records = reader.records();

        // THEN text comes back as written, and a field a spreadsheet would run does not run
        QCOMPARE(records.value(1).value(0), QStringLiteral("ليلى حداد"));
        QCOMPARE(
            section(records, QStringLiteral("Deliverable")).first().value(QStringLiteral("item")),
            QStringLiteral("'@risk: Rapport français, ñandú"));
        const auto progress = section(records, QStringLiteral("Progress"));
        QCOMPARE(progress.first().value(QStringLiteral("detail")),
            QStringLiteral("<b>not bold</b> & \"quoted\", kept"));
        QCOMPARE(progress.last().value(QStringLiteral("detail")),
            QStringLiteral("'=HYPERLINK(\"http://x.example\"); Blockers: +1 -2 @SUM"));
        for (const QStringList &record : records) {
            for (const QString &field : record)
                QVERIFY2(!QStringLiteral("=+-@").contains(field.left(1)) || field.isEmpty(),
                    qPrintable(field));
        }
    }

    void shouldWriteOnlyTheHeaderAndTotalsForAnEmptyCycle()
    {
        // GIVEN someone with nothing in the cycle
        // WHEN the figures are written
        const CsvReader reader(SummaryCsv::toCsv(SummarySamples::empty()));

        // THEN there are the column names and the mission days, which are none
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(reader.records().size(), 2);
        QCOMPARE(reader.records().last().value(1), QStringLiteral("Mission days"));
        QCOMPARE(reader.records().last().value(7), QStringLiteral("0"));
    }
};

QTEST_MAIN(SummaryCsvTest)

#include "summarycsvtest.moc"
