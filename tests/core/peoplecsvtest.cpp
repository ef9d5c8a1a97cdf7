#include "import/peoplecsv.h"

#include <QTest>

using namespace Core;

namespace {

const QByteArray header
    = "name,email,position title,category,grade,duty station,languages,supervisor email\r\n";

ImportIssue issueAt(const PeopleCandidate &candidate, int row)
{
    for (const ImportIssue &issue : candidate.issues) {
        if (issue.row == row)
            return issue;
    }
    return {};
}

} // namespace

class PeopleCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadEveryColumnOfAPerson()
    {
        // GIVEN a file with two people, the second supervised by the first
        const QByteArray bytes = header
            + "Amélie Dubois,amelie@unit.test,Unit head,unit_head,P5,HQ Geneva,\"en, fr\",\r\n"
              "Kofi Mensah,kofi@unit.test,JPO - SSE statistics,JPO,P2,Dakar,EN FR;ES,"
              "amelie@unit.test\r\n";

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN both are there with every field, rows numbered as a spreadsheet numbers them
        QVERIFY(candidate.issues.isEmpty());
        QCOMPARE(candidate.rows.size(), 2);
        const PeopleCandidate::Row &kofi = candidate.rows.at(1);
        QCOMPARE(kofi.row, 3);
        QCOMPARE(kofi.person.name, QStringLiteral("Kofi Mensah"));
        QCOMPARE(kofi.person.email, QStringLiteral("kofi@unit.test"));
        QCOMPARE(kofi.person.positionTitle, QStringLiteral("JPO - SSE statistics"));
        QCOMPARE(kofi.person.category, Person::Category::Jpo);
        QCOMPARE(kofi.person.grade, QStringLiteral("P2"));
        QCOMPARE(kofi.person.dutyStation, QStringLiteral("Dakar"));
        QCOMPARE(kofi.person.languages,
            (QStringList { QStringLiteral("EN"), QStringLiteral("FR"), QStringLiteral("ES") }));
        QCOMPARE(kofi.supervisorEmail, QStringLiteral("amelie@unit.test"));
        QCOMPARE(candidate.rows.at(0).person.category, Person::Category::UnitHead);
        QCOMPARE(candidate.rows.at(0).person.languages,
            (QStringList { QStringLiteral("EN"), QStringLiteral("FR") }));
    }

    void shouldFindColumnsByNameInAnyOrderAndSpelling()
    {
        // GIVEN only the required columns and the supervisor, reordered and spelt loosely
        const QByteArray bytes = "Supervisor_Email,EMAIL, Name \r\n,ana@unit.test,Ana Pérez\r\n";

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN the person is read, with the defaults for what the file leaves out
        QVERIFY(candidate.issues.isEmpty());
        QCOMPARE(candidate.rows.size(), 1);
        QCOMPARE(candidate.rows.first().person.name, QStringLiteral("Ana Pérez"));
        QCOMPARE(candidate.rows.first().person.category, Person::Category::OtherStaff);
        QVERIFY(candidate.rows.first().supervisorEmail.isEmpty());
    }

    void shouldReportEveryBadRowWithItsRowAndColumn()
    {
        // GIVEN one good row among rows that each break one rule
        const QByteArray bytes = header
            + ",nobody@unit.test,,,,,,\r\n" // row 2
              "Ana,not-an-email,,,,,,\r\n" // row 3
              "Bo,bo@unit.test,,chief,,,,\r\n" // row 4
              "Cy,cy@unit.test,,,,,English,\r\n" // row 5
              "Di,BO@unit.test,,,,,,\r\n" // row 6
              "Ed,ed@unit.test,,,,,,ED@unit.test\r\n" // row 7
              "\r\n" // row 8, blank
              "Flo,flo@unit.test,,,,,,\r\n"; // row 9

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN each bad row has its issue, in its column, and only the good rows are kept
        QCOMPARE(issueAt(candidate, 2).column, QStringLiteral("name"));
        QCOMPARE(issueAt(candidate, 3).column, QStringLiteral("email"));
        QVERIFY(issueAt(candidate, 3).message.contains(QStringLiteral("not-an-email")));
        QCOMPARE(issueAt(candidate, 4).column, QStringLiteral("category"));
        QVERIFY(issueAt(candidate, 4).message.contains(QStringLiteral("Technical officer")));
        QCOMPARE(issueAt(candidate, 5).column, QStringLiteral("languages"));
        QCOMPARE(issueAt(candidate, 6),
            (ImportIssue { 6, QStringLiteral("email"),
                QStringLiteral("BO@unit.test is already the e-mail address of row 4.") }));
        QCOMPARE(issueAt(candidate, 7).column, QStringLiteral("supervisor email"));
        QCOMPARE(candidate.issues.size(), 6);
        QCOMPARE(candidate.rows.size(), 1);
        QCOMPARE(candidate.rows.first().row, 9);
        QCOMPARE(issueAt(candidate, 6).text(),
            QStringLiteral("Row 6, email: BO@unit.test is already the e-mail address of row 4."));
    }

    void shouldRefuseAHeaderItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << QByteArray("name,email,grdae\r\nAna,ana@unit.test,P2\r\n")
                              << QStringLiteral("grdae") << QStringLiteral("Unknown column.");
        QTest::newRow("required column missing")
            << QByteArray("name,grade\r\nAna,P2\r\n") << QStringLiteral("email")
            << QStringLiteral("This column is missing");
        QTest::newRow("column twice")
            << QByteArray("name,email,Name\r\nAna,a@unit.test,Bo\r\n") << QStringLiteral("name")
            << QStringLiteral("The column appears twice.");
    }

    void shouldRefuseAHeaderItCannotTrust()
    {
        // GIVEN a file whose header is wrong
        QFETCH(QByteArray, bytes);
        QFETCH(QString, column);
        QFETCH(QString, message);

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN no row is read, and row 1 says what is wrong with which column
        QVERIFY(candidate.rows.isEmpty());
        const ImportIssue issue = issueAt(candidate, 1);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.message.startsWith(message), qPrintable(issue.message));
    }

    void shouldSayWhenThereIsNothingToImport_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("header only") << header;
        QTest::newRow("header and blank lines") << header + "\r\n,,,\r\n";
    }

    void shouldSayWhenThereIsNothingToImport()
    {
        // GIVEN a file with no person in it
        QFETCH(QByteArray, bytes);

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN one issue about the file as a whole says so
        QVERIFY(candidate.rows.isEmpty());
        QCOMPARE(candidate.issues.size(), 1);
        QCOMPARE(candidate.issues.first().row, 0);
    }

    void shouldPassOnWhyTheFileCannotBeRead()
    {
        // GIVEN a file with a Latin-1 byte on row 3
        const QByteArray bytes
            = header + "Ana,ana@unit.test,,,,,,\r\nJos\xE9,jose@unit.test,,,,,,\r\n";

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN nothing is kept, and the one issue is the reader's, with row and column
        QVERIFY(candidate.rows.isEmpty());
        QCOMPARE(candidate.issues.size(), 1);
        QVERIFY(candidate.issues.first().message.startsWith(QStringLiteral("Row 3, column 1")));
    }

    void shouldRefuseValuesUnderNoColumn()
    {
        // GIVEN a header with a trailing comma, and rows with values past the header
        const QByteArray bytes = "name,email,\r\nAna,ana@unit.test,\r\nBo,bo@unit.test,extra\r\n"
                                 "Cy,cy@unit.test,,more\r\n";

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN the empty trailing cells are fine, the values that would be lost are not
        QCOMPARE(candidate.rows.size(), 1);
        QCOMPARE(candidate.issues.size(), 2);
        QCOMPARE(candidate.issues.at(0).row, 3);
        QCOMPARE(candidate.issues.at(0).column, QStringLiteral("column 3"));
        QCOMPARE(candidate.issues.at(1).row, 4);
        QCOMPARE(candidate.issues.at(1).column, QStringLiteral("column 4"));
    }

    void shouldKeepFormulaLookingCellsAsText()
    {
        // GIVEN cells a spreadsheet would take for formulas
        const QByteArray bytes = header
            + "\"=HYPERLINK(\"\"http://x.test\"\",\"\"Click\"\")\",formula@unit.test,+SUM(A1:A9),,"
              "-2+3,@cmd,,\r\n";

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN they are kept character for character, never evaluated nor stripped
        QVERIFY(candidate.issues.isEmpty());
        const Person &person = candidate.rows.first().person;
        QCOMPARE(person.name, QStringLiteral("=HYPERLINK(\"http://x.test\",\"Click\")"));
        QCOMPARE(person.positionTitle, QStringLiteral("+SUM(A1:A9)"));
        QCOMPARE(person.grade, QStringLiteral("-2+3"));
        QCOMPARE(person.dutyStation, QStringLiteral("@cmd"));
    }

    void shouldReadAccentsAndRightToLeftNames()
    {
        // GIVEN names in Arabic and with accents, after a byte order mark
        const QByteArray bytes = "\xEF\xBB\xBF" + header
            + QStringLiteral("مريم الحسيني,mariam@unit.test,,,,الرباط,AR,\r\n"
                             "Zoë Ørsted,zoe@unit.test,,,,Genève,,\r\n")
                  .toUtf8();

        // WHEN it is read
        const PeopleCandidate candidate = PeopleCsv::parse(bytes);

        // THEN the names come through unchanged
        QVERIFY(candidate.issues.isEmpty());
        QCOMPARE(candidate.rows.at(0).person.name, QStringLiteral("مريم الحسيني"));
        QCOMPARE(candidate.rows.at(0).person.dutyStation, QStringLiteral("الرباط"));
        QCOMPARE(candidate.rows.at(1).person.name, QStringLiteral("Zoë Ørsted"));
    }
};

QTEST_GUILESS_MAIN(PeopleCsvTest)
#include "peoplecsvtest.moc"
