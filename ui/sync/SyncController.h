#pragma once

#include "sync/SyncTypes.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QTimer;
class QWidget;

namespace rapport {

namespace db {
class Database;
}
namespace sync {
class SyncCredentials;
class SyncEngine;
} // namespace sync

/// Runs CardDAV sync for one open database on behalf of the window (issue #7): keeps the account
/// (server, user, "publish follow-ups") in the database's settings table, gets the password from
/// RAPPORT_SYNC_PASSWORD, the one typed this session or the system keychain (never a settings
/// file), starts and cancels runs of the core SyncEngine and turns what happens into status-bar
/// signals and messages. Being offline is information; a certificate the system does not trust is
/// shown to the user (subject, issuer, SHA-256) and accepted only by an explicit Yes.
class SyncController : public QObject
{
    Q_OBJECT
public:
    /// What is stored about the account; the password never is.
    struct Account
    {
        QUrl server;
        QString user;
        bool publishFollowUps = false;

        bool isValid() const { return server.isValid() && !server.host().isEmpty() && !user.isEmpty(); }
        bool operator==(const Account&) const = default;
    };

    /// Where the password of the current or last run came from.
    enum class PasswordSource { None, Environment, Session, Keychain };

    /// window: parent for the certificate question (may be null in tests).
    SyncController(db::Database& db, QWidget* window, QObject* parent = nullptr);
    ~SyncController() override;

    /// settings-table key of the account (a JSON object: server, user, publishFollowUps).
    static QString settingsKey() { return QStringLiteral("sync.account"); }
    /// "Synced: 3 pulled, 1 pushed, 0 deleted, 1 conflict", or what stopped the run.
    static QString summaryLine(const sync::SyncSummary& summary);
    /// The counts of a run, one per line, for tooltips.
    static QString summaryDetails(const sync::SyncSummary& summary);
    /// A certificate question's text: per certificate its subject, issuer, SHA-256 and problems.
    static QString certificateText(const QString& host, const QList<QSslError>& errors);

    Account account() const;
    /// When the stored account last synced completely (ISO date-time); empty if never.
    QString lastSyncedAt() const;
    /// Saves the account when it changed; an account starts the periodic sync.
    Status saveAccount(const Account& account);
    /// Removes the password from the keychain (and this session) and the account from the
    /// settings; the contacts and what sync recorded about them stay.
    void forgetAccount();

    /// Uses this password for the rest of the session (memory only).
    void setSessionPassword(const QString& password);
    /// Saves the password in the system keychain; a failure is reported by errorMessage().
    void storePassword(const QString& password);

    /// Starts a run with the stored account (nothing happens while one is running).
    void syncNow();
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    sync::SyncState state() const { return m_state; }
    const sync::SyncSummary& lastSummary() const { return m_lastSummary; }
    QString lastSummaryText() const { return m_lastLine; }
    PasswordSource passwordSource() const { return m_passwordSource; }
    /// Why the keychain gave no password for the current or last run; empty when it did.
    QString lastKeychainError() const { return m_keychainError; }

    Result<QList<sync::SyncConflict>> conflicts();
    Status dismissConflict(qint64 conflictId);

    /// How long to wait for the keychain (it may be asking the user to unlock it); default 2 min.
    void setKeychainTimeout(int milliseconds);
    /// Periodic sync while an account is set up; 0 turns it off. Default 30 min.
    void setAutoSyncInterval(int milliseconds);
    int autoSyncInterval() const;
    sync::SyncEngine* engine() const { return m_engine; }

signals:
    void runningChanged(bool running);
    void stateTextChanged(const QString& text);
    /// Items done and expected in the current phase; total 0 when not known yet.
    void progress(int done, int total);
    void finished(const rapport::sync::SyncSummary& summary, const QString& line);
    /// For the message bar: information (offline, conflicts kept, account forgotten) ...
    void infoMessage(const QString& text);
    /// ... and problems that need the user (wrong password, keychain failures, server errors).
    void errorMessage(const QString& text);
    void accountChanged();
    void conflictsChanged();

private:
    enum class Phase { Idle, ReadingPassword, Running, AskingTrust };

    void start(bool automatic);
    void readPassword();
    void keychainTimedOut();
    void runEngine();
    void engineStateChanged(sync::SyncState state, const QString& text);
    void engineFinished(const sync::SyncSummary& summary);
    void askTrust();
    void complete(const sync::SyncSummary& summary);
    void report(const sync::SyncSummary& summary);
    void updateAutoSync();

    db::Database& m_db;
    QPointer<QWidget> m_window;
    sync::SyncEngine* m_engine = nullptr;
    sync::SyncCredentials* m_credentials = nullptr;
    QTimer* m_keychainTimer = nullptr;
    QTimer* m_autoTimer = nullptr;
    Phase m_phase = Phase::Idle;
    sync::SyncState m_state = sync::SyncState::Idle;
    Account m_run;      ///< the account of the current run
    QString m_password; ///< of the current run; cleared when it ends
    QString m_sessionPassword;
    PasswordSource m_passwordSource = PasswordSource::None;
    QString m_keychainError;
    QList<QSslCertificate> m_trusted;
    QList<QSslError> m_pendingSslErrors;
    sync::SyncSummary m_lastSummary;
    QString m_lastLine;
    QString m_lastAutoError;      ///< the last error a periodic run reported, so it is not repeated
    quint64 m_readGeneration = 0; ///< answers of abandoned keychain reads are ignored
    bool m_automatic = false;
};

} // namespace rapport
