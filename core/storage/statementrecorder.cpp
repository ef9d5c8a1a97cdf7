#include "statementrecorder.h"

namespace Core {

namespace {

// A connection never changes threads (Qt Sql forbids it), so neither do its statements: the
// recorder of a thread sees all of that thread's statements and nothing of another's.
StatementRecorder *&current()
{
    thread_local StatementRecorder *recorder = nullptr;
    return recorder;
}

} // namespace

StatementRecorder::StatementRecorder() : m_outer(current())
{
    current() = this;
}

StatementRecorder::~StatementRecorder()
{
    current() = m_outer;
}

StatementRecorder *StatementRecorder::active()
{
    return current();
}

void StatementRecorder::record(Statement statement)
{
    m_statements.append(std::move(statement));
}

} // namespace Core
