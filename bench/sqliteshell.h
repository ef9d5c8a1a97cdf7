#ifndef BENCH_SQLITESHELL_H
#define BENCH_SQLITESHELL_H

#include <storage/statementrecorder.h>

#include <QList>
#include <QString>

namespace Bench {

// The floor of a read: the very statements core ran, with the very values it bound, run by
// SQLite's own command-line shell (`sqlite3`) on the same file. The shell times them itself
// (.timer), so starting the process and opening the file are not counted; its processor time
// (user + system) is read, since its wall-clock time shows whole milliseconds only. Its rows are
// formatted as usual and written to /dev/null, the cost of producing them kept. The values are
// bound as parameters (.param set), not spliced in as literals, which could change the plan; the
// shell looks each one up in its parameter table, a little work of its own that counts in its
// favour.
class SqliteShell
{
public:
    using Statement = Core::StatementRecorder::Statement;

    explicit SqliteShell(QString databasePath);

    static bool isAvailable();
    // The processor time the statements take together, in one run of the shell that executes
    // every statement `repeats` times in a row and counts the mean.
    double cpuMilliseconds(const QList<Statement> &statements, int repeats) const;

private:
    static QString script(const QList<Statement> &statements, int repeats);
    static QString parameterValue(const QVariant &value);
    QList<double> timerReadings(const QString &script) const;

    QString m_databasePath;
};

} // namespace Bench

#endif
