#include "DavClient.h"

#include "util/Logging.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace rapport::sync {

namespace {

const char* const kAuthTried = "rapportAuthTried";
const char* const kSslRefused = "rapportSslRefused";

NetError classify(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return NetError::Offline;
    case QNetworkReply::SslHandshakeFailedError:
        return NetError::Certificate;
    case QNetworkReply::AuthenticationRequiredError:
        return NetError::Auth;
    default:
        return NetError::Protocol;
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

DavClient::DavClient(QObject* parent) : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(&m_nam, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply* reply, QAuthenticator* auth) {
                // Offer the credentials once per request; a second challenge means they are wrong.
                if (m_user.isEmpty() || reply->property(kAuthTried).toBool()) {
                    return;
                }
                reply->setProperty(kAuthTried, true);
                auth->setUser(m_user);
                auth->setPassword(m_password);
            });
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                bool allTrusted = !errors.isEmpty();
                for (const QSslError& e : errors) {
                    allTrusted = allTrusted && !e.certificate().isNull() && m_trusted.contains(e.certificate());
                }
                if (allTrusted) {
                    // The user inspected and accepted exactly this certificate (setTrustedCertificates).
                    reply->ignoreSslErrors(errors);
                    return;
                }
                if (!reply->property(kSslRefused).toBool()) {
                    reply->setProperty(kSslRefused, true);
                    qCWarning(lcSync) << "certificate refused for" << reply->url().host() << errors;
                    emit sslErrors(reply->url(), errors);
                }
            });
}

DavClient::~DavClient()
{
    abortAll();
}

void DavClient::setCredentials(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
    m_nam.clearAccessCache();
}

void DavClient::setTrustedCertificates(const QList<QSslCertificate>& certificates)
{
    m_trusted = certificates;
}

void DavClient::send(const DavRequest& request, Callback callback)
{
    start(request, callback, 0);
}

void DavClient::start(const DavRequest& request, const Callback& callback, int redirects)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Rapport/" RAPPORT_VERSION));
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!request.body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    if (!m_user.isEmpty()) {
        // Sent up front: some servers (Radicale among them) answer an anonymous request for "/" with
        // 403 instead of a challenge. The URL is https unless the user typed http:// themselves.
        req.setRawHeader("Authorization", "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    }
    if (request.depth >= 0) {
        req.setRawHeader("Depth", QByteArray::number(request.depth));
    }
    if (!request.ifMatch.isEmpty()) {
        req.setRawHeader("If-Match", request.ifMatch.toUtf8());
    }
    if (request.ifNoneMatchAny) {
        req.setRawHeader("If-None-Match", "*");
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(req, request.verb, request.body);
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, callback, redirects]() { finished(reply, request, callback, redirects); });
}

void DavClient::finished(QNetworkReply* reply, const DavRequest& request, const Callback& callback, int redirects)
{
    m_replies.remove(reply);
    reply->deleteLater();
    DavResult r;
    r.url = reply->url();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.etag = QString::fromUtf8(reply->rawHeader("ETag"));
    const auto error = reply->error();
    if (r.status == 401 || error == QNetworkReply::AuthenticationRequiredError) {
        r.error = NetError::Auth;
        r.errorText = reply->errorString();
    } else if (r.status == 0 && error != QNetworkReply::NoError) {
        r.error = reply->property(kSslRefused).toBool() ? NetError::Certificate : classify(error);
        r.errorText = reply->errorString();
    }
    if (r.error == NetError::None && isRedirect(r.status)) {
        const QUrl target = r.url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        const bool downgrade = r.url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
        if (target.isValid() && !downgrade && redirects < 5) {
            DavRequest next = request;
            next.url = target;
            qCDebug(lcSync) << "redirected" << r.url.path() << "->" << target.toString();
            start(next, callback, redirects + 1);
            return;
        }
        if (downgrade) {
            r.error = NetError::Protocol;
            r.errorText =
                QCoreApplication::translate("Sync", "refused a redirect from https to %1").arg(target.toString());
        }
    }
    qCDebug(lcSync) << request.verb << r.url.path() << r.status << r.errorText;
    callback(r);
}

void DavClient::abortAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace rapport::sync
