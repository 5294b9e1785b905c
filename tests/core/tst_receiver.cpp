// fleetkeeper-receiver as a provider runs it: the built binary serving on 127.0.0.1 over real mutual
// TLS (certificates from TestPki), driven by QNetworkAccessManager and by raw TLS sockets for the
// malformed-HTTP cases, its CLI run as processes and its database read read-only. Independent of the
// agent's sync code: only the archive format (PayloadArchive) is shared.

#include "ReceiverProcess.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "sync/PayloadArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace fleet;
using test::PkiIdentity;
using test::ReceiverProcess;
using test::TestPki;

namespace {
const QString kKey1 = QStringLiteral("RK-TEST-0001");
const QString kKey2 = QStringLiteral("RK-TEST-0002");
const QString kBase = QStringLiteral("/fleetkeeper");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A payload valid against fleetkeeper-payload-1.xsd: two devices, two readings.
QByteArray payloadXml(const QString &agentId, const QByteArray &version = "1")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<fleetPayload xmlns=\"urn:fleetkeeper:payload:" +
           version + "\" version=\"" + version + "\" generatedAt=\"2026-11-25T02:30:00.000Z\" agentId=\"" +
           agentId.toUtf8() +
           "\" lockedDown=\"false\">\n"
           " <agent><cpuCount>2</cpuCount><utcOffsetSeconds>3600</utcOffsetSeconds></agent>\n"
           " <devices>\n"
           "  <device id=\"1\" inScope=\"true\"><identity/><properties color=\"false\"/>"
           "<status overall=\"ok\" metersDisagree=\"false\"/><alerts/><meters/><supplies/><readings>\n"
           "   <reading name=\"total\" value=\"100\" source=\"printer-mib\" readAt=\"2026-11-24T02:30:00.000Z\""
           " suspect=\"false\"/>\n"
           "   <reading name=\"total\" value=\"120\" source=\"printer-mib\" readAt=\"2026-11-25T02:30:00.000Z\""
           " suspect=\"false\"/>\n"
           "  </readings></device>\n"
           "  <device id=\"2\" inScope=\"false\"><identity/><properties color=\"true\"/>"
           "<status overall=\"offline\" metersDisagree=\"false\"/><alerts/><meters/><supplies/><readings/></device>\n"
           " </devices>\n"
           "</fleetPayload>\n";
}

QSslConfiguration clientTls(const PkiIdentity *identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(TestPki::instance().caCertificate()));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (identity) {
        tls.setLocalCertificate(QSslCertificate(readFile(identity->certificate)));
        tls.setPrivateKey(QSslKey(readFile(identity->key), QSsl::Ec));
    }
    return tls;
}

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray serverSpki; // DER SubjectPublicKeyInfo of the server's certificate

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QString describe() const
    {
        return QStringLiteral("status %1, error %2 (%3), body %4")
            .arg(status)
            .arg(int(error))
            .arg(errorString, QString::fromUtf8(body.left(2000)));
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One client identity over QNetworkAccessManager, used synchronously.
class Client
{
public:
    explicit Client(const PkiIdentity *identity)
        : m_tls(clientTls(identity))
    {}

    HttpResult send(const QByteArray &method, const QString &url, const Headers &headers = {},
                    const QByteArray &body = {})
    {
        QNetworkRequest request{QUrl(url)};
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(test::scaled(15000));
        request.setRawHeader("User-Agent", "Fleetkeeper-test/1");
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.serverSpki = reply->sslConfiguration().peerCertificate().publicKey().toDer();
        reply->deleteLater();
        return r;
    }

    // The protocol's headers for an agent that registered as agentId (none when empty).
    static Headers protocol(const QString &agentId = {})
    {
        Headers h = {{"X-Fleetkeeper-Protocol", "1"}};
        if (!agentId.isEmpty())
            h.emplaceBack("X-Fleetkeeper-Agent", agentId.toUtf8());
        return h;
    }

private:
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

// A raw TLS connection for bytes no HTTP library would send. Returns everything the server wrote
// until it closed the connection or a complete answer arrived.
struct RawAnswer
{
    bool encrypted = false;
    QByteArray bytes;
    int status() const
    {
        static const QRegularExpression line(QStringLiteral("^HTTP/1\\.1 (\\d{3}) "));
        const auto m = line.match(QString::fromLatin1(bytes.left(64)));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
};

class RawClient
{
public:
    explicit RawClient(quint16 port, const PkiIdentity *identity = &TestPki::instance().client())
    {
        m_socket.setSslConfiguration(clientTls(identity));
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        m_encrypted = m_socket.waitForEncrypted(test::scaled(5000));
    }
    bool encrypted() const { return m_encrypted; }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Reads one answer: the head plus Content-Length bytes, or until the server closes.
    RawAnswer readAnswer(int timeoutMs = test::scaled(5000))
    {
        RawAnswer a;
        a.encrypted = m_encrypted;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            m_buffer += m_socket.readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                static const QRegularExpression length(QStringLiteral("(?i)\\r\\ncontent-length: *(\\d+)"));
                const auto m = length.match(QString::fromLatin1(m_buffer.left(end + 2)));
                const qsizetype total = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
                if (m_buffer.size() >= total) {
                    a.bytes = m_buffer.left(total);
                    m_buffer.remove(0, total);
                    return a;
                }
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                break;
            m_socket.waitForReadyRead(50);
        }
        a.bytes = m_buffer;
        m_buffer.clear();
        return a;
    }
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(50);
            m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    bool m_encrypted = false;
};

struct Registered
{
    QString agentId;
    QString payloadKey;
};

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT
private:
    ReceiverProcess m_receiver;
    Registered m_agent; // the client identity, registered in initTestCase

    QString url(const QString &endpoint) const { return m_receiver.baseUrl() + endpoint; }

    static QByteArray registrationBody(const QString &key, const QString &agentName = QStringLiteral("host1"))
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("registrationKey"), key},
                                         {QStringLiteral("account"), QStringLiteral("ACME Printing")},
                                         {QStringLiteral("site"), QStringLiteral("Utrecht HQ, floor 2")},
                                         {QStringLiteral("contactEmail"), QStringLiteral("print-admin@example.nl")},
                                         {QStringLiteral("agentName"), agentName},
                                         {QStringLiteral("agentVersion"), QStringLiteral("0.1.0")}})
            .toJson(QJsonDocument::Compact);
    }

    static HttpResult registerWith(Client &client, const ReceiverProcess &receiver, const QString &key)
    {
        Headers h = Client::protocol();
        h.emplaceBack("Content-Type", "application/json");
        return client.send("POST", receiver.baseUrl() + QStringLiteral("/v1/register"), h, registrationBody(key));
    }

    static Headers uploadHeaders(const QString &agentId, const QByteArray &idempotencyKey)
    {
        Headers h = Client::protocol(agentId);
        h.emplaceBack("Content-Type", "application/zip");
        h.emplaceBack("X-Fleetkeeper-Schema", "1");
        h.emplaceBack("Idempotency-Key", idempotencyKey);
        return h;
    }

    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    QByteArray archive(const QByteArray &xml, const QString &key)
    {
        auto zip = sync::PayloadArchive::pack(xml, key);
        if (!zip)
            qWarning() << zip.error();
        return zip ? *zip : QByteArray();
    }

    QString failureContext() const { return QStringLiteral("\nreceiver log:\n") + m_receiver.log().right(3000); }

private Q_SLOTS:
    void initTestCase()
    {
        const TestPki &pki = TestPki::instance();
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        QVERIFY2(sync::PayloadArchive::aesSupported(), "libzip lacks AES-256");
        test::ReceiverOptions options;
        options.registrationKeys = {kKey1, kKey2};
        options.basePath = kBase;
        options.extraArguments = {QStringLiteral("--sync-time"), QStringLiteral("02:30")};
        QVERIFY2(m_receiver.start(options), qPrintable(m_receiver.error()));

        Client client(&pki.client());
        const HttpResult r = registerWith(client, m_receiver, kKey1);
        QVERIFY2(r.status == 201, qPrintable(r.describe() + failureContext()));
        m_agent = {r.json().value(QStringLiteral("agentId")).toString(),
                   r.json().value(QStringLiteral("payloadKey")).toString()};
    }

    // The fixture's certificates are what TestPki promises (the agent's tests rely on them).
    void pkiMatchesItsDescription()
    {
        const TestPki &pki = TestPki::instance();
        const QSslCertificate server(readFile(pki.server().certificate));
        QVERIFY(!server.isNull());
        const QByteArray qtPin = QCryptographicHash::hash(server.publicKey().toDer(), QCryptographicHash::Sha256);
        QCOMPARE(QString::fromLatin1(qtPin.toBase64()), pki.serverPin());
        QCOMPARE(QString::fromLatin1(server.digest(QCryptographicHash::Sha256).toHex()), pki.server().fingerprint);
        QVERIFY(QSslCertificate(readFile(pki.expired().certificate)).expiryDate() < QDateTime::currentDateTimeUtc());
        QVERIFY(pki.wrongHost().pin != pki.serverPin());
        for (const PkiIdentity *id : {&pki.client(), &pki.secondClient(), &pki.otherClient()}) {
            QFile p12(id->pkcs12);
            QVERIFY(p12.open(QIODevice::ReadOnly));
            QSslKey key;
            QSslCertificate cert;
            QList<QSslCertificate> chain;
            QVERIFY2(QSslCertificate::importPkcs12(&p12, &key, &cert, &chain, TestPki::pkcs12Passphrase().toUtf8()),
                     qPrintable(id->pkcs12));
            QCOMPARE(QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex()), id->fingerprint);
            QVERIFY(!key.isNull());
        }
    }

    // The server certificates as an agent sees them: only the right one passes verification.
    void serverCertificates_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("verifies");
        QTest::newRow("valid for 127.0.0.1") << QStringLiteral("server") << true;
        QTest::newRow("wrong host name") << QStringLiteral("wrongHost") << false;
        QTest::newRow("expired") << QStringLiteral("expired") << false;
    }
    void serverCertificates()
    {
        QFETCH(QString, which);
        QFETCH(bool, verifies);
        const TestPki &pki = TestPki::instance();
        const PkiIdentity &id = which == u"server"      ? pki.server()
                                : which == u"wrongHost" ? pki.wrongHost()
                                                        : pki.expired();
        ReceiverProcess receiver;
        test::ReceiverOptions options;
        options.certificate = id.certificate;
        options.key = id.key;
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        Client client(&pki.client());
        const HttpResult r = client.send("GET", receiver.baseUrl() + QStringLiteral("/v1/settings"));
        if (verifies) {
            QVERIFY2(r.status == 400, qPrintable(r.describe())); // an answer: no protocol header
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(r.serverSpki, QCryptographicHash::Sha256).toBase64()),
                     pki.serverPin());
        } else {
            QVERIFY2(r.status == 0 && r.error == QNetworkReply::SslHandshakeFailedError, qPrintable(r.describe()));
        }
    }

    void registration()
    {
        QVERIFY(!m_agent.agentId.isEmpty());
        QVERIFY(!QUuid::fromString(m_agent.agentId).isNull());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(m_agent.payloadKey).hasMatch(),
                 qPrintable(m_agent.payloadKey));

        // Again with the same certificate and key: the same identity, 200.
        Client client(&TestPki::instance().client());
        HttpResult again = registerWith(client, m_receiver, kKey1);
        QVERIFY2(again.status == 200, qPrintable(again.describe()));
        QCOMPARE(again.json().value(QStringLiteral("agentId")).toString(), m_agent.agentId);
        QCOMPARE(again.json().value(QStringLiteral("payloadKey")).toString(), m_agent.payloadKey);
        QCOMPARE(again.json().value(QStringLiteral("syncTime")).toString(), QStringLiteral("02:30"));
        QVERIFY(QDateTime::fromString(again.json().value(QStringLiteral("registeredAt")).toString(), Qt::ISODateWithMs)
                    .isValid());

        // The same certificate with another valid key: it is bound to the first agent.
        HttpResult rebind = registerWith(client, m_receiver, kKey2);
        QVERIFY2(rebind.status == 403, qPrintable(rebind.describe()));

        // Another certificate registers as another agent with its own key.
        Client second(&TestPki::instance().secondClient());
        HttpResult other = registerWith(second, m_receiver, kKey2);
        QVERIFY2(other.status == 201, qPrintable(other.describe()));
        QVERIFY(other.json().value(QStringLiteral("agentId")).toString() != m_agent.agentId);
        QVERIFY(other.json().value(QStringLiteral("payloadKey")).toString() != m_agent.payloadKey);
        QCOMPARE(m_receiver.list(QStringLiteral("agents")).size(), 2);
    }

    void registrationRefused_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown key") << QByteArray("application/json") << registrationBody(QStringLiteral("RK-NOPE"))
                                     << 403;
        QTest::newRow("not JSON") << QByteArray("application/json") << QByteArray("{\"registrationKey\":") << 400;
        QTest::newRow("an array") << QByteArray("application/json") << QByteArray("[]") << 400;
        QTest::newRow("missing account")
            << QByteArray("application/json")
            << QByteArray(R"({"registrationKey":"RK-TEST-0001","agentName":"a","agentVersion":"1"})") << 400;
        QTest::newRow("key is a number")
            << QByteArray("application/json")
            << QByteArray(R"({"registrationKey":1,"account":"A","agentName":"a","agentVersion":"1"})") << 400;
        QTest::newRow("wrong content type") << QByteArray("text/plain") << registrationBody(kKey1) << 415;
    }
    void registrationRefused()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        // A certificate no agent holds yet, so only the body decides.
        Client client(&TestPki::instance().secondClient());
        Headers h = Client::protocol();
        h.emplaceBack("Content-Type", contentType);
        const HttpResult r = client.send("POST", url(QStringLiteral("/v1/register")), h, body);
        QVERIFY2(r.status == status, qPrintable(r.describe()));
        QVERIFY2(!r.json().value(QStringLiteral("error")).toString().isEmpty(), qPrintable(r.describe()));
    }

    void tlsRefused_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::newRow("no client certificate") << QString();
        QTest::newRow("client certificate of another CA") << QStringLiteral("other");
    }
    void tlsRefused()
    {
        QFETCH(QString, identity);
        const qint64 before = m_receiver.count(QStringLiteral("requests WHERE method = 'TLS'"));
        Client client(identity.isEmpty() ? nullptr : &TestPki::instance().otherClient());
        Headers h = Client::protocol();
        h.emplaceBack("Content-Type", "application/json");
        const HttpResult r = client.send("POST", url(QStringLiteral("/v1/register")), h, registrationBody(kKey1));
        // With TLS 1.3 the client learns of the refusal after its side of the handshake: a TLS
        // error or a closed connection, never an HTTP answer. (Qt's client then reconnects and
        // resends a few times before it gives up, so there may be several refused handshakes.)
        QVERIFY2(r.status == 0 && r.error != QNetworkReply::NoError, qPrintable(r.describe()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_receiver.count(QStringLiteral("requests WHERE method = 'TLS'")) > before,
                                  qPrintable(QString::number(before) + failureContext()), test::scaled(5000));
    }

    void upload()
    {
        Client client(&TestPki::instance().client());
        const QByteArray xml = payloadXml(m_agent.agentId);
        const QByteArray zip = archive(xml, m_agent.payloadKey);
        const QByteArray key = newKey();
        const HttpResult first =
            client.send("POST", url(QStringLiteral("/v1/payloads")), uploadHeaders(m_agent.agentId, key), zip);
        QVERIFY2(first.status == 201, qPrintable(first.describe() + failureContext()));
        const QJsonObject body = first.json();
        QCOMPARE(body.value(QStringLiteral("payloadId")).toString(), QString::fromLatin1(key));
        QCOMPARE(body.value(QStringLiteral("devices")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("readings")).toInt(), 2);

        const auto rows =
            m_receiver.query(QStringLiteral("SELECT * FROM payloads WHERE id = ?"), {QString::fromLatin1(key)});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(readFile(m_receiver.dataDir() + u'/' + rows[0].value(QStringLiteral("xml_path")).toString()), xml);
        QCOMPARE(readFile(m_receiver.dataDir() + u'/' + rows[0].value(QStringLiteral("archive_path")).toString()), zip);
        QCOMPARE(rows[0].value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-11-25T02:30:00.000Z"));

        // A retry after a lost answer (same key, re-encrypted bytes): 200, the same body, nothing stored twice.
        const QByteArray zipAgain = archive(xml, m_agent.payloadKey);
        QVERIFY(zipAgain != zip);
        const HttpResult retry =
            client.send("POST", url(QStringLiteral("/v1/payloads")), uploadHeaders(m_agent.agentId, key), zipAgain);
        QVERIFY2(retry.status == 200, qPrintable(retry.describe()));
        QCOMPARE(retry.json(), body);
        QCOMPARE(
            m_receiver.query(QStringLiteral("SELECT * FROM payloads WHERE id = ?"), {QString::fromLatin1(key)}).size(),
            1);
        QCOMPARE(readFile(m_receiver.dataDir() + u'/' + rows[0].value(QStringLiteral("archive_path")).toString()), zip);
        const QDir agentDir(m_receiver.dataDir() + QStringLiteral("/payloads/") + m_agent.agentId);
        QCOMPARE(agentDir.entryList(QDir::Files | QDir::Hidden).filter(QString::fromLatin1(key)).size(), 2);

        const QJsonArray listed = m_receiver.list(QStringLiteral("payloads"));
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.last().toObject().value(QStringLiteral("id")).toString(), QString::fromLatin1(key));
    }

    void uploadRefused_data()
    {
        QTest::addColumn<QString>("identity");    // client, second
        QTest::addColumn<QString>("agentHeader"); // self, none, unknown
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("idempotencyKey"); // "new": a fresh UUID
        QTest::addColumn<QString>("body"); // good, wrongKey, notZip, invalidXml, otherAgentId, notWellFormed, version2
        QTest::addColumn<int>("status");
        const QString c = QStringLiteral("client"), self = QStringLiteral("self"), good = QStringLiteral("good");
        const QByteArray zip = "application/zip", one = "1", fresh = "new";
        QTest::newRow("wrong payload key") << c << self << zip << one << fresh << QStringLiteral("wrongKey") << 400;
        QTest::newRow("not a zip") << c << self << zip << one << fresh << QStringLiteral("notZip") << 400;
        QTest::newRow("invalid against the schema")
            << c << self << zip << one << fresh << QStringLiteral("invalidXml") << 400;
        QTest::newRow("not well-formed") << c << self << zip << one << fresh << QStringLiteral("notWellFormed") << 400;
        QTest::newRow("another agent's id in the XML")
            << c << self << zip << one << fresh << QStringLiteral("otherAgentId") << 400;
        QTest::newRow("schema header 2") << c << self << zip << QByteArray("2") << fresh << good << 400;
        QTest::newRow("no schema header") << c << self << zip << QByteArray() << fresh << good << 400;
        QTest::newRow("idempotency key not a UUID") << c << self << zip << one << QByteArray("abc") << good << 400;
        QTest::newRow("wrong content type")
            << c << self << QByteArray("application/xml") << one << fresh << good << 415;
        QTest::newRow("no agent header") << c << QStringLiteral("none") << zip << one << fresh << good << 401;
        QTest::newRow("unknown agent") << c << QStringLiteral("unknown") << zip << one << fresh << good << 403;
        QTest::newRow("certificate of another agent")
            << QStringLiteral("second") << self << zip << one << fresh << good << 403;
    }
    void uploadRefused()
    {
        QFETCH(QString, identity);
        QFETCH(QString, agentHeader);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(QString, body);
        QFETCH(int, status);
        const TestPki &pki = TestPki::instance();
        Client client(identity == u"second" ? &pki.secondClient() : &pki.client());
        const QString agentId = agentHeader == u"self"      ? m_agent.agentId
                                : agentHeader == u"unknown" ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                            : QString();
        QByteArray bytes;
        if (body == u"good")
            bytes = archive(payloadXml(m_agent.agentId), m_agent.payloadKey);
        else if (body == u"wrongKey")
            bytes = archive(payloadXml(m_agent.agentId), QString(64, u'0'));
        else if (body == u"notZip")
            bytes = "PK\x03\x04 this is not really a zip archive";
        else if (body == u"invalidXml")
            bytes = archive(payloadXml(m_agent.agentId).replace("cpuCount", "cpuCores"), m_agent.payloadKey);
        else if (body == u"notWellFormed")
            bytes = archive(payloadXml(m_agent.agentId).replace("</devices>", ""), m_agent.payloadKey);
        else if (body == u"otherAgentId")
            bytes = archive(payloadXml(QStringLiteral("agent-0042")), m_agent.payloadKey);
        QVERIFY(!bytes.isEmpty());

        Headers h = Client::protocol(agentId);
        h.emplaceBack("Content-Type", contentType);
        if (!schema.isEmpty())
            h.emplaceBack("X-Fleetkeeper-Schema", schema);
        const QByteArray key = idempotencyKey == "new" ? newKey() : idempotencyKey;
        h.emplaceBack("Idempotency-Key", key);
        const qint64 stored = m_receiver.count(QStringLiteral("payloads"));
        const HttpResult r = client.send("POST", url(QStringLiteral("/v1/payloads")), h, bytes);
        QVERIFY2(r.status == status, qPrintable(r.describe() + failureContext()));
        QVERIFY2(!r.json().value(QStringLiteral("error")).toString().isEmpty(), qPrintable(r.describe()));
        QCOMPARE(m_receiver.count(QStringLiteral("payloads")), stored);
        if (body == u"invalidXml")
            QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("cpuCores")),
                     qPrintable(r.describe()));
        // Nothing half-written is left behind.
        const QDir agentDir(m_receiver.dataDir() + QStringLiteral("/payloads/") + m_agent.agentId);
        QVERIFY(agentDir.entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void uploadTooLarge()
    {
        // 64 MiB + 1 announced: refused from the head, before a byte of body is sent.
        RawClient raw(m_receiver.port());
        QVERIFY(raw.encrypted());
        raw.write("POST " + kBase.toLatin1() +
                  "/v1/payloads HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Fleetkeeper-Protocol: 1\r\n"
                  "X-Fleetkeeper-Agent: " +
                  m_agent.agentId.toLatin1() +
                  "\r\nX-Fleetkeeper-Schema: 1\r\nContent-Type: application/zip\r\nIdempotency-Key: " + newKey() +
                  "\r\nContent-Length: 67108865\r\n\r\n");
        const RawAnswer a = raw.readAnswer();
        QVERIFY2(a.status() == 413, a.bytes.constData());
        QVERIFY(raw.waitForClose(test::scaled(5000)));
    }

    void commandsAndResults()
    {
        QString error;
        const QString c1 = m_receiver.queueCommand(m_agent.agentId, QStringLiteral("refreshStatus"), 12,
                                                   QStringLiteral("CNB1234567"), {}, 24, &error);
        QVERIFY2(!c1.isEmpty(), qPrintable(error));
        const QString c2 = m_receiver.queueCommand(m_agent.agentId, QStringLiteral("printTestPage"), 7, {},
                                                   {{QStringLiteral("copies"), QStringLiteral("2")}}, 1, &error);
        QVERIFY2(!c2.isEmpty(), qPrintable(error));
        QVERIFY(c1 != c2);
        // Unknown agents and actions are refused by the CLI.
        QVERIFY(m_receiver.queueCommand(QStringLiteral("nobody"), QStringLiteral("reboot"), 1).isEmpty());
        QVERIFY(m_receiver.queueCommand(m_agent.agentId, QStringLiteral("selfDestruct"), 1).isEmpty());

        Client client(&TestPki::instance().client());
        auto commands = [&] {
            const HttpResult r =
                client.send("GET", url(QStringLiteral("/v1/commands")), Client::protocol(m_agent.agentId));
            if (r.status != 200)
                qWarning() << r.describe();
            return r.json().value(QStringLiteral("commands")).toArray();
        };
        auto post = [&](const QString &id, const QByteArray &key, const QJsonObject &result) {
            Headers h = Client::protocol(m_agent.agentId);
            h.emplaceBack("Content-Type", "application/json");
            h.emplaceBack("Idempotency-Key", key);
            return client.send("POST", url(QStringLiteral("/v1/commands/%1/result").arg(id)), h,
                               QJsonDocument(result).toJson());
        };

        QJsonArray listed = commands();
        QCOMPARE(listed.size(), 2);
        const QJsonObject first = listed[0].toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), c1);
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("refreshStatus"));
        QCOMPARE(first.value(QStringLiteral("device")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), 12}, {QStringLiteral("serial"), QStringLiteral("CNB1234567")}}));
        QCOMPARE(first.value(QStringLiteral("parameters")).toObject(), QJsonObject());
        const QDateTime issued =
            QDateTime::fromString(first.value(QStringLiteral("issuedAt")).toString(), Qt::ISODateWithMs);
        const QDateTime expires =
            QDateTime::fromString(first.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        QCOMPARE(issued.secsTo(expires), 24 * 3600);
        QCOMPARE(listed[1].toObject().value(QStringLiteral("device")).toObject().value(QStringLiteral("serial")),
                 QJsonValue(QJsonValue::Undefined));
        QCOMPARE(listed[1].toObject().value(QStringLiteral("parameters")).toObject(),
                 (QJsonObject{{QStringLiteral("copies"), QStringLiteral("2")}}));

        const QJsonObject done{{QStringLiteral("state"), QStringLiteral("done")},
                               {QStringLiteral("message"), QStringLiteral("Polled in 0.8 s")},
                               {QStringLiteral("finishedAt"), QStringLiteral("2026-11-25T08:01:00Z")},
                               {QStringLiteral("details"), QJsonObject()}};
        const QByteArray doneKey = newKey();
        HttpResult r = post(c1, doneKey, done);
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        QCOMPARE(commands().size(), 1); // c1 has its result
        r = post(c1, doneKey, done);    // the same post again (lost answer)
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        r = post(c1, newKey(), done); // the same final state under a new key
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        r = post(c1, newKey(), {{QStringLiteral("state"), QStringLiteral("failed")}});
        QVERIFY2(r.status == 409, qPrintable(r.describe()));

        // pending, then the final result: the command leaves the list at pending.
        r = post(c2, newKey(), {{QStringLiteral("state"), QStringLiteral("pending")}});
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        QCOMPARE(commands().size(), 0);
        r = post(c2, newKey(), {{QStringLiteral("state"), QStringLiteral("denied")}});
        QVERIFY2(r.status == 204, qPrintable(r.describe()));
        r = post(c2, newKey(), {{QStringLiteral("state"), QStringLiteral("pending")}});
        QVERIFY2(r.status == 409, qPrintable(r.describe()));

        QCOMPARE(post(QStringLiteral("c-9999"), newKey(), done).status, 404);
        QCOMPARE(post(c1, newKey(), {{QStringLiteral("state"), QStringLiteral("finished")}}).status, 400);
        QCOMPARE(post(c1, "not-a-uuid", done).status, 400);
        QCOMPARE(post(c1, newKey(), {{QStringLiteral("state"), QStringLiteral("done")}, {QStringLiteral("details"), 3}})
                     .status,
                 400);

        // Another agent neither sees nor answers this agent's commands.
        Client second(&TestPki::instance().secondClient());
        const QString secondId = m_receiver.list(QStringLiteral("agents")).at(1).toObject().value(u"id").toString();
        Headers h = Client::protocol(secondId);
        h.emplaceBack("Content-Type", "application/json");
        h.emplaceBack("Idempotency-Key", newKey());
        QCOMPARE(
            second.send("POST", url(QStringLiteral("/v1/commands/%1/result").arg(c2)), h, QJsonDocument(done).toJson())
                .status,
            404);

        const QJsonArray stored = m_receiver.list(QStringLiteral("commands"));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].toObject().value(u"state").toString(), QStringLiteral("done"));
        QCOMPARE(stored[0].toObject().value(u"message").toString(), QStringLiteral("Polled in 0.8 s"));
        QCOMPARE(stored[1].toObject().value(u"state").toString(), QStringLiteral("denied"));
        QStringList outcomes;
        for (const QJsonValue &v : m_receiver.list(QStringLiteral("results")))
            outcomes << v.toObject().value(u"outcome").toString();
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("recorded"), QStringLiteral("repeated"), QStringLiteral("repeated"),
                              QStringLiteral("conflict"), QStringLiteral("recorded"), QStringLiteral("recorded"),
                              QStringLiteral("conflict")}));
    }

    void settings()
    {
        Client client(&TestPki::instance().client());
        auto get = [&](const QByteArray &ifNoneMatch) {
            Headers h = Client::protocol(m_agent.agentId);
            if (!ifNoneMatch.isEmpty())
                h.emplaceBack("If-None-Match", ifNoneMatch);
            return client.send("GET", url(QStringLiteral("/v1/settings")), h);
        };
        HttpResult r = get({});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"revision").toInt(), 0);
        QCOMPARE(r.header("ETag"), QByteArray("\"0\""));

        const QJsonObject settings{{QStringLiteral("pollIntervalMinutes"), 10},
                                   {QStringLiteral("snmp"), QJsonObject{{QStringLiteral("timeoutMs"), 1500}}}};
        QString error;
        QCOMPARE(m_receiver.setSettings(m_agent.agentId, settings, &error), 1);
        QCOMPARE(m_receiver.setSettings(QStringLiteral("nobody"), settings, &error), -1);

        r = get("\"0\"");
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"revision").toInt(), 1);
        QCOMPARE(r.json().value(u"settings").toObject(), settings);
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        r = get("\"1\"");
        QVERIFY2(r.status == 304, qPrintable(r.describe()));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(get("W/\"1\"").status, 304);
        QCOMPARE(get("\"5\", \"1\"").status, 304);
    }

    void malformedHttp_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray path = kBase.toLatin1() + "/v1/register";
        QTest::newRow("garbage request line") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("binary bytes") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n\r\n", 10) << 400;
        QTest::newRow("oversized headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n") << 431;
        QTest::newRow("oversized request line")
            << QByteArray("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n") << 414;
        QTest::newRow("missing Content-Length") << QByteArray("POST " + path + " HTTP/1.1\r\nHost: x\r\n\r\n") << 411;
        QTest::newRow("chunked") << QByteArray("POST " + path +
                                               " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 411;
        QTest::newRow("malformed Content-Length")
            << QByteArray("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 12a\r\n\r\n") << 400;
        QTest::newRow("two different Content-Lengths")
            << QByteArray("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n")
            << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  more\r\n\r\n") << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("unknown endpoint") << QByteArray("GET /v1/../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
        QTest::newRow("wrong method") << QByteArray("DELETE " + path + " HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
    }
    void malformedHttp()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const qint64 before = m_receiver.count(QStringLiteral("requests"));
        {
            RawClient raw(m_receiver.port());
            QVERIFY(raw.encrypted());
            raw.write(request);
            const RawAnswer a = raw.readAnswer();
            QVERIFY2(a.status() == status, a.bytes.constData());
            QVERIFY(QJsonDocument::fromJson(a.bytes.mid(a.bytes.indexOf("\r\n\r\n") + 4)).object().contains(u"error"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.count(QStringLiteral("requests")) > before, test::scaled(5000));
        const auto last = m_receiver.query(QStringLiteral("SELECT status FROM requests ORDER BY id DESC LIMIT 1"));
        QCOMPARE(last.value(0).value(QStringLiteral("status")).toInt(), status);
        // ...and it keeps serving.
        QVERIFY(m_receiver.isRunning());
        Client client(&TestPki::instance().client());
        QCOMPARE(client.send("GET", url(QStringLiteral("/v1/settings")), Client::protocol(m_agent.agentId)).status,
                 200);
    }

    void keepAliveAndPipelining()
    {
        RawClient raw(m_receiver.port());
        QVERIFY(raw.encrypted());
        const QByteArray get = "GET " + kBase.toLatin1() +
                               "/v1/settings HTTP/1.1\r\nHost: x\r\nX-Fleetkeeper-Protocol: 1\r\n"
                               "X-Fleetkeeper-Agent: " +
                               m_agent.agentId.toLatin1() + "\r\n\r\n";
        raw.write(get + get); // two requests in one write
        QCOMPARE(raw.readAnswer().status(), 200);
        QCOMPARE(raw.readAnswer().status(), 200);
        raw.write(get);
        const RawAnswer third = raw.readAnswer();
        QCOMPARE(third.status(), 200);
        QVERIFY(third.bytes.contains("Connection: keep-alive"));
    }

    void requestLog()
    {
        const QJsonArray rows = m_receiver.list(QStringLiteral("requests"));
        QVERIFY(rows.size() > 20);
        bool sawRegister = false, sawUpload = false, sawTls = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QVERIFY(QDateTime::fromString(row.value(u"at").toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(row.value(u"peer").toString().startsWith(QStringLiteral("127.0.0.1:")));
            QVERIFY(row.value(u"duration_ms").toInteger(-1) >= 0);
            if (row.value(u"path").toString() == kBase + QStringLiteral("/v1/register") &&
                row.value(u"status").toInt() == 201 && row.value(u"agent_id").toString() == m_agent.agentId)
                sawRegister = row.value(u"bytes_in").toInteger() > 100 && row.value(u"bytes_out").toInteger() > 100;
            if (row.value(u"path").toString() == kBase + QStringLiteral("/v1/payloads") &&
                row.value(u"status").toInt() == 201)
                sawUpload = row.value(u"method").toString() == u"POST" && row.value(u"bytes_in").toInteger() > 500;
            if (row.value(u"method").toString() == u"TLS")
                sawTls = row.value(u"error").toString().contains(QStringLiteral("TLS handshake refused"));
        }
        QVERIFY(sawRegister);
        QVERIFY(sawUpload);
        QVERIFY(sawTls);
        // The same log on stdout, one line per request.
        QVERIFY(m_receiver.log().contains(m_agent.agentId + QStringLiteral(" POST ") + kBase +
                                          QStringLiteral("/v1/payloads 201 in=")));
    }

    // A client that sends its head slowly is answered 408 and cut off; others are unaffected.
    void slowClient()
    {
        ReceiverProcess receiver;
        test::ReceiverOptions options;
        options.extraArguments = {QStringLiteral("--header-timeout-ms"), QString::number(test::scaled(300))};
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        RawClient raw(receiver.port());
        QVERIFY(raw.encrypted());
        raw.write("GET /v1/settings HTTP/1.1\r\nHost: x\r\n");
        QElapsedTimer clock;
        clock.start();
        const RawAnswer a = raw.readAnswer(test::scaled(5000));
        QVERIFY2(a.status() == 408, a.bytes.constData());
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(raw.waitForClose(test::scaled(5000)));
    }

    // The test switches for agents' retry tests: --fail-next and --drop-after-store.
    void misbehavingServer()
    {
        ReceiverProcess receiver;
        test::ReceiverOptions options;
        options.failNext = 2;
        options.retryAfterSeconds = 7;
        options.dropAfterStore = true;
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        const TestPki &pki = TestPki::instance();
        Client client(&pki.client());
        const HttpResult reg = registerWith(client, receiver, options.registrationKeys.first());
        QVERIFY2(reg.status == 201, qPrintable(reg.describe()));
        const QString agentId = reg.json().value(u"agentId").toString();
        const QByteArray zip = archive(payloadXml(agentId), reg.json().value(u"payloadKey").toString());
        const QByteArray key = newKey();
        const QString uploadUrl = receiver.baseUrl() + QStringLiteral("/v1/payloads");

        for (int i = 0; i < 2; ++i) {
            const HttpResult r = client.send("POST", uploadUrl, uploadHeaders(agentId, key), zip);
            QVERIFY2(r.status == 503, qPrintable(r.describe()));
            QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        }
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 0);
        // Stored, but the answer is lost: the connection closes without a byte of answer. (A raw
        // socket: Qt's client would silently resend on a new connection and get the 200 below.)
        RawClient raw(receiver.port());
        QVERIFY(raw.encrypted());
        raw.write("POST /v1/payloads HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Fleetkeeper-Protocol: 1\r\n"
                  "X-Fleetkeeper-Agent: " +
                  agentId.toLatin1() +
                  "\r\nX-Fleetkeeper-Schema: 1\r\nContent-Type: application/zip\r\n"
                  "Idempotency-Key: " +
                  key + "\r\nContent-Length: " + QByteArray::number(zip.size()) + "\r\n\r\n" + zip);
        const RawAnswer lost = raw.readAnswer();
        QVERIFY2(lost.bytes.isEmpty(), lost.bytes.constData());
        QVERIFY(raw.waitForClose(test::scaled(5000)));
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 1);
        // The retry with the same key is acknowledged without storing again.
        const HttpResult retry = client.send("POST", uploadUrl, uploadHeaders(agentId, key), zip);
        QVERIFY2(retry.status == 200, qPrintable(retry.describe()));
        QCOMPARE(retry.json().value(u"payloadId").toString(), QString::fromLatin1(key));
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 1);
        QVERIFY(receiver.log().contains(QStringLiteral("answer dropped on purpose")));
    }

    void revokedAgent()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.error()));
        Client client(&TestPki::instance().client());
        const HttpResult reg = registerWith(client, receiver, QStringLiteral("RK-TEST-0001"));
        QVERIFY2(reg.status == 201, qPrintable(reg.describe()));
        const QString agentId = reg.json().value(u"agentId").toString();
        const QString settingsUrl = receiver.baseUrl() + QStringLiteral("/v1/settings");
        QCOMPARE(client.send("GET", settingsUrl, Client::protocol(agentId)).status, 200);
        QVERIFY(receiver
                    .runCli({QStringLiteral("revoke"), QStringLiteral("--data"), receiver.dataDir(),
                             QStringLiteral("--agent"), agentId})
                    .ok());
        const HttpResult refused = client.send("GET", settingsUrl, Client::protocol(agentId));
        QVERIFY2(refused.status == 403 && refused.json().value(u"error").toString().contains(u"revoked"),
                 qPrintable(refused.describe()));
        QCOMPARE(registerWith(client, receiver, QStringLiteral("RK-TEST-0001")).status, 403);
        QCOMPARE(receiver
                     .runCli({QStringLiteral("revoke"), QStringLiteral("--data"), receiver.dataDir(),
                              QStringLiteral("--agent"), QStringLiteral("nobody")})
                     .exitCode,
                 1);
    }

    void registrationKeyFile()
    {
        QTemporaryDir dir;
        QFile keys(dir.filePath(QStringLiteral("keys.txt")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write("# one key a line\n\nRK-FROM-FILE\n");
        keys.close();
        ReceiverProcess receiver;
        test::ReceiverOptions options;
        options.registrationKeys = {};
        options.extraArguments = {QStringLiteral("--registration-key-file"), keys.fileName()};
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        Client client(&TestPki::instance().client());
        QCOMPARE(registerWith(client, receiver, QStringLiteral("RK-FROM-FILE")).status, 201);
        QCOMPARE(registerWith(client, receiver, QStringLiteral("# one key a line")).status, 403);
    }

    void cliUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        const TestPki &pki = TestPki::instance();
        const QStringList serve = {QStringLiteral("serve"), QStringLiteral("--cert"), pki.server().certificate,
                                   QStringLiteral("--key"), pki.server().key,         QStringLiteral("--client-ca"),
                                   pki.caCertificate(),     QStringLiteral("--data"), QStringLiteral("DATA")};
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("launch")} << 2
                                         << QStringLiteral("unknown command launch");
        QTest::newRow("serve without a registration key") << serve << 2 << QStringLiteral("registration-key");
        QTest::newRow("serve with a host name")
            << (serve + QStringList{QStringLiteral("--registration-key"), kKey1, QStringLiteral("--listen"),
                                    QStringLiteral("localhost:8443")})
            << 2 << QStringLiteral("--listen");
        QTest::newRow("serve with a key that is a certificate") << QStringList{QStringLiteral("serve"),
                                                                               QStringLiteral("--cert"),
                                                                               pki.server().certificate,
                                                                               QStringLiteral("--key"),
                                                                               pki.server().certificate,
                                                                               QStringLiteral("--client-ca"),
                                                                               pki.caCertificate(),
                                                                               QStringLiteral("--data"),
                                                                               QStringLiteral("DATA"),
                                                                               QStringLiteral("--registration-key"),
                                                                               kKey1,
                                                                               QStringLiteral("--listen"),
                                                                               QStringLiteral("127.0.0.1:0")}
                                                                << 1 << QStringLiteral("private key");
        QTest::newRow("queue an unknown action")
            << QStringList{QStringLiteral("queue"),   QStringLiteral("--data"),      QStringLiteral("DATA"),
                           QStringLiteral("--agent"), QStringLiteral("x"),           QStringLiteral("--action"),
                           QStringLiteral("explode"), QStringLiteral("--device-id"), QStringLiteral("1")}
            << 2 << QStringLiteral("unknown action explode");
        QTest::newRow("list something else") << QStringList{QStringLiteral("list"), QStringLiteral("secrets"),
                                                            QStringLiteral("--data"), QStringLiteral("DATA")}
                                             << 2 << QStringLiteral("list wants one of");
        QTest::newRow("list agents as a table") << QStringList{QStringLiteral("list"), QStringLiteral("agents"),
                                                               QStringLiteral("--data"), QStringLiteral("DATA")}
                                                << 0 << QStringLiteral("cert_sha256");
        QTest::newRow("list from a directory without receiver.db")
            << QStringList{QStringLiteral("list"), QStringLiteral("agents"), QStringLiteral("--data"),
                           QStringLiteral("/nonexistent/receiver-data")}
            << 1 << QStringLiteral("does not exist");
    }
    void cliUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        arguments.replaceInStrings(QStringLiteral("DATA"), m_receiver.dataDir());
        const test::ReceiverCliResult r = m_receiver.runCli(arguments);
        QVERIFY2(r.exitCode == exitCode && r.output().contains(output), qPrintable(r.output()));
        // The payload key is shown only when asked for.
        QVERIFY(!r.output().contains(m_agent.payloadKey));
    }

    void cleanupTestCase()
    {
        m_receiver.stop();
        QVERIFY(m_receiver.log().contains(QStringLiteral("fleetkeeper-receiver stopped")));
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
