#include "import/csvreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

using Rows = QList<QStringList>;

Rows rowsOf(const QByteArray &bytes)
{
    auto rows = CsvReader::parse(bytes);
    if (!rows)
        qFatal("CsvReader::parse failed: %s", qPrintable(rows.error().message()));
    return rows.value();
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *cell : cells)
        out.append(QString::fromUtf8(cell));
    return out;
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadRowsWhateverTheLineBreaks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n");
        QTest::newRow("no final line break") << QByteArray("a,b\r\n1,2");
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                       "a,b\r\n1,2\r\n");
    }

    void shouldReadRowsWhateverTheLineBreaks()
    {
        // GIVEN the same table saved in one of the ways spreadsheets save it
        QFETCH(QByteArray, bytes);

        // WHEN it is read
        const Rows rows = rowsOf(bytes);

        // THEN it is two rows of two cells, with no trace of the line breaks or the mark
        QCOMPARE(rows, (Rows { row({ "a", "b" }), row({ "1", "2" }) }));
    }

    void shouldReadQuotedCellsAsRfc4180WritesThem()
    {
        // GIVEN quoted cells holding commas, doubled quotes, a line break, and nothing
        const QByteArray bytes("\"Dubois, Amélie\",\"says \"\"hello\"\"\r\non two lines\"\r\n"
                               "\"\",plain\r\n");

        // WHEN the file is read
        const Rows rows = rowsOf(bytes);

        // THEN the cells are the text inside the quotes, undoubled, the line break kept
        QCOMPARE(rows,
            (Rows { row({ "Dubois, Amélie", "says \"hello\"\r\non two lines" }),
                row({ "", "plain" }) }));
    }

    void shouldKeepBlankLinesSoThatRowNumbersMatchTheSpreadsheet()
    {
        // GIVEN a table with an empty line in the middle
        // WHEN it is read
        const Rows rows = rowsOf("a,b\r\n\r\n1,2\r\n");

        // THEN the empty line is a row of one empty cell, and the last row is row 3
        QCOMPARE(rows, (Rows { row({ "a", "b" }), row({ "" }), row({ "1", "2" }) }));
    }

    void shouldSkipOnlyTheFilesOwnByteOrderMark()
    {
        // GIVEN a file saved with its mark twice, and a cell that starts with the character
        const QByteArray bytes("\xEF\xBB\xBF\xEF\xBB\xBF"
                               "a,\xEF\xBB\xBF"
                               "b\r\n");

        // WHEN it is read
        const Rows rows = rowsOf(bytes);

        // THEN the first mark is gone and the others are the text they are
        const QString mark(QChar(0xFEFF));
        QCOMPARE(rows, (Rows { { mark + QStringLiteral("a"), mark + QStringLiteral("b") } }));
    }

    void shouldReadNothingFromAnEmptyFile()
    {
        // GIVEN no bytes, or only a byte order mark
        // WHEN read
        // THEN there are no rows, and no error
        QVERIFY(rowsOf(QByteArray()).isEmpty());
        QVERIFY(rowsOf("\xEF\xBB\xBF").isEmpty());
    }

    void shouldReadAccentsAndRightToLeftText()
    {
        // GIVEN names in Arabic, Vietnamese and Nordic letters, and a four-byte character
        const QByteArray bytes
            = QStringLiteral("مريم الحسيني,Nguyễn Thị Lan,\"Zoë Ørsted\",😀\r\n").toUtf8();

        // WHEN read
        const Rows rows = rowsOf(bytes);

        // THEN every character is kept as written
        QCOMPARE(rows,
            (Rows { { QStringLiteral("مريم الحسيني"), QStringLiteral("Nguyễn Thị Lan"),
                QStringLiteral("Zoë Ørsted"), QStringLiteral("😀") } }));
    }

    void shouldRefuseBrokenInputNamingRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote never closed")
            << QByteArray("name,note\r\nAna,\"never closed\r\nBo,1\r\n")
            << QStringLiteral("Row 2, column 2: the quoted cell never ends");
        QTest::newRow("text after a closing quote") << QByteArray(
            "name\r\n\"Ana\"x\r\n") << QStringLiteral("Row 2, column 1: after a closing quote");
        QTest::newRow("quote inside an unquoted cell")
            << QByteArray("name,note\r\nAna,5\" screen\r\n")
            << QStringLiteral("Row 2, column 2: a quote inside a cell");
        QTest::newRow("Latin-1 byte")
            << QByteArray("name,city\r\nJos\xE9,Dakar\r\n")
            << QStringLiteral("Row 2, column 1: the cell is not valid UTF-8");
        QTest::newRow("overlong form") << QByteArray(
            "a\r\n\xC0\xAF\r\n") << QStringLiteral("Row 2, column 1: the cell is not valid UTF-8");
        QTest::newRow("surrogate")
            << QByteArray("a\r\n\xED\xA0\x80\r\n")
            << QStringLiteral("Row 2, column 1: the cell is not valid UTF-8");
        QTest::newRow("cut in a character") << QByteArray(
            "a,b\r\nx,Am\xC3") << QStringLiteral("Row 2, column 2: the cell is not valid UTF-8");
        QTest::newRow("NUL byte") << QByteArray("a,b\r\nx,y\0z\r\n",
            12) << QStringLiteral("Row 2, column 2: the cell contains a NUL byte");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0m\0e\0", 10)
                                << QStringLiteral("The file is UTF-16 text");
        QTest::newRow("workbook") << QByteArray("PK\x03\x04\x14\x00", 6)
                                  << QStringLiteral("The file is a workbook or an archive");
    }

    void shouldRefuseBrokenInputNamingRowAndColumn()
    {
        // GIVEN a file with one problem
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);

        // WHEN it is read
        const auto rows = CsvReader::parse(bytes);

        // THEN it is refused, and the message says where and what
        QVERIFY(!rows);
        QCOMPARE(rows.error().code(), Error::Code::Validation);
        QVERIFY2(rows.error().message().startsWith(message), qPrintable(rows.error().message()));
    }

    void shouldStopAtEveryLimit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("file size") << QByteArray(
            101, 'x') << QStringLiteral("The file is larger than the limit of 100 bytes");
        QTest::newRow("columns") << QByteArray(
            "a,b,c,d,e\r\n") << QStringLiteral("Row 1, column 5: the row has more than 4 columns");
        QTest::newRow("cell length")
            << QByteArray("a\r\n") + QByteArray(11, 'x')
            << QStringLiteral("Row 2, column 1: the cell is longer than the limit of 10 bytes");
        // Five doubled quotes and six letters: eleven bytes once undoubled.
        QTest::newRow("quoted cell length")
            << QByteArray("a\r\n\"") + QByteArray(10, '"') + QByteArray(6, 'x') + "\""
            << QStringLiteral("Row 2, column 1: the cell is longer than the limit of 10 bytes");
        QTest::newRow("cells") << QByteArray("a,b\r\nc,d\r\ne,f\r\n")
                               << QStringLiteral("Row 3, column 2: the file has more than 5 cells");
    }

    void shouldStopAtEveryLimit()
    {
        // GIVEN small limits, and a file over one of them
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        CsvReader::Limits limits;
        limits.maxBytes = 100;
        limits.maxColumns = 4;
        limits.maxCellBytes = 10;
        limits.maxCells = 5;

        // WHEN it is read
        const auto rows = CsvReader::parse(bytes, limits);

        // THEN reading stops there with a message that names the limit
        QVERIFY(!rows);
        QVERIFY2(rows.error().message().startsWith(message), qPrintable(rows.error().message()));
    }

    void shouldRefuseAFileOverTheLimitWithoutLoadingIt()
    {
        // GIVEN a file of 1 MB on disk, and a limit of 1 KB
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(1024 * 1024));
        file.close();
        CsvReader::Limits limits;
        limits.maxBytes = 1024;

        // WHEN it is read, and a file that is not there
        const auto big = CsvReader::readFile(path, limits);
        const auto missing = CsvReader::readFile(folder.filePath(QStringLiteral("none.csv")));

        // THEN both are refused with a message
        QVERIFY(!big);
        QVERIFY(big.error().message().contains(QStringLiteral("larger than the limit")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message().startsWith(QStringLiteral("Cannot read")));
    }
};

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "csvreadertest.moc"
