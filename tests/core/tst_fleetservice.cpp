// The always-on service: interval from the profile's settings, a poll on start (never polled before),
// the next one persisted an interval later and picked up again after a restart; pausing that
// survives a restart; the scheduled discovery (off by default, checked settings, interval and daily
// schedules) sweeping real simulated devices on loopback and storing the printers it finds.

#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "schedule/FleetService.h"
#include "storage/CredentialRepository.h"
#include "storage/FleetRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(fleet::DiscoverySettings)

using namespace fleet;
using namespace fleet::schedule;
using namespace std::chrono_literals;

// Who changes the settings in these tests (the checks themselves: tst_enforcement).
const security::Actor kAdmin{QStringLiteral("admin"), security::Role::Administrator};

class TestFleetService : public QObject
{
    Q_OBJECT
private:
    static snmp::Credential community(const QString &name, const QString &community)
    {
        return test::quickCommunity(name, community, 400);
    }

    static DiscoverySettings everySixHours(const QStringList &targets, const QStringList &profiles = {})
    {
        DiscoverySettings d;
        d.mode = DiscoveryMode::Interval;
        d.intervalHours = 6;
        d.targets = targets;
        d.credentialProfiles = profiles;
        return d;
    }

private Q_SLOTS:
    void intervalIsASetting()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QString why;
        QVERIFY(profile.ensureExists(&why));
        {
            FleetService service(profile);
            QCOMPARE(service.pollInterval(), 60min);
            QVERIFY(!service.setPollInterval(kAdmin, 0min).isEmpty());
            QVERIFY(!service.setPollInterval(kAdmin, 25h).isEmpty());
            QCOMPARE(service.setPollInterval(kAdmin, 15min), QString());
        }
        FleetService again(profile);
        QCOMPARE(again.pollInterval(), 15min);
    }

    void pollsOnStartAndPersistsTheNextRun()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QString why;
        QVERIFY(profile.ensureExists(&why));
        TestClock clock;
        QDateTime next;
        {
            FleetService service(profile, &clock);
            QCOMPARE(service.setPollInterval(kAdmin, 30min), QString());
            QSignalSpy started(&service, &FleetService::pollStarted);
            QSignalSpy finished(&service, &FleetService::pollFinished);
            service.start();
            QVERIFY(finished.wait(test::scaled(20000)));
            QCOMPARE(started.size(), 1);
            QVERIFY(finished.first().first().value<PollJobOutcome>().ok); // an empty fleet polls fine
            // The scheduler learns of the end through a queued report: wait for it.
            QTRY_COMPARE_WITH_TIMEOUT(service.nextPoll(), clock.now().addSecs(30 * 60), test::scaled(5000));
            next = service.nextPoll();
            QVERIFY(service.lastPoll()->lastOk);
            QVERIFY(!service.pollNow() || service.isPolling()); // runNow starts (or refuses while running)
            QTRY_VERIFY_WITH_TIMEOUT(!service.isPolling(), test::scaled(20000));
        }
        // A restart within the interval does not poll again at once: the saved time stands.
        FleetService restarted(profile, &clock);
        QSignalSpy started(&restarted, &FleetService::pollStarted);
        restarted.start();
        QTest::qWait(200);
        QCOMPARE(started.size(), 0);
        QVERIFY(restarted.nextPoll().isValid());
        QVERIFY(restarted.nextPoll() > clock.now());
    }

    void reloadFollowsSettingsWrittenElsewhere()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QString why;
        QVERIFY(profile.ensureExists(&why));
        TestClock clock;
        FleetService service(profile, &clock);
        QCOMPARE(service.setPollInterval(kAdmin, 60min), QString());
        QSignalSpy finished(&service, &FleetService::pollFinished);
        service.start();
        QVERIFY(finished.wait(test::scaled(20000)));
        QTRY_COMPARE_WITH_TIMEOUT(service.nextPoll(), clock.now().addSecs(60 * 60), test::scaled(5000));
        // Remote settings write the ini through their own AppSettings; the running service follows on reload.
        {
            AppSettings elsewhere(profile);
            QCOMPARE(elsewhere.setPollInterval(10min), QString());
        }
        QCOMPARE(service.reloadSettings(), QString());
        QCOMPARE(service.pollInterval(), 10min);
        QVERIFY2(service.nextPoll() <= clock.now().addSecs(10 * 60),
                 qPrintable(service.nextPoll().toString(Qt::ISODate)));
    }

    void pauseSurvivesARestart()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        TestClock clock;
        {
            FleetService service(profile, &clock);
            QVERIFY(!service.isPaused());
            QSignalSpy paused(&service, &FleetService::pausedChanged);
            service.pause();
            service.pause(); // no change, no signal
            QCOMPARE(paused.size(), 1);
            QCOMPARE(paused.first().first().toBool(), true);
        }
        QCOMPARE(QSettings(profile.settingsPath(), QSettings::IniFormat).value(QStringLiteral("schedule/paused")),
                 QVariant(true));
        FleetService restarted(profile, &clock);
        QVERIFY(restarted.isPaused());
        QSignalSpy started(&restarted, &FleetService::pollStarted);
        QSignalSpy finished(&restarted, &FleetService::pollFinished);
        restarted.start(); // never polled, so due now: but paused
        QTest::qWait(300);
        QCOMPARE(started.size(), 0);
        restarted.resume();
        QVERIFY(finished.wait(test::scaled(20000)));
        QCOMPARE(started.size(), 1);
        QVERIFY(!AppSettings(profile).schedulePaused());
    }

    void discoveryIsOffByDefault()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        TestClock clock;
        FleetService service(profile, &clock);
        QCOMPARE(service.discoverySettings().mode, DiscoveryMode::Off);
        QSignalSpy discovering(&service, &FleetService::discoveryStarted);
        QSignalSpy polled(&service, &FleetService::pollFinished);
        service.start();
        QVERIFY(polled.wait(test::scaled(20000)));
        QCOMPARE(discovering.size(), 0);
        QVERIFY(!service.nextDiscovery().isValid());
        clock.advanceDays(3);
        QTest::qWait(200);
        QCOMPARE(discovering.size(), 0);
        // On demand it runs, and says why it cannot do anything without targets.
        QSignalSpy finished(&service, &FleetService::discoveryFinished);
        QVERIFY(service.discoverNow());
        QVERIFY(finished.wait(test::scaled(10000)));
        const auto outcome = finished.first().first().value<DiscoveryJobOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.message.isEmpty());
    }

    void invalidDiscoverySettingsAreRefused_data()
    {
        QTest::addColumn<DiscoverySettings>("settings");
        QTest::addColumn<QString>("mentions");
        DiscoverySettings badTarget = everySixHours({QStringLiteral("10.0.0.300")});
        QTest::addRow("bad address") << badTarget << QStringLiteral("10.0.0.300");
        QTest::addRow("no targets") << everySixHours({}) << QStringLiteral("target");
        DiscoverySettings tooOften = everySixHours({QStringLiteral("10.0.0.1")});
        tooOften.intervalHours = 0;
        QTest::addRow("every 0 hours") << tooOften << QStringLiteral("interval");
        DiscoverySettings huge = everySixHours({QStringLiteral("10.0.0.0/8")});
        QTest::addRow("a typo that would sweep 16 million addresses") << huge << QStringLiteral("10.0.0.0/8");
        DiscoverySettings offButGarbage;
        offButGarbage.targets = {QStringLiteral("not an address!")};
        QTest::addRow("off, with garbage kept") << offButGarbage << QStringLiteral("not an address!");
    }

    void invalidDiscoverySettingsAreRefused()
    {
        QFETCH(DiscoverySettings, settings);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        FleetService service(profile);
        const QString problem = service.setDiscoverySettings(kAdmin, settings);
        QVERIFY2(problem.contains(mentions, Qt::CaseInsensitive), qPrintable(problem));
        QCOMPARE(service.discoverySettings(), DiscoverySettings{}); // nothing was saved
    }

    void dailyDiscoveryWaitsForItsTime()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        TestClock clock;
        FleetService service(profile, &clock);
        DiscoverySettings d;
        d.mode = DiscoveryMode::Daily;
        d.dailyTime = QTime(2, 30);
        d.targets = {QStringLiteral("127.0.71.200")};
        QSignalSpy next(&service, &FleetService::nextDiscoveryChanged);
        QCOMPARE(service.setDiscoverySettings(kAdmin, d), QString());
        QSignalSpy discovering(&service, &FleetService::discoveryStarted);
        service.start();
        const QDateTime expected = Schedule::dailyAt(QTime(2, 30)).nextDue({}, clock.now());
        QCOMPARE(service.nextDiscovery(), expected);
        QVERIFY(expected > clock.now());
        QVERIFY(!next.isEmpty());
        QCOMPARE(next.last().first().toDateTime(), expected);
        QTest::qWait(200);
        QCOMPARE(discovering.size(), 0);
        // Switching it off unschedules it at once.
        d.mode = DiscoveryMode::Off;
        QCOMPARE(service.setDiscoverySettings(kAdmin, d), QString());
        QVERIFY(!service.nextDiscovery().isValid());
    }

    void scheduledDiscoveryStoresWhatItFinds()
    {
        test::SnmpSim sim;
        const QString fix = test::fixtureDir();
        QVERIFY2(sim.startFleet(
                     {{QStringLiteral("127.0.71.1"), fix + QStringLiteral("/utax-p-4532dn.snmprec")},
                      {QStringLiteral("127.0.71.2"), fix + QStringLiteral("/canon-tm-5300.snmprec")},
                      {QStringLiteral("127.0.71.3"), test::sourceDir() + QStringLiteral("/tests/fixtures/other/"
                                                                                        "network-switch.snmprec")}}),
                 qPrintable(sim.error()));
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        {
            // The site's stored profiles: only "office" is chosen for the discovery; "gone" was deleted.
            storage::Database db(QStringLiteral("setup"));
            QVERIFY(!db.open(profile.databasePath()));
            storage::SecretStore secrets(profile.secretsPath());
            QVERIFY(!storage::CredentialRepository(db, secrets)
                         .save({community(QStringLiteral("wrong"), QStringLiteral("nope")),
                                community(QStringLiteral("office"), QStringLiteral("public"))}));
        }
        TestClock clock;
        FleetService service(profile, &clock);
        const QString targets = QStringLiteral("127.0.71.1-127.0.71.4:%1").arg(sim.port());
        QCOMPARE(service.setDiscoverySettings(
                     kAdmin, everySixHours({targets}, {QStringLiteral("gone"), QStringLiteral("office")})),
                 QString());
        QSignalSpy started(&service, &FleetService::discoveryStarted);
        QSignalSpy progress(&service, &FleetService::discoveryProgress);
        QSignalSpy finished(&service, &FleetService::discoveryFinished);
        service.start(); // never discovered: due now

        QVERIFY(finished.wait(test::scaled(30000)));
        QCOMPARE(started.size(), 1);
        auto outcome = finished.first().first().value<DiscoveryJobOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.targets, 4);
        QCOMPARE(outcome.found, 2);
        QCOMPARE(outcome.added, 2);
        QCOMPARE(outcome.skipped, 1);
        QCOMPARE(outcome.failed, 1);
        QVERIFY2(outcome.notices.join(u'\n').contains(QStringLiteral("gone")), qPrintable(outcome.notices.join(u'\n')));
        QCOMPARE(progress.last().first().value<discovery::DiscoveryProgress>().done, 4);
        {
            storage::Database db(QStringLiteral("check"));
            QVERIFY(!db.open(profile.databasePath()));
            storage::FleetRepository repo(db);
            const auto devices = repo.devices();
            QVERIFY(devices);
            QCOMPARE(devices->size(), 2);
            for (const storage::DeviceRecord &d : *devices) {
                QCOMPARE(d.credentialName, QStringLiteral("office"));
                QCOMPARE(d.discoveryMethod, QStringLiteral("scan"));
            }
            const auto runs = repo.discoveryRuns();
            QVERIFY(runs);
            QCOMPARE(runs->size(), 1);
            QCOMPARE(runs->first().targets, QStringList{targets});
            QCOMPARE(runs->first().found, 2);
        }
        const QDateTime firstStart = service.lastDiscovery()->lastStarted;
        QTRY_COMPARE_WITH_TIMEOUT(service.nextDiscovery(), firstStart.addSecs(6 * 3600), test::scaled(5000));

        // Five hours on nothing happens; six hours on the next sweep runs by itself and finds the
        // same printers again, none of them new.
        clock.advance(5h);
        QTest::qWait(200);
        QCOMPARE(started.size(), 1);
        clock.advance(1h);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, test::scaled(30000));
        outcome = finished.last().first().value<DiscoveryJobOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.found, 2);
        QCOMPARE(outcome.added, 0);

        // Paused, the schedule waits; on demand still works.
        service.pause();
        clock.advance(7h);
        QTest::qWait(200);
        QCOMPARE(started.size(), 2);
        QVERIFY(service.discoverNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, test::scaled(30000));
        QVERIFY(!service.discoverNow() || service.isDiscovering());
        QTRY_VERIFY_WITH_TIMEOUT(!service.isDiscovering(), test::scaled(30000));
    }
};

QTEST_GUILESS_MAIN(TestFleetService)
#include "tst_fleetservice.moc"
