#pragma once
// The agent's only way onto the network for remote services: HTTPS requests to the configured
// server on QNetworkAccessManager. TLS 1.2 or newer, the server verified against the configured
// CA bundle (or the system CAs) and host name, optionally its public-key pin (checked when the
// handshake completes, before any request byte is sent), the client certificate on every
// request, the configured proxy, a timeout on progress. Certificate errors are never ignored.
// Every request ends in exactly one HttpResponse with a classified SyncError, and one
// ExchangeRecord handed to the recorder (R3.7). The server's certificate of a verified connection
// goes to the certificate recorder when it is not the one reported last (alerting watches it).

#include "sync/ExchangeLog.h"
#include "sync/ServerCertificate.h"
#include "sync/SyncError.h"
#include "sync/SyncSettings.h"
#include "util/Expected.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace fleet::sync {

// Everything a request needs, loaded and checked once from the settings and secrets.
struct TransportConfig
{
    QUrl baseUrl;
    QSslConfiguration ssl;
    ProxyMode proxyMode = ProxyMode::None;
    QNetworkProxy explicitProxy;
    QString proxyUser;
    QString proxyPassword;
    QString pin;
    int timeoutMs = 60000;
    QString agentId; // X-Fleetkeeper-Agent, once registered
    // Locked-down mode: only these paths may be requested; empty: any path.
    QSet<QString> allowedPaths;

    // Reads the CA bundle and the client certificate and key. A file that cannot be read, a
    // wrong passphrase or an unusable setting is a Config error naming the file.
    static Expected<TransportConfig> from(const SyncSettings &settings, const SyncSecrets &secrets);
};

struct HttpRequest
{
    QByteArray method; // "GET", "POST"
    QString path;      // below the base URL: "/v1/payloads"
    QByteArray body;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString payloadId; // recorded in the exchange log
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 bytesOut = 0;
    qint64 bytesIn = 0;
    qint64 durationMs = 0;
    SyncError error; // None for 2xx (and 304)
};

class HttpsClient final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const HttpResponse &)>;
    using Recorder = std::function<void(const ExchangeRecord &)>;
    using CertificateRecorder = std::function<void(const ServerCertificate &)>;

    explicit HttpsClient(TransportConfig config, QObject *parent = nullptr);
    ~HttpsClient() override;
    Q_DISABLE_COPY_MOVE(HttpsClient)

    const TransportConfig &config() const { return m_config; }
    void setAgentId(const QString &agentId) { m_config.agentId = agentId; }
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    // Called, before the exchange is recorded, with the server's leaf certificate of a connection
    // whose chain, host name and pin (when set) were verified; not again for the same certificate.
    void setCertificateRecorder(CertificateRecorder recorder) { m_certificateRecorder = std::move(recorder); }

    // done is called once, later (never from inside send()).
    void send(const HttpRequest &request, Done done);
    // Abandons every request in flight; their callbacks report a Network error.
    void abortAll();
    int inFlight() const { return int(m_pending.size()); }

    // The User-Agent every request carries.
    static QByteArray userAgent();

private:
    struct Pending;
    void finish(QNetworkReply *reply);
    void reportCertificate(const QSslCertificate &peer);
    QNetworkProxy proxyFor(const QUrl &url) const;
    SyncError classify(QNetworkReply *reply, const Pending &pending, const HttpResponse &response,
                       const QByteArray &contentType) const;

    TransportConfig m_config;
    QNetworkAccessManager m_nam;
    Recorder m_recorder;
    CertificateRecorder m_certificateRecorder;
    QString m_reportedFingerprint; // of the certificate last given to m_certificateRecorder
    QHash<QNetworkReply *, Pending *> m_pending;
    quint64 m_proxyAuthRequests = 0;
};

// Exposed for tests: the text a server put in an error body (JSON "error"/"message", an HTML
// title, or the start of plain text), and the Retry-After value in seconds.
QString serverMessageFrom(const QByteArray &body, const QByteArray &contentType);
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace fleet::sync
