// The app as a user starts it on a machine with nothing set up: the built binary, in a throw-away
// home, starts the demo fleet by itself (or on --demo), stores it in the demo profile and never in
// the default one, and draws its window with the simulated printers.

#include "TestEnv.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "util/ProfileRoot.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

namespace {

qint64 deviceCount(const QString &databasePath)
{
    if (!QFile::exists(databasePath))
        return 0;
    storage::Database db(QStringLiteral("test"));
    if (db.open(databasePath))
        return -1;
    const auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM devices"));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestDemoStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsTheDemoWhenNothingIsSetUp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("configured");
        QTest::addColumn<bool>("demo");
        QTest::addRow("nothing configured") << QStringList() << false << true;
        QTest::addRow("--demo") << QStringList{QStringLiteral("--demo")} << false << true;
        QTest::addRow("--no-demo") << QStringList{QStringLiteral("--no-demo")} << false << false;
        QTest::addRow("a credential profile stored") << QStringList() << true << false;
    }

    void startsTheDemoWhenNothingIsSetUp()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, configured);
        QFETCH(bool, demo);
        const QString app = test::binDir() + QStringLiteral("/fleetkeeper");
        QVERIFY2(QFile::exists(app), "build the fleetkeeper target first");
        QTemporaryDir home, recordings;
        // A few recordings keep it quick; run as root, snmpsimd reads them as nobody.
        QFile::setPermissions(recordings.path(), QFileDevice::Permissions(0x7755));
        for (const QString &name : {QStringLiteral("hp-laserjet-mfp-m130nw"), QStringLiteral("ricoh-mp-c2503")})
            QVERIFY(QFile::link(test::fixtureDir() + QStringLiteral("/%1.snmprec").arg(name),
                                recordings.filePath(name + QStringLiteral(".snmprec"))));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FLEETKEEPER_PROFILE"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("FLEETKEEPER_DEMO_RECORDINGS"), recordings.path());
        env.insert(QStringLiteral("FLEETKEEPER_DEMO_PORT"), QString::number(test::freeUdpPort()));
        QDir().mkpath(home.filePath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::Permissions(0x7700));

        if (configured) { // the default profile holds a credential profile: that is the user's setup
            const ProfileRoot user(home.filePath(QStringLiteral("data/fleetkeeper")));
            QVERIFY(user.ensureExists(nullptr));
            storage::Database db(QStringLiteral("setup"));
            QVERIFY(!db.open(user.databasePath()));
            storage::SecretStore secrets(user.secretsPath());
            snmp::Credential office;
            office.name = QStringLiteral("office");
            QVERIFY(!storage::CredentialRepository(db, secrets).save({office}));
        }

        const QString picture = home.filePath(QStringLiteral("shot.png"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(app, args + QStringList{QStringLiteral("--screenshot"), picture});
        const bool finished = process.waitForFinished(test::scaled(120000));
        const QString output = QString::fromLocal8Bit(process.readAll());
        if (!finished)
            process.kill();
        QVERIFY2(finished, qPrintable(output));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

        const QImage image(picture);
        QVERIFY2(!image.isNull(), qPrintable(output));
        QVERIFY(image.width() > 400 && image.height() > 300);

        const QString data = home.filePath(QStringLiteral("data"));
        const qint64 demoDevices = deviceCount(data + QStringLiteral("/fleetkeeper-demo/fleetkeeper.db"));
        QCOMPARE(demoDevices, demo ? 2 : 0);
        QCOMPARE(deviceCount(data + QStringLiteral("/fleetkeeper/fleetkeeper.db")), 0); // the user's stays empty
        QCOMPARE(QDir(data + QStringLiteral("/fleetkeeper-demo")).exists(), demo);
    }
};

QTEST_MAIN(TestDemoStart)
#include "tst_demostart.moc"
