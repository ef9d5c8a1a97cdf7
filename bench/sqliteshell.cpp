#include "sqliteshell.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace Bench {

namespace {

const QString shell = QStringLiteral("sqlite3");

} // namespace

SqliteShell::SqliteShell(QString databasePath) : m_databasePath(std::move(databasePath)) { }

bool SqliteShell::isAvailable()
{
    return !QStandardPaths::findExecutable(shell).isEmpty();
}

double SqliteShell::cpuMilliseconds(const QList<Statement> &statements, int repeats) const
{
    const QList<double> readings = timerReadings(script(statements, repeats));
    if (readings.size() != statements.size())
        qFatal("sqlite3 printed %d timings, %d expected", int(readings.size()),
            int(statements.size()));
    double total = 0;
    for (double reading : readings)
        total += reading;
    return total / repeats;
}

// Each statement's values are set just before it (names repeat across statements with other
// values), and its `repeats` executions share one line, which the shell times as a whole. The
// whole set runs once untimed first, as ours did before it was timed: a new shell has still to
// read the schema and fill its page cache.
QString SqliteShell::script(const QList<Statement> &statements, int repeats)
{
    QStringList lines = { QStringLiteral(".output /dev/null") };
    for (const bool timed : { false, true }) {
        lines.append(timed ? QStringLiteral(".timer on") : QStringLiteral(".timer off"));
        for (const Statement &statement : statements) {
            lines.append(QStringLiteral(".param clear"));
            for (const auto &[placeholder, value] : statement.bindings)
                lines.append(
                    QStringLiteral(".param set %1 %2").arg(placeholder, parameterValue(value)));
            QStringList executions;
            for (int repeat = 0; repeat < (timed ? repeats : 1); ++repeat)
                executions.append(statement.sql + QLatin1Char(';'));
            lines.append(executions.join(QLatin1Char(' ')));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// `.param set` takes an SQL literal, in double quotes when it has spaces or quotes of its own:
// the shell reads backslash escapes there.
QString SqliteShell::parameterValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        break;
    }
    QString literal = value.toString();
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    literal.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    literal.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("\"'") + literal + QStringLiteral("'\"");
}

QList<double> SqliteShell::timerReadings(const QString &script) const
{
    QProcess process;
    process.start(shell, { QStringLiteral("-batch"), QStringLiteral("-bail"), m_databasePath });
    if (!process.waitForStarted())
        qFatal("cannot start sqlite3");
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
    static const QRegularExpression timer(
        QStringLiteral(R"(^Run Time: real ([0-9.]+))"), QRegularExpression::MultilineOption);
    QList<double> readings;
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (auto match = timer.globalMatch(output); match.hasNext();)
        readings.append(match.next().captured(1).toDouble() * 1000);
    return readings;
}

} // namespace Bench
