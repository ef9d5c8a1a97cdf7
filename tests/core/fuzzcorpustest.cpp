#include "importentries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <functional>

namespace {

// An input takes microseconds; a second means a parser went quadratic or worse.
constexpr qint64 timeLimitMs = 1000;

} // namespace

// Replays every file of the fuzzers' seed corpus, and every crash they once found, through the
// entry points the fuzzers call: on every test run, with the ordinary compiler, without clang.
class FuzzCorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseEveryCorpusFileQuicklyWithoutBreakingARule_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("target");
        const QDir corpus(QStringLiteral(SSEDESK_FUZZ_CORPUS));
        for (const QString &target : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir folder(corpus.filePath(target));
            for (const QString &file : folder.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(target + QLatin1Char('/') + file))
                    << folder.filePath(file) << target;
        }
    }

    void shouldParseEveryCorpusFileQuicklyWithoutBreakingARule()
    {
        // GIVEN a corpus file and the parser it was made for
        QFETCH(QString, path);
        QFETCH(QString, target);
        const QHash<QString, std::function<void(const QByteArray &)>> entries {
            { QStringLiteral("csvreader"), &Fuzz::csvReader },
            { QStringLiteral("peoplecsv"), &Fuzz::peopleCsv },
            { QStringLiteral("workplancsv"), &Fuzz::workPlanCsv },
        };
        QVERIFY2(entries.contains(target), qPrintable(QStringLiteral("no entry for ") + target));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();

        // WHEN it is parsed (a broken rule aborts the whole test)
        QElapsedTimer clock;
        clock.start();
        entries.value(target)(input);

        // THEN it took no time to speak of
        QVERIFY2(clock.elapsed() < timeLimitMs,
            qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    void shouldHaveACorpusForEveryParser()
    {
        // GIVEN the corpus folders
        const QDir corpus(QStringLiteral(SSEDESK_FUZZ_CORPUS));

        // WHEN listed
        const QStringList targets = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);

        // THEN each parser has its seeds, so that the replay above cannot pass by finding none
        QCOMPARE(targets,
            (QStringList { QStringLiteral("csvreader"), QStringLiteral("peoplecsv"),
                QStringLiteral("workplancsv") }));
        for (const QString &target : targets)
            QVERIFY(QDir(corpus.filePath(target)).entryList(QDir::Files).size() >= 10);
    }
};

QTEST_GUILESS_MAIN(FuzzCorpusTest)
#include "fuzzcorpustest.moc"
