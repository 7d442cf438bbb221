#pragma once

// A real Radicale server for sync tests: bound to 127.0.0.1 on a free port, storage in a
// temporary folder, no authentication (any user name is accepted and owns its collections).
// Killed when the object goes away.

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

class RadicaleServer
{
public:
    RadicaleServer() { m_port = freePort(); }
    ~RadicaleServer() { stop(); }

    /// radicale on PATH (the Debian package's script), else Debian's python3 -m radicale.
    static QStringList command()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("radicale"));
        if (!script.isEmpty()) {
            return {script};
        }
        for (const QString& py : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            QProcess probe;
            probe.start(py, {QStringLiteral("-c"), QStringLiteral("import radicale")});
            if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
                return {py, QStringLiteral("-m"), QStringLiteral("radicale")};
            }
        }
        return {};
    }
    static bool isInstalled() { return !command().isEmpty(); }

    bool start()
    {
        const QStringList cmd = command();
        if (cmd.isEmpty() || !m_dir.isValid()) {
            return false;
        }
        QStringList args = cmd.mid(1);
        args << QStringLiteral("--storage-filesystem-folder=%1").arg(m_dir.filePath(QStringLiteral("collections")))
             << QStringLiteral("--server-hosts=127.0.0.1:%1").arg(m_port) << QStringLiteral("--auth-type=none")
             << QStringLiteral("--logging-level=warning");
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(cmd.first(), args);
        if (!m_process.waitForStarted(10000)) {
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            if (m_process.state() != QProcess::Running) {
                qWarning("radicale exited: %s", m_process.readAll().constData());
                return false;
            }
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (s.waitForConnected(200)) {
                return true;
            }
            QTest::qWait(100);
        }
        return false;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    void stop() { kill(); }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }
    quint16 port() const { return m_port; }
    QString log() { return QString::fromUtf8(m_process.readAll()); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
