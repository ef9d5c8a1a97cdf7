#include "exportverb.h"

#include "exitcode.h"
#include "exportcalendar.h"
#include "exportsummary.h"
#include "exportunitreport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace App {

namespace {

struct Subject
{
    QString (*name)();
    QString (*summary)();
    int (*run)(QTextStream &out, QTextStream &err, const QStringList &arguments);
};

const Subject subjects[] = {
    { &ExportCalendar::name, &ExportCalendar::summary,
        [](QTextStream &out, QTextStream &err, const QStringList &arguments) {
            return ExportCalendar(out, err).run(arguments);
        } },
    { &ExportSummary::name, &ExportSummary::summary,
        [](QTextStream &out, QTextStream &err, const QStringList &arguments) {
            return ExportSummary(out, err).run(arguments);
        } },
    { &ExportUnitReport::name, &ExportUnitReport::summary,
        [](QTextStream &out, QTextStream &err, const QStringList &arguments) {
            return ExportUnitReport(out, err).run(arguments);
        } },
};

QString paddedName(const Subject &subject)
{
    int width = 0;
    for (const Subject &candidate : subjects)
        width = std::max(width, int(candidate.name().size()));
    return subject.name().leftJustified(width);
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help")
        || argument == QLatin1String("--help-all");
}

} // namespace

QString ExportVerb::summary()
{
    QStringList names;
    for (const Subject &subject : subjects)
        names.append(subject.name());
    return tr("Write the unit's data into a file for other programs. SUBJECT: %1.")
        .arg(names.join(QStringLiteral(", ")));
}

bool ExportVerb::rendersDocuments(const QString &subject)
{
    return subject == ExportSummary::name() || subject == ExportUnitReport::name();
}

ExportVerb::ExportVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int ExportVerb::run(const QStringList &arguments)
{
    const QString subject = arguments.value(1);
    if (isHelp(subject)) {
        m_out << subjectsHelp() << Qt::flush;
        return Success;
    }
    for (const Subject &candidate : subjects) {
        if (subject == candidate.name()) {
            QStringList subjectArguments = arguments.mid(2);
            subjectArguments.prepend(arguments.first());
            return candidate.run(m_out, m_err, subjectArguments);
        }
    }
    if (subject.isEmpty() || subject.startsWith(QLatin1Char('-')))
        m_err << tr("export needs to know what to export, as in \"ssedesk export calendar\".");
    else
        m_err << tr("\"%1\" is not something ssedesk can export.").arg(subject);
    m_err << QLatin1Char('\n') << subjectsHelp() << Qt::flush;
    return Usage;
}

QString ExportVerb::subjectsHelp() const
{
    QString help = tr("Usage: ssedesk export SUBJECT [options]") + QLatin1Char('\n') + summary()
        + QLatin1String("\n\n") + tr("Subjects:") + QLatin1Char('\n');
    for (const Subject &subject : subjects)
        help += QStringLiteral("  %1  %2\n").arg(paddedName(subject), subject.summary());
    return help + tr("Run \"ssedesk export SUBJECT --help\" for its options.") + QLatin1Char('\n');
}

} // namespace App
