#include "ssedeskrun.h"

#include <QTest>

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPrintTheVersion()
    {
        // WHEN ssedesk is asked for its version
        const SsedeskRun run({ QStringLiteral("--version") });

        // THEN it prints its name and version, and nothing else
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(run.out(), QStringLiteral("ssedesk 0.1.0\n"));
        QCOMPARE(run.err(), QString());
    }

    void shouldListOptionsAndVerbsInTheHelp()
    {
        // WHEN ssedesk is asked for help
        const SsedeskRun run({ QStringLiteral("--help") });

        // THEN the options and the verbs are listed
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 0);
        for (const QString &expected :
            { QStringLiteral("--database <FILE>"), QStringLiteral("--version"),
                QStringLiteral("Verbs:"), QStringLiteral("demo"), QStringLiteral("export"),
                QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("backup"),
                QStringLiteral("restore"), QStringLiteral("check"), QStringLiteral("migrate") })
            QVERIFY2(run.out().contains(expected), qPrintable(run.out()));
    }

    void shouldExplainTheDemoVerbsOptions()
    {
        // WHEN the demo verb is asked for help
        const SsedeskRun run({ QStringLiteral("demo"), QStringLiteral("--help") });

        // THEN its own options are shown under its own name
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 0);
        for (const QString &expected : { QStringLiteral("ssedesk demo"),
                 QStringLiteral("--database <FILE>"), QStringLiteral("--scale <N>") })
            QVERIFY2(run.out().contains(expected), qPrintable(run.out()));
    }

    void shouldRefuseAnUnknownVerbAndPointToTheHelp()
    {
        // WHEN ssedesk is given a verb it does not know
        const SsedeskRun run({ QStringLiteral("frobnicate") });

        // THEN it says so on stderr, points to --help, and ends with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("\"frobnicate\"")), qPrintable(run.err()));
        QVERIFY2(run.err().contains(QStringLiteral("--help")), qPrintable(run.err()));
        QCOMPARE(run.out(), QString());
    }

    void shouldRefuseAnUnknownOption()
    {
        // WHEN ssedesk is given an option it does not know, without a window
        const SsedeskRun run({ QStringLiteral("--frobnicate"), QStringLiteral("--version") });

        // THEN it names the option and ends with a usage error
        QVERIFY(run.hasFinished());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY2(run.err().contains(QStringLiteral("frobnicate")), qPrintable(run.err()));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)

#include "commandlinetest.moc"
