#ifndef CORE_STATEMENTRECORDER_H
#define CORE_STATEMENTRECORDER_H

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace Core {

// While one is alive, every statement that SqlStatement runs on its thread is written down: the
// SQL text exactly as core prepared it and the values it bound, by placeholder. For the
// benchmark (the very same statements through the sqlite3 shell, its floor) and the query-plan
// test (EXPLAIN QUERY PLAN on what the repositories really run), so that no SQL is written a
// second time outside core and none can drift from what core runs. Recorders nest: the inner one
// sees the statements while it lives, then the outer one again.
class StatementRecorder
{
public:
    struct Statement
    {
        QString sql;
        QList<std::pair<QString, QVariant>> bindings; // in the order they were bound
    };

    StatementRecorder();
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    const QList<Statement> &statements() const { return m_statements; }

    // For SqlStatement: the recorder of this thread, if any, and the record of one statement.
    static StatementRecorder *active();
    void record(Statement statement);

private:
    StatementRecorder *m_outer;
    QList<Statement> m_statements;
};

} // namespace Core

#endif
