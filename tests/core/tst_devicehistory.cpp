// Pages per day from the total counter (spread over calendar days, a counter that went down is a
// gap and never a negative day), the choice of the total counter, and the device panel's one-job
// read of a device's history from a real SQLite file written by SnapshotStore.

#include "storage/Database.h"
#include "storage/DeviceHistory.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;

using Readings = QList<QPair<double, quint64>>; // hours after day 0 00:00 UTC, counter value
using Days = QList<QPair<int, quint64>>;        // day after day 0, pages
Q_DECLARE_METATYPE(Readings)
Q_DECLARE_METATYPE(Days)

namespace {

const QDateTime &day0()
{
    static const QDateTime t(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    return t;
}

MeterReading reading(const QDateTime &at, quint64 value, const QString &meter = QStringLiteral("total"),
                     const QString &source = QStringLiteral("vendor:hp"),
                     const QString &unit = QStringLiteral("impressions"))
{
    MeterReading r;
    r.readAt = at;
    r.value = value;
    r.meter = meter;
    r.source = source;
    r.unit = unit;
    return r;
}

QList<MeterReading> series(const Readings &values)
{
    QList<MeterReading> out;
    for (const auto &[hours, value] : values)
        out << reading(day0().addSecs(qint64(hours * 3600)), value);
    return out;
}

} // namespace

class TestDeviceHistory : public QObject
{
    Q_OBJECT
private:
    static DeviceSnapshot poll(const QDateTime &at, quint64 total, std::optional<qint64> blackLevel,
                               const QString &address = QStringLiteral("127.0.0.9:161"))
    {
        DeviceSnapshot s =
            storage::test::hpPrinter(address, QStringLiteral("SN-HIST-1"), QStringLiteral("LaserJet M130nw"), at);
        s.durationMs = 250;
        s.requests = 7;
        s.identity.sysName = QStringLiteral("hp-lobby");
        Meter m = storage::test::hpTotalMeter(total);
        m.readAt = at;
        s.counters.meters = {m};
        Marker marker;
        marker.hrDeviceIndex = 1;
        marker.index = 1;
        marker.lifeCount = total;
        marker.unit = EnumValue{7, QStringLiteral("impressions")};
        s.counters.markers = {marker};
        s.counters.lifetimeImpressions = total;
        Supply black;
        black.index = 1;
        black.description = QStringLiteral("Black Cartridge HP CF217A");
        black.colorant = QStringLiteral("black");
        black.maxCapacity = 100;
        black.level = blackLevel ? *blackLevel : -3;
        if (blackLevel)
            black.percent = double(*blackLevel);
        black.state = blackLevel ? SupplyState::Ok : SupplyState::SomeRemaining;
        s.supplies = {black};
        return s;
    }

    static DeviceSnapshot failed(const QDateTime &at, const QString &address = QStringLiteral("127.0.0.9:161"))
    {
        DeviceSnapshot s;
        s.target = address;
        s.address = address;
        s.polledAt = at;
        s.durationMs = 3000;
        s.requests = 2;
        s.error = {snmp::ErrorClass::NoResponse, QStringLiteral("No response from 127.0.0.9:161")};
        return s;
    }

private Q_SLOTS:
    void pagesPerDay_data()
    {
        QTest::addColumn<Readings>("readings");
        QTest::addColumn<Days>("days");
        QTest::addColumn<int>("gaps");
        QTest::addRow("midnight polls") << Readings{{0, 1000}, {24, 1100}, {48, 1300}} << Days{{0, 100}, {1, 200}} << 0;
        // 10:00 to 10:00: 14 hours of the first day, 10 of the next, rounded so the days add up.
        QTest::addRow("spread over two days")
            << Readings{{10, 1000}, {34, 1100}, {58, 1300}} << Days{{0, 58}, {1, 159}, {2, 83}} << 0;
        QTest::addRow("two readings in one day") << Readings{{8, 1000}, {20, 1050}} << Days{{0, 50}} << 0;
        QTest::addRow("idle days are zero, not missing")
            << Readings{{0, 500}, {24, 500}, {48, 500}} << Days{{0, 0}, {1, 0}} << 0;
        // 5 is a misread: counting resumes from 1010, the interval around it is a gap.
        QTest::addRow("glitch low reading")
            << Readings{{0, 1000}, {24, 1010}, {48, 5}, {72, 1030}} << Days{{0, 10}, {1, 10}, {2, 10}} << 1;
        // A real restart: the counter stays low. Nothing is counted until two readings after it.
        QTest::addRow("counter restarted") << Readings{{0, 1000}, {24, 5}, {48, 20}, {72, 40}} << Days{{2, 20}} << 1;
        // Each drop is a gap, each rise still below the last trusted reading a restart: counting
        // resumes only between two readings after the last drop.
        QTest::addRow("went down twice") << Readings{{0, 100}, {24, 90}, {48, 95}, {72, 80}, {96, 85}, {120, 100}}
                                         << Days{{4, 15}} << 2;
        QTest::addRow("single reading") << Readings{{5, 1000}} << Days{} << 0;
        QTest::addRow("same instant") << Readings{{5, 1000}, {5, 1010}} << Days{{0, 10}} << 0;
        QTest::addRow("no readings") << Readings{} << Days{} << 0;
    }
    void pagesPerDay()
    {
        QFETCH(Readings, readings);
        QFETCH(Days, days);
        QFETCH(int, gaps);
        const DailyUsage usage = dailyUsage(series(readings), QTimeZone::utc());
        Days got;
        for (const DayCount &d : usage.days) {
            got << qMakePair(int(day0().date().daysTo(d.day)), d.pages);
            QVERIFY(d.coveredSeconds >= 0 && d.coveredSeconds <= 86400);
        }
        QCOMPARE(got, days);
        QCOMPARE(usage.gaps.size(), gaps);
        quint64 sum = 0;
        for (const auto &d : std::as_const(days))
            sum += d.second;
        QCOMPARE(usage.totalPages(), sum);
    }

    void gapSaysWhereTheCounterWentDown()
    {
        const DailyUsage usage = dailyUsage(series({{0, 1000}, {24, 1010}, {48, 5}}), QTimeZone::utc());
        QCOMPARE(usage.gaps.size(), 1);
        QCOMPARE(usage.gaps.first().from, day0().addDays(1));
        QCOMPARE(usage.gaps.first().to, day0().addDays(2));
        QCOMPARE(usage.gaps.first().before, 1010u);
        QCOMPARE(usage.gaps.first().after, 5u);
        QCOMPARE(usage.meter, QStringLiteral("total"));
        QCOMPARE(usage.unit, QStringLiteral("impressions"));
    }

    void daysFollowTheTimeZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("no time zone database");
        // 23:00 UTC is midnight in Berlin (CET, winter): the whole interval is one Berlin day.
        const QDateTime start(QDate(2026, 1, 1), QTime(23, 0), Qt::UTC);
        const QList<MeterReading> s{reading(start, 0), reading(start.addDays(1), 240)};
        const DailyUsage local = dailyUsage(s, berlin);
        QCOMPARE(local.days.size(), 1);
        QCOMPARE(local.days.first().day, QDate(2026, 1, 2));
        QCOMPARE(local.days.first().pages, 240u);
        const DailyUsage utc = dailyUsage(s, QTimeZone::utc());
        QCOMPARE(utc.days.size(), 2);
        QCOMPARE(utc.days.first().pages, 10u); // 1 hour of 24 on 1 January
        QCOMPARE(utc.days.last().pages, 230u);
    }

    void totalCounter_data()
    {
        QTest::addColumn<QList<MeterReading>>("readings");
        QTest::addColumn<QString>("meter");
        QTest::addColumn<QList<quint64>>("values");
        const QDateTime t = day0();
        const QString mib = QStringLiteral("printer-mib");
        const QString imp = QStringLiteral("impressions");
        QTest::addRow("vendor total over markers")
            << QList<MeterReading>{reading(t, 10, QStringLiteral("marker.1.1"), mib), reading(t, 12),
                                   reading(t.addDays(1), 20, QStringLiteral("marker.1.1"), mib),
                                   reading(t.addDays(1), 22)}
            << QStringLiteral("total") << QList<quint64>{12, 22};
        QTest::addRow("vendor impressions over a sheet count")
            << QList<MeterReading>{reading(t, 5, QStringLiteral("total"), QStringLiteral("vendor:x"),
                                           QStringLiteral("sheets")),
                                   reading(t, 9, QStringLiteral("total"), QStringLiteral("vendor:y"), imp)}
            << QStringLiteral("total") << QList<quint64>{9};
        QTest::addRow("single marker") << QList<MeterReading>{reading(t, 10, QStringLiteral("marker.1.1"), mib),
                                                              reading(t.addDays(1), 30, QStringLiteral("marker.1.1"),
                                                                      mib)}
                                       << QStringLiteral("marker.1.1") << QList<quint64>{10, 30};
        // The second poll missed marker 1.2: summing it would look like the counter going down.
        QTest::addRow("markers summed per poll")
            << QList<MeterReading>{reading(t, 10, QStringLiteral("marker.1.1"), mib),
                                   reading(t, 5, QStringLiteral("marker.1.2"), mib),
                                   reading(t.addDays(1), 20, QStringLiteral("marker.1.1"), mib),
                                   reading(t.addDays(2), 30, QStringLiteral("marker.1.1"), mib),
                                   reading(t.addDays(2), 8, QStringLiteral("marker.1.2"), mib)}
            << QString(kMarkerSum) << QList<quint64>{15, 38};
        QTest::addRow("markers in different units")
            << QList<MeterReading>{reading(t, 10, QStringLiteral("marker.1.1"), mib, imp),
                                   reading(t, 5, QStringLiteral("marker.1.2"), mib, QStringLiteral("sheets"))}
            << QString() << QList<quint64>{};
        QTest::addRow("no total") << QList<MeterReading>{reading(t, 10, QStringLiteral("copy"))} << QString()
                                  << QList<quint64>{};
    }
    void totalCounter()
    {
        QFETCH(QList<MeterReading>, readings);
        QFETCH(QString, meter);
        QFETCH(QList<quint64>, values);
        const QList<MeterReading> total = totalCounterSeries(readings);
        QList<quint64> got;
        for (const MeterReading &r : total) {
            got << r.value;
            QCOMPARE(r.meter, meter);
        }
        QCOMPARE(got, values);
    }

    void loadsOneDevicesHistory()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("h.db"))));
        SnapshotStore store(db);
        const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        QList<DeviceSnapshot> polls;
        // Daily at midnight; the counter is swapped on day 3 (goes down), the toner is replaced on day 4.
        const QList<quint64> totals{1000, 1100, 1250, 40, 90, 150};
        const QList<qint64> levels{80, 75, 70, 65, 98, 94};
        for (int day = 0; day < totals.size(); ++day)
            polls << poll(start.addDays(day), totals.at(day), levels.at(day));
        polls << failed(start.addDays(6));
        polls << poll(start.addDays(6).addSecs(3600), 160, std::nullopt, QStringLiteral("127.0.0.10:161"));
        for (const DeviceSnapshot &p : std::as_const(polls)) {
            const auto r = store.storeBatch({p});
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        }
        const qint64 id = db.scalar(QStringLiteral("SELECT id FROM devices"))->toLongLong();

        const auto loaded = loadDeviceDetails(db, id, DetailsOptions{90, 200, 200, QTimeZone::utc()});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QVERIFY(loaded->has_value());
        const DeviceDetails &d = **loaded;
        QCOMPARE(d.device.serial, QStringLiteral("SN-HIST-1"));
        QVERIFY(d.device.ipChanged);
        QCOMPARE(d.device.address, QStringLiteral("127.0.0.10:161"));
        QVERIFY(d.latest);
        QCOMPARE(d.latest->polledAt, start.addDays(6).addSecs(3600));
        QCOMPARE(d.meters.size(), 2); // the vendor total and the marker
        QCOMPARE(d.totalSeries.size(), 7);
        QCOMPARE(d.totalSeries.first().meter, QStringLiteral("total"));
        // Days 0-1 and 1-2 count (100, 150); 2-3 is the gap; 3-4 starts the new counter (not known what
        // was printed since the swap); 4-5 counts 60; 5 to day 6 01:00 counts 10 (spread 24:1).
        Days got;
        for (const DayCount &c : d.dailyUsage.days)
            got << qMakePair(int(start.date().daysTo(c.day)), c.pages);
        QCOMPARE(got, (Days{{0, 100}, {1, 150}, {4, 60}, {5, 10}, {6, 0}}));
        QCOMPARE(d.dailyUsage.gaps.size(), 1);
        QCOMPARE(d.supplyHistory.size(), 7);
        QStringList kinds;
        for (const EventRecord &e : d.flaggedEvents)
            kinds << e.kind;
        QVERIFY2(kinds.contains(kEventCounterWentDown), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(kEventIpChanged), qPrintable(kinds.join(u',')));
        QVERIFY(!kinds.contains(kEventDeviceAdded));
        QCOMPARE(d.polls.size(), 8);
        QCOMPARE(d.polls.at(6).result, QString(kPollFailed));
        QCOMPARE(d.polls.at(6).errorClass, QStringLiteral("noResponse"));

        // A shorter window leaves the older readings out, counted back from the last poll.
        const auto recent = loadDeviceDetails(db, id, DetailsOptions{2, 3, 200, QTimeZone::utc()});
        QVERIFY(recent.ok() && recent->has_value());
        QCOMPARE((*recent)->totalSeries.size(), 2); // day 5 and day 6 01:00
        QCOMPARE((*recent)->polls.size(), 3);
        QCOMPARE((*recent)->historySince, start.addDays(4).addSecs(3600));

        const auto missing = loadDeviceDetails(db, id + 100);
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDeviceHistory)
#include "tst_devicehistory.moc"
