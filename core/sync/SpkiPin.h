#pragma once
// The public-key pin of docs/protocol.md: SHA-256 of the certificate's DER SubjectPublicKeyInfo,
// base64 (as HPKP and `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst
// -sha256 -binary | base64` compute it). The SPKI is cut out of the certificate's own DER bytes
// rather than re-encoded from a parsed key, so the pin does not depend on how a TLS backend
// exports keys.

#include <QByteArray>
#include <QSslCertificate>

namespace fleet::sync {

class SpkiPin
{
public:
    // The DER SubjectPublicKeyInfo of an X.509 certificate; empty when the DER is malformed.
    static QByteArray subjectPublicKeyInfo(const QByteArray &certificateDer);
    // base64 SHA-256 of the SPKI; empty when the certificate is null or malformed.
    static QString of(const QSslCertificate &certificate);
    // Constant-time comparison of a configured pin with a certificate's.
    static bool matches(const QString &pin, const QSslCertificate &certificate);
};

} // namespace fleet::sync
