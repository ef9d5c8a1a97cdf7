#ifndef UI_SESSION_H
#define UI_SESSION_H

#include "messenger.h"

#include <error.h>
#include <id.h>

#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace Core {
class UnitStore;
}

namespace Ui {

class RecordEdits;
class UndoableEdits;

// What every page and dialog of one window shares: the store, the undo history, the way to
// tell the user about errors, and who the user is.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Core::UnitStore &store, QObject *parent = nullptr);
    ~Session() override;

    Core::UnitStore &store() const { return m_store; }
    QUndoStack &undoStack() const { return *m_undoStack; }
    UndoableEdits &edits() const { return *m_edits; }
    RecordEdits &records() const { return *m_records; }

    Messenger &messenger() const { return *m_messenger; }
    void setMessenger(std::unique_ptr<Messenger> messenger);
    void showError(QWidget *parent, const Core::Error &error) const;

    Core::Id currentPersonId() const { return m_currentPersonId; }
    void setCurrentPersonId(Core::Id personId);
    // The person signed in, else the identity remembered for this database (QSettings, by
    // e-mail); false if none or gone.
    bool restoreIdentity();
    // Where the e-mail of the last person who used the database at `path` is kept.
    static QString identityKey(const QString &path);

Q_SIGNALS:
    void currentPersonChanged(Core::Id personId);

private:
    Core::UnitStore &m_store;
    QUndoStack *m_undoStack;
    UndoableEdits *m_edits;
    RecordEdits *m_records;
    std::unique_ptr<Messenger> m_messenger;
    Core::Id m_currentPersonId = 0;
};

} // namespace Ui

#endif
