#ifndef APP_STAGEDFILE_H
#define APP_STAGEDFILE_H

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace App {

// A database file written beside its target and moved over it only once complete: a failed or
// interrupted write leaves the target exactly as it was, never half-filled.
class StagedFile
{
    Q_DECLARE_TR_FUNCTIONS(App::StagedFile)

public:
    explicit StagedFile(QString target);
    ~StagedFile();
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    // Creates the staging file in the target's folder; as a copy of the target when asked, so
    // that what is written builds on what the target holds.
    Core::Status stage(bool copyTarget);
    QString path() const { return m_path; }
    // Moves the staging file over the target in one step. The database on it must be closed.
    Core::Status commit();

private:
    Core::Status copyTargetInto(const QString &stagingPath) const;
    void discard();

    QString m_target;
    QString m_path;
    bool m_committed = false;
};

} // namespace App

#endif
