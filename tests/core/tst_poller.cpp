// Polls every recording served by a real snmpsimd on loopback, over v2c and SNMPv3 authPriv, and
// compares what the engine reports with the recording's independently computed .facts.json.

#include "Facts.h"
#include "SimFleet.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "collect/Poller.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(fleet::snmp::Credential)
Q_DECLARE_METATYPE(fleet::snmp::ErrorClass)

using namespace fleet;
using namespace fleet::collect;
using namespace fleet::snmp;

class TestPoller : public QObject
{
    Q_OBJECT
private:
    test::SnmpSim m_sim;

    QList<DeviceSnapshot> pollAll(const QList<PollTarget> &targets, PollOptions options = {})
    {
        Poller poller;
        QList<DeviceSnapshot> out;
        connect(&poller, &Poller::deviceFinished, this, [&](const DeviceSnapshot &s) { out << s; });
        QSignalSpy done(&poller, &Poller::finished);
        poller.start(targets, options);
        if (!done.wait(test::scaled(120000)))
            qWarning("poll did not finish");
        return out;
    }

    PollTarget target(const Credential &c)
    {
        PollTarget t;
        t.target = m_sim.endpoint();
        t.host = m_sim.address();
        t.port = m_sim.port();
        t.credentials = {c};
        return t;
    }

    static Credential v2c(const QString &community)
    {
        Credential c;
        c.version = Version::V2c;
        c.community = community;
        c.timeoutMs = test::scaled(2000);
        c.retries = 1;
        return c;
    }

    static Credential v3(const QString &user, AuthProtocol a, PrivProtocol p, const QString &context,
                         const QString &authPass = QStringLiteral("auctoritas"),
                         const QString &privPass = QStringLiteral("privatus"))
    {
        Credential c;
        c.version = Version::V3;
        c.user = user;
        c.level = p != PrivProtocol::None   ? SecurityLevel::AuthPriv
                  : a != AuthProtocol::None ? SecurityLevel::AuthNoPriv
                                            : SecurityLevel::NoAuthNoPriv;
        c.authProtocol = a;
        c.authPassword = a != AuthProtocol::None ? authPass : QString();
        c.privProtocol = p;
        c.privPassword = p != PrivProtocol::None ? privPass : QString();
        c.contextName = context;
        c.timeoutMs = test::scaled(2000);
        c.retries = 0;
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error())); }

    void recordingOverV2c_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : test::recordingNames())
            QTest::addRow("%s", qPrintable(n)) << n;
    }
    void recordingOverV2c()
    {
        QFETCH(QString, name);
        const auto results = pollAll({target(v2c(name))});
        QCOMPARE(results.size(), 1);
        test::compareWithFacts(results.first(), test::loadFacts(name));
        QVERIFY2(results.first().requests <= 20, qPrintable(QString::number(results.first().requests)));
    }

    void recordingOverV1_data() { recordingOverV2c_data(); }
    void recordingOverV1()
    {
        // SNMPv1 walks with GETNEXT, one row per request, and ends subtrees on noSuchName.
        QFETCH(QString, name);
        Credential c = v2c(name);
        c.version = Version::V1;
        const auto results = pollAll({target(c)});
        QCOMPARE(results.size(), 1);
        test::compareWithFacts(results.first(), test::loadFacts(name));
    }

    void recordingOverV3AuthPriv_data() { recordingOverV2c_data(); }
    void recordingOverV3AuthPriv()
    {
        QFETCH(QString, name);
        const auto results =
            pollAll({target(v3(QStringLiteral("shaaes"), AuthProtocol::SHA1, PrivProtocol::AES128, name))});
        QCOMPARE(results.size(), 1);
        test::compareWithFacts(results.first(), test::loadFacts(name));
    }

    void v3SecurityLevelsAndAlgorithms_data()
    {
        QTest::addColumn<Credential>("cred");
        const QString ctx = QStringLiteral("utax-p-4532dn");
        QTest::addRow("MD5/DES") << v3(QStringLiteral("simulator"), AuthProtocol::MD5, PrivProtocol::DES, ctx);
        QTest::addRow("SHA-256/AES-256") << v3(QStringLiteral("sha256aes256"), AuthProtocol::SHA256,
                                               PrivProtocol::AES256, ctx);
        QTest::addRow("SHA-512/AES-192") << v3(QStringLiteral("sha512aes192"), AuthProtocol::SHA512,
                                               PrivProtocol::AES192, ctx);
        QTest::addRow("SHA-384/AES-256-C")
            << v3(QStringLiteral("sha384aes256c"), AuthProtocol::SHA384, PrivProtocol::AES256C, ctx);
        QTest::addRow("SHA-224/AES-192-C")
            << v3(QStringLiteral("sha224aes192c"), AuthProtocol::SHA224, PrivProtocol::AES192C, ctx);
        QTest::addRow("authNoPriv") << v3(QStringLiteral("authonly"), AuthProtocol::SHA1, PrivProtocol::None, ctx);
        QTest::addRow("noAuthNoPriv") << v3(QStringLiteral("noauth"), AuthProtocol::None, PrivProtocol::None, ctx);
    }
    void v3SecurityLevelsAndAlgorithms()
    {
        QFETCH(Credential, cred);
        const auto results = pollAll({target(cred)});
        QCOMPARE(results.size(), 1);
        test::compareWithFacts(results.first(), test::loadFacts(QStringLiteral("utax-p-4532dn")));
    }

    void classifiedErrors_data()
    {
        QTest::addColumn<Credential>("cred");
        QTest::addColumn<ErrorClass>("expected");
        const QString ctx = QStringLiteral("utax-p-4532dn");
        QTest::addRow("wrong community") << v2c(QStringLiteral("no-such-community")) << ErrorClass::NoResponse;
        QTest::addRow("wrong auth password") << v3(QStringLiteral("shaaes"), AuthProtocol::SHA1, PrivProtocol::AES128,
                                                   ctx, QStringLiteral("wrongpassword"))
                                             << ErrorClass::WrongAuth;
    }
    void classifiedErrors()
    {
        QFETCH(Credential, cred);
        QFETCH(ErrorClass, expected);
        cred.timeoutMs = 300;
        cred.retries = 0;
        const auto results = pollAll({target(cred)});
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first().reachable);
        QCOMPARE(errorClassName(results.first().error.cls), errorClassName(expected));
        QVERIFY(!results.first().error.message.isEmpty());
    }

    void credentialsTriedInOrder()
    {
        PollTarget t = target(v2c(QStringLiteral("wrong")));
        t.credentials.first().timeoutMs = 200;
        t.credentials.first().retries = 0;
        Credential good = v2c(QStringLiteral("canon-tm-5300"));
        good.name = QStringLiteral("site-default");
        t.credentials << good;
        const auto results = pollAll({t});
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().reachable);
        QCOMPARE(results.first().credentialName, QStringLiteral("site-default"));
    }

    void dnsFailureIsClassified()
    {
        PollTarget t = target(v2c(QStringLiteral("public")));
        t.host = QStringLiteral("no-such-printer.invalid");
        t.target = t.host;
        const auto results = pollAll({t});
        QCOMPARE(results.size(), 1);
        QCOMPARE(errorClassName(results.first().error.cls), QStringLiteral("dnsFailure"));
    }

    void deadStrangersDoNotSerialise()
    {
        // 64 silent addresses with a 400 ms timeout and one retry finish in about 0.8 s, not 64 x 0.8 s.
        QList<PollTarget> targets;
        for (int i = 1; i <= 64; ++i) {
            PollTarget t;
            t.host = QStringLiteral("127.77.0.%1").arg(i);
            t.target = t.host;
            t.port = m_sim.port();
            Credential c = v2c(QStringLiteral("public"));
            c.timeoutMs = 400;
            c.retries = 1;
            t.credentials = {c};
            targets << t;
        }
        const auto results = pollAll(targets);
        QCOMPARE(results.size(), 64);
        for (const DeviceSnapshot &s : results)
            QCOMPARE(errorClassName(s.error.cls), QStringLiteral("noResponse"));
    }

    void deadlineStopsASlowDevice()
    {
        Credential c = v2c(QStringLiteral("nobody-answers"));
        c.timeoutMs = 5000;
        c.retries = 3;
        PollOptions o;
        o.deviceDeadlineMs = 300;
        const auto results = pollAll({target(c)}, o);
        QCOMPARE(results.size(), 1);
        QCOMPARE(errorClassName(results.first().error.cls), QStringLiteral("deadlineExceeded"));
        QVERIFY(results.first().durationMs < 3000);
    }

    void fiveHundredTwelveInFlight_data()
    {
        QTest::addColumn<bool>("v3");
        QTest::addRow("v2c") << false;
        QTest::addRow("v3 authPriv SHA/AES") << true;
    }
    void fiveHundredTwelveInFlight()
    {
        // 1,024 simulated printers (every recording, round-robin) with 512 polls in flight at once:
        // each must come back complete and match its own recording.
        QFETCH(bool, v3);
        const bool useV3 = v3;
        test::SimFleet fleet;
        QVERIFY2(fleet.start({test::fixtureDir()}, 1024, QStringLiteral("127.20.0.1"),
                             {QStringLiteral("shaaes:SHA:auctoritas:AES:privatus")}),
                 qPrintable(fleet.error()));
        QList<PollTarget> targets;
        for (const QString &address : fleet.addresses()) {
            Credential c =
                useV3 ? TestPoller::v3(QStringLiteral("shaaes"), AuthProtocol::SHA1, PrivProtocol::AES128, QString())
                      : v2c(QStringLiteral("public"));
            c.retries = 2;
            PollTarget t;
            t.target = address;
            t.host = address;
            t.port = fleet.port();
            t.credentials = {c};
            targets << t;
        }
        PollOptions options;
        options.concurrency = 512;
        const auto results = pollAll(targets, options);
        QCOMPARE(results.size(), targets.size());
        QHash<QString, QJsonObject> factsByRecording;
        for (const DeviceSnapshot &s : results) {
            const QString recording = QFileInfo(fleet.recordingFor(s.target)).completeBaseName();
            if (!factsByRecording.contains(recording))
                factsByRecording.insert(recording, test::loadFacts(recording));
            test::compareWithFacts(s, factsByRecording.value(recording));
            if (QTest::currentTestFailed()) {
                qWarning() << "device" << s.target << "recording" << recording;
                return;
            }
        }
    }

    void cancelFinishesPromptly()
    {
        Poller poller;
        QSignalSpy done(&poller, &Poller::finished);
        Credential c = v2c(QStringLiteral("nobody-answers"));
        c.timeoutMs = 5000;
        poller.start({target(c)}, {});
        poller.cancel();
        QCOMPARE(done.count(), 1);
        QVERIFY(!poller.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
