#ifndef CORE_BACKGROUNDCHECK_H
#define CORE_BACKGROUNDCHECK_H

#include "../result.h"

#include <QString>

#include <future>
#include <optional>

namespace Core {

// SQLite's quick check of a unit file (IntegrityCheck::quickCheckFile), run on a thread and a
// read-only connection of its own while the caller goes on: the window is built while its unit
// is checked, instead of after. verdict() waits for it the first time it is asked.
class BackgroundCheck
{
public:
    explicit BackgroundCheck(const QString &path);
    // Waits for the check: its thread reads the file.
    ~BackgroundCheck();
    BackgroundCheck(const BackgroundCheck &) = delete;
    BackgroundCheck &operator=(const BackgroundCheck &) = delete;

    const Status &verdict();

private:
    std::future<Status> m_running;
    std::optional<Status> m_verdict;
};

} // namespace Core

#endif
