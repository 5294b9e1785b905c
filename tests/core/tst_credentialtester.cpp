// The credential test against real agents (snmpsimd, and Net-SNMP's snmpd for the USM reports
// snmpsimd does not send): every outcome an administrator can meet is classified as the class that
// tells what to fix, and a working credential reports the device.

#include "Facts.h"
#include "SnmpSim.h"
#include "SnmpdAgent.h"
#include "TestEnv.h"
#include "discovery/CredentialTester.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(fleet::snmp::Credential)

using namespace fleet;
using namespace fleet::discovery;
using namespace fleet::snmp;

namespace {
const QString kRecording = QStringLiteral("brother-hl-l8260cdw");

Credential quick(Credential c)
{
    c.timeoutMs = test::scaled(400);
    c.retries = 0;
    return c;
}

Credential community(const QString &name, Version version = Version::V2c)
{
    Credential c;
    c.version = version;
    c.community = name;
    return quick(c);
}

Credential v3(const QString &user, AuthProtocol auth, const QString &authPass, PrivProtocol priv = PrivProtocol::None,
              const QString &privPass = {}, const QString &context = kRecording)
{
    Credential c;
    c.version = Version::V3;
    c.user = user;
    c.level = priv != PrivProtocol::None   ? SecurityLevel::AuthPriv
              : auth != AuthProtocol::None ? SecurityLevel::AuthNoPriv
                                           : SecurityLevel::NoAuthNoPriv;
    c.authProtocol = auth;
    c.authPassword = authPass;
    c.privProtocol = priv;
    c.privPassword = privPass;
    c.contextName = context;
    return quick(c);
}

QString describe(const CredentialTestResult &r)
{
    return QStringLiteral("answered=%1 class=%2 message=\"%3\" address=%4 sysName=\"%5\" %6 ms")
        .arg(r.answered)
        .arg(errorClassName(r.error.cls), r.error.message, r.address, r.sysName)
        .arg(r.durationMs);
}
} // namespace

class TestCredentialTester : public QObject
{
    Q_OBJECT
private:
    test::SnmpSim m_printers; // every recording, community = recording name, the default v3 users
    test::SnmpSim m_switch;   // a device that answers SNMP and is no printer
    test::SnmpdAgent m_snmpd; // reports unknown users (snmpsimd stays silent)
    quint16 m_silentPort = 0;

    CredentialTestResult runTest(const QString &host, const Credential &credential)
    {
        CredentialTester tester;
        QSignalSpy finished(&tester, &CredentialTester::finished);
        tester.start(host, credential);
        [&] { QVERIFY(finished.wait(test::scaled(10000))); }();
        if (finished.isEmpty())
            return {};
        // Nothing more arrives after the answer.
        QTest::qWait(50);
        [&] { QCOMPARE(finished.size(), 1); }();
        [&] { QVERIFY(!tester.isRunning()); }();
        return finished.first().first().value<CredentialTestResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_printers.start(test::fixtureDir()), qPrintable(m_printers.error()));
        QVERIFY2(m_switch.start(test::sourceDir() + QStringLiteral("/tests/fixtures/other")),
                 qPrintable(m_switch.error()));
        QVERIFY2(m_snmpd.start(), qPrintable(m_snmpd.error()));
        m_silentPort = test::freeUdpPort();
    }

    void parseHost_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::addRow("ipv4") << QStringLiteral("10.0.0.5") << QStringLiteral("10.0.0.5") << 161;
        QTest::addRow("ipv4 with port") << QStringLiteral(" 10.0.0.5:1161 ") << QStringLiteral("10.0.0.5") << 1161;
        QTest::addRow("ipv4 /32") << QStringLiteral("10.0.0.5/32") << QStringLiteral("10.0.0.5") << 161;
        QTest::addRow("name") << QStringLiteral("printer.example") << QStringLiteral("printer.example") << 161;
        QTest::addRow("name with port") << QStringLiteral("printer:1161") << QStringLiteral("printer") << 1161;
        QTest::addRow("ipv6") << QStringLiteral("FE80::1") << QStringLiteral("fe80::1") << 161;
        QTest::addRow("ipv6 with port") << QStringLiteral("[::1]:1161") << QStringLiteral("::1") << 1161;
        QTest::addRow("empty") << QStringLiteral("  ") << QString() << 0;
        QTest::addRow("range") << QStringLiteral("10.0.0.1-5") << QString() << 0;
        QTest::addRow("prefix") << QStringLiteral("10.0.0.0/24") << QString() << 0;
        QTest::addRow("list") << QStringLiteral("10.0.0.1, 10.0.0.2") << QString() << 0;
        QTest::addRow("bad octet") << QStringLiteral("10.0.0.300") << QString() << 0;
        QTest::addRow("bad port") << QStringLiteral("10.0.0.1:70000") << QString() << 0;
    }
    void parseHost()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString why;
        const auto parsed = CredentialTester::parseHost(text, &why);
        if (host.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY(!why.isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(why));
        QCOMPARE(parsed->host, host);
        QCOMPARE(int(parsed->port), port);
    }

    void classifies_data()
    {
        // In host, "%p" stands for the printers' port, "%s" the switch's, "%d" snmpd's, "%q" a silent one.
        QTest::addColumn<QString>("host");
        QTest::addColumn<Credential>("credential");
        QTest::addColumn<QString>("expected"); // error class name; "none" for an answer
        QTest::addColumn<bool>("printer");

        const QString key = QStringLiteral("auctoritas"), priv = QStringLiteral("privatus");
        QTest::addRow("v2c right community")
            << QStringLiteral("127.0.0.1:%p") << community(kRecording) << QStringLiteral("none") << true;
        QTest::addRow("v1 right community")
            << QStringLiteral("127.0.0.1:%p") << community(kRecording, Version::V1) << QStringLiteral("none") << true;
        QTest::addRow("host name") << QStringLiteral("localhost:%p") << community(kRecording) << QStringLiteral("none")
                                   << true;
        QTest::addRow("not a printer") << QStringLiteral("127.0.0.1:%s") << community(QStringLiteral("network-switch"))
                                       << QStringLiteral("none") << false;
        QTest::addRow("v3 SHA/AES") << QStringLiteral("127.0.0.1:%p")
                                    << v3(QStringLiteral("shaaes"), AuthProtocol::SHA1, key, PrivProtocol::AES128, priv)
                                    << QStringLiteral("none") << true;
        QTest::addRow("v3 SHA-224/AES-192-C")
            << QStringLiteral("127.0.0.1:%p")
            << v3(QStringLiteral("sha224aes192c"), AuthProtocol::SHA224, key, PrivProtocol::AES192C, priv)
            << QStringLiteral("none") << true;
        QTest::addRow("v3 noAuthNoPriv") << QStringLiteral("127.0.0.1:%p")
                                         << v3(QStringLiteral("noauth"), AuthProtocol::None, {})
                                         << QStringLiteral("none") << true;
        QTest::addRow("wrong community") << QStringLiteral("127.0.0.1:%p") << community(QStringLiteral("wrong"))
                                         << QStringLiteral("noResponse") << false;
        QTest::addRow("nothing listening")
            << QStringLiteral("127.0.0.1:%q") << community(kRecording) << QStringLiteral("noResponse") << false;
        QTest::addRow("wrong auth passphrase") << QStringLiteral("127.0.0.1:%p")
                                               << v3(QStringLiteral("shaaes"), AuthProtocol::SHA1,
                                                     QStringLiteral("not-the-key"), PrivProtocol::AES128, priv)
                                               << QStringLiteral("wrongAuth") << false;
        QTest::addRow("unknown user") << QStringLiteral("127.0.0.1:%d")
                                      << v3(QStringLiteral("nobody-here"), AuthProtocol::SHA1, key, PrivProtocol::None,
                                            {}, {})
                                      << QStringLiteral("unknownUser") << false;
        QTest::addRow("snmpd SHA-256/AES-256")
            << QStringLiteral("127.0.0.1:%d")
            << v3(QStringLiteral("sha256aes256"), AuthProtocol::SHA256, key, PrivProtocol::AES256, priv, {})
            << QStringLiteral("none") << false;
        // Right after a working poll of the same agent: the engine ID is cached, and must not hide this.
        QTest::addRow("snmpd wrong privacy passphrase") << QStringLiteral("127.0.0.1:%d")
                                                        << v3(QStringLiteral("sha256aes256"), AuthProtocol::SHA256, key,
                                                              PrivProtocol::AES256, QStringLiteral("not-private"), {})
                                                        << QStringLiteral("decryptionFailed") << false;
        QTest::addRow("snmpd wrong auth passphrase") << QStringLiteral("127.0.0.1:%d")
                                                     << v3(QStringLiteral("sha1authonly"), AuthProtocol::SHA1,
                                                           QStringLiteral("not-the-key"), PrivProtocol::None, {}, {})
                                                     << QStringLiteral("wrongAuth") << false;
        QTest::addRow("wrong privacy passphrase") << QStringLiteral("127.0.0.1:%p")
                                                  << v3(QStringLiteral("shaaes"), AuthProtocol::SHA1, key,
                                                        PrivProtocol::AES128, QStringLiteral("not-private"))
                                                  << QStringLiteral("decryptionFailed") << false;
        QTest::addRow("unresolvable name") << QStringLiteral("no-such-printer.invalid") << community(kRecording)
                                           << QStringLiteral("dnsFailure") << false;
        QTest::addRow("range instead of a host")
            << QStringLiteral("127.0.0.1-9") << community(kRecording) << QStringLiteral("configError") << false;
        QTest::addRow("unusable credential")
            << QStringLiteral("127.0.0.1:%p")
            << v3(QStringLiteral("shaaes"), AuthProtocol::SHA1, QStringLiteral("short"))
            << QStringLiteral("configError") << false;
    }
    void classifies()
    {
        QFETCH(QString, host);
        QFETCH(Credential, credential);
        QFETCH(QString, expected);
        QFETCH(bool, printer);
        host.replace(QStringLiteral("%p"), QString::number(m_printers.port()))
            .replace(QStringLiteral("%s"), QString::number(m_switch.port()))
            .replace(QStringLiteral("%d"), QString::number(m_snmpd.port()))
            .replace(QStringLiteral("%q"), QString::number(m_silentPort));

        const CredentialTestResult r = runTest(host, credential);
        QCOMPARE(r.host, host);
        QVERIFY2(errorClassName(r.error.cls) == expected,
                 qPrintable(describe(r) + u'\n' + m_printers.output().right(1500)));
        QCOMPARE(r.answered, expected == u"none");
        QCOMPARE(r.printer, printer);
        if (!r.answered) {
            QVERIFY2(!r.error.message.isEmpty(), qPrintable(describe(r)));
            return;
        }
        QVERIFY(r.address.startsWith(QStringLiteral("127.0.0.1:")));
        QVERIFY(!r.sysDescr.isEmpty());
        if (printer) {
            const QJsonObject system = test::loadFacts(kRecording).value(QStringLiteral("system")).toObject();
            QCOMPARE(r.sysName, test::cleanFactText(system.value(QStringLiteral("sysName")).toString()));
            QCOMPARE(r.sysObjectID, system.value(QStringLiteral("sysObjectID")).toString());
        } else if (host.endsWith(QString::number(m_snmpd.port()))) {
            QCOMPARE(r.sysName, test::SnmpdAgent::sysName());
        } else {
            QCOMPARE(r.sysName, QStringLiteral("core-switch-2"));
        }
    }

    void cancelAnswersAtOnce()
    {
        CredentialTester tester;
        QSignalSpy finished(&tester, &CredentialTester::finished);
        Credential slow = community(kRecording);
        slow.timeoutMs = 5000;
        tester.start(QStringLiteral("127.0.0.1:%1").arg(m_silentPort), slow);
        QTest::qWait(50);
        QVERIFY(tester.isRunning());
        tester.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(errorClassName(finished.first().first().value<CredentialTestResult>().error.cls),
                 QStringLiteral("cancelled"));
        QVERIFY(!tester.isRunning());
        QTest::qWait(test::scaled(300));
        QCOMPARE(finished.size(), 1);
    }

    void restartReportsOnlyTheLastProbe()
    {
        CredentialTester tester;
        QSignalSpy finished(&tester, &CredentialTester::finished);
        // The first probe would fail (configError, queued); the second replaces it before it is reported.
        tester.start(QStringLiteral("10.0.0.300"), community(kRecording));
        tester.start(QStringLiteral("127.0.0.1:%1").arg(m_printers.port()), community(kRecording));
        QVERIFY(finished.wait(test::scaled(10000)));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<CredentialTestResult>();
        QVERIFY2(r.answered, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCredentialTester)
#include "tst_credentialtester.moc"
