// Schedule::nextDue (intervals, daily times, daylight saving in Europe/Amsterdam, random spread,
// catch-up after sleep) and ScheduleState persistence (round trip, damaged files).

#include "schedule/Schedule.h"
#include "schedule/ScheduleState.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet::schedule;
using namespace std::chrono_literals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QTimeZone amsterdam()
{
    return QTimeZone("Europe/Amsterdam");
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(amsterdam().isValid(), "the tz database lacks Europe/Amsterdam"); }

    void nextDue_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QDateTime>("lastRun");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");

        const Schedule q = Schedule::every(15min);
        QTest::addRow("interval never run is due now")
            << q << QDateTime() << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T09:00:00Z");
        QTest::addRow("interval after a run")
            << q << utc("2024-01-15T08:55:00Z") << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T09:10:00Z");
        QTest::addRow("interval exactly due")
            << q << utc("2024-01-15T08:45:00Z") << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T09:00:00Z");
        QTest::addRow("interval 3 days asleep is one run now")
            << q << utc("2024-01-12T09:00:00Z") << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T09:00:00Z");
        QTest::addRow("interval clock set back counts from now")
            << q << utc("2024-01-15T11:00:00Z") << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T09:15:00Z");
        QTest::addRow("interval ignores daylight saving") << Schedule::every(1h) << utc("2024-03-31T00:30:00Z")
                                                          << utc("2024-03-31T00:31:00Z") << utc("2024-03-31T01:30:00Z");
        Schedule off = q;
        off.setEnabled(false);
        QTest::addRow("disabled is never due")
            << off << utc("2024-01-15T08:55:00Z") << utc("2024-01-15T09:00:00Z") << QDateTime();

        // Amsterdam is UTC+1 in winter, UTC+2 in summer.
        const Schedule d = Schedule::dailyAt(QTime(2, 30), 0s, amsterdam());
        QTest::addRow("daily next day") << d << utc("2024-01-15T01:30:00Z") << utc("2024-01-15T09:00:00Z")
                                        << utc("2024-01-16T01:30:00Z");
        QTest::addRow("daily never run, later today")
            << d << QDateTime() << utc("2024-01-15T00:00:00Z") << utc("2024-01-15T01:30:00Z");
        QTest::addRow("daily never run, slot passed")
            << d << QDateTime() << utc("2024-01-15T09:00:00Z") << utc("2024-01-16T01:30:00Z");
        QTest::addRow("daily ran early by hand, slot still today")
            << d << utc("2024-01-15T00:10:00Z") << utc("2024-01-15T00:20:00Z") << utc("2024-01-15T01:30:00Z");
        QTest::addRow("daily summer time")
            << d << utc("2024-07-01T00:30:00Z") << utc("2024-07-01T09:00:00Z") << utc("2024-07-02T00:30:00Z");
        QTest::addRow("daily 3 days asleep is one run now")
            << d << utc("2024-01-12T01:30:00Z") << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T09:00:00Z");
        // 2024-03-31: at 02:00 CET the clocks jump to 03:00 CEST (01:00 UTC); 02:30 does not exist.
        QTest::addRow("daily in the spring gap runs at the jump")
            << d << utc("2024-03-30T01:30:00Z") << utc("2024-03-30T12:00:00Z") << utc("2024-03-31T01:00:00Z");
        QTest::addRow("daily day after the spring gap")
            << d << utc("2024-03-31T01:00:00Z") << utc("2024-03-31T06:00:00Z") << utc("2024-04-01T00:30:00Z");
        // 2024-10-27: at 03:00 CEST the clocks go back to 02:00 CET (01:00 UTC); 02:30 happens
        // at 00:30 UTC and again at 01:30 UTC. The first one counts, and only once.
        QTest::addRow("daily autumn double hour takes the first")
            << d << utc("2024-10-26T00:30:00Z") << utc("2024-10-26T12:00:00Z") << utc("2024-10-27T00:30:00Z");
        QTest::addRow("daily autumn double hour runs once")
            << d << utc("2024-10-27T00:30:00Z") << utc("2024-10-27T01:45:00Z") << utc("2024-10-28T01:30:00Z");
        const Schedule early = Schedule::dailyAt(QTime(0, 30), 0s, amsterdam());
        QTest::addRow("daily crosses the UTC date")
            << early << utc("2024-01-14T23:30:00Z") << utc("2024-01-15T09:00:00Z") << utc("2024-01-15T23:30:00Z");
    }
    void nextDue()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QDateTime, lastRun);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        QCOMPARE(schedule.nextDue(lastRun, now), expected);
    }

    void defaultIsHourly()
    {
        const Schedule s;
        QCOMPARE(s.kind(), Schedule::Kind::Interval);
        QCOMPARE(s.nextDue(utc("2024-01-15T09:00:00Z"), utc("2024-01-15T09:01:00Z")), utc("2024-01-15T10:00:00Z"));
    }

    void wallClockInstant_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("winter") << QDate(2024, 1, 15) << QTime(2, 30) << utc("2024-01-15T01:30:00Z");
        QTest::addRow("gap start") << QDate(2024, 3, 31) << QTime(2, 0) << utc("2024-03-31T01:00:00Z");
        QTest::addRow("gap end exists") << QDate(2024, 3, 31) << QTime(3, 0) << utc("2024-03-31T01:00:00Z");
        QTest::addRow("before the gap") << QDate(2024, 3, 31) << QTime(1, 59) << utc("2024-03-31T00:59:00Z");
        QTest::addRow("double hour") << QDate(2024, 10, 27) << QTime(2, 0) << utc("2024-10-27T00:00:00Z");
        QTest::addRow("after the double hour") << QDate(2024, 10, 27) << QTime(3, 0) << utc("2024-10-27T02:00:00Z");
    }
    void wallClockInstant()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, expected);
        QCOMPARE(Schedule::wallClockInstant(date, time, amsterdam()), expected);
    }

    void spreadStaysInItsWindow()
    {
        const Schedule s = Schedule::dailyAt(QTime(2, 0), 1h, QTimeZone("UTC"));
        const QDateTime slot = utc("2024-01-16T02:00:00Z");
        QSet<qint64> seen;
        for (quint32 seed = 1; seed <= 200; ++seed) {
            QRandomGenerator rng(seed);
            const QDateTime due = s.nextDue(utc("2024-01-15T02:10:00Z"), utc("2024-01-15T09:00:00Z"), &rng);
            QVERIFY2(due >= slot && due < slot.addSecs(3600), qPrintable(due.toString(Qt::ISODate)));
            seen << slot.secsTo(due);
            QRandomGenerator again(seed);
            QCOMPARE(s.nextDue(utc("2024-01-15T02:10:00Z"), utc("2024-01-15T09:00:00Z"), &again), due);
        }
        // 200 draws from 3600 seconds: nearly all distinct, and both halves of the hour used.
        QVERIFY(seen.size() > 150);
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](qint64 v) { return v < 1800; }));
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](qint64 v) { return v >= 1800; }));
    }

    void spreadCatchUpIsNow()
    {
        const Schedule s = Schedule::dailyAt(QTime(2, 0), 1h, QTimeZone("UTC"));
        QRandomGenerator rng(7);
        QCOMPARE(s.nextDue(utc("2024-01-10T02:30:00Z"), utc("2024-01-15T09:00:00Z"), &rng),
                 utc("2024-01-15T09:00:00Z"));
    }

    void validateAndKey()
    {
        QVERIFY(Schedule::every(15min).validate().isEmpty());
        QVERIFY(!Schedule::every(0s).validate().isEmpty());
        QVERIFY(!Schedule::dailyAt(QTime()).validate().isEmpty());
        QVERIFY(!Schedule::dailyAt(QTime(2, 0), 24h).validate().isEmpty());
        QCOMPARE(Schedule::every(15min).key(), QStringLiteral("every 900s"));
        QCOMPARE(Schedule::dailyAt(QTime(2, 30), 1h, amsterdam()).key(),
                 QStringLiteral("daily 02:30:00 spread 3600s Europe/Amsterdam"));
        Schedule off = Schedule::every(15min);
        off.setEnabled(false);
        QVERIFY(off.key() != Schedule::every(15min).key());
        QVERIFY(!(off == Schedule::every(15min)));
    }

    void stateRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        JobState poll;
        poll.lastStarted = utc("2024-01-15T09:00:00.250Z");
        poll.lastFinished = utc("2024-01-15T09:01:10Z");
        poll.lastOk = true;
        poll.lastMessage = QStringLiteral("Polled 3 devices: 3 answered, 0 did not.");
        poll.nextDue = utc("2024-01-15T09:15:00.250Z");
        poll.scheduleKey = Schedule::every(15min).key();
        JobState sync; // never ran, disabled
        sync.scheduleKey = QStringLiteral("daily 02:00:00 UTC disabled");
        {
            ScheduleState state(path);
            QCOMPARE(state.load(), QString()); // missing file: empty, no complaint
            QVERIFY(state.jobNames().isEmpty());
            state.setJob(QStringLiteral("poll"), poll);
            state.setJob(QStringLiteral("sync"), sync);
            QCOMPARE(state.save(), QString());
        }
        ScheduleState again(path);
        QCOMPARE(again.load(), QString());
        QCOMPARE(again.jobNames(), (QStringList{QStringLiteral("poll"), QStringLiteral("sync")}));
        QCOMPARE(*again.job(QStringLiteral("poll")), poll);
        QCOMPARE(*again.job(QStringLiteral("sync")), sync);
        QVERIFY(!again.job(QStringLiteral("other")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".corrupt")));
    }

    void damagedStateStartsFresh_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("garbage") << QByteArray("\x00\x01\xffnot json", 11);
        QTest::addRow("truncated") << QByteArray("{\"format\":1,\"jobs\":{\"poll\":{\"lastStarted\":\"2024-01");
        QTest::addRow("empty file") << QByteArray();
        QTest::addRow("array") << QByteArray("[1,2,3]");
        QTest::addRow("other format") << QByteArray("{\"format\":99,\"jobs\":{}}");
        QTest::addRow("bad date") << QByteArray("{\"format\":1,\"jobs\":{\"poll\":{\"nextDue\":\"tomorrow\"}}}");
        QTest::addRow("job not an object") << QByteArray("{\"format\":1,\"jobs\":{\"poll\":7}}");
    }
    void damagedStateStartsFresh()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        ScheduleState state(path);
        const QString message = state.load();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(state.jobNames().isEmpty());
        QFile aside(path + QStringLiteral(".corrupt"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        // The fresh state saves and loads normally.
        JobState job;
        job.nextDue = utc("2024-01-15T09:00:00Z");
        state.setJob(QStringLiteral("poll"), job);
        QCOMPARE(state.save(), QString());
        ScheduleState again(path);
        QCOMPARE(again.load(), QString());
        QCOMPARE(again.job(QStringLiteral("poll"))->nextDue, job.nextDue);
    }

    void unwritableStateReportsWhy()
    {
        ScheduleState state(QStringLiteral("/nonexistent-dir-for-fleet-test/schedule.json"));
        state.setJob(QStringLiteral("poll"), JobState{});
        QVERIFY(state.save().contains(QStringLiteral("/nonexistent-dir-for-fleet-test/schedule.json")));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
