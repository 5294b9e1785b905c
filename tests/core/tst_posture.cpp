// The security posture probe and report against real agents: snmpsimd serving a default or a
// secret community, with and without SNMPv3; Net-SNMP's snmpd with a default write community
// (and the value it holds unchanged by the probe); loopback TCP listeners standing in for telnet,
// FTP and raw 9100; firmware compared with what polling stored; the exports against hostile text.

#include "SnmpSim.h"
#include "SnmpdAgent.h"
#include "TestEnv.h"
#include "actions/ActionPolicy.h"
#include "demo/SimulatorFleet.h"
#include "posture/DeviceProbe.h"
#include "posture/PostureExport.h"
#include "posture/PostureJob.h"
#include "posture/PostureReportBuilder.h"
#include "posture/PostureStore.h"
#include "security/AuditLog.h"
#include "storage/SnapshotStore.h"
#include "sync/SyncSettings.h"
#include "tst_storage_data.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace fleet;
using namespace fleet::posture;

namespace {

const QString kSysLocationOid = QStringLiteral("1.3.6.1.2.1.1.6.0");

// A data dir snmpsimd (dropping to nobody when run as root) can read, with one recording served
// under the given community.
std::unique_ptr<QTemporaryDir> dataDirWith(const QString &community)
{
    auto dir = std::make_unique<QTemporaryDir>();
    QFile::setPermissions(dir->path(), QFileDevice::Permissions(0x7755));
    const QString target = dir->filePath(community + QStringLiteral(".snmprec"));
    QFile::copy(test::fixtureDir() + QStringLiteral("/brother-hl-l8260cdw.snmprec"), target);
    QFile::setPermissions(target, QFileDevice::Permissions(0x6444));
    return dir;
}

// snmpsimd with its SNMPv1/v2c-only architecture (--v2c-arch): it does not speak SNMPv3 at all,
// as a printer with SNMPv3 switched off. The shared fixture always enables SNMPv3 users.
class V2cOnlySim
{
public:
    ~V2cOnlySim() { stop(); }
    bool start(const QString &dataDir, const QByteArray &community)
    {
        QFile::setPermissions(m_run.path(), QFileDevice::Permissions(0x7777));
        m_port = test::freeUdpPort();
        QStringList args{QStringLiteral("--v2c-arch"), QStringLiteral("--data-dir=%1").arg(dataDir),
                         QStringLiteral("--cache-dir=%1/cache").arg(m_run.path()),
                         QStringLiteral("--agent-udpv4-endpoint=127.0.0.1:%1").arg(m_port),
                         QStringLiteral("--logging-method=null")};
        if (::geteuid() == 0)
            args << QStringLiteral("--process-user=nobody") << QStringLiteral("--process-group=nogroup");
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("snmpsimd"), args);
        if (!m_process.waitForStarted(5000))
            return false;
        QDeadlineTimer deadline(test::scaled(60000));
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QUdpSocket s;
            s.writeDatagram(demo::readinessProbe(community), QHostAddress::LocalHost, m_port);
            if (s.waitForReadyRead(300))
                return true;
        }
        m_output = QString::fromLocal8Bit(m_process.readAll());
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }

private:
    QTemporaryDir m_run;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

ProbeOptions quickOptions(const QList<ServicePort> &ports = {})
{
    ProbeOptions o;
    o.snmpTimeoutMs = test::scaled(1500);
    o.tcpTimeoutMs = test::scaled(1000);
    // Closed loopback ports unless a test opens some: nothing on this machine is probed by accident.
    o.ports.clear();
    for (Service s : allServices())
        o.ports.append({s, test::freeTcpPort()});
    for (const ServicePort &p : ports)
        for (ServicePort &q : o.ports)
            if (q.service == p.service)
                q.port = p.port;
    return o;
}

ProbeResult probe(const QString &address, const ProbeOptions &options)
{
    DeviceProbe p(1, address, options);
    QSignalSpy spy(&p, &DeviceProbe::finished);
    p.start();
    if (spy.isEmpty())
        spy.wait(test::scaled(20000));
    return spy.isEmpty() ? ProbeResult{} : spy.constFirst().constFirst().value<ProbeResult>();
}

QStringList findingIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id);
    return ids;
}

QStringList deviceFindingIds(const ProbeResult &r)
{
    storage::DeviceRecord d;
    d.id = r.deviceId;
    return findingIds(PostureReportBuilder::deviceFindings(d, &r, {}));
}

bool hasCommunity(const ProbeResult &r, snmp::Version v, const QString &community)
{
    for (const CommunityAnswer &c : r.defaultCommunities)
        if (c.version == v && c.community == community)
            return true;
    return false;
}

} // namespace

Q_DECLARE_METATYPE(fleet::posture::ProbeResult)

class TestPosture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void splitHostPort_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addRow("v4 with port") << QStringLiteral("10.0.0.5:1161") << true << QStringLiteral("10.0.0.5") << 1161;
        QTest::addRow("v4 without port") << QStringLiteral("10.0.0.5") << true << QStringLiteral("10.0.0.5") << 161;
        QTest::addRow("v6 with port") << QStringLiteral("[fe80::1]:161") << true << QStringLiteral("fe80::1") << 161;
        QTest::addRow("name") << QStringLiteral("printer.example:161") << true << QStringLiteral("printer.example")
                              << 161;
        QTest::addRow("bad port") << QStringLiteral("10.0.0.5:x") << false << QString() << 0;
        QTest::addRow("empty") << QString() << false << QString() << 0;
    }
    void splitHostPort()
    {
        QFETCH(QString, address);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString gotHost;
        quint16 gotPort = 0;
        QCOMPARE(posture::splitHostPort(address, &gotHost, &gotPort), ok);
        if (ok) {
            QCOMPARE(gotHost, host);
            QCOMPARE(int(gotPort), port);
        }
    }

    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::addRow("numeric not text") << QStringLiteral("2.9") << QStringLiteral("2.10") << -1;
        QTest::addRow("equal") << QStringLiteral("1.0.3") << QStringLiteral("1.0.3") << 0;
        QTest::addRow("case") << QStringLiteral("V1.0.3") << QStringLiteral("v1.0.3") << 0;
        QTest::addRow("longer is newer") << QStringLiteral("1.0.3.1") << QStringLiteral("1.0.3") << 1;
        QTest::addRow("leading zeros") << QStringLiteral("100.002.057") << QStringLiteral("100.2.58") << -1;
        QTest::addRow("huge numbers") << QStringLiteral("20240101123456789012") << QStringLiteral("9") << 1;
        QTest::addRow("xerox style") << QStringLiteral("100.002.057.09608") << QStringLiteral("100.002.057.10230")
                                     << -1;
    }
    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(posture::compareVersions(a, b), expected);
        QCOMPARE(posture::compareVersions(b, a), -expected);
    }

    // snmpsimd serving "public": both SNMP versions answer the default community (findings), the
    // SET is refused (snmpsimd answers noSuchInstance), SNMPv3 answers engine discovery.
    void defaultCommunityAnswers()
    {
        auto data = dataDirWith(QStringLiteral("public"));
        test::SnmpSim sim;
        QVERIFY2(sim.start(data->path()), qPrintable(sim.error()));
        const ProbeResult r = probe(sim.endpoint(), quickOptions());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(hasCommunity(r, snmp::Version::V1, QStringLiteral("public")));
        QVERIFY(hasCommunity(r, snmp::Version::V2c, QStringLiteral("public")));
        QVERIFY(!hasCommunity(r, snmp::Version::V2c, QStringLiteral("private")));
        QCOMPARE(r.writeAccepted, Observed::No);
        QCOMPARE(r.v3, Observed::Yes);
        const QStringList ids = deviceFindingIds(r);
        QVERIFY2(ids.contains(QStringLiteral("snmp-v1-default-community")), qPrintable(ids.join(u',')));
        QVERIFY(ids.contains(QStringLiteral("snmp-v2c-default-community")));
        QVERIFY(!ids.contains(QStringLiteral("snmp-write-default-community")));
        QVERIFY(!ids.contains(QStringLiteral("snmp-no-v3")));
    }

    // Only a secret community is served: no default-community finding, and the write test is
    // "not tested" (nothing to read sysLocation with).
    void secretCommunityOnly()
    {
        auto data = dataDirWith(QStringLiteral("n0t-the-default-7x"));
        test::SnmpSim sim;
        QVERIFY2(sim.start(data->path()), qPrintable(sim.error()));
        const ProbeResult r = probe(sim.endpoint(), quickOptions());
        QVERIFY(r.defaultCommunities.isEmpty());
        QCOMPARE(r.writeAccepted, Observed::NotTested);
        QVERIFY(!r.writeNote.isEmpty());
        QCOMPARE(r.v3, Observed::Yes);
        const QStringList ids = deviceFindingIds(r);
        QVERIFY2(!ids.contains(QStringLiteral("snmp-v1-default-community")), qPrintable(ids.join(u',')));
        QVERIFY(!ids.contains(QStringLiteral("snmp-v2c-default-community")));
    }

    // snmpsimd without SNMPv3 (--v2c-arch) is reported as such; the agent above with it is not.
    void noSnmpV3()
    {
        auto data = dataDirWith(QStringLiteral("public"));
        V2cOnlySim sim;
        QVERIFY2(sim.start(data->path(), QByteArrayLiteral("public")), qPrintable(sim.output()));
        const ProbeResult r = probe(QStringLiteral("127.0.0.1:%1").arg(sim.port()), quickOptions());
        QVERIFY(hasCommunity(r, snmp::Version::V2c, QStringLiteral("public")));
        QCOMPARE(r.v3, Observed::No);
        QVERIFY(deviceFindingIds(r).contains(QStringLiteral("snmp-no-v3")));
    }

    // Net-SNMP's snmpd with "private" as write community: the SET of sysLocation to its own value
    // is accepted (finding) and the value is the same afterwards; with a secret write community
    // the same probe finds nothing.
    void writeCommunity_data()
    {
        QTest::addColumn<QString>("writeCommunity");
        QTest::addColumn<bool>("finding");
        QTest::addRow("default private") << QStringLiteral("private") << true;
        QTest::addRow("secret") << QStringLiteral("wr1te-only-us-42") << false;
    }
    void writeCommunity()
    {
        QFETCH(QString, writeCommunity);
        QFETCH(bool, finding);
        test::SnmpdAgent agent;
        const test::SnmpdUser reader{QStringLiteral("noauth"), {}, {}, {}, {}};
        agent.setExtraConfig({QStringLiteral("rocommunity public 127.0.0.1"),
                              QStringLiteral("rwcommunity %1 127.0.0.1").arg(writeCommunity),
                              // sysLocation from the config file is read-only in snmpd; this makes it
                              // writable, as it is on most printers.
                              QStringLiteral("override -rw .%1 octet_str \"%2\"")
                                  .arg(kSysLocationOid, test::SnmpdAgent::sysLocation())});
        QVERIFY2(agent.start({reader}), qPrintable(agent.error()));
        const QString before = agent.snmpget(reader, {kSysLocationOid}).values.value(kSysLocationOid);
        QVERIFY2(before.contains(test::SnmpdAgent::sysLocation()), qPrintable(before));

        const ProbeResult r = probe(agent.endpoint(), quickOptions());
        QCOMPARE(r.writeAccepted == Observed::Yes, finding);
        QVERIFY2(r.writeAccepted != Observed::NotTested, qPrintable(r.writeNote));
        if (finding)
            QCOMPARE(r.writeCommunity, writeCommunity);
        QCOMPARE(deviceFindingIds(r).contains(QStringLiteral("snmp-write-default-community")), finding);
        QCOMPARE(r.v3, Observed::Yes); // snmpd always speaks SNMPv3

        const test::SnmpGetResult after = agent.snmpget(reader, {kSysLocationOid});
        QVERIFY2(after.ok, qPrintable(after.output));
        QCOMPARE(after.values.value(kSysLocationOid), before);
    }

    // Loopback listeners stand in for a device's telnet, FTP and raw 9100; closed ports give none.
    void ports_data()
    {
        QTest::addColumn<QStringList>("open");
        QTest::addRow("telnet ftp raw open")
            << QStringList{QStringLiteral("telnet"), QStringLiteral("ftp"), QStringLiteral("raw")};
        QTest::addRow("http only") << QStringList{QStringLiteral("http")};
        QTest::addRow("all closed") << QStringList{};
    }
    void ports()
    {
        QFETCH(QStringList, open);
        QList<std::shared_ptr<QTcpServer>> servers;
        QList<ServicePort> ports;
        for (const QString &name : open) {
            auto server = std::make_shared<QTcpServer>();
            QVERIFY(server->listen(QHostAddress::LocalHost));
            ports.append({*serviceFromName(name), server->serverPort()});
            servers.append(server);
        }
        // No SNMP agent: a free UDP port on loopback.
        const ProbeResult r = probe(QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort()), quickOptions(ports));
        QCOMPARE(r.services.size(), allServices().size());
        for (const ServiceResult &s : r.services) {
            const bool shouldBeOpen = open.contains(serviceName(s.service));
            QCOMPARE(s.state, shouldBeOpen ? PortState::Open : PortState::Closed);
        }
        const QStringList ids = deviceFindingIds(r);
        QCOMPARE(ids.contains(QStringLiteral("telnet-open")), open.contains(QStringLiteral("telnet")));
        QCOMPARE(ids.contains(QStringLiteral("ftp-open")), open.contains(QStringLiteral("ftp")));
        QCOMPARE(ids.contains(QStringLiteral("raw-9100-open")), open.contains(QStringLiteral("raw")));
        QCOMPARE(ids.contains(QStringLiteral("http-without-tls")), open.contains(QStringLiteral("http")));
        QVERIFY(!ids.contains(QStringLiteral("lpr-open")));
        QVERIFY(r.defaultCommunities.isEmpty());
        QCOMPARE(r.v3, Observed::No);
    }

    // Firmware is compared with the newest stored for the same model; unknown firmware and
    // other models are no finding.
    void firmwareAgainstFleet()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleet.db"))));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto printer = [&](int n, const QString &model, const QString &firmware) {
            DeviceSnapshot s =
                storage::test::printer(QStringLiteral("10.9.0.%1:161").arg(n), QStringLiteral("SER%1").arg(n),
                                       {QStringLiteral("00:11:22:33:55:%1").arg(n, 2, 10, QLatin1Char('0'))}, now);
            s.identity.model = model;
            s.identity.sysName = QStringLiteral("printer-%1").arg(n);
            s.identity.firmware = firmware;
            return s;
        };
        QVERIFY(storage::SnapshotStore(db).storeBatch(
            {printer(1, QStringLiteral("AltaLink C8045"), QStringLiteral("100.002.057.09608")),
             printer(2, QStringLiteral("AltaLink C8045"), QStringLiteral("100.002.057.10230")),
             printer(3, QStringLiteral("AltaLink C8045"), QString()),
             printer(4, QStringLiteral("VersaLink B405"), QStringLiteral("1.0"))}));
        auto report = PostureReportBuilder::load(db, dir.filePath(QStringLiteral("fleetkeeper.ini")));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->devices.size(), 4);
        QHash<QString, QStringList> byName;
        for (const DevicePosture &d : report->devices)
            byName.insert(d.name, findingIds(d.findings));
        QVERIFY(byName.value(QStringLiteral("printer-1")).contains(QStringLiteral("firmware-older-than-fleet")));
        QVERIFY(!byName.value(QStringLiteral("printer-2")).contains(QStringLiteral("firmware-older-than-fleet")));
        QVERIFY(!byName.value(QStringLiteral("printer-3")).contains(QStringLiteral("firmware-older-than-fleet")));
        QVERIFY(!byName.value(QStringLiteral("printer-4")).contains(QStringLiteral("firmware-older-than-fleet")));
        for (const DevicePosture &d : report->devices)
            QCOMPARE(d.score, scoreOf(d.findings));
    }

    // The job probes the stored devices, stores each result, and the report reads them back.
    void jobStoresResults()
    {
        auto data = dataDirWith(QStringLiteral("public"));
        test::SnmpSim sim;
        QVERIFY2(sim.start(data->path()), qPrintable(sim.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.db"));
        {
            storage::Database db;
            QVERIFY(!db.open(path));
            QVERIFY(storage::SnapshotStore(db).storeBatch(
                {storage::test::printer(sim.endpoint(), QStringLiteral("SIM1"), {QStringLiteral("00:11:22:33:66:01")},
                                        QDateTime::currentDateTimeUtc())}));
        }
        PostureJob job(path, {QStringLiteral("alice"), security::Role::Administrator}, quickOptions());
        QSignalSpy finished(&job, &PostureJob::finished);
        job.run();
        QVERIFY(!finished.isEmpty() || finished.wait(test::scaled(20000)));
        QCOMPARE(finished.constFirst().at(0).toInt(), 1);
        QCOMPARE(finished.constFirst().at(1).toString(), QString());

        storage::Database db;
        QVERIFY(!db.open(path));
        auto stored = PostureStore(db).results();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const ProbeResult r = stored->constBegin().value();
        QVERIFY(r.probedAt.isValid());
        QVERIFY(hasCommunity(r, snmp::Version::V2c, QStringLiteral("public")));
        auto report = PostureReportBuilder::load(db, dir.filePath(QStringLiteral("fleetkeeper.ini")));
        QVERIFY(report);
        QVERIFY(
            findingIds(report->devices.constFirst().findings).contains(QStringLiteral("snmp-v2c-default-community")));
        QVERIFY(report->devices.constFirst().score < 100);
    }

    // A read-only user may not probe: nothing is sent or stored, and the refusal is audited.
    void jobRefusesReadOnlyUser()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.db"));
        {
            storage::Database db;
            QVERIFY(!db.open(path));
            QVERIFY(storage::SnapshotStore(db).storeBatch(
                {storage::test::printer(QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort()), QStringLiteral("RO1"),
                                        {QStringLiteral("00:11:22:33:66:02")}, QDateTime::currentDateTimeUtc())}));
        }
        PostureJob job(path, {QStringLiteral("bob"), security::Role::Customer}, quickOptions());
        QSignalSpy finished(&job, &PostureJob::finished);
        job.run();
        QVERIFY(!finished.isEmpty() || finished.wait(test::scaled(10000)));
        QCOMPARE(finished.constFirst().at(0).toInt(), 0);
        QVERIFY(finished.constFirst().at(1).toString().contains(QStringLiteral("bob")));
        storage::Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(PostureStore(db).results()->size(), 0);
        auto audit = security::AuditLog(db).list();
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->constFirst().action, QStringLiteral("posture.probe"));
        QCOMPARE(audit->constFirst().result, QString(security::kAuditDenied));
    }

    void agentFindings_data()
    {
        QTest::addColumn<bool>("lockedDown");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<bool>("disableChanging");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("open") << false << QString() << true << false
                              << QStringList{QStringLiteral("agent-normal-mode"), QStringLiteral("agent-no-tls-pin"),
                                             QStringLiteral("agent-remote-actions"),
                                             QStringLiteral("agent-device-changing-actions")};
        QTest::addRow("hardened") << true << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") << false
                                  << true << QStringList{};
    }
    void agentFindings()
    {
        QFETCH(bool, lockedDown);
        QFETCH(QString, pin);
        QFETCH(bool, remote);
        QFETCH(bool, disableChanging);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("fleetkeeper.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            sync::SyncSettings s;
            s.serverUrl = QUrl(QStringLiteral("https://rs.example.invalid/fleetkeeper"));
            s.agentId = QStringLiteral("agent-1");
            s.pin = pin;
            s.securityMode = lockedDown ? sync::SecurityMode::LockedDown : sync::SecurityMode::Normal;
            QCOMPARE(s.save(settings), QString());
            actions::ActionPolicy policy;
            policy.setRemoteAllowed(remote);
            policy.setDisabled(actions::ActionKind::Reboot, disableChanging);
            policy.setDisabled(actions::ActionKind::Firmware, disableChanging);
            policy.save(settings);
            settings.sync();
        }
        const QStringList ids = findingIds(PostureReportBuilder::agentFindings(AgentSettings::load(ini)));
        QCOMPARE(ids, expected);
    }

    // Device text is hostile: the page stays well-formed XML, the name appears as text only.
    void htmlEscapesHostileText()
    {
        const QString hostile = QStringLiteral("<script>alert(\"x\")</script>&amp;'\x01</td>");
        PostureReport report;
        report.generatedAt = QDateTime::currentDateTimeUtc();
        DevicePosture d;
        d.deviceId = 7;
        d.name = hostile;
        d.model = QStringLiteral("<b>model</b>");
        d.address = QStringLiteral("10.0.0.7:161");
        d.findings = {{QStringLiteral("telnet-open"), Severity::High, QStringLiteral("Telnet is open"), hostile,
                       QStringLiteral("Disable it")}};
        d.score = scoreOf(d.findings);
        report.devices = {d};
        const QByteArray html = reportHtml(report);
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<b>"));
        QXmlStreamReader xml(html);
        int scripts = 0;
        bool nameSeen = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"script")
                ++scripts;
            if (xml.isCharacters() && xml.text().contains(QStringLiteral("<script>alert(\"x\")</script>&amp;'")))
                nameSeen = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QCOMPARE(scripts, 0);
        QVERIFY(nameSeen);
    }

    void csvIsFormulaSafe()
    {
        PostureReport report;
        DevicePosture d;
        d.deviceId = 3;
        d.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
        d.findings = {{QStringLiteral("ftp-open"), Severity::Medium, QStringLiteral("FTP is open"),
                       QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("Disable FTP")}};
        report.devices = {d};
        const QString csv = QString::fromUtf8(reportCsv(report));
        QVERIFY2(csv.contains(QStringLiteral("'=HYPERLINK")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("'+cmd")));
        for (const QString &line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            for (const QString &field : line.split(u','))
                QVERIFY2(!field.startsWith(u'=') && !field.startsWith(u'+') && !field.startsWith(u'@') &&
                             !field.startsWith(QStringLiteral("\"=")) && !field.startsWith(QStringLiteral("\"+")),
                         qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestPosture)
#include "tst_posture.moc"
