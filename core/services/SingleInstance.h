#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace rapport {

/// Keeps one running copy of the desktop app per user. The first copy listens on a local
/// socket; a later launch hands its file arguments over and exits, and the first copy raises
/// its window and is told which files to import.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for the current user (so two users on one machine do not collide).
    static QString defaultKey();

    /// Becomes the primary instance. Returns false when another copy is already listening.
    bool listen();
    /// Sends the activation (and files) to the running copy; true when it acknowledged.
    static bool sendToRunning(const QString& key, const QStringList& files, int timeoutMs = 2000);

signals:
    void activationRequested();
    void importRequested(const QString& path);

private:
    void onNewConnection();
    QString m_key;
    QLocalServer* m_server = nullptr;
};

} // namespace rapport
