#pragma once
// Test fixture: a throw-away public-key infrastructure for TLS tests, made with the openssl command
// line in a temporary directory, once per test process (EC P-256 keys, well under a second).
//
// - ca: signs the server certificates and the client certificates the receiver accepts;
// - server: SAN IP:127.0.0.1 and DNS:localhost, serverAuth;
// - wrongHost: same CA, SAN DNS:wrong.example only (host name mismatch);
// - expired: same CA and names as server, valid only in January 2020;
// - client, secondClient: clientAuth certificates of two different agents, same CA;
// - otherClient: a clientAuth certificate of otherCa, which no receiver trusts.
// Every identity has its PEM certificate, PEM private key (unencrypted PKCS#8) and a PKCS#12 bundle
// (certificate, key and issuing CA) protected by pkcs12Passphrase().

#include <QString>
#include <QtGlobal>

#include <memory>

class QTemporaryDir;

namespace fleet::test {

struct PkiIdentity
{
    QString certificate; // PEM
    QString key;         // PEM, unencrypted
    QString pkcs12;      // .p12 with certificate, key and issuer, under TestPki::pkcs12Passphrase()
    QString pin;         // base64 of the SHA-256 of the SubjectPublicKeyInfo (HPKP style)
    QString fingerprint; // SHA-256 of the DER certificate, lowercase hex without separators
};

class TestPki final
{
public:
    // Generated on first use; the files live until the process exits. Check isValid() (or
    // QVERIFY2(pki.isValid(), qPrintable(pki.error()))) before using the paths.
    static const TestPki &instance();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString dir() const { return m_dir; }

    QString caCertificate() const { return m_caCertificate; }
    QString otherCaCertificate() const { return m_otherCaCertificate; }
    const PkiIdentity &server() const { return m_server; }
    const PkiIdentity &wrongHost() const { return m_wrongHost; }
    const PkiIdentity &expired() const { return m_expired; }
    const PkiIdentity &client() const { return m_client; }
    const PkiIdentity &secondClient() const { return m_secondClient; }
    const PkiIdentity &otherClient() const { return m_otherClient; }
    // Convenience for the most used value: the pin of server().
    QString serverPin() const { return m_server.pin; }

    static QString pkcs12Passphrase() { return QStringLiteral("fleet-test-p12"); }

    // Computed with the openssl command line, independently of Qt: usable to check Qt's own values.
    static QString spkiPin(const QString &certificatePath, QString *error = nullptr);
    static QString sha256Fingerprint(const QString &certificatePath, QString *error = nullptr);

    ~TestPki();
    Q_DISABLE_COPY_MOVE(TestPki)

private:
    TestPki();
    bool generate();
    bool openssl(const QStringList &args, QString *output = nullptr);
    bool makeCa(const QString &name, const QString &commonName);
    bool makeIdentity(PkiIdentity &identity, const QString &name, const QString &ca, const QString &commonName,
                      const QString &extensions);
    bool makeExpired(PkiIdentity &identity);
    bool finishIdentity(PkiIdentity &identity, const QString &name, const QString &ca);

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
    QString m_error;
    QString m_caCertificate;
    QString m_otherCaCertificate;
    PkiIdentity m_server;
    PkiIdentity m_wrongHost;
    PkiIdentity m_expired;
    PkiIdentity m_client;
    PkiIdentity m_secondClient;
    PkiIdentity m_otherClient;
};

} // namespace fleet::test
