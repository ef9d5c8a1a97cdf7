#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace App {

namespace {

const QByteArray raiseRequest = "raise\n";
const QByteArray raised = "raised\n";
// Long enough for a busy running instance to answer, short enough not to delay a first start.
constexpr int answerTimeoutMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent), m_serverName(serverNameFor(databasePath))
{
}

QString SingleInstance::serverNameFor(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    // The canonical path when the file exists, so that a symbolic link names the same unit.
    const QString path = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    QByteArray key = path.toUtf8() + '\n' + QDir::homePath().toUtf8() + '\n';
    key += qgetenv("WAYLAND_DISPLAY") + '\n' + qgetenv("DISPLAY");
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("ssedesk-") + QString::fromLatin1(digest.left(32));
}

bool SingleInstance::raiseRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(answerTimeoutMs))
        return false;
    socket.write(raiseRequest);
    if (!socket.waitForBytesWritten(answerTimeoutMs))
        return false;
    // Only an answer proves the window is there: a hung instance does not count.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(answerTimeoutMs))
            return false;
    }
    return socket.readLine() == raised;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_serverName))
        return true;
    // A socket left by an instance that crashed: raiseRunning() found nobody behind it.
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == raiseRequest) {
                Q_EMIT raiseRequested();
                socket->write(raised);
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace App
