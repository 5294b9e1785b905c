// The always-on service: interval from the profile's settings, a poll on start (never polled before),
// the next one persisted an interval later and picked up again after a restart.

#include "TestEnv.h"
#include "schedule/FleetService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::schedule;
using namespace std::chrono_literals;

class TestFleetService : public QObject
{
    Q_OBJECT
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
            QVERIFY(!service.setPollInterval(0min).isEmpty());
            QVERIFY(!service.setPollInterval(25h).isEmpty());
            QCOMPARE(service.setPollInterval(15min), QString());
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
            QCOMPARE(service.setPollInterval(30min), QString());
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
};

QTEST_GUILESS_MAIN(TestFleetService)
#include "tst_fleetservice.moc"
