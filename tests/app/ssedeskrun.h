#ifndef TESTS_SSEDESKRUN_H
#define TESTS_SSEDESKRUN_H

#include <QString>
#include <QStringList>

// Runs the built ssedesk binary with the given arguments, as a user would from a shell, and
// keeps what it said and how it ended.
class SsedeskRun
{
public:
    explicit SsedeskRun(const QStringList &arguments);

    bool hasFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QString out() const { return m_out; }
    QString err() const { return m_err; }

private:
    bool m_finished = false;
    int m_exitCode = -1;
    QString m_out;
    QString m_err;
};

#endif
