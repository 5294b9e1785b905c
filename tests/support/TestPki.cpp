#include "TestPki.h"

#include "TestEnv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace fleet::test {

namespace {
// Our own configuration, so the machine's openssl.cnf (which adds CA:TRUE to every req -x509 on
// Debian) never shapes the certificates. `openssl ca` is only used for the expired certificate:
// it is the one command of OpenSSL 3.0 that accepts an explicit validity period in the past.
constexpr char kConfig[] = R"(
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[wronghost_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[client_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ca]
default_ca = test_ca
[test_ca]
database = index.txt
new_certs_dir = issued
serial = serial
default_md = sha256
policy = policy_any
unique_subject = no
[policy_any]
commonName = supplied
)";

const QStringList kNewEcKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};

QString runOpenssl(const QStringList &args, const QString &workDir, bool *ok)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("openssl"), args);
    const bool finished = p.waitForFinished(scaled(30000));
    const QString output = QString::fromLocal8Bit(p.readAll());
    *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!finished) {
        p.kill();
        p.waitForFinished(2000);
        return QStringLiteral("openssl %1 did not finish: %2").arg(args.join(u' '), p.errorString());
    }
    return output;
}
} // namespace

const TestPki &TestPki::instance()
{
    static const TestPki pki;
    return pki;
}

TestPki::TestPki()
    : m_temp(std::make_unique<QTemporaryDir>())
{
    if (!m_temp->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_temp->errorString());
        return;
    }
    m_dir = m_temp->path();
    if (!generate() && m_error.isEmpty())
        m_error = QStringLiteral("generating the test PKI failed");
}

TestPki::~TestPki() = default;

bool TestPki::openssl(const QStringList &args, QString *output)
{
    bool ok = false;
    const QString out = runOpenssl(args, m_dir, &ok);
    if (output)
        *output = out;
    if (!ok)
        m_error = QStringLiteral("openssl %1 failed:\n%2").arg(args.join(u' '), out);
    return ok;
}

bool TestPki::generate()
{
    QFile config(m_dir + QStringLiteral("/pki.cnf"));
    QFile index(m_dir + QStringLiteral("/index.txt"));
    QFile serial(m_dir + QStringLiteral("/serial"));
    if (!config.open(QIODevice::WriteOnly) || config.write(kConfig) < 0 || !index.open(QIODevice::WriteOnly) ||
        !serial.open(QIODevice::WriteOnly) || serial.write("1000\n") < 0 ||
        !QDir(m_dir).mkpath(QStringLiteral("issued"))) {
        m_error = QStringLiteral("cannot write the openssl configuration in %1").arg(m_dir);
        return false;
    }
    config.close();
    index.close();
    serial.close();

    if (!makeCa(QStringLiteral("ca"), QStringLiteral("Fleetkeeper Test CA")) ||
        !makeCa(QStringLiteral("other-ca"), QStringLiteral("Unrelated Test CA")))
        return false;
    m_caCertificate = m_dir + QStringLiteral("/ca.pem");
    m_otherCaCertificate = m_dir + QStringLiteral("/other-ca.pem");
    return makeIdentity(m_server, QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("localhost"),
                        QStringLiteral("server_ext")) &&
           makeIdentity(m_wrongHost, QStringLiteral("wrong-host"), QStringLiteral("ca"),
                        QStringLiteral("wrong.example"), QStringLiteral("wronghost_ext")) &&
           makeExpired(m_expired) &&
           makeIdentity(m_client, QStringLiteral("client"), QStringLiteral("ca"),
                        QStringLiteral("fleetkeeper-test-agent"), QStringLiteral("client_ext")) &&
           makeIdentity(m_secondClient, QStringLiteral("second-client"), QStringLiteral("ca"),
                        QStringLiteral("fleetkeeper-second-agent"), QStringLiteral("client_ext")) &&
           makeIdentity(m_otherClient, QStringLiteral("other-client"), QStringLiteral("other-ca"),
                        QStringLiteral("fleetkeeper-stranger"), QStringLiteral("client_ext"));
}

bool TestPki::makeCa(const QString &name, const QString &commonName)
{
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new")} + kNewEcKey +
                   QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-config"),
                               QStringLiteral("pki.cnf"), QStringLiteral("-extensions"), QStringLiteral("ca_ext"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-days"),
                               QStringLiteral("3650"), QStringLiteral("-sha256"), QStringLiteral("-out"),
                               name + QStringLiteral(".pem")});
}

bool TestPki::makeIdentity(PkiIdentity &identity, const QString &name, const QString &ca, const QString &commonName,
                           const QString &extensions)
{
    // OpenSSL 3.0's req signs with another CA directly (-CA/-CAkey): one process per certificate.
    const bool made = openssl(
        QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                    QStringLiteral("-CAkey"), ca + QStringLiteral(".key")} +
        kNewEcKey +
        QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-config"),
                    QStringLiteral("pki.cnf"), QStringLiteral("-extensions"), extensions, QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + commonName, QStringLiteral("-days"), QStringLiteral("825"),
                    QStringLiteral("-sha256"), QStringLiteral("-out"), name + QStringLiteral(".pem")});
    return made && finishIdentity(identity, name, ca);
}

bool TestPki::makeExpired(PkiIdentity &identity)
{
    const QString name = QStringLiteral("expired");
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + kNewEcKey +
                   QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-config"),
                               QStringLiteral("pki.cnf"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                               QStringLiteral("-out"), name + QStringLiteral(".csr")}) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                    QStringLiteral("pki.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                    QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                    QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                    QStringLiteral("20200201000000Z"), QStringLiteral("-extensions"), QStringLiteral("server_ext"),
                    QStringLiteral("-notext")}) &&
           finishIdentity(identity, name, QStringLiteral("ca"));
}

bool TestPki::finishIdentity(PkiIdentity &identity, const QString &name, const QString &ca)
{
    identity.certificate = m_dir + u'/' + name + QStringLiteral(".pem");
    identity.key = m_dir + u'/' + name + QStringLiteral(".key");
    identity.pkcs12 = m_dir + u'/' + name + QStringLiteral(".p12");
    if (!openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), identity.certificate,
                  QStringLiteral("-inkey"), identity.key, QStringLiteral("-certfile"), ca + QStringLiteral(".pem"),
                  QStringLiteral("-name"), name, QStringLiteral("-passout"),
                  QStringLiteral("pass:") + pkcs12Passphrase(), QStringLiteral("-out"), identity.pkcs12}))
        return false;
    identity.pin = spkiPin(identity.certificate, &m_error);
    identity.fingerprint = sha256Fingerprint(identity.certificate, &m_error);
    return !identity.pin.isEmpty() && !identity.fingerprint.isEmpty();
}

QString TestPki::spkiPin(const QString &certificatePath, QString *error)
{
    bool ok = false;
    const QString out = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), certificatePath,
                                    QStringLiteral("-pubkey"), QStringLiteral("-noout")},
                                   QDir::tempPath(), &ok);
    // "-----BEGIN PUBLIC KEY-----" PEM is the DER SubjectPublicKeyInfo in base64.
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN PUBLIC KEY-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END PUBLIC KEY-----"));
    const auto m = pem.match(out);
    if (!ok || !m.hasMatch()) {
        if (error)
            *error = QStringLiteral("cannot read the public key of %1: %2").arg(certificatePath, out);
        return {};
    }
    QString base64 = m.captured(1);
    base64.remove(QRegularExpression(QStringLiteral("\\s")));
    const QByteArray spki = QByteArray::fromBase64(base64.toLatin1());
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

QString TestPki::sha256Fingerprint(const QString &certificatePath, QString *error)
{
    bool ok = false;
    const QString out =
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), certificatePath, QStringLiteral("-noout"),
                    QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                   QDir::tempPath(), &ok);
    static const QRegularExpression line(QStringLiteral("Fingerprint=([0-9A-Fa-f:]+)"));
    const auto m = line.match(out);
    if (!ok || !m.hasMatch()) {
        if (error)
            *error = QStringLiteral("cannot read the fingerprint of %1: %2").arg(certificatePath, out);
        return {};
    }
    return m.captured(1).remove(u':').toLower();
}

} // namespace fleet::test
