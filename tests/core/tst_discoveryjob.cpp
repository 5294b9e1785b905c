// A discovery sweep over real simulated devices: sorting, progress with ETA, named profiles, cancel.

#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "discovery/DiscoveryJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace fleet;
using namespace fleet::discovery;

class TestDiscoveryJob : public QObject
{
    Q_OBJECT
private:
    test::SnmpSim m_sim;

    static snmp::Credential quick(const QString &community, const QString &name = {})
    {
        return test::quickCommunity(name, community, 400);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString fix = test::fixtureDir();
        QVERIFY2(m_sim.startFleet({{QStringLiteral("127.0.51.1"), fix + QStringLiteral("/utax-p-4532dn.snmprec")},
                                   {QStringLiteral("127.0.51.2"),
                                    test::sourceDir() + QStringLiteral("/tests/fixtures/other/network-switch.snmprec")},
                                   {QStringLiteral("127.0.51.3"), fix + QStringLiteral("/canon-tm-5300.snmprec")}}),
                 qPrintable(m_sim.error()));
    }

    void sortsAnswersAndReportsProgress()
    {
        const TargetParseResult targets =
            TargetSpec::expand({QStringLiteral("127.0.51.1-127.0.51.4:%1").arg(m_sim.port())});
        QCOMPARE(targets.targets.size(), 4);
        DiscoveryJob job;
        QSignalSpy progress(&job, &DiscoveryJob::progress);
        QSignalSpy finished(&job, &DiscoveryJob::finished);
        // A wrong community first: the profiles are tried in order and the right one is remembered.
        job.start(
            targets.targets,
            {quick(QStringLiteral("wrong"), QStringLiteral("a")), quick(QStringLiteral("public"), QStringLiteral("b"))},
            {}, {});
        QVERIFY(finished.wait(test::scaled(20000)));
        const DiscoveryResult r = job.result();
        QCOMPARE(r.printers.size(), 2);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.failed.size(), 1);
        for (const DeviceSnapshot &s : r.printers)
            QCOMPARE(s.credentialName, QStringLiteral("b"));
        QCOMPARE(r.skipped.first().identity.sysName, QStringLiteral("core-switch-2"));
        QCOMPARE(progress.size(), 4);
        const auto last = progress.last().first().value<DiscoveryProgress>();
        QCOMPARE(last.done, 4);
        QCOMPARE(last.total, 4);
        QCOMPARE(last.found, 2);
        QCOMPARE(last.etaSeconds, 0);
        QVERIFY(!r.cancelled);
    }

    void csvRowNamingAnUnknownProfileIsRefused()
    {
        Target t;
        t.host = QStringLiteral("127.0.51.1");
        t.port = m_sim.port();
        t.credentialProfile = QStringLiteral("nope");
        t.origin = QStringLiteral("printers.csv:3");
        Target named = t;
        named.credentialProfile = QStringLiteral("office");
        DiscoveryJob job;
        QSignalSpy finished(&job, &DiscoveryJob::finished);
        job.start({t, named}, {quick(QStringLiteral("wrong"))},
                  {quick(QStringLiteral("public"), QStringLiteral("office"))}, {});
        QVERIFY(finished.wait(test::scaled(20000)));
        QCOMPARE(job.refused().size(), 1);
        QVERIFY(job.refused().first().startsWith(QStringLiteral("printers.csv:3")));
        QCOMPARE(job.result().printers.size(), 1);
    }

    void cancelStopsTheSweep()
    {
        TargetParseResult targets = TargetSpec::expand({QStringLiteral("127.0.52.0/24:%1").arg(m_sim.port())});
        DiscoveryJob job;
        QSignalSpy finished(&job, &DiscoveryJob::finished);
        collect::PollOptions slow;
        slow.startsPerSecond = 20;
        snmp::Credential c = quick(QStringLiteral("public"));
        c.timeoutMs = 5000;
        job.start(targets.targets, {c}, {}, slow);
        QTest::qWait(100);
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(job.result().cancelled);
        QVERIFY(!job.isRunning());
    }

    void emptyTargetListFinishes()
    {
        DiscoveryJob job;
        QSignalSpy finished(&job, &DiscoveryJob::finished);
        job.start({}, {quick(QStringLiteral("public"))}, {}, {});
        QVERIFY(finished.wait(test::scaled(5000)));
        QCOMPARE(job.result().printers.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryJob)
#include "tst_discoveryjob.moc"
