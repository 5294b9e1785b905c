#include "sync/HttpsClient.h"

#include "sync/SpkiPin.h"
#include "sync/SyncLog.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslKey>
#include <QTimer>

namespace fleet::sync {

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::HttpsClient)
};

constexpr int kMaxServerMessage = 300;

Expected<QSslKey> readPemKey(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QSslKey>::failure(Tr::tr("Cannot read the client key %1: %2").arg(path, file.errorString()));
    const QByteArray pem = file.readAll();
    // The file does not say which algorithm it holds in a way QSslKey reads; try the usual ones.
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return Expected<QSslKey>::failure(Tr::tr("The client key %1 cannot be read: it is not a PEM private key, or it "
                                             "is encrypted and the passphrase is wrong or missing.")
                                          .arg(path));
}

QString sslErrorList(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

SyncErrorKind kindOf(const QSslError &e)
{
    switch (e.error()) {
    case QSslError::HostNameMismatch:
        return SyncErrorKind::TlsHostMismatch;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return SyncErrorKind::TlsExpired;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return SyncErrorKind::TlsUnknownCa;
    default:
        return SyncErrorKind::TlsHandshake;
    }
}
} // namespace

Expected<TransportConfig> TransportConfig::from(const SyncSettings &settings, const SyncSecrets &secrets)
{
    using Failure = Expected<TransportConfig>;
    TransportConfig c;
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return Failure::failure(problem);
    c.baseUrl = settings.serverUrl;
    c.pin = settings.pin;
    c.timeoutMs = settings.timeoutSeconds * 1000;
    c.agentId = settings.agentId;
    c.proxyMode = settings.proxyMode;
    c.proxyUser = settings.proxyUser;
    c.proxyPassword = secrets.proxyPassword;
    if (settings.proxyMode == ProxyMode::Explicit)
        c.explicitProxy = QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, settings.proxyPort,
                                        settings.proxyUser, secrets.proxyPassword);
    if (settings.isLockedDown())
        c.allowedPaths = {QStringLiteral("/v1/register"), QStringLiteral("/v1/payloads")};

    c.ssl = QSslConfiguration::defaultConfiguration();
    c.ssl.setProtocol(QSsl::TlsV1_2OrLater);
    c.ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Failure::failure(
                Tr::tr("Cannot read the CA bundle %1: %2").arg(settings.caFile, file.errorString()));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (cas.isEmpty())
            return Failure::failure(Tr::tr("The CA bundle %1 holds no PEM certificate.").arg(settings.caFile));
        // Replaces the system CAs: a provider's private CA is trusted for this server and
        // nothing else is.
        c.ssl.setCaCertificates(cas);
    } else {
        c.ssl.setCaCertificates(QSslConfiguration::systemCaCertificates());
    }

    const QByteArray passphrase = secrets.clientKeyPassphrase.toUtf8();
    if (settings.clientCertIsPkcs12()) {
        QFile file(settings.clientCertFile);
        if (!file.open(QIODevice::ReadOnly))
            return Failure::failure(
                Tr::tr("Cannot read the client certificate %1: %2").arg(settings.clientCertFile, file.errorString()));
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, passphrase) || certificate.isNull() ||
            key.isNull())
            return Failure::failure(Tr::tr("The PKCS#12 file %1 cannot be opened: it is damaged, or the passphrase is "
                                           "wrong or missing.")
                                        .arg(settings.clientCertFile));
        c.ssl.setPrivateKey(key);
        c.ssl.setLocalCertificateChain(QList{certificate} + chain);
    } else {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(settings.clientCertFile, QSsl::Pem);
        if (certificates.isEmpty())
            return Failure::failure(Tr::tr("The client certificate %1 cannot be read or holds no PEM certificate.")
                                        .arg(settings.clientCertFile));
        auto key = readPemKey(settings.clientKeyFile, passphrase);
        if (!key)
            return Failure::failure(key.error());
        c.ssl.setPrivateKey(*key);
        c.ssl.setLocalCertificateChain(certificates);
    }
    return c;
}

struct HttpsClient::Pending
{
    HttpRequest request;
    Done done;
    QDateTime startedAt;
    QElapsedTimer elapsed;
    QTimer idle;
    QList<QSslError> sslErrors;
    QSslCertificate verifiedPeer; // the server's leaf certificate once the handshake passed every check
    QString peerPin;
    qint64 bytesSent = 0;
    quint64 proxyAuthRequestsAtStart = 0;
    bool viaProxy = false;
    bool timedOut = false;
    bool pinMismatch = false;
};

HttpsClient::HttpsClient(TransportConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    // A redirect is never followed: the agent talks to the configured server only.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Credentials are given up front with the proxy; a proxy that still asks gets nothing more
    // and the request ends in ProxyAuthenticationRequiredError, reported as such.
    connect(&m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &, QAuthenticator *) { ++m_proxyAuthRequests; });
}

HttpsClient::~HttpsClient()
{
    // The owner is going away: nobody is left to call back or to record for.
    m_recorder = nullptr;
    m_certificateRecorder = nullptr;
    for (Pending *pending : std::as_const(m_pending))
        pending->done = nullptr;
    abortAll();
    qDeleteAll(m_pending);
    m_pending.clear();
}

QByteArray HttpsClient::userAgent()
{
    return QByteArrayLiteral("Fleetkeeper/" FLEET_VERSION);
}

QNetworkProxy HttpsClient::proxyFor(const QUrl &url) const
{
    switch (m_config.proxyMode) {
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Explicit:
        return m_config.explicitProxy;
    case ProxyMode::System: {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        QNetworkProxy proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.user().isEmpty() && !m_config.proxyUser.isEmpty()) {
            proxy.setUser(m_config.proxyUser);
            proxy.setPassword(m_config.proxyPassword);
        }
        return proxy;
    }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

void HttpsClient::send(const HttpRequest &request, Done done)
{
    if (!m_config.allowedPaths.isEmpty() && !m_config.allowedPaths.contains(request.path)) {
        // Nothing leaves the machine, so nothing goes to the exchange log either.
        qCWarning(lcSync) << "refused in locked-down mode:" << request.method << request.path;
        HttpResponse response;
        response.error = SyncError::make(
            SyncErrorKind::NotAllowed,
            Tr::tr("%1 %2 is not sent in locked-down mode.").arg(QString::fromLatin1(request.method), request.path));
        QTimer::singleShot(0, this, [done = std::move(done), response] { done(response); });
        return;
    }
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);

    QNetworkRequest req(url);
    req.setSslConfiguration(m_config.ssl);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setRawHeader("User-Agent", userAgent());
    req.setRawHeader("X-Fleetkeeper-Protocol", "1");
    // One connection per request: Qt silently resends a request whose reused keep-alive
    // connection was closed, and then the exchange log would show one request where two went
    // out. The agent makes a handful of requests a day; reuse buys nothing.
    req.setRawHeader("Connection", "close");
    if (!m_config.agentId.isEmpty())
        req.setRawHeader("X-Fleetkeeper-Agent", m_config.agentId.toUtf8());
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    m_nam.setProxy(proxyFor(url));

    auto *pending = new Pending;
    pending->request = request;
    pending->done = std::move(done);
    pending->startedAt = QDateTime::currentDateTimeUtc();
    pending->proxyAuthRequestsAtStart = m_proxyAuthRequests;
    pending->viaProxy = m_nam.proxy().type() != QNetworkProxy::NoProxy;
    pending->elapsed.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(req, request.method, request.body);
    m_pending.insert(reply, pending);

    pending->idle.setSingleShot(true);
    pending->idle.setInterval(m_config.timeoutMs);
    connect(&pending->idle, &QTimer::timeout, reply, [pending, reply] {
        pending->timedOut = true;
        reply->abort();
    });
    pending->idle.start();
    const auto progressed = [pending] { pending->idle.start(); };
    connect(reply, &QNetworkReply::uploadProgress, reply, [pending, progressed](qint64 sent, qint64) {
        pending->bytesSent = std::max(pending->bytesSent, sent);
        progressed();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, progressed);
    // Collected for the error message only: ignoreSslErrors() is never called.
    connect(reply, &QNetworkReply::sslErrors, reply,
            [pending](const QList<QSslError> &errors) { pending->sslErrors << errors; });
    // Emitted after the handshake and before any request byte is written; aborting here means
    // a server with another key never sees the request. It only comes once the chain and the host
    // name were verified (certificate errors are never ignored): with the pin agreeing, the peer is
    // the server's verified certificate.
    connect(reply, &QNetworkReply::encrypted, reply, [this, pending, reply] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_config.pin.isEmpty() && !SpkiPin::matches(m_config.pin, peer)) {
            pending->pinMismatch = true;
            pending->peerPin = SpkiPin::of(peer);
            reply->abort();
            return;
        }
        pending->verifiedPeer = peer;
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void HttpsClient::abortAll()
{
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

SyncError HttpsClient::classify(QNetworkReply *reply, const Pending &p, const HttpResponse &response,
                                const QByteArray &contentType) const
{
    const QString host = m_config.baseUrl.host();
    if (p.pinMismatch)
        return SyncError::make(SyncErrorKind::TlsPinMismatch,
                               Tr::tr("The public key of %1 (pin %2) is not the pinned one (%3); the request was not "
                                      "sent. The server's certificate was replaced, or something intercepts the "
                                      "connection.")
                                   .arg(host, p.peerPin.isEmpty() ? Tr::tr("unknown") : p.peerPin, m_config.pin));
    if (p.timedOut)
        return SyncError::make(SyncErrorKind::Timeout,
                               Tr::tr("No progress talking to %1 for %2 s; the request was abandoned.")
                                   .arg(host)
                                   .arg(m_config.timeoutMs / 1000.0));
    if (!p.sslErrors.isEmpty()) {
        // The most specific reason first: a wrong host or an expired certificate says more
        // than "untrusted", which an expired certificate also is.
        SyncErrorKind kind = SyncErrorKind::TlsHandshake;
        for (SyncErrorKind k :
             {SyncErrorKind::TlsHostMismatch, SyncErrorKind::TlsExpired, SyncErrorKind::TlsUnknownCa}) {
            const bool found = std::any_of(p.sslErrors.cbegin(), p.sslErrors.cend(),
                                           [k](const QSslError &e) { return kindOf(e) == k; });
            if (found) {
                kind = k;
                break;
            }
        }
        const QString details = sslErrorList(p.sslErrors);
        const QSslCertificate peer = p.sslErrors.first().certificate();
        switch (kind) {
        case SyncErrorKind::TlsHostMismatch:
            return SyncError::make(kind, Tr::tr("The certificate of %1 is for another host name (%2): %3")
                                             .arg(host, peer.subjectDisplayName(), details));
        case SyncErrorKind::TlsExpired:
            return SyncError::make(kind, Tr::tr("The certificate of %1 is not valid now (valid %2 to %3): %4")
                                             .arg(host, peer.effectiveDate().toString(Qt::ISODate),
                                                  peer.expiryDate().toString(Qt::ISODate), details));
        case SyncErrorKind::TlsUnknownCa:
            return SyncError::make(kind,
                                   Tr::tr("The certificate of %1 is not issued by a trusted authority: %2. "
                                          "Configure the provider's CA bundle, or check for an intercepting proxy.")
                                       .arg(host, details));
        default:
            return SyncError::make(kind, Tr::tr("The certificate of %1 was refused: %2").arg(host, details));
        }
    }
    const QNetworkReply::NetworkError e = reply->error();
    // A proxy that refuses the credentials it was given may just close the tunnel ("Error
    // communicating with HTTP proxy"); that it asked for credentials during this request is
    // what tells the two apart.
    if (e != QNetworkReply::NoError && p.viaProxy && m_proxyAuthRequests != p.proxyAuthRequestsAtStart)
        return SyncError::make(
            SyncErrorKind::ProxyAuth,
            Tr::tr("The proxy refused the credentials (or wants some): %1").arg(reply->errorString()));
    switch (e) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return SyncError::make(
            SyncErrorKind::ProxyAuth,
            Tr::tr("The proxy refused the credentials (or wants some): %1").arg(reply->errorString()));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return SyncError::make(SyncErrorKind::Proxy, Tr::tr("The proxy failed: %1").arg(reply->errorString()));
    case QNetworkReply::SslHandshakeFailedError:
        return SyncError::make(
            SyncErrorKind::TlsHandshake,
            Tr::tr("The TLS handshake with %1 failed: %2. The server may offer nothing newer than TLS "
                   "1.1, or it refused the client certificate.")
                .arg(host, reply->errorString()));
    default:
        if (p.viaProxy && response.status == 0 &&
            reply->errorString().contains(QLatin1String("proxy"), Qt::CaseInsensitive)) {
            // Some proxies answer wrong credentials with a plain error (tinyproxy: 401) that Qt
            // only reports as a failed tunnel; say that the credentials are a likely cause.
            const QString hint = m_nam.proxy().user().isEmpty()
                                     ? QString()
                                     : Tr::tr(" The proxy may not accept the configured credentials.");
            return SyncError::make(SyncErrorKind::Proxy,
                                   Tr::tr("The proxy failed: %1.").arg(reply->errorString()) + hint);
        }
        break;
    }
    const int status = response.status;
    if (status > 0) {
        if ((status >= 200 && status < 300) || status == 304)
            return {};
        SyncError error;
        error.kind = SyncErrorKind::Http;
        error.httpStatus = status;
        error.serverMessage = serverMessageFrom(response.body, contentType);
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        error.message = error.serverMessage.isEmpty()
                            ? Tr::tr("The server answered %1 %2.").arg(status).arg(reason)
                            : Tr::tr("The server answered %1 %2: %3").arg(status).arg(reason, error.serverMessage);
        return error;
    }
    if (e == QNetworkReply::TimeoutError)
        return SyncError::make(SyncErrorKind::Timeout, Tr::tr("%1 did not answer in time.").arg(host));
    return SyncError::make(SyncErrorKind::Network, Tr::tr("Cannot reach %1: %2").arg(host, reply->errorString()));
}

void HttpsClient::finish(QNetworkReply *reply)
{
    Pending *pending = m_pending.take(reply);
    if (!pending)
        return;
    pending->idle.stop();
    HttpResponse response;
    response.durationMs = pending->elapsed.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    // Defence in depth: a reused connection emits no encrypted(); check the peer once more.
    if (!pending->pinMismatch && response.status > 0) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() && !m_config.pin.isEmpty() && !SpkiPin::matches(m_config.pin, peer)) {
            pending->pinMismatch = true;
            pending->peerPin = SpkiPin::of(peer);
            pending->verifiedPeer = QSslCertificate();
        } else if (pending->verifiedPeer.isNull() && pending->sslErrors.isEmpty()) {
            // An HTTP answer over a connection without certificate errors: verified as well.
            pending->verifiedPeer = peer;
        }
    }
    response.error = classify(reply, *pending, response, contentType);
    if (!pending->pinMismatch && pending->sslErrors.isEmpty())
        reportCertificate(pending->verifiedPeer);
    if (response.status == 429 || response.status == 503)
        response.error.retryAfter =
            parseRetryAfter(response.headers.value("retry-after"), QDateTime::currentDateTimeUtc());
    response.bytesOut = pending->bytesSent;
    if (response.status > 0 && response.bytesOut == 0)
        response.bytesOut = pending->request.body.size(); // small bodies may report no progress
    response.bytesIn = response.body.size();

    ExchangeRecord record;
    record.at = pending->startedAt;
    record.method = QString::fromLatin1(pending->request.method);
    record.endpoint = pending->request.path;
    record.bytesOut = response.bytesOut;
    record.bytesIn = response.bytesIn;
    if (response.status > 0)
        record.status = response.status;
    record.durationMs = response.durationMs;
    record.payloadId = pending->request.payloadId;
    record.errorKind = syncErrorKindName(response.error.kind);
    record.error = response.error.message;
    qCInfo(lcSync).noquote() << record.method << record.endpoint << "->"
                             << (response.status ? QString::number(response.status) : record.errorKind)
                             << response.durationMs << "ms" << record.error;
    if (m_recorder)
        m_recorder(record);
    Done done = std::move(pending->done);
    delete pending;
    reply->deleteLater();
    if (done)
        done(response);
}

void HttpsClient::reportCertificate(const QSslCertificate &peer)
{
    if (peer.isNull() || !m_certificateRecorder)
        return;
    const ServerCertificate facts =
        ServerCertificate::from(peer, m_config.baseUrl.host(), QDateTime::currentDateTimeUtc());
    if (facts.sha256 == m_reportedFingerprint)
        return;
    m_reportedFingerprint = facts.sha256;
    qCDebug(lcSync).noquote() << "server certificate" << facts.subject << "valid until"
                              << facts.notAfter.toString(Qt::ISODate) << "sha256" << facts.sha256;
    m_certificateRecorder(facts);
}

QString serverMessageFrom(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return {};
    QString text;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        const QJsonObject o = json.object();
        for (const char *key : {"error", "message", "detail"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString()) {
                text = v.toString();
                break;
            }
        }
    } else if (contentType.contains("html") || body.trimmed().startsWith('<')) {
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression h1(QStringLiteral("<h1>(.*?)</h1>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        // nginx and most servers put the status and reason in <title>.
        const QString html = QString::fromUtf8(body);
        text = title.match(html).captured(1);
        if (text.trimmed().isEmpty())
            text = h1.match(html).captured(1);
        text.remove(tags);
    } else if (contentType.isEmpty() || contentType.startsWith("text/")) {
        text = QString::fromUtf8(body);
    }
    text = text.simplified();
    // Only printable text from the server reaches the user's screen.
    text.removeIf([](QChar c) { return !c.isPrint(); });
    if (text.size() > kMaxServerMessage)
        text = text.left(kMaxServerMessage) + QStringLiteral("…");
    return text;
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // An HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(at)));
}

} // namespace fleet::sync
