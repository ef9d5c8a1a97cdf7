#include "commandline.h"

#include "backupverb.h"
#include "checkverb.h"
#include "demoverb.h"
#include "exitcode.h"
#include "exportverb.h"
#include "importverb.h"
#include "interfacelanguage.h"
#include "migrateverb.h"
#include "reportlanguage.h"
#include "restoreverb.h"
#include "serververb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace App {

namespace {

QString databaseOption()
{
    return QStringLiteral("database");
}

QString serverOption()
{
    return QStringLiteral("server");
}

QString languageOption()
{
    return QStringLiteral("language");
}

// Every verb: a new one is one more entry here.
struct Verb
{
    QString (*name)();
    QString (*summary)();
    int (*run)(QTextStream &out, QTextStream &err, const QStringList &arguments);
};

template<typename VerbClass>
int runVerbClass(QTextStream &out, QTextStream &err, const QStringList &arguments)
{
    return VerbClass(out, err).run(arguments);
}

const Verb verbs[] = {
    { &DemoVerb::name, &DemoVerb::summary, &runVerbClass<DemoVerb> },
    { &ImportVerb::name, &ImportVerb::summary, &runVerbClass<ImportVerb> },
    { &ExportVerb::name, &ExportVerb::summary, &runVerbClass<ExportVerb> },
    { &BackupVerb::name, &BackupVerb::summary, &runVerbClass<BackupVerb> },
    { &RestoreVerb::name, &RestoreVerb::summary, &runVerbClass<RestoreVerb> },
    { &CheckVerb::name, &CheckVerb::summary, &runVerbClass<CheckVerb> },
    { &ServerVerb::name, &ServerVerb::summary, &runVerbClass<ServerVerb> },
    { &MigrateVerb::name, &MigrateVerb::summary, &runVerbClass<MigrateVerb> },
};

bool isHelpOrVersion(const char *argument)
{
    for (const char *flag : { "-h", "--help", "--help-all", "-v", "--version" }) {
        if (std::strcmp(argument, flag) == 0)
            return true;
    }
    return false;
}

} // namespace

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) { }

bool CommandLine::isHeadless(int argc, char **argv)
{
    // A first argument that is not an option names a verb; an unknown one is reported without
    // a window too.
    if (argc > 1 && argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i) {
        if (isHelpOrVersion(argv[i]))
            return true;
    }
    return false;
}

int CommandLine::runWithoutWindow(int argc, char **argv)
{
    const bool rendersDocuments = argc > 2 && std::strcmp(argv[1], "export") == 0
        && ExportVerb::rendersDocuments(QString::fromLocal8Bit(argv[2]));
    if (!rendersDocuments) {
        QCoreApplication app(argc, argv);
        InterfaceLanguage::install(InterfaceLanguage::choose());
        return CommandLine().runHeadless(QCoreApplication::arguments());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    InterfaceLanguage::install(InterfaceLanguage::choose());
    return CommandLine().runHeadless(QGuiApplication::arguments());
}

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("SSE Unit Desk: work plans, progress and supervision for a small research unit."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ databaseOption(),
        tr("Open FILE (created if missing). Default: the database opened last time."),
        tr("FILE") });
    parser.addOption({ serverOption(),
        tr("Open the unit on its PostgreSQL server, logging in as USER (the password is asked "
           "for, or taken from SSEDESK_SERVER_PASSWORD)."),
        QStringLiteral("postgresql://USER@HOST:PORT/DATABASE") });
    parser.addOption({ languageOption(),
        tr("The language of the window for this run: %1. Default: the one chosen in the "
           "settings, else the system's.")
            .arg(Report::ReportLanguage::codes().join(QLatin1Char('|'))),
        tr("LANGUAGE") });
    parser.addPositionalArgument(QStringLiteral("verb"),
        tr("Run a verb instead of opening the window (see below)."), QStringLiteral("[verb]"));
}

QString CommandLine::helpText(QCommandLineParser &parser) const
{
    qsizetype width = 0;
    for (const Verb &verb : verbs)
        width = std::max(width, verb.name().size());
    QString text = parser.helpText() + QLatin1Char('\n') + tr("Verbs:") + QLatin1Char('\n');
    for (const Verb &verb : verbs)
        text += QStringLiteral("  %1  %2\n").arg(verb.name().leftJustified(width), verb.summary());
    return text + tr("Run \"ssedesk VERB --help\" for a verb's options.") + QLatin1Char('\n')
        + QLatin1Char('\n') + tr("Examples:") + QLatin1Char('\n')
        + tr("  ssedesk demo --database demo.ssedesk\n"
             "  ssedesk export summary --database unit.ssedesk --person EMAIL --cycle 2026 "
             "--format pdf --out summary.pdf\n"
             "  ssedesk export summary --database unit.ssedesk --all --cycle 2026 --format odt "
             "--out summaries/\n"
             "  ssedesk export unit-report --database unit.ssedesk --cycle 2026 --variant donor "
             "--format pdf --out donor-report.pdf\n"
             "  ssedesk import people --database unit.ssedesk --file staff.csv --dry-run\n"
             "  ssedesk backup --database unit.ssedesk --out /media/usb/unit-2026-06.ssedesk\n"
             "  ssedesk check --database unit.ssedesk\n"
             "  ssedesk server init --server postgresql://unit_owner@db.example.org/sse_unit\n"
             "  ssedesk migrate --from unit.ssedesk --to "
             "postgresql://unit_owner@db.example.org/sse_unit\n");
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')))
        return runVerb(arguments);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    m_out << helpText(parser) << Qt::flush;
    return Success;
}

int CommandLine::runVerb(const QStringList &arguments)
{
    const QString verb = arguments.at(1);
    QStringList verbArguments = arguments.mid(2);
    verbArguments.prepend(arguments.first());
    for (const Verb &candidate : verbs) {
        if (verb == candidate.name())
            return candidate.run(m_out, m_err, verbArguments);
    }
    m_err << tr("\"%1\" is not a verb ssedesk knows. See \"ssedesk --help\".").arg(verb)
          << Qt::endl;
    return Usage;
}

std::optional<QString> CommandLine::guiDatabase(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl << tr("See \"ssedesk --help\".") << Qt::endl;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("Verbs come first, as in \"ssedesk demo --database FILE\"; \"%1\" is not "
                    "understood here. See \"ssedesk --help\".")
                     .arg(parser.positionalArguments().first())
              << Qt::endl;
        return std::nullopt;
    }
    if (parser.isSet(serverOption()) && parser.isSet(databaseOption())) {
        m_err << tr("Give --database FILE or --server URL, not both.") << Qt::endl;
        return std::nullopt;
    }
    return parser.isSet(serverOption()) ? parser.value(serverOption())
                                        : parser.value(databaseOption());
}

std::optional<QString> CommandLine::guiLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments);
    const QString requested = parser.value(languageOption());
    if (!requested.isEmpty() && !Report::ReportLanguage::codes().contains(requested)) {
        m_err << tr("--language must be one of %1, not \"%2\".")
                     .arg(Report::ReportLanguage::codes().join(QStringLiteral(", ")), requested)
              << Qt::endl;
        return std::nullopt;
    }
    return InterfaceLanguage::choose(requested);
}

} // namespace App
