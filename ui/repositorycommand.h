#ifndef UI_REPOSITORYCOMMAND_H
#define UI_REPOSITORYCOMMAND_H

#include <result.h>

#include <QUndoCommand>

#include <functional>

namespace Ui {

// An undoable change made through the repositories. The change is done before the command is
// pushed (so that the editor can show a refusal at the field), hence the first redo() is
// skipped. A later undo or redo the store refuses is reported, and the command drops out of the
// stack rather than leave it pretending.
class RepositoryCommand : public QUndoCommand
{
public:
    using Step = std::function<Core::Status()>;
    using ErrorSink = std::function<void(const Core::Error &)>;

    RepositoryCommand(const QString &text, Step redoStep, Step undoStep, ErrorSink errorSink);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Step m_redo;
    Step m_undo;
    ErrorSink m_errorSink;
    bool m_alreadyDone = true;
};

} // namespace Ui

#endif
