#include "repositorycommand.h"

namespace Ui {

RepositoryCommand::RepositoryCommand(
    const QString &text, Step redoStep, Step undoStep, ErrorSink errorSink)
    : QUndoCommand(text)
    , m_redo(std::move(redoStep))
    , m_undo(std::move(undoStep))
    , m_errorSink(std::move(errorSink))
{
}

void RepositoryCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run(m_redo);
}

void RepositoryCommand::undo()
{
    run(m_undo);
}

void RepositoryCommand::run(const Step &step)
{
    const Core::Status status = step();
    if (status)
        return;
    setObsolete(true);
    m_errorSink(status.error());
}

} // namespace Ui
