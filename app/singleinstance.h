#ifndef APP_SINGLEINSTANCE_H
#define APP_SINGLEINSTANCE_H

#include <QObject>
#include <QString>

class QLocalServer;

namespace App {

// One window per unit on one desktop: a second launch on the same database asks the running
// window to come to the front, then ends. The two meet through a local socket named after the
// database's absolute path, the user's home and the display, so that another user, another
// desktop or another unit never answers. (Two programs on different desktops or machines meet
// the DatabaseLock instead, and are offered read-only.)
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);

    // True when a running instance has the unit open and was asked to show itself.
    bool raiseRunning();
    // From now on, answers later launches with raiseRequested(). Call once the unit is open.
    bool listen();

    QString serverName() const { return m_serverName; }
    static QString serverNameFor(const QString &databasePath);

Q_SIGNALS:
    void raiseRequested();

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace App

#endif
