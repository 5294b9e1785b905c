// fleetkeeper-cli as a user or script runs it: the built binary in a QProcess, stdin closed, a profile
// directory of its own, real simulated printers on loopback.

#include "CliRunner.h"
#include "SnmpSim.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::CliResult;
using fleet::test::CliRunner;

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    test::SnmpSim m_sim;

    CliResult cli(const QStringList &args, const QString &profile = {})
    {
        CliRunner runner(profile.isEmpty() ? m_profile.path() : profile);
        runner.setTimeout(120000);
        return runner.run(args);
    }

    QString recording(const QString &name) const
    {
        return test::fixtureDir() + u'/' + name + QStringLiteral(".snmprec");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error()));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no command") << QStringList{};
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::addRow("bad timeout") << QStringList{QStringLiteral("poll"), QStringLiteral("--timeout"),
                                                    QStringLiteral("soon"), QStringLiteral("127.0.0.1")};
        QTest::addRow("unknown option") << QStringList{QStringLiteral("devices"), QStringLiteral("--frob")};
        QTest::addRow("poll nothing") << QStringList{QStringLiteral("poll")};
        QTest::addRow("bad v3 protocol") << QStringList{QStringLiteral("poll"),     QStringLiteral("--v3-user"),
                                                        QStringLiteral("u"),        QStringLiteral("--v3-auth"),
                                                        QStringLiteral("SHA-999"),  QStringLiteral("--v3-auth-pass"),
                                                        QStringLiteral("12345678"), QStringLiteral("127.0.0.1")};
        QTest::addRow("short v3 passphrase")
            << QStringList{QStringLiteral("poll"),           QStringLiteral("--v3-user"), QStringLiteral("u"),
                           QStringLiteral("--v3-auth-pass"), QStringLiteral("short"),     QStringLiteral("127.0.0.1")};
        QTest::addRow("show unknown device") << QStringList{QStringLiteral("show"), QStringLiteral("no-such-thing")};
        QTest::addRow("discover garbage") << QStringList{QStringLiteral("discover"), QStringLiteral("300.1.2.3")};
    }
    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), "a usage error explains itself on stderr");
    }

    void pollJsonContract()
    {
        const CliResult r = cli({QStringLiteral("poll"), QStringLiteral("--json"), QStringLiteral("--community"),
                                 QStringLiteral("kyocera-cs-4053ci"), m_sim.endpoint()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray devices = r.json().value(u"devices").toArray();
        QCOMPARE(devices.size(), 1);
        const QJsonObject d = devices.first().toObject();
        for (const char *key :
             {"target", "reachable", "error", "identity", "network", "status", "alerts", "counters", "supplies"})
            QVERIFY2(d.contains(QLatin1String(key)), key);
        QCOMPARE(d.value(u"target").toString(), m_sim.endpoint());
        QVERIFY(d.value(u"error").isNull());
        const QJsonObject id = d.value(u"identity").toObject();
        for (const char *key : {"sysDescr", "sysObjectID", "sysName", "sysLocation", "sysContact", "manufacturer",
                                "model", "serialNumber", "firmware", "uptimeSeconds"})
            QVERIFY2(id.contains(QLatin1String(key)), key);
        QCOMPARE(id.value(u"serialNumber").toString(), QStringLiteral("RH28Y00024"));
        QCOMPARE(d.value(u"counters").toObject().value(u"lifetimeImpressions").toInteger(), 76498);
        const QJsonArray meters = d.value(u"counters").toObject().value(u"meters").toArray();
        bool vendorTotal = false;
        for (const QJsonValue m : meters)
            vendorTotal =
                vendorTotal || (m[u"name"].toString() == u"total" && m[u"source"].toString().startsWith(u"vendor:"));
        QVERIFY2(vendorTotal, "the Kyocera profile's total meter is reported with its provenance");
        const QJsonArray alerts = d.value(u"alerts").toArray();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.first()[u"code"][u"name"].toString(), QStringLiteral("powerUp"));
    }

    void pollFailureExitsWith1AndKeepsOrder()
    {
        const CliResult r =
            cli({QStringLiteral("poll"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("300"),
                 QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("--community"),
                 QStringLiteral("utax-p-4532dn"), QStringLiteral("127.0.0.1:1"), m_sim.endpoint()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QJsonArray devices = r.json().value(u"devices").toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(0)[u"target"].toString(), QStringLiteral("127.0.0.1:1"));
        QCOMPARE(devices.at(0)[u"reachable"].toBool(), false);
        QCOMPARE(devices.at(0)[u"error"][u"class"].toString(), QStringLiteral("noResponse"));
        QCOMPARE(devices.at(1)[u"reachable"].toBool(), true);
    }

    void profilesKeepSecretsOutOfTheDatabase()
    {
        QTemporaryDir profile;
        const QString secret = QStringLiteral("s3cret-community-4711");
        const QString pass = QStringLiteral("v3-passphrase-0815");
        CliResult r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("office"),
                           QStringLiteral("--community"), secret},
                          profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("secure"),
                 QStringLiteral("--v3-user"), QStringLiteral("fleet"), QStringLiteral("--v3-auth"),
                 QStringLiteral("SHA-256"), QStringLiteral("--v3-auth-pass"), pass, QStringLiteral("--v3-priv"),
                 QStringLiteral("AES-128"), QStringLiteral("--v3-priv-pass"), pass, QStringLiteral("--position"),
                 QStringLiteral("1")},
                profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray profiles = r.json().value(u"profiles").toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0)[u"name"].toString(), QStringLiteral("secure"));
        QCOMPARE(profiles.at(0)[u"auth"].toString(), QStringLiteral("SHA-256"));
        QCOMPARE(profiles.at(1)[u"name"].toString(), QStringLiteral("office"));
        QVERIFY(!r.out.contains(secret.toUtf8()) && !r.out.contains(pass.toUtf8()));

        for (const QString &file : QDir(profile.path()).entryList(QDir::Files)) {
            QFile f(profile.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            // The secrets are encrypted (secrets.enc, key in secrets.key): in plain text nowhere.
            if (file == u"secrets.enc" || file == u"secrets.key")
                QCOMPARE(int(f.permissions() &
                             (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
                         0);
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains(pass.toUtf8()), qPrintable(file));
        }
        // Using the profiles, with diagnostics on, prints neither secret either.
        qputenv("QT_LOGGING_RULES", "fleet.*=true");
        r = cli({QStringLiteral("poll"), QStringLiteral("--verbose"), QStringLiteral("--cred"),
                 QStringLiteral("secure"), QStringLiteral("--cred"), QStringLiteral("office"),
                 QStringLiteral("--timeout"), QStringLiteral("200"), QStringLiteral("--retries"), QStringLiteral("0"),
                 QStringLiteral("127.0.0.1:9")},
                profile.path());
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), "diagnostics were on");
        for (const QByteArray &s : {secret.toUtf8(), pass.toUtf8()})
            QVERIFY2(!r.out.contains(s) && !r.err.contains(s), "a secret reached the output or the log");

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("office")}, profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, profile.path());
        QCOMPARE(r.json().value(u"profiles").toArray().size(), 1);
    }

    void discoverSweepStoresPrintersOnly()
    {
        // Printers, a switch and silent addresses in one range; a port of its own for this fleet.
        test::SnmpSim fleet;
        const QString other = test::sourceDir() + QStringLiteral("/tests/fixtures/other/network-switch.snmprec");
        QVERIFY2(fleet.startFleet({{QStringLiteral("127.0.41.1"), recording(QStringLiteral("hp-laserjet-mfp-m130nw"))},
                                   {QStringLiteral("127.0.41.2"), recording(QStringLiteral("brother-mfc-9970cdw"))},
                                   {QStringLiteral("127.0.41.3"), other},
                                   {QStringLiteral("127.0.41.5"), recording(QStringLiteral("ricoh-mp-c2503"))}}),
                 qPrintable(fleet.error()));
        QTemporaryDir profile;
        const QString range = QStringLiteral("127.0.41.1-127.0.41.8:%1").arg(fleet.port());
        const CliResult r = cli({QStringLiteral("discover"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                                 QStringLiteral("500"), QStringLiteral("--retries"), QStringLiteral("0"),
                                 QStringLiteral("--exclude"), QStringLiteral("127.0.41.8"), range},
                                profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"found").toArray().size(), 3);
        QCOMPARE(o.value(u"skipped").toArray().size(), 1);
        QCOMPARE(o.value(u"skipped").toArray().first()[u"sysObjectID"].toString(),
                 QStringLiteral("1.3.6.1.4.1.9.1.1208"));
        QCOMPARE(o.value(u"failed").toArray().size(), 3); // .4 .6 .7 are silent; .8 is excluded
        QCOMPARE(o.value(u"excluded").toInt(), 1);

        const CliResult devices = cli({QStringLiteral("devices"), QStringLiteral("--json")}, profile.path());
        QCOMPARE(devices.json().value(u"devices").toArray().size(), 3);
        for (const QJsonValue d : devices.json().value(u"devices").toArray())
            QCOMPARE(d[u"discoveryMethod"].toString(), QStringLiteral("scan"));
    }

    void knownPrinterOnNewAddressIsNotDuplicated()
    {
        QTemporaryDir profile;
        const QString hp = recording(QStringLiteral("hp-laserjet-mfp-m130nw"));
        const quint16 port = test::freeUdpPort();
        {
            test::SnmpSim before;
            QVERIFY2(before.startFleet({{QStringLiteral("127.0.42.1"), hp}}, port), qPrintable(before.error()));
            const CliResult r =
                cli({QStringLiteral("discover"), QStringLiteral("127.0.42.1:%1").arg(port)}, profile.path());
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        test::SnmpSim after; // the same printer, now on another address (DHCP gave it a new lease)
        QVERIFY2(after.startFleet({{QStringLiteral("127.0.42.2"), hp}}, port), qPrintable(after.error()));
        const CliResult r = cli({QStringLiteral("discover"), QStringLiteral("--json"),
                                 QStringLiteral("127.0.42.1-127.0.42.2:%1").arg(port), QStringLiteral("--timeout"),
                                 QStringLiteral("400"), QStringLiteral("--retries"), QStringLiteral("0")},
                                profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject found = r.json().value(u"found").toArray().first().toObject();
        QCOMPARE(found.value(u"ipChanged").toBool(), true);

        const CliResult devices = cli({QStringLiteral("devices"), QStringLiteral("--json")}, profile.path());
        const QJsonArray list = devices.json().value(u"devices").toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[u"address"].toString(), QStringLiteral("127.0.42.2:%1").arg(port));
        QCOMPARE(list.first()[u"lastKnownAddress"].toString(), QStringLiteral("127.0.42.1:%1").arg(port));
        QCOMPARE(list.first()[u"ipChanged"].toBool(), true);
        QCOMPARE(list.first()[u"serialNumber"].toString(), QStringLiteral("VNCRC48198"));
    }

    void agentIdentity()
    {
        const CliResult r = cli({QStringLiteral("agent"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject a = r.json();
        QVERIFY(!a.value(u"hostName").toString().isEmpty());
        QVERIFY(!a.value(u"os").toString().isEmpty());
        QVERIFY(a.value(u"cpuCount").toInt() >= 1);
        QVERIFY(a.value(u"ramTotalBytes").toDouble() > 0);
        QVERIFY(a.value(u"diskFreeBytes").toDouble() > 0);
        QCOMPARE(a.value(u"appVersion").toString(), QStringLiteral(FLEET_VERSION));
        QVERIFY(a.value(u"databaseBytes").toDouble() > 0);
        QVERIFY(!a.value(u"devicesInScope").isNull());
    }

    void pollAllAndHistory()
    {
        QTemporaryDir profile;
        test::SnmpSim fleet;
        QVERIFY2(fleet.startFleet({{QStringLiteral("127.0.43.1"), recording(QStringLiteral("sharp-mx-m266nv"))}}),
                 qPrintable(fleet.error()));
        const QString target = QStringLiteral("127.0.43.1:%1").arg(fleet.port());
        QCOMPARE(cli({QStringLiteral("discover"), target}, profile.path()).exitCode, 0);
        CliResult r = cli({QStringLiteral("poll"), QStringLiteral("--all")}, profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("history"), target, QStringLiteral("--csv"), QStringLiteral("--meter"),
                 QStringLiteral("marker.")},
                profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header, discovery reading, poll reading
        QVERIFY(lines.at(0).startsWith("read_at,"));
        QVERIFY2(lines.at(2).contains(",marker.1.1,90474,impressions,printer-mib,"), lines.at(2).constData());
        r = cli({QStringLiteral("history"), target, QStringLiteral("--json"), QStringLiteral("--since"),
                 QStringLiteral("2999-01-01")},
                profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"readings").toArray().size(), 0);
        r = cli({QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--from"),
                 QStringLiteral("2000-01-01")},
                profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        bool marker = false;
        for (const QJsonValue m : r.json().value(u"meters").toArray())
            if (m[u"meter"].toString() == u"marker.1.1") {
                marker = true;
                QCOMPARE(m[u"readings"].toInt(), 2);
                QCOMPARE(m[u"usage"].toInt(), 0); // the simulated counter did not move
                QCOMPARE(m[u"last"][u"value"].toInteger(), 90474);
            }
        QVERIFY(marker);
        QCOMPARE(cli({QStringLiteral("report")}, profile.path()).exitCode, 2);
        r = cli({QStringLiteral("history"), target, QStringLiteral("--since"), QStringLiteral("yesterday")},
                profile.path());
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("0505571100")}, profile.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"address").toString(), target);
        QVERIFY(!r.json().value(u"meters").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
