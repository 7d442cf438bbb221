#pragma once

#include <QObject>
#include <QUrl>

namespace rapport::sync {

/// The sync password, kept in the system keychain (QtKeychain, service "Rapport"), never in a
/// settings file. Scripts and tests may set RAPPORT_SYNC_PASSWORD instead; it wins when set.
class SyncCredentials : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static QString service() { return QStringLiteral("Rapport"); }
    /// "user@host[:port]", one entry per account.
    static QString keyFor(const QUrl& server, const QString& user);
    static QString environmentVariable() { return QStringLiteral("RAPPORT_SYNC_PASSWORD"); }

    void read(const QUrl& server, const QString& user);
    void write(const QUrl& server, const QString& user, const QString& password);
    void remove(const QUrl& server, const QString& user);

signals:
    /// ok false: no password stored (or the keychain is unavailable); error says which, translated.
    void passwordRead(bool ok, const QString& password, const QString& error);
    void passwordWritten(bool ok, const QString& error);
    void passwordRemoved(bool ok, const QString& error);
};

} // namespace rapport::sync
