// The fleet at a glance: how devices are counted (status, the "not reporting" threshold, critical
// alerts, scope), the worst level, the one-line summary, the diff of critical alerts between two
// states, and the same numbers read from a real database.

#include "storage/FleetHealth.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// "status/hoursSinceSuccess[/hoursSinceFirstSeen[/out]]"; '-' for a success that never happened.
QList<FleetRow> rowsFrom(const QStringList &specs)
{
    QList<FleetRow> rows;
    qint64 id = 1;
    for (const QString &spec : specs) {
        const QStringList f = spec.split(u'/');
        FleetRow row;
        row.device.id = id++;
        row.device.status = f.at(0);
        row.device.address = QStringLiteral("10.0.0.%1:161").arg(row.device.id);
        if (f.value(1) != u"-")
            row.device.lastSuccessAt = kNow.addSecs(-3600 * f.value(1).toLongLong());
        row.device.firstSeen = kNow.addSecs(-3600 * (f.size() > 2 ? f.at(2).toLongLong() : 1000));
        row.device.inScope = f.value(3) != u"out";
        rows << row;
    }
    return rows;
}

// "deviceId:severity:alertId[:cleared]"
QList<AlertRecord> alertsFrom(const QStringList &specs)
{
    QList<AlertRecord> alerts;
    for (const QString &spec : specs) {
        const QStringList f = spec.split(u':');
        AlertRecord a;
        a.deviceId = f.at(0).toLongLong();
        a.severity = f.at(1).toLongLong();
        a.id = f.at(2).toLongLong();
        a.description = QStringLiteral("alert %1").arg(a.id);
        if (f.value(3) == u"cleared")
            a.clearedAt = kNow;
        alerts << a;
    }
    return alerts;
}

QStringList times(int n, const QString &spec)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << spec;
    return out;
}

} // namespace

class TestFleetHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QStringList>("devices");
        QTest::addColumn<QStringList>("alerts");
        // ok, warning, error, not reporting, unknown
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QString>("worst");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QList<qint64>>("critical");

        QTest::addRow("empty fleet") << QStringList{} << QStringList{} << QList<int>{0, 0, 0, 0, 0}
                                     << QStringLiteral("unknown") << QStringLiteral("No printers yet")
                                     << QList<qint64>{};
        QTest::addRow("one printer") << QStringList{QStringLiteral("ok/1")} << QStringList{}
                                     << QList<int>{1, 0, 0, 0, 0} << QStringLiteral("ok")
                                     << QStringLiteral("1 printer: 1 OK") << QList<qint64>{};
        QTest::addRow("the usual office")
            << (times(12, QStringLiteral("ok/1")) + QStringList{QStringLiteral("warning/1"), QStringLiteral("error/2")})
            << QStringList{} << QList<int>{12, 1, 1, 0, 0} << QStringLiteral("error")
            << QStringLiteral("14 printers: 12 OK, 1 warning, 1 error") << QList<qint64>{};
        QTest::addRow("plurals") << (times(2, QStringLiteral("warning/1")) + times(2, QStringLiteral("error/1")))
                                 << QStringList{} << QList<int>{0, 2, 2, 0, 0} << QStringLiteral("error")
                                 << QStringLiteral("4 printers: 2 warnings, 2 errors") << QList<qint64>{};
        QTest::addRow("every class") << QStringList{QStringLiteral("ok/1"), QStringLiteral("warning/1"),
                                                    QStringLiteral("error/1"), QStringLiteral("ok/30"),
                                                    QStringLiteral("offline/2")}
                                     << QStringList{} << QList<int>{1, 1, 1, 1, 1} << QStringLiteral("error")
                                     << QStringLiteral(
                                            "5 printers: 1 OK, 1 warning, 1 error, 1 not reporting, 1 unknown")
                                     << QList<qint64>{};
        QTest::addRow("a stale status is not trusted")
            << QStringList{QStringLiteral("ok/25"), QStringLiteral("error/48")} << QStringList{}
            << QList<int>{0, 0, 0, 2, 0} << QStringLiteral("warning") << QStringLiteral("2 printers: 2 not reporting")
            << QList<qint64>{};
        QTest::addRow("just inside the threshold")
            << QStringList{QStringLiteral("error/23")} << QStringList{} << QList<int>{0, 0, 1, 0, 0}
            << QStringLiteral("error") << QStringLiteral("1 printer: 1 error") << QList<qint64>{};
        QTest::addRow("offline for a moment is unknown, not an alarm")
            << QStringList{QStringLiteral("ok/1"), QStringLiteral("offline/3")} << QStringList{}
            << QList<int>{1, 0, 0, 0, 1} << QStringLiteral("ok") << QStringLiteral("2 printers: 1 OK, 1 unknown")
            << QList<qint64>{};
        QTest::addRow("never answered but just added")
            << QStringList{QStringLiteral("unknown/-/2")} << QStringList{} << QList<int>{0, 0, 0, 0, 1}
            << QStringLiteral("unknown") << QStringLiteral("1 printer: 1 unknown") << QList<qint64>{};
        QTest::addRow("never answered since long ago")
            << QStringList{QStringLiteral("offline/-/48")} << QStringList{} << QList<int>{0, 0, 0, 1, 0}
            << QStringLiteral("warning") << QStringLiteral("1 printer: 1 not reporting") << QList<qint64>{};
        QTest::addRow("a critical alert is an error")
            << QStringList{QStringLiteral("ok/1"), QStringLiteral("ok/1")} << QStringList{QStringLiteral("2:3:7")}
            << QList<int>{1, 0, 1, 0, 0} << QStringLiteral("error") << QStringLiteral("2 printers: 1 OK, 1 error")
            << QList<qint64>{7};
        QTest::addRow("warnings and cleared criticals are not")
            << QStringList{QStringLiteral("ok/1")}
            << QStringList{QStringLiteral("1:4:8"), QStringLiteral("1:5:9"), QStringLiteral("1:3:10:cleared")}
            << QList<int>{1, 0, 0, 0, 0} << QStringLiteral("ok") << QStringLiteral("1 printer: 1 OK")
            << QList<qint64>{};
        QTest::addRow("out of scope devices and their alerts are left out")
            << QStringList{QStringLiteral("error/1/100/out"), QStringLiteral("ok/1")}
            << QStringList{QStringLiteral("1:3:11"), QStringLiteral("99:3:12")} << QList<int>{1, 0, 0, 0, 0}
            << QStringLiteral("ok") << QStringLiteral("1 printer: 1 OK") << QList<qint64>{};
        QTest::addRow("a silent device keeps its critical alert listed")
            << QStringList{QStringLiteral("error/40")} << QStringList{QStringLiteral("1:3:13")}
            << QList<int>{0, 0, 0, 1, 0} << QStringLiteral("warning") << QStringLiteral("1 printer: 1 not reporting")
            << QList<qint64>{13};
    }

    void counts()
    {
        QFETCH(QStringList, devices);
        QFETCH(QStringList, alerts);
        QFETCH(QList<int>, expected);
        QFETCH(QString, worst);
        QFETCH(QString, summary);
        QFETCH(QList<qint64>, critical);
        const FleetHealth h = FleetHealth::compute(rowsFrom(devices), alertsFrom(alerts), kNow, 24h);
        QCOMPARE((QList<int>{h.ok(), h.warning(), h.error(), h.notReporting(), h.unknown()}), expected);
        QCOMPARE(h.total(), expected[0] + expected[1] + expected[2] + expected[3] + expected[4]);
        QCOMPARE(healthLevelName(h.worst()), worst);
        QCOMPARE(h.summary(), summary);
        QCOMPARE(h.criticalAlertIds(), QSet<qint64>(critical.cbegin(), critical.cend()));
    }

    void thresholdIsAParameter()
    {
        const QList<FleetRow> rows = rowsFrom({QStringLiteral("ok/5")});
        QCOMPARE(FleetHealth::compute(rows, {}, kNow, 24h).notReporting(), 0);
        QCOMPARE(FleetHealth::compute(rows, {}, kNow, 4h).notReporting(), 1);
    }

    void onlyNewCriticalAlertsAreNew()
    {
        const QList<FleetRow> rows = rowsFrom({QStringLiteral("ok/1"), QStringLiteral("ok/1")});
        const FleetHealth none = FleetHealth::compute(rows, {}, kNow, 24h);
        const FleetHealth one = FleetHealth::compute(rows, alertsFrom({QStringLiteral("1:3:1")}), kNow, 24h);
        const FleetHealth two =
            FleetHealth::compute(rows, alertsFrom({QStringLiteral("1:3:1"), QStringLiteral("2:3:2")}), kNow, 24h);
        const FleetHealth swapped = FleetHealth::compute(rows, alertsFrom({QStringLiteral("2:3:2")}), kNow, 24h);

        const QList<CriticalAlert> first = one.newCriticalAlertsSince(none);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().alertId, 1);
        QCOMPARE(first.first().deviceName, QStringLiteral("10.0.0.1:161")); // no sysName: the address
        QCOMPARE(first.first().description, QStringLiteral("alert 1"));
        QVERIFY(one.newCriticalAlertsSince(one).isEmpty()); // still open: not new again
        QCOMPARE(two.newCriticalAlertsSince(one).size(), 1);
        QCOMPARE(two.newCriticalAlertsSince(one).first().alertId, 2);
        QVERIFY(swapped.newCriticalAlertsSince(two).isEmpty());  // one cleared: nothing new
        QCOMPARE(one.newCriticalAlertsSince(swapped).size(), 1); // a different occurrence is new
    }

    void readFromTheDatabase()
    {
        QTemporaryDir dir;
        Database db(QStringLiteral("health"));
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleet.db"))));
        const QDateTime polled = QDateTime::currentDateTimeUtc().addSecs(-600);
        DeviceSnapshot jammed = test::printer(QStringLiteral("10.1.0.1:161"), QStringLiteral("SER1"),
                                              {QStringLiteral("00:11:22:33:44:01")}, polled);
        Alert jam = test::alert(1, 8, QStringLiteral("jam"), QStringLiteral("Paper jam in tray 2"));
        jam.severity = {3, QStringLiteral("critical")};
        jammed.alerts = {jam};
        const DeviceSnapshot fine = test::printer(QStringLiteral("10.1.0.2:161"), QStringLiteral("SER2"),
                                                  {QStringLiteral("00:11:22:33:44:02")}, polled);
        QVERIFY(SnapshotStore(db).storeBatch({jammed, fine}));

        auto health = FleetHealth::load(db, QDateTime::currentDateTimeUtc(), 24h);
        QVERIFY2(health, qPrintable(health ? QString() : health.error().message));
        QCOMPARE(health->total(), 2);
        QCOMPARE(health->ok(), 1);
        QCOMPARE(health->error(), 1);
        QCOMPARE(health->criticalAlerts().size(), 1);
        QCOMPARE(health->criticalAlerts().first().description, QStringLiteral("Paper jam in tray 2"));
        QCOMPARE(health->criticalAlerts().first().deviceName, QStringLiteral("xerox-2nd-floor"));
        // A day later without a poll, both are silent.
        auto later = FleetHealth::load(db, QDateTime::currentDateTimeUtc().addDays(2), 24h);
        QVERIFY(later);
        QCOMPARE(later->notReporting(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFleetHealth)
#include "tst_fleethealth.moc"
