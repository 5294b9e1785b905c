// HttpsClient against independent TLS peers on 127.0.0.1: nginx (Debian nginx-light) for the
// certificate checks and mutual TLS, `openssl s_server -tls1_1` for the protocol floor, tinyproxy
// for the proxy modes, a silent TCP server for the timeout. Nothing here is a mock: each refusal
// is the real peer's or the real TLS stack's.

#include "TestEnv.h"
#include "TestPki.h"

#include "sync/HttpsClient.h"
#include "sync/SpkiPin.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fleet;
using namespace fleet::sync;
using fleet::test::TestPki;

namespace {

// A helper server started as a child process on a free loopback port: waits (with a deadline)
// until the port accepts connections, fails loudly with the server's output if it exits first,
// and is stopped by PID.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    bool start(const QString &program, const QStringList &arguments, quint16 port, const QString &logFile = {})
    {
        m_logFile = logFile;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(test::scaled(5000))) {
            m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
            return false;
        }
        QElapsedTimer deadline;
        deadline.start();
        while (deadline.elapsed() < test::scaled(10000)) {
            if (m_process.state() != QProcess::Running) {
                m_error =
                    QStringLiteral("%1 exited early (%2): %3").arg(program).arg(m_process.exitCode()).arg(output());
                return false;
            }
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (probe.waitForConnected(200)) {
                probe.disconnectFromHost();
                return true;
            }
            QTest::qWait(50);
        }
        m_error = QStringLiteral("%1 did not listen on port %2: %3").arg(program).arg(port).arg(output());
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(test::scaled(5000))) {
            m_process.kill();
            m_process.waitForFinished(test::scaled(5000));
        }
    }

    QString output()
    {
        QString text = QString::fromUtf8(m_process.readAll());
        if (!m_logFile.isEmpty()) {
            QFile log(m_logFile);
            if (log.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(log.readAll());
        }
        return text;
    }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QString m_logFile;
    QString m_error;
};

struct NginxOptions
{
    QString certificate;
    QString key;
    QString verifyClient = QStringLiteral("on"); // on, optional, off
};

// nginx as a plain TLS peer: answers 200 with the client-certificate verdict, or 503 with
// Retry-After on /busy, or 302 on /moved.
class Nginx
{
public:
    bool start(const NginxOptions &o)
    {
        if (!m_dir.isValid())
            return false;
        m_port = test::freeTcpPort();
        for (const char *sub : {"body", "proxy", "fastcgi", "uwsgi", "scgi"})
            QDir(m_dir.path()).mkpath(QLatin1String(sub));
        const QString d = m_dir.path();
        const QString config = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 64; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    client_max_body_size 16m;
    server {
        listen 127.0.0.1:%2 ssl;
        ssl_certificate %3;
        ssl_certificate_key %4;
        ssl_client_certificate %5;
        ssl_verify_client %6;
        ssl_protocols TLSv1.2 TLSv1.3;
        location ~ /busy$ { add_header Retry-After 120 always; return 503 '{"error":"busy, come back later"}'; }
        location ~ /moved$ { return 302 https://elsewhere.example/; }
        location / { default_type text/plain; return 200 "$ssl_client_verify $ssl_client_s_dn"; }
    }
}
)")
                                   .arg(d)
                                   .arg(m_port)
                                   .arg(o.certificate, o.key, TestPki::instance().caCertificate(), o.verifyClient);
        QFile file(d + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        const bool ok = m_server.start(QStringLiteral("/usr/sbin/nginx"),
                                       {QStringLiteral("-p"), d, QStringLiteral("-c"), file.fileName(),
                                        QStringLiteral("-e"), d + QStringLiteral("/error.log")},
                                       m_port, d + QStringLiteral("/error.log"));
        return ok;
    }
    QString url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("https://%1:%2/fleetkeeper").arg(host).arg(m_port);
    }
    QString accessLog() const
    {
        QFile f(m_dir.path() + QStringLiteral("/access.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QString error() { return m_server.error() + m_server.output(); }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    quint16 m_port = 0;
};

class TinyProxy
{
public:
    bool start(const QString &user = {}, const QString &password = {})
    {
        m_port = test::freeTcpPort();
        const QString d = m_dir.path();
        QString config = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2/tinyproxy.log\"\n"
                                        "LogLevel Connect\nPidFile \"%2/tinyproxy.pid\"\nMaxClients 16\n"
                                        "Allow 127.0.0.1\n")
                             .arg(m_port)
                             .arg(d);
        if (!user.isEmpty())
            config += QStringLiteral("BasicAuth %1 %2\n").arg(user, password);
        QFile file(d + QStringLiteral("/tinyproxy.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        return m_server.start(QStringLiteral("/usr/bin/tinyproxy"),
                              {QStringLiteral("-d"), QStringLiteral("-c"), file.fileName()}, m_port,
                              d + QStringLiteral("/tinyproxy.log"));
    }
    quint16 port() const { return m_port; }
    QString log()
    {
        QFile f(m_dir.path() + QStringLiteral("/tinyproxy.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QString error() { return m_server.error() + m_server.output(); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    quint16 m_port = 0;
};

HttpResponse request(HttpsClient &client, const QString &path = QStringLiteral("/v1/commands"),
                     const QByteArray &method = "GET", const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    if (!body.isEmpty())
        r.contentType = "application/octet-stream";
    std::optional<HttpResponse> result;
    client.send(r, [&result](const HttpResponse &response) { result = response; });
    QElapsedTimer waited;
    waited.start();
    while (!result && waited.elapsed() < test::scaled(30000))
        QTest::qWait(10);
    if (!result) {
        HttpResponse none;
        none.error = SyncError::make(SyncErrorKind::None, QStringLiteral("the request did not end in time"));
        none.status = -1;
        return none;
    }
    return *result;
}

SyncSettings baseSettings(const QString &url)
{
    const TestPki &pki = TestPki::instance();
    SyncSettings s;
    s.serverUrl = QUrl(url);
    s.caFile = pki.caCertificate();
    s.clientCertFile = pki.client().certificate;
    s.clientKeyFile = pki.client().key;
    s.proxyMode = ProxyMode::None;
    s.timeoutSeconds = 20;
    return s;
}

TransportConfig configFor(const SyncSettings &settings, const SyncSecrets &secrets = {})
{
    auto config = TransportConfig::from(settings, secrets);
    if (!config)
        qWarning() << "config failed:" << config.error();
    return config ? *config : TransportConfig{};
}

} // namespace

class TestSyncTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY(QSslSocket::supportsSsl());
    }

    void pinIsComputedFromTheCertificateBytes_data()
    {
        QTest::addColumn<QString>("certificate");
        const TestPki &pki = TestPki::instance();
        QTest::addRow("server") << pki.server().certificate;
        QTest::addRow("wrongHost") << pki.wrongHost().certificate;
        QTest::addRow("client") << pki.client().certificate;
        QTest::addRow("ca") << pki.caCertificate();
    }
    void pinIsComputedFromTheCertificateBytes()
    {
        QFETCH(QString, certificate);
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificate);
        QCOMPARE(certs.size(), 1);
        QString error;
        const QString expected = TestPki::spkiPin(certificate, &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        QCOMPARE(SpkiPin::of(certs.first()), expected);
        QVERIFY(SpkiPin::matches(expected, certs.first()));
        QVERIFY(!SpkiPin::matches(TestPki::instance().otherClient().pin, certs.first()));
        QVERIFY(SpkiPin::subjectPublicKeyInfo(certs.first().toDer().left(40)).isEmpty());
    }

    void acceptsAVerifiedServerWithClientCertificate_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::addColumn<bool>("pinned");
        QTest::addRow("pem") << false << false;
        QTest::addRow("pkcs12") << true << false;
        QTest::addRow("pem pinned") << false << true;
    }
    void acceptsAVerifiedServerWithClientCertificate()
    {
        QFETCH(bool, pkcs12);
        QFETCH(bool, pinned);
        const TestPki &pki = TestPki::instance();
        Nginx nginx;
        QVERIFY2(nginx.start({pki.server().certificate, pki.server().key}), qPrintable(nginx.error()));
        SyncSettings s = baseSettings(nginx.url());
        SyncSecrets secrets;
        if (pkcs12) {
            s.clientCertFile = pki.client().pkcs12;
            s.clientKeyFile.clear();
            secrets.clientKeyPassphrase = TestPki::pkcs12Passphrase();
        }
        if (pinned)
            s.pin = pki.serverPin();
        HttpsClient client(configFor(s, secrets));
        QList<ExchangeRecord> recorded;
        client.setRecorder([&recorded](const ExchangeRecord &r) { recorded << r; });
        const HttpResponse r = request(client);
        QVERIFY2(!r.error, qPrintable(r.error.message + nginx.error()));
        QCOMPARE(r.status, 200);
        // nginx saw and verified the client certificate.
        QVERIFY2(r.body.startsWith("SUCCESS"), r.body.constData());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().endpoint, QStringLiteral("/v1/commands"));
        QCOMPARE(recorded.first().status, std::optional<int>(200));
        QCOMPARE(recorded.first().bytesIn, r.body.size());
        QVERIFY(nginx.accessLog().contains(QLatin1String("GET /fleetkeeper/v1/commands")));
    }

    void wrongPkcs12PassphraseIsAConfigError()
    {
        SyncSettings s = baseSettings(QStringLiteral("https://127.0.0.1:1/"));
        s.clientCertFile = TestPki::instance().client().pkcs12;
        SyncSecrets secrets;
        secrets.clientKeyPassphrase = QStringLiteral("wrong");
        auto config = TransportConfig::from(s, secrets);
        QVERIFY(!config);
        QVERIFY2(config.error().contains(QLatin1String("passphrase")), qPrintable(config.error()));
    }

    void refusesServersItCannotTrust_data()
    {
        QTest::addColumn<QString>("serverCert");
        QTest::addColumn<QString>("serverKey");
        QTest::addColumn<QString>("agentCa");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        const TestPki &pki = TestPki::instance();
        QTest::addRow("unknown CA") << pki.server().certificate << pki.server().key << pki.otherCaCertificate()
                                    << QString() << int(SyncErrorKind::TlsUnknownCa) << QStringLiteral("trusted");
        QTest::addRow("system CAs only") << pki.server().certificate << pki.server().key << QString() << QString()
                                         << int(SyncErrorKind::TlsUnknownCa) << QStringLiteral("trusted");
        QTest::addRow("host name mismatch")
            << pki.wrongHost().certificate << pki.wrongHost().key << pki.caCertificate() << QString()
            << int(SyncErrorKind::TlsHostMismatch) << QStringLiteral("another host name");
        QTest::addRow("expired") << pki.expired().certificate << pki.expired().key << pki.caCertificate() << QString()
                                 << int(SyncErrorKind::TlsExpired) << QStringLiteral("2020");
        QTest::addRow("pin mismatch") << pki.server().certificate << pki.server().key << pki.caCertificate()
                                      << pki.wrongHost().pin << int(SyncErrorKind::TlsPinMismatch)
                                      << QStringLiteral("not the pinned one");
    }
    void refusesServersItCannotTrust()
    {
        QFETCH(QString, serverCert);
        QFETCH(QString, serverKey);
        QFETCH(QString, agentCa);
        QFETCH(QString, pin);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        Nginx nginx;
        QVERIFY2(nginx.start({serverCert, serverKey}), qPrintable(nginx.error()));
        SyncSettings s = baseSettings(nginx.url());
        s.caFile = agentCa;
        s.pin = pin;
        HttpsClient client(configFor(s));
        QList<ExchangeRecord> recorded;
        client.setRecorder([&recorded](const ExchangeRecord &r) { recorded << r; });
        const HttpResponse r = request(client, QStringLiteral("/v1/payloads"), "POST", QByteArray(4096, 'x'));
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
        QVERIFY(r.error.isTransient()); // retried: the administrator may fix the configuration
        QCOMPARE(r.status, 0);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().errorKind, syncErrorKindName(SyncErrorKind(kind)));
        QCOMPARE(recorded.first().bytesOut, 0);
        // Not one request reached the server: the TLS check came first.
        QVERIFY2(!nginx.accessLog().contains(QLatin1String("/v1/payloads")), qPrintable(nginx.accessLog()));
    }

    void serverRefusesAMissingOrForeignClientCertificate_data()
    {
        QTest::addColumn<QString>("clientCert");
        QTest::addColumn<QString>("clientKey");
        const TestPki &pki = TestPki::instance();
        QTest::addRow("no client certificate") << QString() << QString();
        QTest::addRow("certificate of another CA") << pki.otherClient().certificate << pki.otherClient().key;
    }
    void serverRefusesAMissingOrForeignClientCertificate()
    {
        QFETCH(QString, clientCert);
        QFETCH(QString, clientKey);
        const TestPki &pki = TestPki::instance();
        Nginx nginx;
        QVERIFY2(nginx.start({pki.server().certificate, pki.server().key}), qPrintable(nginx.error()));
        SyncSettings s = baseSettings(nginx.url());
        s.clientCertFile = clientCert.isEmpty() ? pki.client().certificate : clientCert;
        s.clientKeyFile = clientKey.isEmpty() ? pki.client().key : clientKey;
        TransportConfig config = configFor(s);
        if (clientCert.isEmpty()) {
            config.ssl.setLocalCertificateChain({});
            config.ssl.setPrivateKey(QSslKey());
        }
        HttpsClient client(config);
        const HttpResponse r = request(client);
        QVERIFY(r.error.isError());
        // TLS 1.3 nginx finishes the handshake and answers 400 with its reason; a TLS 1.2 peer
        // may abort the handshake instead. Either way the user reads that the certificate failed.
        QVERIFY2(r.error.kind == SyncErrorKind::Http || r.error.kind == SyncErrorKind::TlsHandshake,
                 qPrintable(syncErrorKindName(r.error.kind)));
        QVERIFY2(r.error.message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(r.error.message));
        if (r.error.kind == SyncErrorKind::Http) {
            QCOMPARE(r.error.httpStatus, 400);
            QVERIFY(!r.error.isTransient());
        }
    }

    void refusesAServerOfferingOnlyTls11()
    {
        const TestPki &pki = TestPki::instance();
        const quint16 port = test::freeTcpPort();
        ServerProcess server;
        QVERIFY2(server.start(QStringLiteral("openssl"),
                              {QStringLiteral("s_server"), QStringLiteral("-accept"),
                               QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls1_1"),
                               QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-cert"),
                               pki.server().certificate, QStringLiteral("-key"), pki.server().key,
                               QStringLiteral("-www"), QStringLiteral("-naccept"), QStringLiteral("5")},
                              port),
                 qPrintable(server.error()));
        HttpsClient client(configFor(baseSettings(QStringLiteral("https://127.0.0.1:%1").arg(port))));
        const HttpResponse r = request(client);
        QCOMPARE(r.error.kind, SyncErrorKind::TlsHandshake);
        QVERIFY2(r.error.message.contains(QLatin1String("TLS")), qPrintable(r.error.message));
        QCOMPARE(r.status, 0);
    }

    void classifiesHttpAnswers()
    {
        const TestPki &pki = TestPki::instance();
        Nginx nginx;
        QVERIFY2(nginx.start({pki.server().certificate, pki.server().key}), qPrintable(nginx.error()));
        HttpsClient client(configFor(baseSettings(nginx.url())));
        const HttpResponse busy = request(client, QStringLiteral("/busy"));
        QCOMPARE(busy.error.kind, SyncErrorKind::Http);
        QCOMPARE(busy.error.httpStatus, 503);
        QVERIFY(busy.error.isTransient());
        QCOMPARE(busy.error.retryAfter, std::optional(std::chrono::seconds(120)));
        QVERIFY2(busy.error.message.contains(QLatin1String("busy, come back later")), qPrintable(busy.error.message));
        // A redirect is never followed: the agent only talks to the configured server.
        const HttpResponse moved = request(client, QStringLiteral("/moved"));
        QCOMPARE(moved.error.kind, SyncErrorKind::Http);
        QCOMPARE(moved.error.httpStatus, 302);
        QVERIFY(!moved.error.isTransient());
    }

    void connectionRefusedIsANetworkError()
    {
        const quint16 port = test::freeTcpPort();
        HttpsClient client(configFor(baseSettings(QStringLiteral("https://127.0.0.1:%1").arg(port))));
        const HttpResponse r = request(client);
        QCOMPARE(r.error.kind, SyncErrorKind::Network);
        QVERIFY(r.error.isTransient());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held; // accepted and never answered
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        TransportConfig config =
            configFor(baseSettings(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
        config.timeoutMs = test::scaled(700);
        HttpsClient client(config);
        QElapsedTimer t;
        t.start();
        const HttpResponse r = request(client);
        QCOMPARE(r.error.kind, SyncErrorKind::Timeout);
        QVERIFY(r.error.isTransient());
        QVERIFY(t.elapsed() >= 600);
        qDeleteAll(held);
    }

    void lockedDownRefusesOtherEndpointsWithoutSending()
    {
        SyncSettings s = baseSettings(QStringLiteral("https://127.0.0.1:1"));
        s.securityMode = SecurityMode::LockedDown;
        HttpsClient client(configFor(s));
        int recorded = 0;
        client.setRecorder([&recorded](const ExchangeRecord &) { ++recorded; });
        for (const QString &path : {QStringLiteral("/v1/commands"), QStringLiteral("/v1/settings"),
                                    QStringLiteral("/v1/commands/c-1/result")}) {
            const HttpResponse r = request(client, path);
            QCOMPARE(r.error.kind, SyncErrorKind::NotAllowed);
        }
        QCOMPARE(recorded, 0);
        QCOMPARE(client.inFlight(), 0);
    }

    void goesThroughAProxy_data()
    {
        QTest::addColumn<QString>("proxyUser"); // what tinyproxy requires
        QTest::addColumn<QString>("proxyPassword");
        QTest::addColumn<QString>("agentUser"); // what the agent sends
        QTest::addColumn<QString>("agentPassword");
        QTest::addColumn<int>("kind");
        QTest::addRow("open proxy") << QString() << QString() << QString() << QString() << int(SyncErrorKind::None);
        QTest::addRow("basic auth") << QStringLiteral("fleet") << QStringLiteral("s3cret") << QStringLiteral("fleet")
                                    << QStringLiteral("s3cret") << int(SyncErrorKind::None);
        // tinyproxy answers a wrong password with 401 instead of 407: Qt sees a failed tunnel.
        QTest::addRow("wrong password") << QStringLiteral("fleet") << QStringLiteral("s3cret")
                                        << QStringLiteral("fleet") << QStringLiteral("nope")
                                        << int(SyncErrorKind::Proxy);
        QTest::addRow("no credentials") << QStringLiteral("fleet") << QStringLiteral("s3cret") << QString() << QString()
                                        << int(SyncErrorKind::ProxyAuth);
    }
    void goesThroughAProxy()
    {
        QFETCH(QString, proxyUser);
        QFETCH(QString, proxyPassword);
        QFETCH(QString, agentUser);
        QFETCH(QString, agentPassword);
        QFETCH(int, kind);
        const TestPki &pki = TestPki::instance();
        Nginx nginx;
        QVERIFY2(nginx.start({pki.server().certificate, pki.server().key}), qPrintable(nginx.error()));
        TinyProxy proxy;
        QVERIFY2(proxy.start(proxyUser, proxyPassword), qPrintable(proxy.error()));
        SyncSettings s = baseSettings(nginx.url());
        s.proxyMode = ProxyMode::Explicit;
        s.proxyHost = QStringLiteral("127.0.0.1");
        s.proxyPort = proxy.port();
        s.proxyUser = agentUser;
        SyncSecrets secrets;
        secrets.proxyPassword = agentPassword;
        HttpsClient client(configFor(s, secrets));
        const HttpResponse r = request(client);
        QVERIFY2(int(r.error.kind) == kind, qPrintable(r.error.message));
        if (kind == int(SyncErrorKind::None)) {
            QCOMPARE(r.status, 200);
            QVERIFY2(proxy.log().contains(QStringLiteral("127.0.0.1:%1").arg(nginx.port())), qPrintable(proxy.log()));
        } else {
            QVERIFY2(r.error.message.contains(QLatin1String("credentials")), qPrintable(r.error.message));
            QVERIFY(r.error.isTransient());
            QVERIFY(!nginx.accessLog().contains(QLatin1String("/v1/commands")));
        }
    }

    void systemProxyComesFromTheEnvironment()
    {
        const TestPki &pki = TestPki::instance();
        Nginx nginx;
        QVERIFY2(nginx.start({pki.server().certificate, pki.server().key}), qPrintable(nginx.error()));
        TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
        qputenv("https_proxy", proxyUrl);
        qputenv("http_proxy", proxyUrl);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        SyncSettings s = baseSettings(nginx.url());
        s.proxyMode = ProxyMode::System;
        HttpsClient client(configFor(s));
        const HttpResponse r = request(client);
        qunsetenv("https_proxy");
        qunsetenv("http_proxy");
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY2(proxy.log().contains(QStringLiteral("127.0.0.1:%1").arg(nginx.port())), qPrintable(proxy.log()));
    }

    void serverMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected");
        QTest::addRow("json error") << QByteArray(R"({"error":"unknown registration key"})")
                                    << QByteArray("application/json") << QStringLiteral("unknown registration key");
        QTest::addRow("nginx html") << QByteArray("<html><head><title>400 No required SSL certificate was sent</title>"
                                                  "</head><body><center><h1>400 Bad Request</h1></center>"
                                                  "<center>No required SSL certificate was sent</center></body></html>")
                                    << QByteArray("text/html")
                                    << QStringLiteral("400 No required SSL certificate was sent");
        QTest::addRow("control characters")
            << QByteArray("bad\x01\x1b[31mthing") << QByteArray("text/plain") << QStringLiteral("bad[31mthing");
        QTest::addRow("binary") << QByteArray("\x89PNG", 4) << QByteArray("image/png") << QString();
    }
    void serverMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, expected);
        QCOMPARE(serverMessageFrom(body, contentType), expected);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::addRow("seconds") << QByteArray("120") << 120;
        QTest::addRow("date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 300;
        QTest::addRow("garbage") << QByteArray("soon") << -1;
        QTest::addRow("negative") << QByteArray("-5") << -1;
        QTest::addRow("empty") << QByteArray() << -1;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 23), Qt::UTC);
        const auto parsed = parseRetryAfter(value, now);
        if (seconds < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, std::optional(std::chrono::seconds(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestSyncTransport)
#include "tst_sync_transport.moc"
