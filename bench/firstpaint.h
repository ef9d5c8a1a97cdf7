#ifndef BENCH_FIRSTPAINT_H
#define BENCH_FIRSTPAINT_H

#include <QObject>

class QWidget;

namespace Bench {

// Ends a start-up probe once `widget` is first painted: the frame that paint belongs to is
// finished (flushed), then the probe prints the milliseconds since the benchmark started it
// (SSEDESK_BENCH_SPAWNED_NS, its steady clock in nanoseconds, the same clock as ours) and its
// peak resident set so far (VmHWM, in kB), and quits.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *spawnedVariable = "SSEDESK_BENCH_SPAWNED_NS";

    explicit FirstPaint(QWidget *widget);

    // The steady clock as SSEDESK_BENCH_SPAWNED_NS wants it.
    static qint64 nowNanoseconds();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();
    static qint64 peakResidentKb();

    bool m_painted = false;
};

} // namespace Bench

#endif
