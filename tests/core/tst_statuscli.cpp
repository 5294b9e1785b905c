// `fleetkeeper-cli status` as a user runs it: on a profile without a service (read from the
// profile, "no service running"), with fleetkeeperd running on it (asked over the control
// socket: its pid, state and runs), and after the service stopped. The printers are snmpsimd
// recordings on 127.0.94.x, discovered with the CLI.

#include "DaemonProcess.h"
#include "SnmpSim.h"
#include "TestEnv.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

class TestStatusCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::SnmpSim m_sim;

    QJsonObject statusJson()
    {
        const test::CliRun run = test::runCli(
            {QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--json"), QStringLiteral("status")});
        if (run.exitCode != 0) {
            qWarning().noquote() << run.describe();
            return {};
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fix = test::fixtureDir() + QLatin1Char('/');
        QList<std::pair<QString, QString>> devices;
        for (const char *name : {"kyocera-cs-4053ci", "brother-mfc-9970cdw"})
            devices.append({QStringLiteral("127.0.94.%1").arg(devices.size() + 1),
                            fix + QString::fromLatin1(name) + QStringLiteral(".snmprec")});
        QVERIFY2(m_sim.startFleet(devices), qPrintable(m_sim.error()));
        const test::CliRun discover =
            test::runCli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("discover"),
                          QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--retries"),
                          QStringLiteral("0"), QStringLiteral("127.0.94.1-127.0.94.2:%1").arg(m_sim.port())});
        QVERIFY2(discover.exitCode == 0, qPrintable(discover.describe()));
    }

    void withoutAService()
    {
        const test::CliRun text = test::runCli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("status")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains(QLatin1String("no service running")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Devices: 2")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("last never")), qPrintable(text.out)); // nothing polled on schedule
        const QJsonObject json = statusJson();
        QCOMPARE(json.value(u"daemonRunning").toBool(true), false);
        QCOMPARE(json.value(u"devices").toInt(), 2);
        QCOMPARE(json.value(u"outbox").toObject().value(u"queued").toInt(-1), 0);
    }

    void withTheServiceRunning()
    {
        test::DaemonProcess daemon(m_dir.path());
        QVERIFY2(daemon.waitFor(QStringLiteral("poll finished"), 30000), qPrintable(daemon.log()));
        const QJsonObject json = statusJson();
        QVERIFY2(json.value(u"daemonRunning").toBool(), qPrintable(daemon.log()));
        QCOMPARE(qint64(json.value(u"pid").toDouble()), daemon.pid());
        QCOMPARE(json.value(u"state").toString(), QStringLiteral("idle"));
        QCOMPARE(json.value(u"devices").toInt(), 2);
        const QJsonObject poll = json.value(u"poll").toObject();
        QVERIFY(poll.value(u"lastOk").toBool());
        QVERIFY(!poll.value(u"next").toString().isEmpty());

        const test::CliRun text = test::runCli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("status")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains(QStringLiteral("running (process %1)").arg(daemon.pid())), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("State: idle")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String(" ok")), qPrintable(text.out));
        QCOMPARE(daemon.stop(), 0);
    }

    void afterTheServiceStopped()
    {
        const QJsonObject json = statusJson();
        QCOMPARE(json.value(u"daemonRunning").toBool(true), false);
        // What the service did is still there, read from the profile.
        QVERIFY(json.value(u"poll").toObject().value(u"lastOk").toBool());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("fleetkeeperd.sock"))));
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_GUILESS_MAIN(TestStatusCli)
#include "tst_statuscli.moc"
