#include "csvtable.h"
#include "csvreader.h"

#include <QTest>

using Report::CsvTable;

class CsvTableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldQuoteAndGuardFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Nairobi") << QStringLiteral("Nairobi");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Nairobi, Kenya")
                               << QStringLiteral("\"Nairobi, Kenya\"");
        QTest::newRow("quote") << QStringLiteral("the \"GAC\" brief")
                               << QStringLiteral("\"the \"\"GAC\"\" brief\"");
        QTest::newRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+41 22") << QStringLiteral("'+41 22");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("formula with a comma") << QStringLiteral(
            "=HYPERLINK(\"x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        QTest::newRow("inner equals sign") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void shouldQuoteAndGuardFields()
    {
        // GIVEN a value
        QFETCH(QString, value);
        QFETCH(QString, field);

        // WHEN it is written as a field
        // THEN it is quoted when RFC 4180 asks, and defused when it would start a formula
        QCOMPARE(CsvTable::field(value), field);
    }

    void shouldWriteUtf8WithAByteOrderMarkAndCrlf()
    {
        // GIVEN a table with accents and a line break in a field
        CsvTable table({ QStringLiteral("name"), QStringLiteral("note") });
        table.addRow({ QStringLiteral("Amélie"), QStringLiteral("two\nlines") });
        table.addRow({ QStringLiteral("ليلى") });

        // WHEN it is written
        const QByteArray bytes = table.toUtf8();

        // THEN an RFC 4180 reader gets every field back, short rows filled out
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFname,note\r\n"));
        const CsvReader reader(bytes);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QVERIFY(reader.hasByteOrderMark());
        const QList<QStringList> expected {
            { QStringLiteral("name"), QStringLiteral("note") },
            { QStringLiteral("Amélie"), QStringLiteral("two\nlines") },
            { QStringLiteral("ليلى"), QString() },
        };
        QCOMPARE(reader.records(), expected);
    }
};

QTEST_MAIN(CsvTableTest)

#include "csvtabletest.moc"
