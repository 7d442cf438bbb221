#include "SingleInstance.h"

#include "util/Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace rapport {

SingleInstance::SingleInstance(const QString& key, QObject* parent) : QObject(parent), m_key(key) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("org.rapport.Rapport-") + QString::fromLatin1(hash);
}

bool SingleInstance::listen()
{
    if (m_server) {
        return true;
    }
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_key)) {
        // Either another copy is running or a crashed one left its socket behind.
        QLocalSocket probe;
        probe.connectToServer(m_key);
        if (probe.waitForConnected(500)) {
            delete server;
            return false;
        }
        QLocalServer::removeServer(m_key);
        if (!server->listen(m_key)) {
            qCWarning(lcUi) << "single instance: cannot listen:" << server->errorString();
            delete server;
            return true; // run anyway; a second copy is better than none
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                return;
            }
            const QJsonObject msg = QJsonDocument::fromJson(socket->readLine()).object();
            socket->write("ok\n");
            socket->flush();
            emit activationRequested();
            for (const QJsonValue& f : msg.value(QStringLiteral("files")).toArray()) {
                if (!f.toString().isEmpty()) {
                    emit importRequested(f.toString());
                }
            }
        });
    }
}

bool SingleInstance::sendToRunning(const QString& key, const QStringList& files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(key);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    const QJsonObject msg{{QStringLiteral("activate"), true},
                          {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    socket.write(QJsonDocument(msg).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
    }
    return socket.readLine().startsWith("ok");
}

} // namespace rapport
