// PollJob end to end: printers served by a real snmpsimd are stored once, then the Scheduler
// (on a TestClock) runs the PollJob whenever the test moves time past due; each run adds poll
// rows and meter readings to the profile's database, tries the profile that worked last first,
// skips devices out of scope and records devices that stopped answering.

#include "SnmpSim.h"
#include "TestEnv.h"
#include "collect/Poller.h"
#include "schedule/PollJob.h"
#include "storage/CredentialRepository.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::schedule;
using namespace std::chrono_literals;

namespace {

snmp::Credential community(const QString &name, const QString &community, int timeoutMs)
{
    snmp::Credential c;
    c.name = name;
    c.version = snmp::Version::V2c;
    c.community = community;
    c.timeoutMs = timeoutMs;
    c.retries = 0;
    return c;
}

QString recording(const QString &name)
{
    return test::fixtureDir() + u'/' + name + QStringLiteral(".snmprec");
}

} // namespace

class TestPollJob : public QObject
{
    Q_OBJECT

private:
    // Polls the targets once and stores the results, as a discovery would have.
    static bool storeFirstPoll(storage::Database &db, const QList<collect::PollTarget> &targets)
    {
        collect::Poller poller;
        QList<DeviceSnapshot> results;
        QObject::connect(&poller, &collect::Poller::deviceFinished, &poller,
                         [&](const DeviceSnapshot &s) { results << s; });
        QSignalSpy done(&poller, &collect::Poller::finished);
        poller.start(targets, {});
        if (!done.wait(test::scaled(60000)))
            return false;
        auto stored = storage::SnapshotStore(db).storeBatch(results);
        return stored && stored->stored == targets.size();
    }

    static qsizetype pollCount(storage::Database &db, qint64 deviceId)
    {
        return storage::FleetRepository(db).polls(deviceId)->size();
    }

private Q_SLOTS:
    void schedulerRunsThePollJob()
    {
        test::SnmpSim fleet;
        QVERIFY2(fleet.startFleet({{QStringLiteral("127.0.45.1"), recording(QStringLiteral("hp-laserjet-mfp-m130nw"))},
                                   {QStringLiteral("127.0.45.2"), recording(QStringLiteral("sharp-mx-m266nv"))}}),
                 qPrintable(fleet.error()));
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        storage::Database db(QStringLiteral("test"));
        QVERIFY(!db.open(profile.databasePath()));

        // A profile that never answers comes first in the site's order; the devices were found
        // with the second one, so the job must try that first (else each poll waits 2 s).
        const int slowTimeout = 2000;
        const snmp::Credential wrong = community(QStringLiteral("old"), QStringLiteral("nope"), slowTimeout);
        const snmp::Credential site = community(QStringLiteral("site"), QStringLiteral("public"), test::scaled(2000));
        storage::SecretStore secrets(profile.secretsPath());
        QVERIFY(!storage::CredentialRepository(db, secrets).save({wrong, site}));

        QList<collect::PollTarget> targets;
        for (const QString &host : {QStringLiteral("127.0.45.1"), QStringLiteral("127.0.45.2")})
            targets << collect::Poller::targetFromString(QStringLiteral("%1:%2").arg(host).arg(fleet.port()), {site});
        QVERIFY(storeFirstPoll(db, targets));
        storage::FleetRepository repo(db);
        const QList<storage::DeviceRecord> devices = *repo.devices();
        QCOMPARE(devices.size(), 2);
        const qint64 hp = devices.at(0).id;
        const qint64 sharp = devices.at(1).id;
        QCOMPARE(devices.at(0).credentialName, QStringLiteral("site"));
        const qsizetype metersBefore = repo.meterHistory(hp)->size();
        QVERIFY(metersBefore > 0);

        TestClock clock(QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC));
        ScheduleState state(ScheduleState::pathIn(profile));
        QCOMPARE(state.load(), QString());
        PollJob job(profile);
        Scheduler scheduler(&clock, &state);
        QSignalSpy outcomes(&job, &PollJob::finished);
        QSignalSpy finished(&scheduler, &Scheduler::jobFinished);
        QCOMPARE(scheduler.addJob(PollJob::jobName(), Schedule::every(15min), job.starter()), QString());
        scheduler.start(); // never ran: due now

        QVERIFY(finished.wait(test::scaled(60000)));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        PollJobOutcome outcome = outcomes.at(0).at(0).value<PollJobOutcome>();
        QCOMPARE(outcome.devices, 2);
        QCOMPARE(outcome.reachable, 2);
        QCOMPARE(outcome.failed, 0);
        QCOMPARE(outcome.stored, 2);
        QCOMPARE(pollCount(db, hp), 2);
        QCOMPARE(pollCount(db, sharp), 2);
        for (const qint64 id : {hp, sharp}) {
            const storage::PollRecord last = repo.polls(id)->last();
            QCOMPARE(last.result, QString(storage::kPollOk));
            QVERIFY2(last.durationMs < slowTimeout, qPrintable(QString::number(last.durationMs)));
        }
        QVERIFY(repo.meterHistory(hp)->size() > metersBefore);

        // Not due yet: nothing runs. Past due: the next poll.
        clock.advance(14min);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        clock.advance(1min);
        QVERIFY(finished.wait(test::scaled(60000)));
        QCOMPARE(pollCount(db, hp), 3);
        QCOMPARE(pollCount(db, sharp), 3);
        const qsizetype metersAfterTwo = repo.meterHistory(hp)->size();

        // Out of scope: no longer polled.
        QVERIFY(!storage::SnapshotStore(db).setInScope(sharp, false));
        clock.advance(15min);
        QVERIFY(finished.wait(test::scaled(60000)));
        outcome = outcomes.last().at(0).value<PollJobOutcome>();
        QCOMPARE(outcome.devices, 1);
        QCOMPARE(pollCount(db, hp), 4);
        QCOMPARE(pollCount(db, sharp), 3);
        QVERIFY(repo.meterHistory(hp)->size() > metersAfterTwo);

        // The printer goes away: the run still succeeds and records a failed poll.
        fleet.stop();
        clock.advance(15min);
        QVERIFY(finished.wait(test::scaled(60000)));
        QCOMPARE(finished.last().at(1).toBool(), true);
        outcome = outcomes.last().at(0).value<PollJobOutcome>();
        QCOMPARE(outcome.reachable, 0);
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(repo.polls(hp)->last().result, QString(storage::kPollFailed));
        QCOMPARE(state.job(PollJob::jobName())->lastMessage, outcome.message);
    }

    void emptyFleetIsNothingToDo()
    {
        QTemporaryDir dir;
        PollJob job{ProfileRoot(dir.path())};
        QSignalSpy outcomes(&job, &PollJob::finished);
        QVERIFY(job.start());
        QVERIFY(!job.start()); // one at a time
        QVERIFY(outcomes.wait(test::scaled(10000)));
        const auto outcome = outcomes.at(0).at(0).value<PollJobOutcome>();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.devices, 0);
        QVERIFY(!outcome.message.isEmpty());
    }

    void unreadableDatabaseFailsTheRun()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        {
            QFile f(profile.databasePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        PollJob job(profile);
        QSignalSpy outcomes(&job, &PollJob::finished);
        bool reportedOk = true;
        QString reported;
        QVERIFY(job.start([&](bool ok, const QString &message) {
            reportedOk = ok;
            reported = message;
        }));
        QVERIFY(outcomes.wait(test::scaled(10000)));
        const auto outcome = outcomes.at(0).at(0).value<PollJobOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(profile.databasePath()), qPrintable(outcome.message));
        QVERIFY(!reportedOk);
        QCOMPARE(reported, outcome.message);
    }
};

QTEST_GUILESS_MAIN(TestPollJob)
#include "tst_polljob.moc"
