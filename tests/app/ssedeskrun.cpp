#include "ssedeskrun.h"

#include <QProcess>

namespace {

// Well under the test's own timeout, so that a hang fails this test with a message.
constexpr int finishTimeoutMs = 90 * 1000;

} // namespace

SsedeskRun::SsedeskRun(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SSEDESK_BINARY), arguments);
    m_finished
        = process.waitForFinished(finishTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!m_finished)
        process.kill();
    m_exitCode = process.exitCode();
    m_out = QString::fromUtf8(process.readAllStandardOutput());
    m_err = QString::fromUtf8(process.readAllStandardError());
}
