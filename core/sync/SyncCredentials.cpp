#include "SyncCredentials.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace rapport::sync {

QString SyncCredentials::keyFor(const QUrl& server, const QString& user)
{
    QString host = server.host();
    if (server.port() > 0) {
        host += QLatin1Char(':') + QString::number(server.port());
    }
    return user + QLatin1Char('@') + host;
}

void SyncCredentials::read(const QUrl& server, const QString& user)
{
    const QString fromEnv = qEnvironmentVariable("RAPPORT_SYNC_PASSWORD");
    if (!fromEnv.isEmpty()) {
        QTimer::singleShot(0, this, [this, fromEnv]() { emit passwordRead(true, fromEnv, QString()); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        if (job->error() == QKeychain::NoError) {
            emit passwordRead(true, job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit passwordRead(false, QString(),
                              QCoreApplication::translate("Sync", "No password is stored for this account."));
        } else {
            qCWarning(lcSync) << "keychain read failed:" << job->errorString();
            emit passwordRead(false, QString(),
                              QCoreApplication::translate("Sync", "The system keychain could not be read: %1")
                                  .arg(job->errorString()));
        }
    });
    job->start();
}

void SyncCredentials::write(const QUrl& server, const QString& user, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        const bool ok = job->error() == QKeychain::NoError;
        emit passwordWritten(
            ok, ok ? QString()
                   : QCoreApplication::translate("Sync", "The password could not be saved in the system keychain: %1")
                         .arg(job->errorString()));
    });
    job->start();
}

void SyncCredentials::remove(const QUrl& server, const QString& user)
{
    auto* job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        emit passwordRemoved(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace rapport::sync
