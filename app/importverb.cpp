#include "importverb.h"

#include "exitcode.h"
#include "import/csvreader.h"
#include "import/peoplecsv.h"
#include "import/workplancsv.h"
#include "storage/backupservice.h"
#include "unitstore.h"
#include "writableunit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace App {

namespace {

const QString people = QStringLiteral("people");
const QString workPlan = QStringLiteral("workplan");

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help")
        || argument == QLatin1String("--help-all");
}

// A count with its noun, singular or plural: "1 person", "12 people". The two texts are marked
// for translation where they are written.
QString counted(qsizetype count, const char *one, const char *many)
{
    return count == 1 ? ImportVerb::tr(one) : ImportVerb::tr(many).arg(count);
}

QString joined(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.value(0, ImportVerb::tr("nothing"));
    return ImportVerb::tr("%1 and %2")
        .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

QString contentsOf(const Core::WorkPlanCandidate &candidate)
{
    qsizetype work = 0;
    qsizetype learning = 0;
    qsizetype activities = candidate.activitiesOfExistingObjectives.size();
    for (const Core::WorkPlanCandidate::ObjectiveRow &row : candidate.objectives) {
        ++(row.objective.kind == Core::Objective::Kind::Learning ? learning : work);
        activities += row.activities.size();
    }
    QStringList parts;
    if (work > 0)
        parts.append(counted(work, QT_TRANSLATE_NOOP("App::ImportVerb", "1 objective"),
            QT_TRANSLATE_NOOP("App::ImportVerb", "%1 objectives")));
    if (learning > 0)
        parts.append(counted(learning, QT_TRANSLATE_NOOP("App::ImportVerb", "1 learning element"),
            QT_TRANSLATE_NOOP("App::ImportVerb", "%1 learning elements")));
    if (activities > 0)
        parts.append(counted(activities, QT_TRANSLATE_NOOP("App::ImportVerb", "1 activity"),
            QT_TRANSLATE_NOOP("App::ImportVerb", "%1 activities")));
    return joined(parts);
}

} // namespace

struct ImportVerb::Import
{
    std::function<Core::ImportReport(Core::CsvImport::Mode)> apply;
    QString what; // "12 people"
    QString where; // the database, or the plan
};

QString ImportVerb::summary()
{
    return tr("Add people, or a work plan's objectives and activities, from a CSV file: all "
              "rows or none.");
}

ImportVerb::ImportVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int ImportVerb::run(const QStringList &arguments)
{
    Request request;
    if (const int exitCode = parse(arguments, request); exitCode != Success)
        return exitCode;
    return request.helpShown ? int(Success) : importFile(request);
}

QString ImportVerb::subjectsHelp()
{
    return tr("Usage: ssedesk import SUBJECT [options]") + QLatin1Char('\n') + summary()
        + QLatin1String("\n\n") + tr("Subjects:") + QLatin1Char('\n')
        + tr("  people    new people, one a row (columns: %1)")
              .arg(Core::PeopleCsv::columns().join(QStringLiteral(", ")))
        + QLatin1Char('\n')
        + tr("  workplan  objectives, learning elements and activities for one person's current "
             "work plan (columns: %1)")
              .arg(Core::WorkPlanCsv::columns().join(QStringLiteral(", ")))
        + QLatin1Char('\n') + tr("Run \"ssedesk import SUBJECT --help\" for its options.")
        + QLatin1Char('\n');
}

void ImportVerb::addOptions(QCommandLineParser &parser, Subject subject)
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + tr("Every row is checked against the unit first, and every problem reported with "
             "its row and column; a file with any problem writes nothing. Before writing, the "
             "unit is backed up beside the database. The unit must not be open for writing "
             "elsewhere."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("database"), tr("The unit database to import into."), tr("FILE") });
    parser.addOption({ QStringLiteral("file"),
        tr("The CSV file to read (UTF-8, comma-separated, a header row)."), tr("CSV") });
    if (subject == Subject::WorkPlan)
        parser.addOption({ QStringLiteral("person"),
            tr("Whose current work plan the rows go into."), tr("EMAIL") });
    parser.addOption({ QStringLiteral("dry-run"),
        tr("Check every row against the unit and report, but write nothing.") });
}

// Returns Success with `request` filled in (or the help shown), or the exit code of a usage
// error already reported.
int ImportVerb::parse(const QStringList &arguments, Request &request)
{
    const QString subject = arguments.value(1);
    if (isHelp(subject)) {
        m_out << subjectsHelp() << Qt::flush;
        request.helpShown = true;
        return Success;
    }
    if (subject != people && subject != workPlan) {
        if (subject.isEmpty() || subject.startsWith(QLatin1Char('-')))
            m_err << tr("import needs to know what to import, as in \"ssedesk import people\".");
        else
            m_err << tr("\"%1\" is not something ssedesk can import.").arg(subject);
        m_err << QLatin1Char('\n') << subjectsHelp() << Qt::flush;
        return Usage;
    }
    request.subject = subject == people ? Subject::People : Subject::WorkPlan;
    QStringList subjectArguments = arguments.mid(2);
    subjectArguments.prepend(arguments.first());
    return parseOptions(subjectArguments, request);
}

int ImportVerb::parseOptions(const QStringList &arguments, Request &request)
{
    const QString command = QStringLiteral("ssedesk import %1")
                                .arg(request.subject == Subject::People ? people : workPlan);
    QCommandLineParser parser;
    addOptions(parser, request.subject);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), command);
        request.helpShown = true;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("%1 takes no further arguments, but was given \"%2\".")
                        .arg(command, parser.positionalArguments().join(QLatin1Char(' '))),
            Usage);
    request.database = parser.value(QStringLiteral("database"));
    request.file = parser.value(QStringLiteral("file"));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (request.subject == Subject::WorkPlan)
        request.person = parser.value(QStringLiteral("person")).trimmed();
    if (request.database.isEmpty() || request.file.isEmpty()
        || (request.subject == Subject::WorkPlan && request.person.isEmpty()))
        return fail(tr("Usage: %1 --database FILE --file CSV%2 [--dry-run]\n%3")
                        .arg(command,
                            request.subject == Subject::WorkPlan ? QStringLiteral(" --person EMAIL")
                                                                 : QString(),
                            request.subject == Subject::WorkPlan
                                ? tr("--database, --file and --person are needed.")
                                : tr("Both --database and --file are needed.")),
            Usage);
    return Success;
}

int ImportVerb::importFile(const Request &request)
{
    // The file first: a file that cannot be read is reported without touching the unit.
    const auto rows = Core::CsvReader::readFile(request.file);
    if (!rows)
        return fail(rows.error().message(), Failure);
    auto unit = WritableUnit::open(request.database, m_err);
    if (!unit)
        return fail(unit.error().message(), Failure);
    Core::UnitStore &store = unit.value().store();
    const auto pending = prepare(request, store, rows.value());
    if (!pending)
        return fail(pending.error().message(), Failure);
    // Checked before the backup, so that a refused file leaves no backup behind either.
    const Core::ImportReport check = pending.value().apply(Core::CsvImport::Mode::DryRun);
    if (!check.isOk())
        return refuse(request, check);
    if (request.dryRun) {
        m_out << tr("%1 would be added to %2; nothing was written (dry run).")
                     .arg(pending.value().what, pending.value().where)
              << Qt::endl;
        return Success;
    }
    return write(request, pending.value(), store);
}

Core::Result<ImportVerb::Import> ImportVerb::prepare(
    const Request &request, Core::UnitStore &store, const QList<QStringList> &rows)
{
    Import pending;
    if (request.subject == Subject::People) {
        const Core::PeopleCandidate candidate = Core::PeopleCsv::fromRows(rows);
        pending.what
            = counted(candidate.rows.size(), QT_TRANSLATE_NOOP("App::ImportVerb", "1 person"),
                QT_TRANSLATE_NOOP("App::ImportVerb", "%1 people"));
        pending.where = request.database;
        pending.apply = [&store, candidate](Core::CsvImport::Mode mode) {
            return Core::CsvImport::applyPeople(store, candidate, mode);
        };
        return pending;
    }
    const auto plan = Core::CsvImport::currentPlanOf(store, request.person);
    if (!plan)
        return plan.error();
    const Core::WorkPlanCandidate candidate = Core::WorkPlanCsv::fromRows(rows);
    pending.what = contentsOf(candidate);
    pending.where = tr("the work plan \"%1\" of %2").arg(plan.value().title, request.person);
    pending.apply = [&store, planId = plan.value().id, candidate](Core::CsvImport::Mode mode) {
        return Core::CsvImport::applyWorkPlan(store, planId, candidate, mode);
    };
    return pending;
}

int ImportVerb::write(const Request &request, const Import &pending, Core::UnitStore &store)
{
    const auto backup = store.backups().backUp(Core::BackupFolder::Reason::PreImport);
    if (!backup)
        return fail(backup.error().message() + QLatin1Char(' ')
                + tr("Nothing was imported: an import is never written without a backup."),
            Failure);
    const Core::ImportReport report = pending.apply(Core::CsvImport::Mode::Write);
    if (!report.written)
        return refuse(request, report);
    m_out << tr("%1 added to %2. The unit as it was before the import is kept in %3.")
                 .arg(pending.what, pending.where, backup.value().path)
          << Qt::endl;
    return Success;
}

int ImportVerb::refuse(const Request &request, const Core::ImportReport &report)
{
    for (const Core::ImportIssue &issue : report.issues)
        m_err << issue.text() << Qt::endl;
    m_err << (report.issues.size() == 1
            ? tr("1 problem in %1; nothing was written to %2.").arg(request.file, request.database)
            : tr("%1 problems in %2; nothing was written to %3.")
                  .arg(QString::number(report.issues.size()), request.file, request.database))
          << Qt::endl;
    return Failure;
}

int ImportVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
