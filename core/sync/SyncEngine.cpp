#include "SyncEngine.h"

#include "ContactSync.h"
#include "DavDiscovery.h"
#include "FollowUpPublisher.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace rapport::sync {

SyncEngine::SyncEngine(db::Database& db, QObject* parent) : QObject(parent), m_db(db), m_state(db)
{
    qRegisterMetaType<SyncState>();
    qRegisterMetaType<SyncSummary>();
    connect(&m_client, &DavClient::sslErrors, this, [this](const QUrl&, const QList<QSslError>& errors) {
        m_sslErrors = errors;
        emit sslErrors(errors);
    });
}

SyncEngine::~SyncEngine()
{
    m_client.abortAll();
}

QUrl SyncEngine::serverUrlFromInput(const QString& typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    const bool hasScheme = t.contains(QStringLiteral("://"));
    QUrl url = QUrl::fromUserInput(hasScheme ? t : QStringLiteral("https://") + t);
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return {};
    }
    return url;
}

void SyncEngine::trustCertificates(const QList<QSslCertificate>& certificates)
{
    m_client.setTrustedCertificates(certificates);
}

void SyncEngine::setTimeout(int milliseconds)
{
    m_client.setTimeout(milliseconds);
}

Result<QList<SyncConflict>> SyncEngine::conflicts()
{
    return m_state.conflicts(0);
}

Status SyncEngine::dismissConflict(qint64 conflictId)
{
    return m_state.dismissConflict(conflictId);
}

void SyncEngine::setState(SyncState state)
{
    m_summary.state = state;
    emit stateChanged(state, stateText(state));
}

void SyncEngine::start(const SyncOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_options = options;
    m_summary = SyncSummary();
    m_sslErrors.clear();
    m_timer.start();
    if (!options.server.isValid() || options.server.host().isEmpty()) {
        finish(SyncState::ServerError,
               QCoreApplication::translate("Sync", "Enter the server's address, for example dav.example.org."));
        return;
    }
    auto account = m_state.account(options.server, options.username);
    if (!account) {
        finish(SyncState::ServerError, account.error());
        return;
    }
    m_account = account.value();
    m_client.setCredentials(options.username, options.password);
    const bool needCalendar = options.publishFollowUps && m_account.calendarUrl.isEmpty();
    if (!m_account.addressbookUrl.isEmpty() && !needCalendar) {
        syncContacts();
        return;
    }
    setState(SyncState::Discovering);
    m_discovery = new DavDiscovery(m_client, options.server, options.publishFollowUps, this);
    connect(m_discovery, &DavDiscovery::finished, this, &SyncEngine::discovered);
    m_discovery->start();
}

void SyncEngine::discovered(const DiscoveryResult& result)
{
    if (!result.isOk()) {
        stepFinished(result.error, result.message);
        return;
    }
    if (m_account.addressbookUrl != result.addressbook) {
        // A different address book: what we knew about the old one no longer applies.
        m_account.addressbookToken.clear();
    }
    m_account.addressbookUrl = result.addressbook;
    if (result.calendar.isValid() && !result.calendar.isEmpty()) {
        m_account.calendarUrl = result.calendar;
    }
    if (auto s = m_state.saveAccount(m_account); !s) {
        finish(SyncState::ServerError, s.error());
        return;
    }
    syncContacts();
}

void SyncEngine::syncContacts()
{
    setState(SyncState::Pulling);
    m_contacts = new ContactSync(m_db, m_client, m_state, m_account, m_summary, this);
    connect(m_contacts, &ContactSync::phaseChanged, this, &SyncEngine::setState);
    connect(m_contacts, &ContactSync::progress, this, &SyncEngine::progress);
    connect(m_contacts, &ContactSync::finished, this, [this](NetError error, const QString& message) {
        if (error != NetError::None || !message.isEmpty()) {
            stepFinished(error, message);
        } else if (m_options.publishFollowUps) {
            publishFollowUps();
        } else {
            stepFinished(NetError::None, QString());
        }
    });
    m_contacts->start();
}

void SyncEngine::publishFollowUps()
{
    setState(SyncState::Publishing);
    m_followUps = new FollowUpPublisher(m_db, m_client, m_state, m_account, m_summary, this);
    connect(m_followUps, &FollowUpPublisher::progress, this, &SyncEngine::progress);
    connect(m_followUps, &FollowUpPublisher::finished, this, &SyncEngine::stepFinished);
    m_followUps->start();
}

void SyncEngine::stepFinished(NetError error, const QString& message)
{
    switch (error) {
    case NetError::None:
        if (message.isEmpty()) {
            m_account.lastSyncAt = Clock::isoNow();
            (void)m_state.saveAccount(m_account);
            finish(SyncState::Done, QString());
        } else {
            finish(SyncState::ServerError, message);
        }
        return;
    case NetError::Offline:
        qCInfo(lcSync) << "offline:" << message;
        finish(SyncState::Offline, QCoreApplication::translate("Sync", "Offline, will sync later (%1).").arg(message));
        return;
    case NetError::Auth:
        finish(SyncState::AuthFailed,
               QCoreApplication::translate("Sync", "The server refused the user name or password for %1.")
                   .arg(m_options.server.host()));
        return;
    case NetError::Certificate:
        finish(SyncState::CertificateError,
               QCoreApplication::translate(
                   "Sync", "The certificate of %1 is not trusted. Check it and accept it only if you expected it.")
                   .arg(m_options.server.host()));
        return;
    case NetError::Protocol:
        finish(SyncState::ServerError,
               QCoreApplication::translate("Sync", "The server could not be synced with: %1").arg(message));
        return;
    }
}

void SyncEngine::cancel()
{
    if (!m_running) {
        return;
    }
    m_client.abortAll();
    finish(SyncState::Cancelled, QString());
}

void SyncEngine::cleanupJobs()
{
    if (m_contacts) {
        m_contacts->stop();
        m_contacts->deleteLater();
    }
    if (m_followUps) {
        m_followUps->stop();
        m_followUps->deleteLater();
    }
    if (m_discovery) {
        m_discovery->deleteLater();
    }
}

void SyncEngine::finish(SyncState state, const QString& message)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    cleanupJobs();
    m_summary.message = message;
    m_summary.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    setState(state);
    qCInfo(lcSync) << "sync finished:" << stateText(state) << message << "in" << m_summary.elapsedMs << "ms";
    emit finished(m_summary);
}

} // namespace rapport::sync
