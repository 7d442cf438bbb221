#include "SyncController.h"

#include "db/Database.h"
#include "store/SettingsStore.h"
#include "sync/SyncCredentials.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStateStore.h"
#include "util/Logging.h"
#include "widgets/MessageBox.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace rapport {

using sync::SyncState;
using sync::SyncSummary;

namespace {

const QString kServer = QStringLiteral("server");
const QString kUser = QStringLiteral("user");
const QString kPublish = QStringLiteral("publishFollowUps");
constexpr int kDefaultAutoSyncMs = 30 * 60 * 1000;
// The keychain may be asking the user to unlock it: give them time before giving up.
constexpr int kDefaultKeychainMs = 2 * 60 * 1000;

QString nameOf(const QSslCertificate& cert, bool subject)
{
    QString name = subject ? cert.subjectDisplayName() : cert.issuerDisplayName();
    if (name.isEmpty()) {
        name =
            (subject ? cert.subjectInfo(QSslCertificate::Organization) : cert.issuerInfo(QSslCertificate::Organization))
                .join(QStringLiteral(", "));
    }
    return name.isEmpty() ? SyncController::tr("(none)") : name;
}

QString problemLines(const QList<QSslError>& errors)
{
    QString out = SyncController::tr("Problems:");
    for (const QSslError& e : errors) {
        out += QStringLiteral("\n • ") + e.errorString();
    }
    return out;
}

} // namespace

SyncController::SyncController(db::Database& db, QWidget* window, QObject* parent)
    : QObject(parent), m_db(db), m_window(window)
{
    m_engine = new sync::SyncEngine(db, this);
    m_credentials = new sync::SyncCredentials(this);
    m_keychainTimer = new QTimer(this);
    m_keychainTimer->setSingleShot(true);
    m_keychainTimer->setInterval(kDefaultKeychainMs);
    m_autoTimer = new QTimer(this);
    m_autoTimer->setInterval(kDefaultAutoSyncMs);

    connect(m_engine, &sync::SyncEngine::stateChanged, this, &SyncController::engineStateChanged);
    connect(m_engine, &sync::SyncEngine::progress, this, &SyncController::progress);
    connect(m_engine, &sync::SyncEngine::finished, this, &SyncController::engineFinished);
    connect(m_engine, &sync::SyncEngine::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_pendingSslErrors = errors; });
    connect(m_credentials, &sync::SyncCredentials::passwordWritten, this, [this](bool ok, const QString& error) {
        if (!ok) {
            emit errorMessage(tr("%1 The password is kept for this session only.").arg(error));
        }
    });
    connect(m_credentials, &sync::SyncCredentials::passwordRemoved, this, [this](bool ok, const QString& error) {
        if (ok) {
            emit infoMessage(tr("The sync account was forgotten; its password is no longer in the system keychain."));
        } else {
            emit errorMessage(tr("The password could not be removed from the system keychain: %1").arg(error));
        }
    });
    connect(m_keychainTimer, &QTimer::timeout, this, &SyncController::keychainTimedOut);
    connect(m_autoTimer, &QTimer::timeout, this, [this] { start(true); });
    updateAutoSync();
}

SyncController::~SyncController()
{
    // The engine finishes while everything it reports to still exists; nobody listens any more.
    disconnect(m_engine, nullptr, this, nullptr);
    m_engine->cancel();
}

QString SyncController::summaryLine(const SyncSummary& s)
{
    switch (s.state) {
    case SyncState::Done: {
        QString line = tr("Synced: %L1 pulled, %L2 pushed, %L3 deleted, %n conflict(s)", nullptr, s.conflicts)
                           .arg(s.pulledNew + s.pulledUpdated)
                           .arg(s.pushedNew + s.pushedUpdated)
                           .arg(s.pulledDeleted + s.pushedDeleted);
        if (s.failed > 0) {
            line += tr(", %n refused by the server", nullptr, s.failed);
        }
        return line;
    }
    case SyncState::Offline:
        return tr("Offline — will try again later");
    case SyncState::Idle:
    case SyncState::Cancelled:
        return sync::stateText(s.state);
    default:
        return s.message.isEmpty() ? sync::stateText(s.state) : s.message;
    }
}

QString SyncController::summaryDetails(const SyncSummary& s)
{
    QStringList lines;
    lines << tr("Pulled: %L1 new, %L2 updated, %L3 moved to the Trash")
                 .arg(s.pulledNew)
                 .arg(s.pulledUpdated)
                 .arg(s.pulledDeleted)
          << tr("Pushed: %L1 new, %L2 updated, %L3 deleted").arg(s.pushedNew).arg(s.pushedUpdated).arg(s.pushedDeleted);
    if (s.todosPublished > 0 || s.todosDeleted > 0) {
        lines
            << tr("Follow-ups: %L1 published, %L2 removed from the calendar").arg(s.todosPublished).arg(s.todosDeleted);
    }
    if (s.conflicts > 0) {
        lines << tr("Conflicts: %L1, both versions kept (File › Sync… lists them)").arg(s.conflicts);
    }
    if (s.failed > 0) {
        lines << tr("Refused by the server: %L1, tried again next time").arg(s.failed);
    }
    if (!s.message.isEmpty() && s.state != SyncState::Done) {
        lines << s.message;
    }
    lines << tr("Took %1 s").arg(QLocale().toString(double(s.elapsedMs) / 1000.0, 'f', 1));
    return lines.join(QLatin1Char('\n'));
}

QString SyncController::certificateText(const QString& host, const QList<QSslError>& errors)
{
    QList<QSslCertificate> certificates;
    QList<QSslError> withoutCertificate;
    for (const QSslError& e : errors) {
        if (e.certificate().isNull()) {
            withoutCertificate << e;
        } else if (!certificates.contains(e.certificate())) {
            certificates << e.certificate();
        }
    }
    const QLocale locale;
    QString text = tr("The server %1 presented a certificate this computer does not trust.").arg(host);
    for (const QSslCertificate& cert : std::as_const(certificates)) {
        QList<QSslError> own;
        for (const QSslError& e : errors) {
            if (e.certificate() == cert) {
                own << e;
            }
        }
        const QString fingerprint = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
        text += QStringLiteral("\n\n") + tr("Subject: %1").arg(nameOf(cert, true)) + QLatin1Char('\n') +
                tr("Issuer: %1").arg(nameOf(cert, false)) + QLatin1Char('\n') +
                tr("SHA-256 fingerprint: %1").arg(fingerprint) + QLatin1Char('\n') +
                tr("Valid from %1 until %2")
                    .arg(locale.toString(cert.effectiveDate(), QLocale::ShortFormat),
                         locale.toString(cert.expiryDate(), QLocale::ShortFormat)) +
                QLatin1Char('\n') + problemLines(own);
    }
    if (!withoutCertificate.isEmpty()) {
        text += QStringLiteral("\n\n") + problemLines(withoutCertificate);
    }
    if (!certificates.isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("Trust this certificate for this session and sync? Choose Yes only if you expected it, for "
                   "example for your own server with a self-signed certificate; otherwise someone may be "
                   "reading the connection.");
    }
    return text;
}

SyncController::Account SyncController::account() const
{
    const QJsonObject o = SettingsStore(m_db).json(settingsKey());
    Account a;
    a.server = QUrl(o.value(kServer).toString());
    a.user = o.value(kUser).toString();
    a.publishFollowUps = o.value(kPublish).toBool();
    return a;
}

QString SyncController::lastSyncedAt() const
{
    const Account a = account();
    auto accounts = sync::SyncStateStore(m_db).accounts();
    if (!a.isValid() || !accounts) {
        return {};
    }
    for (const sync::SyncAccount& known : accounts.value()) {
        if (known.serverUrl == a.server && known.username == a.user) {
            return known.lastSyncAt;
        }
    }
    return {};
}

Status SyncController::saveAccount(const Account& a)
{
    const Account before = account();
    if (a == before) {
        return Status::ok();
    }
    const QJsonObject o{
        {kServer, a.server.toString(QUrl::FullyEncoded)}, {kUser, a.user}, {kPublish, a.publishFollowUps}};
    if (auto s = SettingsStore(m_db).setJson(settingsKey(), o); !s) {
        return s;
    }
    if (a.server != before.server || a.user != before.user) {
        m_sessionPassword.clear(); // typed for the other account: never send it elsewhere
    }
    updateAutoSync();
    emit accountChanged();
    return Status::ok();
}

void SyncController::forgetAccount()
{
    const Account a = account();
    cancel();
    m_sessionPassword.clear();
    if (auto s = SettingsStore(m_db).setValue(settingsKey(), QString()); !s) {
        emit errorMessage(s.error());
    }
    if (a.isValid()) {
        m_credentials->remove(a.server, a.user);
    }
    updateAutoSync();
    emit accountChanged();
}

void SyncController::setSessionPassword(const QString& password)
{
    m_sessionPassword = password;
}

void SyncController::storePassword(const QString& password)
{
    const Account a = account();
    if (a.isValid()) {
        m_credentials->write(a.server, a.user, password);
    }
}

void SyncController::syncNow()
{
    start(false);
}

void SyncController::start(bool automatic)
{
    if (isRunning()) {
        return;
    }
    const Account a = account();
    if (!a.isValid()) {
        if (!automatic) {
            emit errorMessage(tr("Sync is not set up yet: enter the server and user name in File › Sync…."));
        }
        return;
    }
    m_run = a;
    m_automatic = automatic;
    m_password.clear();
    m_keychainError.clear();
    m_pendingSslErrors.clear();
    m_phase = Phase::ReadingPassword;
    emit runningChanged(true);
    // The environment wins, as for the CLI (scripts and tests); then what was typed this session.
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(sync::SyncCredentials::environmentVariable()));
    if (!fromEnvironment.isEmpty()) {
        m_passwordSource = PasswordSource::Environment;
        m_password = fromEnvironment;
        runEngine();
    } else if (!m_sessionPassword.isEmpty()) {
        m_passwordSource = PasswordSource::Session;
        m_password = m_sessionPassword;
        runEngine();
    } else {
        readPassword();
    }
}

void SyncController::readPassword()
{
    m_passwordSource = PasswordSource::Keychain;
    emit stateTextChanged(tr("Waiting for the system keychain…"));
    // One reader per attempt: the answer to an abandoned read (cancelled, timed out, another
    // account since) must never be taken for this one.
    const quint64 generation = ++m_readGeneration;
    auto* reader = new sync::SyncCredentials(this);
    connect(reader, &sync::SyncCredentials::passwordRead, this,
            [this, reader, generation](bool ok, const QString& password, const QString& error) {
                reader->deleteLater();
                if (generation != m_readGeneration || m_phase != Phase::ReadingPassword) {
                    return;
                }
                m_keychainTimer->stop();
                if (ok) {
                    m_password = password;
                } else {
                    // Some servers need no password; a refusal says why there was none.
                    qCInfo(lcSync) << "no password from the keychain:" << error;
                    m_passwordSource = PasswordSource::None;
                    m_keychainError = error;
                }
                runEngine();
            });
    m_keychainTimer->start();
    reader->read(m_run.server, m_run.user);
}

void SyncController::keychainTimedOut()
{
    if (m_phase != Phase::ReadingPassword) {
        return;
    }
    ++m_readGeneration;
    qCWarning(lcSync) << "the keychain did not answer in" << m_keychainTimer->interval() << "ms";
    m_passwordSource = PasswordSource::None;
    m_keychainError = tr("the system keychain did not answer");
    runEngine();
}

void SyncController::runEngine()
{
    m_phase = Phase::Running;
    m_engine->trustCertificates(m_trusted);
    m_engine->start(sync::SyncOptions{m_run.server, m_run.user, m_password, m_run.publishFollowUps});
}

void SyncController::engineStateChanged(SyncState state, const QString& text)
{
    m_state = state;
    if (!sync::isFinalState(state)) {
        emit stateTextChanged(text);
    }
}

void SyncController::engineFinished(const SyncSummary& summary)
{
    if (m_phase != Phase::Running) {
        return;
    }
    // Only a person who started the run is asked; a periodic run never pops up a question.
    if (summary.state == SyncState::CertificateError && !m_automatic && !m_pendingSslErrors.isEmpty()) {
        m_phase = Phase::AskingTrust;
        m_lastSummary = summary;
        emit stateTextChanged(tr("Waiting for your decision about the server's certificate…"));
        // Asked from the event loop, not from inside the engine's signal.
        QTimer::singleShot(0, this, &SyncController::askTrust);
        return;
    }
    complete(summary);
}

void SyncController::askTrust()
{
    if (m_phase != Phase::AskingTrust) {
        return;
    }
    const QList<QSslError> errors = std::exchange(m_pendingSslErrors, {});
    QList<QSslCertificate> certificates;
    for (const QSslError& e : errors) {
        if (!e.certificate().isNull() && !certificates.contains(e.certificate())) {
            certificates << e.certificate();
        }
    }
    const QString host = m_run.server.host();
    const QString text = certificateText(host, errors);
    SyncSummary refused = m_lastSummary;
    if (certificates.isEmpty()) {
        refused.message = text; // nothing a person could check and accept
        complete(refused);
        return;
    }
    QPointer<SyncController> self(this);
    const MessageBox::Button answer = MessageBox::warning(m_window, tr("Untrusted Certificate"), text,
                                                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!self || m_phase != Phase::AskingTrust) {
        return; // closed or cancelled while the question was open
    }
    if (answer != QMessageBox::Yes) {
        refused.message = tr("Not synced: the certificate of %1 was not trusted.").arg(host);
        complete(refused);
        return;
    }
    qCInfo(lcSync) << "certificate of" << host << "trusted for this session by the user";
    for (const QSslCertificate& c : std::as_const(certificates)) {
        if (!m_trusted.contains(c)) {
            m_trusted << c;
        }
    }
    runEngine();
}

void SyncController::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Running:
        if (m_engine->isRunning()) {
            m_engine->cancel(); // finished() brings the run to complete()
            return;
        }
        break;
    case Phase::ReadingPassword:
        ++m_readGeneration;
        break;
    case Phase::AskingTrust:
        break;
    }
    SyncSummary cancelled;
    cancelled.state = SyncState::Cancelled;
    complete(cancelled);
}

void SyncController::complete(const SyncSummary& summary)
{
    m_phase = Phase::Idle;
    m_password.clear();
    m_keychainTimer->stop();
    SyncSummary s = summary;
    if (s.state == SyncState::AuthFailed && m_passwordSource == PasswordSource::None) {
        s.message +=
            QLatin1Char(' ') + (m_keychainError.isEmpty()
                                    ? tr("No password was given; enter it in File › Sync….")
                                    : tr("No password came from the system keychain (%1); enter it in File › Sync….")
                                          .arg(m_keychainError));
    }
    m_state = s.state;
    m_lastSummary = s;
    m_lastLine = summaryLine(s);
    // Whatever was applied stays, even when the run stopped early: the views reload as after an import.
    if (s.pulledNew + s.pulledUpdated + s.pulledDeleted + s.conflicts > 0) {
        m_db.notifyChanged(db::Entity::Everything);
    }
    emit runningChanged(false);
    emit stateTextChanged(m_lastLine);
    emit finished(s, m_lastLine);
    if (s.conflicts > 0) {
        emit conflictsChanged();
    }
    report(s);
}

void SyncController::report(const SyncSummary& s)
{
    switch (s.state) {
    case SyncState::Done:
        m_lastAutoError.clear();
        if (s.conflicts > 0) {
            emit infoMessage(
                tr("%n sync conflict(s): both versions were kept, File › Sync… shows them.", nullptr, s.conflicts));
        }
        return;
    case SyncState::Offline:
        // Normal for a laptop: the status bar says so; a run the user asked for also says it here.
        if (!m_automatic) {
            emit infoMessage(summaryLine(s));
        }
        return;
    case SyncState::Idle:
    case SyncState::Cancelled:
    case SyncState::Discovering:
    case SyncState::Pulling:
    case SyncState::Pushing:
    case SyncState::Publishing:
        return;
    case SyncState::AuthFailed:
    case SyncState::CertificateError:
    case SyncState::ServerError:
        break;
    }
    QString text = s.message.isEmpty() ? sync::stateText(s.state) : s.message;
    if (m_automatic) {
        if (text == m_lastAutoError) {
            return; // said once; every half hour would be noise
        }
        m_lastAutoError = text;
        if (s.state == SyncState::CertificateError) {
            text += QLatin1Char(' ') + tr("File › Sync Now shows the certificate.");
        }
    }
    emit errorMessage(text);
}

Result<QList<sync::SyncConflict>> SyncController::conflicts()
{
    return m_engine->conflicts();
}

Status SyncController::dismissConflict(qint64 conflictId)
{
    Status s = m_engine->dismissConflict(conflictId);
    if (s) {
        emit conflictsChanged();
    }
    return s;
}

void SyncController::setKeychainTimeout(int milliseconds)
{
    m_keychainTimer->setInterval(milliseconds);
}

void SyncController::setAutoSyncInterval(int milliseconds)
{
    m_autoTimer->setInterval(qMax(0, milliseconds));
    updateAutoSync();
}

int SyncController::autoSyncInterval() const
{
    return m_autoTimer->interval();
}

void SyncController::updateAutoSync()
{
    if (m_autoTimer->interval() > 0 && account().isValid()) {
        if (!m_autoTimer->isActive()) {
            m_autoTimer->start();
        }
    } else {
        m_autoTimer->stop();
    }
}

} // namespace rapport
