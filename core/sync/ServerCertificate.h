#pragma once
// The remote-services server's own (leaf) certificate as last seen on a verified connection: what
// it names, who issued it, its validity and its fingerprint, one row per server host in the
// server_certificates table (schema 9). HttpsClient reads the facts off a connection whose chain,
// host name and pin all passed; the SyncAgent stores them next to the exchange log, and only when
// the certificate differs from the stored one (a handful of requests a day share one row that
// changes when the server's certificate is renewed). Alerting watches its end date
// (alerting::watchedCertificates), `fleetkeeper-cli sync` and the Remote services tab show it.

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace fleet::sync {

struct ServerCertificate
{
    QString host;         // of the server URL the connection went to
    QString subject;      // the subject's common name, or its display name when it has none
    QStringList altNames; // subject alternative names: "DNS:localhost", "IP:127.0.0.1"
    QString issuer;       // the issuer's distinguished name, "CN=…, O=…"
    QDateTime notBefore;  // UTC
    QDateTime notAfter;   // UTC
    QString sha256;       // of the DER certificate, lowercase hex without separators
    QDateTime seenAt;     // when this certificate was first seen for the host (UTC)

    // Empty (no fingerprint): nothing seen for the host yet.
    bool isValid() const { return !sha256.isEmpty(); }
    // The facts of a peer certificate; an invalid result for a null certificate.
    static ServerCertificate from(const QSslCertificate &certificate, const QString &host, const QDateTime &seenAt);
    QJsonObject toJson() const;
};

class ServerCertificateStore final
{
public:
    explicit ServerCertificateStore(storage::Database &db)
        : m_db(db)
    {}

    // Stores the facts unless the host's stored certificate has the same fingerprint; true when it
    // wrote. The first-seen time of an unchanged certificate is kept.
    storage::Result<bool> remember(const ServerCertificate &certificate);
    // The certificate last seen for the host; an invalid one when none was.
    storage::Result<ServerCertificate> forHost(const QString &host);

private:
    storage::Database &m_db;
};

} // namespace fleet::sync
