#include "csvreader.h"
#include "documentreader.h"
#include "ssedeskrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString tanaka = QStringLiteral("a.tanaka@unitdesk.example");

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// What a reader of the file sees of it: the PDF's text, the ODT's content, the HTML or CSV.
QString textOf(const QString &path)
{
    DocumentReader reader(path);
    if (path.endsWith(QLatin1String(".pdf")))
        return reader.pdfText();
    if (path.endsWith(QLatin1String(".odt")))
        return reader.odtContent();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Gives every check-in of the demo unit a private note and a shared decision that can be told
// apart from any other text.
void markCheckIns(const QString &database)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mark"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral(
                     "UPDATE checkin SET private_notes = 'PRIVATE_NOTE_' || id || ' about "
                     "workload', decisions = 'SHARED_DECISION_' || id")),
            qPrintable(query.lastError().text()));
        QVERIFY(query.numRowsAffected() > 10);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mark"));
}

} // namespace

class ExportSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One demo unit for every test, its check-ins carrying private notes: they only read it.
    void initTestCase()
    {
        QVERIFY(m_unitDir.isValid());
        m_database = m_unitDir.filePath(QStringLiteral("unit.ssedesk"));
        const SsedeskRun demo({ QStringLiteral("demo"), QStringLiteral("--database"), m_database });
        QVERIFY2(demo.exitCode() == 0, qPrintable(demo.err()));
        markCheckIns(m_database);
    }

    void shouldWriteOnePersonsSummary_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : { "pdf", "odt", "html", "csv" })
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void shouldWriteOnePersonsSummary()
    {
        // GIVEN the demo unit and an empty folder
        QFETCH(QString, format);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("tanaka.") + format);

        // WHEN a JPO's summary for 2026 is exported
        const SsedeskRun run = exportSummary({ QStringLiteral("--person"), tanaka,
            QStringLiteral("--format"), format, QStringLiteral("--out"), path });

        // THEN it says what it wrote, and the file holds her summary, and nothing else is left
        QVERIFY(run.hasFinished());
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QCOMPARE(run.out(),
            QStringLiteral("Performance review summary of Aiko Tanaka (1 Jan 2026 \u2013 31 Dec "
                           "2026) written to %1.\n")
                .arg(path));
        const QString text = textOf(path);
        QVERIFY(text.contains(QStringLiteral("Aiko Tanaka")));
        if (format == QLatin1String("csv")) {
            QFile csv(path);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const CsvReader reader(csv.readAll());
            QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
            QVERIFY(reader.records().size() > 20);
        }
        QVERIFY(text.contains(QStringLiteral("SHARED_DECISION_")));
        QCOMPARE(filesIn(out.path()), QStringList { QFileInfo(path).fileName() });
    }

    void shouldTitleThePdfAndUseThePaperAsked()
    {
        // GIVEN the demo unit
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("tanaka.pdf"));

        // WHEN a summary is exported on US Letter
        const SsedeskRun run = exportSummary({ QStringLiteral("--person"), tanaka,
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--page"),
            QStringLiteral("letter"), QStringLiteral("--out"), path });

        // THEN the PDF is titled and numbered, on Letter paper
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        DocumentReader pdf(path);
        QCOMPARE(pdf.pdfInfo(QStringLiteral("Title")),
            QStringLiteral("Performance review summary \u2014 Aiko Tanaka, 1 Jan 2026 \u2013 31 "
                           "Dec 2026"));
        QCOMPARE(
            pdf.pdfInfo(QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
        const int pages = pdf.pdfPageCount();
        QVERIFY(pages > 1);
        QVERIFY(pdf.pdfPageText(2).contains(QStringLiteral("Page 2 of %1").arg(pages)));
    }

    void shouldNeverWritePrivateNotes_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : { "pdf", "odt", "html", "csv" })
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void shouldNeverWritePrivateNotes()
    {
        // GIVEN check-ins with private notes and shared decisions
        QFETCH(QString, format);
        QTemporaryDir out;

        // WHEN everyone's summary is exported
        const SsedeskRun run = exportSummary({ QStringLiteral("--all"), QStringLiteral("--format"),
            format, QStringLiteral("--out"), out.path() });
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));

        // THEN the decisions are in the summaries and the private notes in none
        int withDecisions = 0;
        for (const QString &name : filesIn(out.path())) {
            const QString text = textOf(out.filePath(name));
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("PRIVATE_NOTE_")), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("about workload")), qPrintable(name));
            withDecisions += text.contains(QStringLiteral("SHARED_DECISION_")) ? 1 : 0;
        }
        QVERIFY(withDecisions > 3);
    }

    void shouldWriteEveryoneIntoAFolderItCreates()
    {
        // GIVEN a folder that does not exist yet
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("reviews/2026"));

        // WHEN everyone's summary is exported into it
        const SsedeskRun run = exportSummary({ QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("--out"), folder });

        // THEN each person of the demo unit has a PDF named after them, listed on the output
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const QStringList files = filesIn(folder);
        QCOMPARE(files.size(), 12);
        QVERIFY(files.contains(QStringLiteral("Amelie-Dubois-2026.pdf")));
        QVERIFY(files.contains(QStringLiteral("Aiko-Tanaka-2026.pdf")));
        for (const QString &name : files) {
            QVERIFY(run.out().contains(QDir(folder).filePath(name)));
            QVERIFY(DocumentReader(QDir(folder).filePath(name)).pdfPageCount() >= 1);
        }
        QVERIFY(run.out().endsWith(
            QStringLiteral("12 performance review summaries written to %1.\n").arg(folder)));
    }

    void shouldRefuseWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        const QString person = QStringLiteral("--person");
        const QString out = QStringLiteral("--out");
        const QString format = QStringLiteral("--format");
        QTest::newRow("unknown person")
            << QStringList { person, QStringLiteral("nobody@unitdesk.example"), format,
                   QStringLiteral("pdf"), out, QStringLiteral("x.pdf") }
            << 1 << QStringLiteral("nobody@unitdesk.example");
        QTest::newRow("a cycle with nothing in it") << QStringList { person, tanaka,
            QStringLiteral("--cycle"), QStringLiteral("2031"), format, QStringLiteral("pdf"), out,
            QStringLiteral("x.pdf") } << 1 << QStringLiteral("2031");
        QTest::newRow("a folder that does not exist") << QStringList { person, tanaka, format,
            QStringLiteral("pdf"), out, QStringLiteral("missing/x.pdf") }
                                                      << 1 << QStringLiteral("missing");
        QTest::newRow("a format it does not write") << QStringList { person, tanaka, format,
            QStringLiteral("docx"), out, QStringLiteral("x.docx") }
                                                    << 2 << QStringLiteral("docx");
        QTest::newRow("a year that is not one") << QStringList { person, tanaka,
            QStringLiteral("--cycle"), QStringLiteral("26"), format, QStringLiteral("pdf"), out,
            QStringLiteral("x.pdf") } << 2 << QStringLiteral("\"26\"");
        QTest::newRow("a paper size it does not know") << QStringList { person, tanaka,
            QStringLiteral("--page"), QStringLiteral("a5"), format, QStringLiteral("pdf"), out,
            QStringLiteral("x.pdf") } << 2 << QStringLiteral("a5");
        QTest::newRow("both one person and everyone") << QStringList { person, tanaka,
            QStringLiteral("--all"), format, QStringLiteral("pdf"), out, QStringLiteral("x") }
                                                      << 2 << QStringLiteral("--all");
        QTest::newRow("neither one person nor everyone")
            << QStringList { format, QStringLiteral("pdf"), out, QStringLiteral("x.pdf") } << 2
            << QStringLiteral("--person");
        QTest::newRow("no format") << QStringList { person, tanaka, out, QStringLiteral("x.pdf") }
                                   << 2 << QStringLiteral("--format");
    }

    void shouldRefuseWhatItCannotDo()
    {
        // GIVEN a command line it cannot carry out, run in an empty folder
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir out;
        QDir::setCurrent(out.path());
        if (!arguments.contains(QStringLiteral("--cycle")))
            arguments << QStringLiteral("--cycle") << QStringLiteral("2026");

        // WHEN the export is run
        const SsedeskRun run = exportSummary(arguments, false);

        // THEN it says what is wrong on stderr, fails, and writes nothing
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), exitCode);
        QVERIFY2(run.err().contains(named), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
        QCOMPARE(filesIn(out.path()), QStringList());
    }

    void shouldWriteTheUnitReports_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("annual") << QStringLiteral("annual")
                                << QStringList { QStringLiteral("Annual report 2026"),
                                       QStringLiteral("Aiko Tanaka"), QStringLiteral("Awa Ndiaye"),
                                       QStringLiteral("Appraisal") }
                                << QStringList { QStringLiteral("PRIVATE_NOTE_"),
                                       QStringLiteral("SHARED_DECISION_") };
        QTest::newRow("donor") << QStringLiteral("donor")
                               << QStringList { QStringLiteral("JPO donor report 2026"),
                                      QStringLiteral("Aiko Tanaka"),
                                      QStringLiteral("Lena Hoffmann") }
                               << QStringList { QStringLiteral("Awa Ndiaye"),
                                      QStringLiteral("ppraisal"), QStringLiteral("Check-in"),
                                      QStringLiteral("PRIVATE_NOTE_"),
                                      QStringLiteral("SHARED_DECISION_") };
    }

    void shouldWriteTheUnitReports()
    {
        // GIVEN the demo unit
        QFETCH(QString, variant);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.pdf"));

        // WHEN a unit report is exported
        const SsedeskRun run({ QStringLiteral("export"), QStringLiteral("unit-report"),
            QStringLiteral("--database"), m_database, QStringLiteral("--cycle"),
            QStringLiteral("2026"), QStringLiteral("--variant"), variant,
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path });

        // THEN it holds who it should and leaves out what it should
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const QString text = DocumentReader(path).pdfText();
        for (const QString &part : present)
            QVERIFY2(text.contains(part), qPrintable(part));
        for (const QString &part : absent)
            QVERIFY2(!text.contains(part), qPrintable(part));
    }

    void shouldRefuseAUnitReportVariantItDoesNotKnow()
    {
        // GIVEN an empty folder
        QTemporaryDir out;

        // WHEN a unit report of an unknown kind is asked for
        const SsedeskRun run({ QStringLiteral("export"), QStringLiteral("unit-report"),
            QStringLiteral("--database"), m_database, QStringLiteral("--cycle"),
            QStringLiteral("2026"), QStringLiteral("--variant"), QStringLiteral("quarterly"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
            out.filePath(QStringLiteral("report.pdf")) });

        // THEN it names the variants, fails, and writes nothing
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("annual or donor")), qPrintable(run.err()));
        QCOMPARE(filesIn(out.path()), QStringList());
    }

private:
    SsedeskRun exportSummary(const QStringList &arguments, bool withCycle = true) const
    {
        QStringList command { QStringLiteral("export"), QStringLiteral("summary"),
            QStringLiteral("--database"), m_database };
        if (withCycle)
            command << QStringLiteral("--cycle") << QStringLiteral("2026");
        return SsedeskRun(command + arguments);
    }

    QTemporaryDir m_unitDir;
    QString m_database;
};

QTEST_GUILESS_MAIN(ExportSummaryTest)

#include "exportsummarytest.moc"
