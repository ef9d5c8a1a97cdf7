#include "backgroundcheck.h"

#include "integritycheck.h"

namespace Core {

BackgroundCheck::BackgroundCheck(const QString &path)
    : m_running(
        std::async(std::launch::async, [path] { return IntegrityCheck::quickCheckFile(path); }))
{
}

BackgroundCheck::~BackgroundCheck()
{
    if (m_running.valid())
        m_running.wait();
}

const Status &BackgroundCheck::verdict()
{
    if (!m_verdict)
        m_verdict = m_running.get();
    return *m_verdict;
}

} // namespace Core
