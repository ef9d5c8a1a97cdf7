#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace Bench {

FirstPaint::FirstPaint(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

qint64 FirstPaint::nowNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The paint event comes before the widget paints and before its children do: the report waits
// for the event loop, which the whole frame has left by then.
bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(this, &FirstPaint::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaint::report()
{
    const qint64 spawned = qEnvironmentVariableIsSet(spawnedVariable)
        ? qgetenv(spawnedVariable).toLongLong()
        : nowNanoseconds();
    const double milliseconds = double(nowNanoseconds() - spawned) / 1e6;
    std::printf("%.3f %lld\n", milliseconds, static_cast<long long>(peakResidentKb()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

qint64 FirstPaint::peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace Bench
