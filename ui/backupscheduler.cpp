#include "backupscheduler.h"

#include <storage/backupservice.h>

#include <QTimer>

namespace Ui {

BackupScheduler::BackupScheduler(Core::BackupService &backups, QObject *parent)
    : QObject(parent), m_backups(backups), m_timer(new QTimer(this))
{
    // A minute is fine enough for a 30-minute rule, and asking costs no file access.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { tick(QDateTime::currentDateTimeUtc()); });
}

void BackupScheduler::start(const QDateTime &now)
{
    report(m_backups.backUpIfDue(now), now);
    m_timer->start();
}

void BackupScheduler::stop()
{
    m_timer->stop();
}

bool BackupScheduler::isActive() const
{
    return m_timer->isActive();
}

void BackupScheduler::tick(const QDateTime &now)
{
    if (m_quietUntil.isValid() && now < m_quietUntil)
        return;
    report(m_backups.backUpIfChangedFor(now, changeMinutes), now);
}

void BackupScheduler::report(
    const Core::Result<std::optional<Core::BackupFolder::Backup>> &outcome, const QDateTime &now)
{
    if (!outcome) {
        m_quietUntil = now.addSecs(qint64(changeMinutes) * 60);
        Q_EMIT failed(outcome.error().message());
        return;
    }
    m_quietUntil = QDateTime();
    if (outcome.value())
        Q_EMIT backedUp(*outcome.value());
}

} // namespace Ui
