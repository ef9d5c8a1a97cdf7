#ifndef UI_BACKUPSCHEDULER_H
#define UI_BACKUPSCHEDULER_H

#include <storage/backupfolder.h>

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Core {
class BackupService;
}

namespace Ui {

// The backups the window takes by itself: a daily one when the unit is opened and the newest is
// a day old, and one after 30 minutes of changes not yet in any backup. It never asks anything:
// a backup that fails is reported through failed() for the status bar, and the next attempt
// waits another interval, so that a full disk gives one line every half hour rather than a
// message box every minute.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int changeMinutes = 30;

    explicit BackupScheduler(Core::BackupService &backups, QObject *parent = nullptr);

    // The daily backup if due, then the timer that checks every minute for changes to back up.
    void start(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Takes no more backups until the next start().
    void stop();
    bool isActive() const;
    // What the timer does each minute; public so that a test can move the clock.
    void tick(const QDateTime &now);

Q_SIGNALS:
    void backedUp(const Core::BackupFolder::Backup &backup);
    void failed(const QString &message);

private:
    void report(const Core::Result<std::optional<Core::BackupFolder::Backup>> &outcome,
        const QDateTime &now);

    Core::BackupService &m_backups;
    QTimer *m_timer;
    QDateTime m_quietUntil;
};

} // namespace Ui

#endif
