#include "documentreader.h"
#include "ssedeskrun.h"

#include <reportlanguage.h>

#include <QDate>
#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString tanaka = QStringLiteral("a.tanaka@unitdesk.example");

// Headings every summary of the demo's JPO carries, in English, and one that reads the same in
// every language ("Missions") left out: seeing the English would prove nothing.
const char *const summaryHeadings[] = { "Performance review summary", "The cycle at a glance",
    "Work objectives", "Learning elements", "Deliverables cleared or delivered", "Check-ins",
    "Review rounds", "Staff member", "Duty station" };
const char *const unitReportHeadings[] = { "Overview", "Work objectives", "Deliverables" };

QString translated(const QString &language, const char *context, const char *source)
{
    return Report::ReportLanguage::fromCode(language)
        .value_or(Report::ReportLanguage())
        .translate(context, source);
}

} // namespace

// `export summary` and `export unit-report` with --language: the document in the language
// asked for, its dates in that language's locale, whatever the language of the command line.
class ExportLanguageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_unitDir;
    QString m_database;

    SsedeskRun exportTo(const QString &subject, const QStringList &arguments) const
    {
        return SsedeskRun(
            QStringList { QStringLiteral("export"), subject, QStringLiteral("--database"),
                m_database, QStringLiteral("--cycle"), QStringLiteral("2026"),
                QStringLiteral("--format"), QStringLiteral("pdf") }
            + arguments);
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        // Every language the application ships; CMake runs the rows of the finished ones.
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }

    // Each heading in its translation and never in English.
    static void verifyLanguage(const QString &text, const QString &language, const char *context,
        const QList<const char *> &headings)
    {
        for (const char *heading : headings) {
            const QString translation = translated(language, context, heading);
            QVERIFY2(translation != QLatin1String(heading), heading);
            QVERIFY2(text.contains(translation), qPrintable(translation));
            QVERIFY2(!text.contains(QLatin1String(heading)), heading);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_unitDir.isValid());
        m_database = m_unitDir.filePath(QStringLiteral("unit.ssedesk"));
        const SsedeskRun demo({ QStringLiteral("demo"), QStringLiteral("--database"), m_database });
        QVERIFY2(demo.exitCode() == 0, qPrintable(demo.err()));
    }

    void shouldWriteTheSummaryInTheLanguageAsked_data() { addLanguages(); }

    void shouldWriteTheSummaryInTheLanguageAsked()
    {
        // GIVEN the demo unit, written in English
        QFETCH(QString, language);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("tanaka.pdf"));

        // WHEN a JPO's summary is exported with --language
        const SsedeskRun run = exportTo(QStringLiteral("summary"),
            { QStringLiteral("--person"), tanaka, QStringLiteral("--language"), language,
                QStringLiteral("--out"), path });

        // THEN its headings and its dates are in that language, and no heading in English
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const QString text = DocumentReader(path).pdfText();
        QVERIFY(text.contains(QStringLiteral("Aiko Tanaka")));
        verifyLanguage(text, language, "Report::SummaryDocument",
            { std::begin(summaryHeadings), std::end(summaryHeadings) });
        const QDate lastDay(2026, 12, 31);
        QVERIFY(text.contains(QLocale(language).toString(lastDay, QStringLiteral("d MMM yyyy"))));
        QVERIFY(!text.contains(QStringLiteral("31 Dec 2026")));
    }

    void shouldWriteTheSummaryInFrenchWords()
    {
        // GIVEN the demo unit
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("tanaka.pdf"));

        // WHEN a summary is exported in French
        const SsedeskRun run = exportTo(QStringLiteral("summary"),
            { QStringLiteral("--person"), tanaka, QStringLiteral("--language"),
                QStringLiteral("fr"), QStringLiteral("--out"), path });

        // THEN it reads as the ILO writes it in French, page footers included, and so do the
        // words core puts into the data (a role, a kind of mission), while the command line
        // keeps the language of its interface
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        const QString text = DocumentReader(path).pdfText();
        for (const QString &words : { QStringLiteral("Objectifs de travail"),
                 QStringLiteral("Points de suivi"), QStringLiteral("Membre du personnel"),
                 QStringLiteral("Lieu d'affectation"), QStringLiteral("Page 1 sur"),
                 QStringLiteral("Contributeur"), QStringLiteral("Mission de projet") })
            QVERIFY2(text.contains(words), qPrintable(words));
        QVERIFY2(run.out().startsWith(QStringLiteral("Performance review summary of Aiko Tanaka")),
            qPrintable(run.out()));
    }

    void shouldWriteTheUnitReportInTheLanguageAsked_data() { addLanguages(); }

    void shouldWriteTheUnitReportInTheLanguageAsked()
    {
        // GIVEN the demo unit
        QFETCH(QString, language);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("annual.pdf"));

        // WHEN the annual report is exported with --language
        const SsedeskRun run = exportTo(QStringLiteral("unit-report"),
            { QStringLiteral("--variant"), QStringLiteral("annual"), QStringLiteral("--language"),
                language, QStringLiteral("--out"), path });

        // THEN its headings are in that language
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        verifyLanguage(DocumentReader(path).pdfText(), language, "Report::UnitReportDocument",
            { std::begin(unitReportHeadings), std::end(unitReportHeadings) });
    }

    void shouldRefuseAnUnknownLanguage()
    {
        // GIVEN the demo unit and an empty folder
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("tanaka.pdf"));

        // WHEN a summary is asked for in a language the application does not ship
        const SsedeskRun run = exportTo(QStringLiteral("summary"),
            { QStringLiteral("--person"), tanaka, QStringLiteral("--language"),
                QStringLiteral("de"), QStringLiteral("--out"), path });

        // THEN the usage error names the languages there are, and nothing is written
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("en, fr, es")), qPrintable(run.err()));
        QVERIFY2(run.err().contains(QStringLiteral("\"de\"")), qPrintable(run.err()));
        QVERIFY(QDir(out.path()).isEmpty());
    }
};

QTEST_MAIN(ExportLanguageTest)
#include "exportlanguagetest.moc"
