// The remote-services server's own certificate, watched for expiry, against the reference receiver
// (fleetkeeper-receiver on 127.0.0.1, mutual TLS). Its leaf certificates are made here with openssl
// and the test CA of TestPki: one that ends in 5 days and a renewed one. Checked: after a sync the
// stored facts are the certificate's (fingerprint computed by openssl, not Qt); one client reports a
// certificate once, and an unchanged certificate is never rewritten; an alerting cycle opens
// "certificate expiring" naming the server's host, and clears it once a sync has seen the renewed
// certificate; `fleetkeeper-cli sync` shows it; a handshake that fails verification (expired, wrong
// host, unknown CA, pin mismatch) records nothing.

#include "ReceiverProcess.h"
#include "SyncTestSetup.h"
#include "TestEnv.h"
#include "TestPki.h"

#include "alerting/AlertingCycle.h"
#include "alerting/WatchedCertificates.h"
#include "storage/Database.h"
#include "sync/HttpsClient.h"
#include "sync/ServerCertificate.h"
#include "sync/SyncAgent.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::sync;
using namespace std::chrono_literals;
using fleet::test::PkiIdentity;
using fleet::test::ReceiverOptions;
using fleet::test::ReceiverProcess;
using fleet::test::runSync;
using fleet::test::TestPki;

namespace {

const QString kHost = QStringLiteral("127.0.0.1");

// A server certificate (CN=localhost, SAN IP:127.0.0.1 and DNS:localhost) of TestPki's CA, valid
// from now for `days` days.
bool makeServerCertificate(const QString &dir, const QString &name, int days, PkiIdentity *out, QString *error)
{
    const TestPki &pki = TestPki::instance();
    out->certificate = dir + u'/' + name + QStringLiteral(".pem");
    out->key = dir + u'/' + name + QStringLiteral(".key");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("openssl"), {QStringLiteral("req"),
                                        QStringLiteral("-x509"),
                                        QStringLiteral("-CA"),
                                        pki.caCertificate(),
                                        QStringLiteral("-CAkey"),
                                        pki.dir() + QStringLiteral("/ca.key"),
                                        QStringLiteral("-newkey"),
                                        QStringLiteral("ec"),
                                        QStringLiteral("-pkeyopt"),
                                        QStringLiteral("ec_paramgen_curve:P-256"),
                                        QStringLiteral("-nodes"),
                                        QStringLiteral("-keyout"),
                                        out->key,
                                        QStringLiteral("-config"),
                                        pki.dir() + QStringLiteral("/pki.cnf"),
                                        QStringLiteral("-extensions"),
                                        QStringLiteral("server_ext"),
                                        QStringLiteral("-subj"),
                                        QStringLiteral("/CN=localhost"),
                                        QStringLiteral("-days"),
                                        QString::number(days),
                                        QStringLiteral("-sha256"),
                                        QStringLiteral("-out"),
                                        out->certificate});
    if (!p.waitForFinished(test::scaled(30000)) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl req for %1 failed: %2").arg(name, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    out->fingerprint = TestPki::sha256Fingerprint(out->certificate, error);
    out->pin = TestPki::spkiPin(out->certificate, error);
    return !out->fingerprint.isEmpty() && !out->pin.isEmpty();
}

class Profile : public test::SyncTestProfile
{
public:
    void configure(const QString &url, const QString &pin = {},
                   const QString &caFile = TestPki::instance().caCertificate())
    {
        test::SyncTestConfig config;
        config.url = url;
        config.pin = pin;
        config.caFile = caFile;
        test::configureSync(root(), config);
    }
};

RegistrationRequest registration()
{
    return test::testRegistration();
}

SyncError registerAgent(SyncAgent &agent)
{
    return test::registerAgent(agent, registration()).first;
}

// The certificate conditions one alerting round opened or cleared.
QList<alerting::Transition> certificateTransitions(storage::Database &db, const ProfileRoot &profile)
{
    alerting::AlertingOptions options;
    options.tracker.clearHold = 0s; // a renewed certificate clears the condition in the same round
    options.certificates = alerting::watchedCertificates(profile, db);
    auto report = alerting::runAlertingCycle(db, QDateTime::currentDateTimeUtc(), options);
    if (!report) {
        qWarning() << "alerting cycle failed:" << report.error().message;
        return {};
    }
    QList<alerting::Transition> out;
    for (const alerting::Transition &t : std::as_const(report->transitions))
        if (t.tracked.condition.kind == alerting::ConditionKind::CertificateExpiring)
            out << t;
    return out;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QString &profile, const QStringList &args)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(test::binDir() + QStringLiteral("/fleetkeeper-cli"),
            QStringList{QStringLiteral("--profile"), profile} + args);
    CliRun r;
    if (!p.waitForFinished(test::scaled(60000))) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestServerCertWatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    PkiIdentity m_soon;    // ends in 5 days
    PkiIdentity m_renewed; // the same names, 400 days

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY2(QFile::exists(ReceiverProcess::executable()), qPrintable(ReceiverProcess::executable()));
        QVERIFY(m_certDir.isValid());
        QString error;
        QVERIFY2(makeServerCertificate(m_certDir.path(), QStringLiteral("soon"), 5, &m_soon, &error),
                 qPrintable(error));
        QVERIFY2(makeServerCertificate(m_certDir.path(), QStringLiteral("renewed"), 400, &m_renewed, &error),
                 qPrintable(error));
        QVERIFY(m_soon.fingerprint != m_renewed.fingerprint);
    }

    void recordsWatchesAndClearsOnRenewal()
    {
        ReceiverProcess receiver;
        ReceiverOptions options;
        options.certificate = m_soon.certificate;
        options.key = m_soon.key;
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        Profile profile;
        profile.configure(receiver.baseUrl());

        SyncAgent agent(profile.root());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const SyncError registered = registerAgent(agent);
        QVERIFY2(!registered, qPrintable(registered.message + receiver.log()));
        const SyncReport first = runSync(agent);
        QVERIFY2(first.ok, qPrintable(first.error.message + receiver.log()));

        storage::Database db(QStringLiteral("test"));
        QVERIFY(!db.open(profile.root().databasePath()));
        auto stored = ServerCertificateStore(db).forHost(kHost);
        QVERIFY2(stored, qPrintable(stored.error().message));
        QVERIFY(stored->isValid());
        QCOMPARE(stored->host, kHost);
        QCOMPARE(stored->subject, QStringLiteral("localhost"));
        QVERIFY2(stored->altNames.contains(QStringLiteral("IP:127.0.0.1")), qPrintable(stored->altNames.join(u' ')));
        QVERIFY2(stored->altNames.contains(QStringLiteral("DNS:localhost")), qPrintable(stored->altNames.join(u' ')));
        QCOMPARE(stored->issuer, QStringLiteral("CN=Fleetkeeper Test CA"));
        QCOMPARE(stored->sha256, m_soon.fingerprint); // computed by openssl
        const QDateTime in5Days = QDateTime::currentDateTimeUtc().addDays(5);
        QVERIFY2(qAbs(stored->notAfter.secsTo(in5Days)) < 3600, qPrintable(stored->notAfter.toString(Qt::ISODate)));
        QVERIFY(stored->notBefore < QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(stored->seenAt >= before && stored->seenAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM server_certificates"))->toInt(), 1);

        // An unchanged certificate is not written again: a marker put in the row survives a sync.
        QVERIFY(!db.exec(QStringLiteral("UPDATE server_certificates SET subject = 'marker' WHERE host = ?"), {kHost}));
        const SyncReport again = runSync(agent);
        QVERIFY2(again.ok, qPrintable(again.error.message + receiver.log()));
        QCOMPARE(ServerCertificateStore(db).forHost(kHost)->subject, QStringLiteral("marker"));
        QVERIFY(
            !db.exec(QStringLiteral("UPDATE server_certificates SET subject = 'localhost' WHERE host = ?"), {kHost}));

        // Both entry points of alerting see it, under the server's host.
        const QString name = QStringLiteral("server's certificate (127.0.0.1)");
        for (const auto &certs :
             {alerting::watchedCertificates(profile.root(), db), alerting::watchedCertificates(profile.root())}) {
            const auto it = std::find_if(certs.cbegin(), certs.cend(),
                                         [&name](const alerting::CertificateInput &c) { return c.name == name; });
            QVERIFY2(it != certs.cend(), "the server's certificate is not watched");
            QCOMPARE(it->expiresAt, stored->notAfter);
        }

        // Within the 30 days of the default threshold: the condition opens and names the host.
        const QList<alerting::Transition> opened = certificateTransitions(db, profile.root());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().event, alerting::TransitionEvent::Opened);
        const alerting::Condition &c = opened.first().tracked.condition;
        QCOMPARE(c.key, QStringLiteral("agent/certificate/") + name);
        QCOMPARE(c.severity, alerting::Severity::Critical); // under 7 days
        QVERIFY2(c.text.startsWith(QStringLiteral("The server's certificate (127.0.0.1) expires on ")),
                 qPrintable(c.text));
        QVERIFY2(c.text.contains(QStringLiteral("(in 4 days)")), qPrintable(c.text));
        QVERIFY(certificateTransitions(db, profile.root()).isEmpty()); // still open: nothing new

        // The CLI's status shows it, as JSON and as text.
        const CliRun json = runCli(profile.dir(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, QByteArray(json.out + json.err).constData());
        const QJsonObject shown =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("serverCertificate")).toObject();
        QCOMPARE(shown.value(QStringLiteral("subject")).toString(), QStringLiteral("localhost"));
        QCOMPARE(shown.value(QStringLiteral("sha256")).toString(), m_soon.fingerprint);
        QCOMPARE(shown.value(QStringLiteral("notAfter")).toString(), stored->notAfter.toString(Qt::ISODate));
        const CliRun text = runCli(profile.dir(), {QStringLiteral("sync")});
        QVERIFY2(text.exitCode == 0, QByteArray(text.out + text.err).constData());
        const QString line =
            QStringLiteral("serverCertificate: localhost, valid until %1").arg(stored->notAfter.toString(Qt::ISODate));
        QVERIFY2(QString::fromUtf8(text.out).contains(line), text.out.constData());

        // The provider renews the certificate; the next sync sees it and the condition clears.
        options.certificate = m_renewed.certificate;
        options.key = m_renewed.key;
        QVERIFY2(receiver.restart(options), qPrintable(receiver.error()));
        const SyncReport renewed = runSync(agent);
        QVERIFY2(renewed.ok, qPrintable(renewed.error.message + receiver.log()));
        auto now = ServerCertificateStore(db).forHost(kHost);
        QVERIFY2(now, qPrintable(now.error().message));
        QCOMPARE(now->sha256, m_renewed.fingerprint);
        QVERIFY(now->notAfter > QDateTime::currentDateTimeUtc().addDays(399));
        QVERIFY(now->seenAt >= stored->seenAt);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM server_certificates"))->toInt(), 1);
        const QList<alerting::Transition> cleared = certificateTransitions(db, profile.root());
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.first().event, alerting::TransitionEvent::Cleared);
        QCOMPARE(cleared.first().tracked.condition.key, QStringLiteral("agent/certificate/") + name);
    }

    // One client hands a certificate to its recorder once, however many requests it makes.
    void oneReportPerCertificate()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.error()));
        SyncSettings s;
        s.serverUrl = QUrl(receiver.baseUrl());
        s.caFile = TestPki::instance().caCertificate();
        s.pin = TestPki::instance().serverPin();
        s.clientCertFile = TestPki::instance().client().certificate;
        s.clientKeyFile = TestPki::instance().client().key;
        s.proxyMode = ProxyMode::None;
        auto config = TransportConfig::from(s, {});
        QVERIFY2(config, qPrintable(config.error()));
        HttpsClient client(*config);
        QList<ServerCertificate> reported;
        client.setCertificateRecorder([&reported](const ServerCertificate &c) { reported << c; });
        int answered = 0;
        for (int i = 0; i < 3; ++i) {
            HttpRequest r;
            r.method = "GET";
            r.path = QStringLiteral("/v1/commands");
            std::optional<HttpResponse> response;
            client.send(r, [&response](const HttpResponse &h) { response = h; });
            QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), test::scaled(20000));
            if (response->status > 0) // not registered: 401 or 403, over a verified connection
                ++answered;
        }
        QCOMPARE(answered, 3);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().sha256, TestPki::instance().server().fingerprint);
        QCOMPARE(reported.first().host, kHost);
    }

    void failedVerificationRecordsNothing_data()
    {
        const TestPki &pki = TestPki::instance();
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("kind");
        QTest::addRow("expired") << pki.expired().certificate << pki.expired().key << pki.caCertificate() << QString()
                                 << int(SyncErrorKind::TlsExpired);
        QTest::addRow("wrong host") << pki.wrongHost().certificate << pki.wrongHost().key << pki.caCertificate()
                                    << QString() << int(SyncErrorKind::TlsHostMismatch);
        QTest::addRow("unknown CA") << pki.server().certificate << pki.server().key << pki.otherCaCertificate()
                                    << QString() << int(SyncErrorKind::TlsUnknownCa);
        QTest::addRow("pin mismatch") << pki.server().certificate << pki.server().key << pki.caCertificate()
                                      << pki.wrongHost().pin << int(SyncErrorKind::TlsPinMismatch);
        // The control row: the same steps with a certificate that passes do record it.
        QTest::addRow("verified") << pki.server().certificate << pki.server().key << pki.caCertificate()
                                  << pki.serverPin() << int(SyncErrorKind::None);
    }

    void failedVerificationRecordsNothing()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, caFile);
        QFETCH(QString, pin);
        QFETCH(int, kind);
        ReceiverProcess receiver;
        ReceiverOptions options;
        options.certificate = certificate;
        options.key = key;
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        Profile profile;
        profile.configure(receiver.baseUrl(), pin, caFile);
        SyncAgent agent(profile.root());
        const SyncError error = registerAgent(agent);
        QVERIFY2(int(error.kind) == kind, qPrintable(syncErrorKindName(error.kind) + u' ' + error.message));

        storage::Database db(QStringLiteral("test"));
        QVERIFY(!db.open(profile.root().databasePath()));
        const int rows = db.scalar(QStringLiteral("SELECT count(*) FROM server_certificates"))->toInt();
        QCOMPARE(rows, kind == int(SyncErrorKind::None) ? 1 : 0);
        const QString name = QStringLiteral("server's certificate (127.0.0.1)");
        const auto certs = alerting::watchedCertificates(profile.root(), db);
        const bool watched = std::any_of(certs.cbegin(), certs.cend(),
                                         [&name](const alerting::CertificateInput &c) { return c.name == name; });
        QCOMPARE(watched, kind == int(SyncErrorKind::None));
    }
};

QTEST_GUILESS_MAIN(TestServerCertWatch)
#include "tst_servercertwatch.moc"
