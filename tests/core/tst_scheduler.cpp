// Scheduler driven by a TestClock: jobs start in due order, never overlap, pause and resume,
// runNow, failures, and a restart carries on from the saved ScheduleState. Time moves only when
// the test moves it; the waits below are for queued events, not for time to pass.

#include "schedule/Scheduler.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet::schedule;
using namespace std::chrono_literals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A job whose runs end when the test says so.
struct ManualJob
{
    QList<JobDone> pending;
    int starts = 0;
    JobStarter starter()
    {
        return [this](JobDone done) {
            ++starts;
            pending << std::move(done);
        };
    }
    void finish(bool ok = true, const QString &message = QStringLiteral("done")) { pending.takeFirst()(ok, message); }
};

// A job that ends as soon as it starts (from inside its starter).
JobStarter instant(QStringList *log, const QString &name)
{
    return [log, name](JobDone done) {
        *log << name;
        done(true, QStringLiteral("ok"));
    };
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_t0 = utc("2024-01-15T09:00:00Z");

    // Lets queued completions and 0 ms timers run.
    static void settle() { QTest::qWait(20); }

    // Adds the "poll" job, ending as soon as it starts and logging each run, and starts s.
    static void startPoll(Scheduler &s, QStringList *log, std::chrono::seconds interval)
    {
        s.addJob(QStringLiteral("poll"), Schedule::every(interval), instant(log, QStringLiteral("poll")));
        s.start();
    }

private Q_SLOTS:
    void neverRunJobStartsAtStartThenOnInterval()
    {
        TestClock clock(m_t0);
        Scheduler s(&clock, nullptr);
        QStringList log;
        QCOMPARE(s.addJob(QStringLiteral("poll"), Schedule::every(15min), instant(&log, QStringLiteral("poll"))),
                 QString());
        settle();
        QVERIFY(log.isEmpty()); // nothing before start()
        QSignalSpy finished(&s, &Scheduler::jobFinished);
        s.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("poll"));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(s.nextDue(QStringLiteral("poll")), m_t0.addSecs(15 * 60));
        // Waiting 15 min: one timer, capped at 60 s, not a busy loop.
        QCOMPARE(s.armedIntervalMs(), 60000);
        clock.advance(14min);
        settle();
        QCOMPARE(log.size(), 1);
        clock.advance(1min);
        QTRY_COMPARE(log.size(), 2);
        QTRY_COMPARE(s.nextDue(QStringLiteral("poll")), m_t0.addSecs(30 * 60));
    }

    void timerWaitsExactlyWhenDueSoon()
    {
        TestClock clock(m_t0);
        Scheduler s(&clock, nullptr);
        QStringList log;
        startPoll(s, &log, 15min);
        QTRY_COMPARE(log.size(), 1);
        QTRY_COMPARE(s.nextDue(QStringLiteral("poll")), m_t0.addSecs(900));
        clock.advance(900s - 5s);
        settle();
        QVERIFY2(s.armedIntervalMs() > 0 && s.armedIntervalMs() <= 5000,
                 qPrintable(QString::number(s.armedIntervalMs())));
        // Disabled jobs arm no timer at all.
        Schedule off = Schedule::every(15min);
        off.setEnabled(false);
        QCOMPARE(s.setSchedule(QStringLiteral("poll"), off), QString());
        QCOMPARE(s.armedIntervalMs(), -1);
        QVERIFY(!s.nextDue(QStringLiteral("poll")).isValid());
    }

    void dueJobsStartEarliestFirst()
    {
        TestClock clock(m_t0);
        ScheduleState state;
        const auto saved = [&](const char *due) {
            JobState j;
            j.nextDue = utc(due);
            j.scheduleKey = Schedule::every(1h).key();
            return j;
        };
        state.setJob(QStringLiteral("a"), saved("2024-01-15T08:00:00Z"));
        state.setJob(QStringLiteral("b"), saved("2024-01-15T06:00:00Z"));
        state.setJob(QStringLiteral("c"), saved("2024-01-15T07:00:00Z"));
        state.setJob(QStringLiteral("d"), saved("2024-01-15T09:30:00Z"));
        Scheduler s(&clock, &state);
        QStringList log;
        for (const QString &n : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
            s.addJob(n, Schedule::every(1h), instant(&log, n));
        s.start();
        QTRY_COMPARE(log.size(), 3);
        QCOMPARE(log, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
        clock.advance(30min);
        QTRY_COMPARE(log.size(), 4);
        QCOMPARE(log.last(), QStringLiteral("d"));
    }

    void sameJobNeverOverlaps()
    {
        TestClock clock(m_t0);
        Scheduler s(&clock, nullptr);
        ManualJob job;
        s.addJob(QStringLiteral("poll"), Schedule::every(15min), job.starter());
        QSignalSpy started(&s, &Scheduler::jobStarted);
        s.start();
        QTRY_COMPARE(job.starts, 1);
        QVERIFY(s.isRunning(QStringLiteral("poll")));
        clock.advance(15min);
        clock.advance(15min);
        clock.advance(15min);
        settle();
        QCOMPARE(job.starts, 1);
        QVERIFY(!s.runNow(QStringLiteral("poll")));
        QCOMPARE(started.size(), 1);
        // The run took 45 min: the missed slots are one catch-up run, now.
        job.finish();
        QTRY_COMPARE(job.starts, 2);
        job.finish();
        QTRY_VERIFY(!s.isRunning(QStringLiteral("poll")));
        QCOMPARE(s.nextDue(QStringLiteral("poll")), clock.now().addSecs(900));
        settle();
        QCOMPARE(job.starts, 2);
    }

    void pauseStopsScheduledRunsNotRunNow()
    {
        TestClock clock(m_t0);
        Scheduler s(&clock, nullptr);
        QStringList log;
        startPoll(s, &log, 15min);
        QTRY_COMPARE(log.size(), 1);
        s.pause();
        QVERIFY(s.isPaused());
        QCOMPARE(s.armedIntervalMs(), -1);
        clock.advance(1h);
        settle();
        QCOMPARE(log.size(), 1);
        QVERIFY(s.runNow(QStringLiteral("poll")));
        QTRY_COMPARE(log.size(), 2);
        settle();
        QCOMPARE(log.size(), 2);
        clock.advance(1h);
        s.resume();
        QTRY_COMPARE(log.size(), 3); // one catch-up run, not four
        settle();
        QCOMPARE(log.size(), 3);
    }

    void runNowMovesTheNextRun()
    {
        TestClock clock(m_t0);
        Scheduler s(&clock, nullptr);
        QStringList log;
        startPoll(s, &log, 1h);
        QTRY_COMPARE(log.size(), 1);
        clock.advance(20min);
        QVERIFY(s.runNow(QStringLiteral("poll")));
        QVERIFY(!s.runNow(QStringLiteral("nosuchjob")));
        QTRY_COMPARE(s.nextDue(QStringLiteral("poll")), m_t0.addSecs(80 * 60));
    }

    void failureIsReportedAndKept()
    {
        TestClock clock(m_t0);
        ScheduleState state;
        Scheduler s(&clock, &state);
        ManualJob job;
        s.addJob(QStringLiteral("sync"), Schedule::every(1h), job.starter());
        QSignalSpy finished(&s, &Scheduler::jobFinished);
        s.start();
        QTRY_COMPARE(job.starts, 1);
        clock.advance(2min);
        JobDone done = job.pending.first();
        job.finish(false, QStringLiteral("server refused"));
        done(true, QStringLiteral("a second report")); // ignored: one report per run
        QTRY_COMPARE(finished.size(), 1);
        settle();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("server refused"));
        const JobState saved = *state.job(QStringLiteral("sync"));
        QCOMPARE(saved.lastOk, false);
        QCOMPARE(saved.lastMessage, QStringLiteral("server refused"));
        QCOMPARE(saved.lastStarted, m_t0);
        QCOMPARE(saved.lastFinished, m_t0.addSecs(120));
        QCOMPARE(saved.nextDue, m_t0.addSecs(3600));
    }

    void addJobRejectsDuplicatesAndBadSchedules()
    {
        TestClock clock(m_t0);
        Scheduler s(&clock, nullptr);
        QStringList log;
        QCOMPARE(s.addJob(QStringLiteral("poll"), Schedule::every(1h), instant(&log, {})), QString());
        QVERIFY(!s.addJob(QStringLiteral("poll"), Schedule::every(1h), instant(&log, {})).isEmpty());
        QVERIFY(!s.addJob(QStringLiteral("bad"), Schedule::every(0s), instant(&log, {})).isEmpty());
        QVERIFY(!s.addJob(QString(), Schedule::every(1h), instant(&log, {})).isEmpty());
        QCOMPARE(s.jobNames(), QStringList{QStringLiteral("poll")});
    }

    void restartResumesFromSavedState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        TestClock clock(m_t0);
        QStringList log;
        {
            ScheduleState state(path);
            QCOMPARE(state.load(), QString());
            Scheduler s(&clock, &state);
            startPoll(s, &log, 15min);
            QTRY_COMPARE(log.size(), 1);
            QTRY_VERIFY(!s.isRunning(QStringLiteral("poll")));
        }
        clock.advance(5min);
        {
            // Restarted 5 min later: due at the saved time, not now.
            ScheduleState state(path);
            QCOMPARE(state.load(), QString());
            Scheduler s(&clock, &state);
            s.addJob(QStringLiteral("poll"), Schedule::every(15min), instant(&log, QStringLiteral("poll")));
            QCOMPARE(s.nextDue(QStringLiteral("poll")), m_t0.addSecs(900));
            s.start();
            settle();
            QCOMPARE(log.size(), 1);
            clock.advance(10min);
            QTRY_COMPARE(log.size(), 2);
            QTRY_VERIFY(!s.isRunning(QStringLiteral("poll")));
        }
        clock.advanceDays(3);
        {
            // Closed for three days: one catch-up run at start.
            ScheduleState state(path);
            QCOMPARE(state.load(), QString());
            Scheduler s(&clock, &state);
            startPoll(s, &log, 15min);
            QTRY_COMPARE(log.size(), 3);
            settle();
            QCOMPARE(log.size(), 3);
            QTRY_COMPARE(s.nextDue(QStringLiteral("poll")), clock.now().addSecs(900));
        }
        {
            // Restarted with another interval: recomputed from the last start.
            ScheduleState state(path);
            QCOMPARE(state.load(), QString());
            Scheduler s(&clock, &state);
            s.addJob(QStringLiteral("poll"), Schedule::every(1h), instant(&log, QStringLiteral("poll")));
            QCOMPARE(s.nextDue(QStringLiteral("poll")), clock.now().addSecs(3600));
        }
    }

    void interruptedRunIsRepeatedAfterRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        TestClock clock(m_t0);
        ManualJob job;
        {
            ScheduleState state(path);
            Scheduler s(&clock, &state);
            s.addJob(QStringLiteral("poll"), Schedule::every(15min), job.starter());
            s.start();
            QTRY_COMPARE(job.starts, 1);
        }                                                      // the process ends during the run
        job.pending.first()(true, QStringLiteral("too late")); // must not touch the dead scheduler
        settle();
        clock.advance(1min);
        ScheduleState state(path);
        QCOMPARE(state.load(), QString());
        Scheduler s(&clock, &state);
        s.addJob(QStringLiteral("poll"), Schedule::every(15min), job.starter());
        s.start();
        QTRY_COMPARE(job.starts, 2);
    }

    void damagedStateFileDoesNotStopTheSchedule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\":1,\"jobs\":");
        }
        TestClock clock(m_t0);
        ScheduleState state(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("was damaged")));
        QVERIFY(!state.load().isEmpty());
        Scheduler s(&clock, &state);
        QStringList log;
        startPoll(s, &log, 15min);
        QTRY_COMPARE(log.size(), 1);
        ScheduleState again(path);
        QCOMPARE(again.load(), QString());
        QTRY_COMPARE(again.load(), QString());
        QVERIFY(again.job(QStringLiteral("poll")).has_value());
    }

    void dailyWithSpreadUsesTheGivenGenerator()
    {
        TestClock clock(utc("2024-01-15T09:00:00Z"));
        Scheduler s(&clock, nullptr);
        QRandomGenerator rng(42);
        s.setRandomGenerator(&rng);
        QStringList log;
        s.addJob(QStringLiteral("sync"), Schedule::dailyAt(QTime(2, 0), 2h, QTimeZone("UTC")),
                 instant(&log, QStringLiteral("sync")));
        const QDateTime due = s.nextDue(QStringLiteral("sync"));
        QVERIFY(due >= utc("2024-01-16T02:00:00Z") && due < utc("2024-01-16T04:00:00Z"));
        s.start();
        clock.setNow(due.addSecs(-1));
        settle();
        QVERIFY(log.isEmpty());
        clock.setNow(due);
        QTRY_COMPARE(log.size(), 1);
        QTRY_VERIFY(s.nextDue(QStringLiteral("sync")) >= utc("2024-01-17T02:00:00Z"));
        QVERIFY(s.nextDue(QStringLiteral("sync")) < utc("2024-01-17T04:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
