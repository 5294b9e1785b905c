// The demo fleet: real snmpsimd on loopback serving a few recordings, discovered into a temporary
// profile; what is stored, how it fails, and that the simulator goes with the object.

#include "TestEnv.h"
#include "demo/DemoFleet.h"
#include "demo/SimulatorFleet.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <signal.h>

using namespace fleet;
using fleet::demo::DemoFleet;

namespace {

// A recordings directory holding links to the named fixtures.
QString recordingsWith(const QTemporaryDir &dir, const QStringList &names)
{
    // Run as root, snmpsimd reads them as nobody.
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755));
    for (const QString &name : names)
        QFile::link(test::fixtureDir() + QStringLiteral("/%1.snmprec").arg(name),
                    dir.filePath(name + QStringLiteral(".snmprec")));
    return dir.path();
}

QStringList storedAddresses(const ProfileRoot &profile)
{
    storage::Database db(QStringLiteral("test"));
    if (db.open(profile.databasePath()))
        return {};
    auto q = db.run(QStringLiteral("SELECT address FROM devices ORDER BY address"));
    QStringList addresses;
    while (q && (*q)->next())
        addresses << (*q)->value(0).toString();
    return addresses;
}

// Starts fleet from firstHost on the preferred port and waits until it is ready or has failed:
// the number of devices it reports ready, or nullopt with *why.
std::optional<int> startAndWait(DemoFleet &fleet, int firstHost, quint16 port, QString *why)
{
    fleet.setFirstHost(firstHost);
    fleet.setPreferredPort(port);
    fleet.setStartTimeout(test::scaled(60000));
    QSignalSpy ready(&fleet, &DemoFleet::ready);
    QSignalSpy failed(&fleet, &DemoFleet::failed);
    fleet.start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, test::scaled(120000))) {
        *why = QStringLiteral("neither ready nor failed");
        return std::nullopt;
    }
    if (!failed.isEmpty()) {
        *why = failed.value(0).value(0).toString();
        return std::nullopt;
    }
    return ready.first().first().toInt();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestDemoFleet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (demo::findSimulator().isEmpty())
            QFAIL("snmpsimd is not installed (apt-get install snmpsim)");
    }

    void discoversTheRecordingsIntoTheProfile()
    {
        QTemporaryDir recordings, home;
        const ProfileRoot profile(home.filePath(QStringLiteral("demo")));
        qint64 pid = 0;
        {
            DemoFleet fleet(profile, recordingsWith(recordings, {QStringLiteral("brother-hl-l8260cdw"),
                                                                 QStringLiteral("canon-tm-5300"),
                                                                 QStringLiteral("utax-p-4532dn")}));
            QString why;
            const std::optional<int> ready = startAndWait(fleet, 201, test::freeUdpPort(), &why);
            QVERIFY2(ready, qPrintable(why));
            QCOMPARE(*ready, 3);
            QCOMPARE(fleet.state(), DemoFleet::State::Ready);
            QCOMPARE(fleet.deviceCount(), 3);
            QCOMPARE(fleet.targetSpec(), QStringLiteral("127.0.0.201-127.0.0.203:%1").arg(fleet.port()));
            pid = fleet.simulatorPid();
            QVERIFY(processAlive(pid));

            // Each recording is one stored printer at its own address.
            const QStringList addresses = storedAddresses(profile);
            QCOMPARE(addresses.size(), 3);
            for (int i = 0; i < 3; ++i)
                QVERIFY2(addresses[i].startsWith(QStringLiteral("127.0.0.20%1").arg(i + 1)), qPrintable(addresses[i]));

            // The credential profile the sweep used is stored like any other.
            storage::Database db(QStringLiteral("test-credentials"));
            QVERIFY(!db.open(profile.databasePath()));
            storage::SecretStore secrets(profile.secretsPath());
            QVERIFY(!secrets.load());
            const auto stored = storage::CredentialRepository(db, secrets).load();
            QVERIFY(stored);
            QCOMPARE(stored->size(), 1);
            QCOMPARE(stored->first().name, DemoFleet::credentialProfileName());
            QCOMPARE(stored->first().version, snmp::Version::V2c);
            QCOMPARE(stored->first().community, QStringLiteral("public"));

            // The discovery dialog opens on the demo's range.
            QCOMPARE(QSettings(profile.settingsPath(), QSettings::IniFormat)
                         .value(QStringLiteral("discovery/targets"))
                         .toString(),
                     fleet.targetSpec());
            const auto empty = DemoFleet::isUnconfigured(profile);
            QVERIFY(empty.ok());
            QVERIFY(!*empty);
        }
        QVERIFY2(!processAlive(pid), "snmpsimd still runs after the demo fleet was destroyed");
    }

    void movesToAnotherPortWhenTaken()
    {
        const quint16 taken = test::freeUdpPort();
        QUdpSocket squatter;
        QVERIFY(squatter.bind(QHostAddress(QStringLiteral("127.0.0.222")), taken));
        QTemporaryDir recordings, home;
        DemoFleet fleet(ProfileRoot(home.path()), recordingsWith(recordings, {QStringLiteral("samsung-ml-2850"),
                                                                              QStringLiteral("utax-p-4532dn")}));
        QString why;
        const std::optional<int> ready = startAndWait(fleet, 221, taken, &why);
        QVERIFY2(ready, qPrintable(why));
        QCOMPARE(*ready, 2);
        QVERIFY(fleet.port() != taken);
        QCOMPARE(storedAddresses(fleet.profile()).size(), 2);
    }

    void failsWithAReason_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("withRecordings");
        QTest::addColumn<QString>("reason");
        QTest::addRow("simulator missing")
            << QStringLiteral("/nonexistent/snmpsimd") << true << QStringLiteral("could not be started");
        QTest::addRow("simulator exits") << QStringLiteral("/bin/false") << true << QStringLiteral("stopped");
        QTest::addRow("no recordings") << QString() << false << QStringLiteral("No printer recordings");
    }

    void failsWithAReason()
    {
        QFETCH(QString, program);
        QFETCH(bool, withRecordings);
        QFETCH(QString, reason);
        QTemporaryDir recordings, home;
        const ProfileRoot profile(home.filePath(QStringLiteral("demo")));
        DemoFleet fleet(profile, withRecordings ? recordingsWith(recordings, {QStringLiteral("canon-tm-5300")})
                                                : recordings.path());
        fleet.setFirstHost(231);
        fleet.setPreferredPort(test::freeUdpPort());
        if (!program.isEmpty())
            fleet.setSimulatorProgram(program);
        QSignalSpy ready(&fleet, &DemoFleet::ready);
        QSignalSpy failed(&fleet, &DemoFleet::failed);
        fleet.start();
        QVERIFY(failed.wait(test::scaled(10000)));
        QVERIFY2(failed.first().first().toString().contains(reason), qPrintable(failed.first().first().toString()));
        QCOMPARE(fleet.state(), DemoFleet::State::Failed);
        QVERIFY(ready.isEmpty());
        QVERIFY(!QFile::exists(profile.databasePath())); // nothing stored on failure
    }

    void tellsAnEmptyProfile_data()
    {
        QTest::addColumn<bool>("createDatabase");
        QTest::addColumn<bool>("addCredential");
        QTest::addColumn<bool>("unconfigured");
        QTest::addRow("no database") << false << false << true;
        QTest::addRow("empty database") << true << false << true;
        QTest::addRow("a credential profile") << true << true << false;
    }

    void tellsAnEmptyProfile()
    {
        QFETCH(bool, createDatabase);
        QFETCH(bool, addCredential);
        QFETCH(bool, unconfigured);
        QTemporaryDir home;
        const ProfileRoot profile(home.path());
        if (createDatabase) {
            storage::Database db(QStringLiteral("setup"));
            QVERIFY(!db.open(profile.databasePath()));
            if (addCredential) {
                storage::SecretStore secrets(profile.secretsPath());
                snmp::Credential c;
                c.name = QStringLiteral("office");
                QVERIFY(!storage::CredentialRepository(db, secrets).save({c}));
            }
        }
        const auto empty = DemoFleet::isUnconfigured(profile);
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        QCOMPARE(*empty, unconfigured);
    }
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
