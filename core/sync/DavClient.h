#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace rapport::sync {

/// Why a request got no HTTP answer sync can use.
enum class NetError {
    None,        ///< an HTTP answer (any status)
    Offline,     ///< host not found, refused, dropped, timed out: a normal state, sync later
    Auth,        ///< 401 after the credentials were offered
    Certificate, ///< TLS certificate not trusted (and not accepted by the user)
    Protocol,    ///< any other transport failure
};

struct DavRequest
{
    QByteArray verb; ///< PROPFIND, REPORT, GET, PUT, DELETE, MKCOL, MKCALENDAR
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/xml; charset=utf-8";
    int depth = -1;              ///< Depth header; -1 for none
    QString ifMatch;             ///< If-Match: the ETag we last saw (never overwrite a concurrent change)
    bool ifNoneMatchAny = false; ///< If-None-Match: * (create only, never replace)
};

struct DavResult
{
    NetError error = NetError::None;
    QString errorText; ///< the transport's own words, for logs and messages
    int status = 0;
    QByteArray body;
    QString etag;
    QUrl url; ///< after redirects

    bool isSuccess() const { return error == NetError::None && status >= 200 && status < 300; }
};

/// A small asynchronous WebDAV client over QNetworkAccessManager: custom verbs, Depth and
/// precondition headers, HTTP authentication from the given credentials, redirects followed by
/// hand (never from https to http), and TLS errors reported, never ignored unless the
/// certificate was explicitly trusted by the user (setTrustedCertificates).
class DavClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const DavResult&)>;

    explicit DavClient(QObject* parent = nullptr);
    ~DavClient() override;

    void setCredentials(const QString& user, const QString& password);
    /// Certificates the user looked at and accepted; errors about exactly these are ignored.
    void setTrustedCertificates(const QList<QSslCertificate>& certificates);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Sends a request; the callback runs once with the answer (not after abortAll()).
    void send(const DavRequest& request, Callback callback);
    /// Drops every request in flight without calling their callbacks.
    void abortAll();
    int inFlight() const { return static_cast<int>(m_replies.size()); }

signals:
    /// The server's certificate was refused; the errors name the certificate to show the user.
    void sslErrors(const QUrl& url, const QList<QSslError>& errors);

private:
    void start(const DavRequest& request, const Callback& callback, int redirects);
    void finished(QNetworkReply* reply, const DavRequest& request, const Callback& callback, int redirects);

    QNetworkAccessManager m_nam;
    QSet<QNetworkReply*> m_replies;
    QString m_user;
    QString m_password;
    QList<QSslCertificate> m_trusted;
    int m_timeoutMs = 60000;
};

} // namespace rapport::sync
