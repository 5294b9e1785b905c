// SnapshotStore and FleetRepository on a real SQLite file: identity rules, IP changes, counter
// checks, alert lifecycle, supplies, batches and the reads the CLI uses.

#include "storage/Database.h"
#include "storage/DeviceMatcher.h"
#include "storage/FleetRepository.h"
#include "storage/MeterRecorder.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;

    BatchResult store(const QList<DeviceSnapshot> &snapshots, const StoreContext &context = {})
    {
        auto result = SnapshotStore(*m_db).storeBatch(snapshots, context);
        if (!result)
            qWarning("storeBatch failed: %s", qPrintable(result.error().message));
        return result ? *result : BatchResult{};
    }
    DeviceOutcome storeOne(const DeviceSnapshot &snapshot)
    {
        const BatchResult r = store({snapshot});
        return r.outcomes.isEmpty() ? DeviceOutcome{} : r.outcomes.constFirst();
    }
    qint64 count(const QString &table)
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
    }
    QList<EventRecord> events(const QString &kind)
    {
        HistoryFilter f;
        f.kind = kind;
        return *FleetRepository(*m_db).events(std::nullopt, f);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fleet-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        m_db = std::make_unique<Database>(QStringLiteral("test"));
        const StorageError error = m_db->open(m_path);
        QVERIFY2(!error, qPrintable(error.message));
    }
    void cleanup() { m_db.reset(); }

    void openSetsPragmasAndLatestSchema()
    {
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), Database::latestSchemaVersion());
        QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt(), 5000);
        // Reopening an up-to-date file changes nothing and needs no migration.
        m_db->close();
        QCOMPARE(m_db->open(m_path).code, StorageErrorCode::None);
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    }

    void newDeviceIsStoredWithEverything()
    {
        DeviceSnapshot s = printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("XRX123456"),
                                   {QStringLiteral("00:00:AA:11:22:33")}, at(0), 12345);
        s.alerts = {alert(1, 1101, QStringLiteral("markerTonerAlmostEmpty"), QStringLiteral("Yellow toner low"))};
        s.counters.meters[3].value = 3086;
        s.counters.meters[3].rawValue = QStringLiteral("0x00000c0e"); // a meter read from an OCTET STRING
        const DeviceOutcome o = storeOne(s);
        QCOMPARE(o.kind, DeviceOutcome::Kind::Added);
        QVERIFY(o.deviceId > 0);
        QCOMPARE(o.events, QStringList{kEventDeviceAdded});

        FleetRepository repo(*m_db);
        const auto device = repo.device(o.deviceId);
        QVERIFY(device && *device);
        const DeviceRecord &d = **device;
        QCOMPARE(d.serial, QStringLiteral("XRX123456"));
        QCOMPARE(d.sysObjectId, s.identity.sysObjectID);
        QCOMPARE(d.model, QStringLiteral("AltaLink C8045"));
        QCOMPARE(d.name, QStringLiteral("xerox-2nd-floor"));
        QCOMPARE(d.location, QStringLiteral("2nd floor, copy room"));
        QCOMPARE(d.macAddresses, QStringList{QStringLiteral("00:00:aa:11:22:33")});
        QCOMPARE(d.address, QStringLiteral("10.0.0.5:161"));
        QVERIFY(d.lastKnownAddress.isEmpty());
        QVERIFY(!d.ipChanged);
        QCOMPARE(d.firstSeen, at(0));
        QCOMPARE(d.lastSeen, at(0));
        QCOMPARE(d.lastSuccessAt, at(0));
        QCOMPARE(d.status, QStringLiteral("ok"));
        QCOMPARE(d.credentialName, QStringLiteral("office-v2c"));
        QCOMPARE(d.discoveryMethod, QStringLiteral("poll"));
        QCOMPARE(d.discoveredAt, at(0));
        QVERIFY(d.inScope);

        const auto polls = repo.polls(o.deviceId);
        QCOMPARE(polls->size(), 1);
        QCOMPARE(polls->constFirst().result, QStringLiteral("ok"));
        QCOMPARE(polls->constFirst().durationMs, 420);
        QCOMPARE(polls->constFirst().requests, 9);

        const auto meters = repo.latestMeters(o.deviceId);
        QStringList names;
        for (const MeterReading &m : *meters)
            names << m.meter;
        QCOMPARE(names, (QStringList{QStringLiteral("black"), QStringLiteral("colour"), QStringLiteral("copy"),
                                     QStringLiteral("marker.1.1"), QStringLiteral("total")}));
        const MeterReading &marker = meters->at(3);
        QCOMPARE(marker.value, 12345u);
        QCOMPARE(marker.unit, QStringLiteral("impressions"));
        QCOMPARE(marker.source, QStringLiteral("printer-mib"));
        QCOMPARE(marker.oid, QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"));
        QCOMPARE(marker.rawValue, QStringLiteral("12345"));
        const MeterReading &total = meters->at(4);
        QCOMPARE(total.source, QStringLiteral("vendor:xerox"));
        QCOMPARE(total.rawValue, QStringLiteral("12345"));
        QVERIFY(!total.suspect);
        QCOMPARE(meters->at(2).value, 3086u);
        QCOMPARE(meters->at(2).rawValue, QStringLiteral("0x00000c0e"));
        // Only the raw text that differs from the value takes space.
        QCOMPARE(count(QStringLiteral("meter_readings WHERE raw_value IS NOT NULL")), 1);

        QCOMPARE(repo.supplyHistory(o.deviceId)->size(), 4);
        QCOMPARE(repo.openAlerts(o.deviceId)->size(), 1);
        const auto latest = repo.latestSnapshot(o.deviceId);
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->polledAt, at(0));
        QCOMPARE((*latest)->snapshot.value(QStringLiteral("identity")).toObject().value(QStringLiteral("serialNumber")),
                 QStringLiteral("XRX123456"));
        QCOMPARE(events(kEventDeviceAdded).size(), 1);
    }

    void identityRules_data()
    {
        QTest::addColumn<QString>("serial1");
        QTest::addColumn<QStringList>("macs1");
        QTest::addColumn<QString>("address1");
        QTest::addColumn<QString>("serial2");
        QTest::addColumn<QStringList>("macs2");
        QTest::addColumn<QString>("address2");
        QTest::addColumn<QString>("oid2");
        QTest::addColumn<bool>("sameDevice");

        const QString a = QStringLiteral("10.0.0.5:161");
        const QString b = QStringLiteral("10.0.0.9:161");
        const QStringList mac1{QStringLiteral("00:00:aa:11:22:33")};
        const QStringList mac2{QStringLiteral("00:00:aa:44:55:66")};
        const QString sameOid = QStringLiteral("1.3.6.1.4.1.253.8.62.1.35.2.3.1.1");
        const QString otherOid = QStringLiteral("1.3.6.1.4.1.11.2.3.9.1");
        const QString none;

        QTest::addRow("serial and sysObjectID match, other MAC and address")
            << "S1" << mac1 << a << "S1" << mac2 << b << sameOid << true;
        QTest::addRow("same serial, other sysObjectID") << "S1" << mac1 << a << "S1" << mac1 << a << otherOid << false;
        QTest::addRow("other serial at the same address and MAC")
            << "S1" << mac1 << a << "S2" << mac1 << a << sameOid << false;
        QTest::addRow("serial differs only in padding") << "S1" << mac1 << a << " S1  " << mac2 << b << sameOid << true;
        QTest::addRow("no serial, MAC matches") << none << mac1 << a << none << mac1 << b << sameOid << true;
        QTest::addRow("no serial, MAC matches in another case")
            << none << mac1 << a << none << QStringList{QStringLiteral("00:00:AA:11:22:33")} << b << sameOid << true;
        QTest::addRow("no serial, other MAC") << none << mac1 << a << none << mac2 << a << sameOid << false;
        QTest::addRow("all-zero serial counts as none, MAC matches")
            << "000000" << mac1 << a << "0 0 0" << mac1 << b << sameOid << true;
        QTest::addRow("nothing but the address, same address")
            << none << QStringList{} << a << none << QStringList{} << a << sameOid << true;
        QTest::addRow("nothing but the address, other address")
            << none << QStringList{} << a << none << QStringList{} << b << sameOid << false;
        QTest::addRow("serial reported later, MAC matches: adopted")
            << none << mac1 << a << "S9" << mac1 << b << sameOid << true;
        QTest::addRow("serial reported later, no MAC, same address: adopted")
            << none << QStringList{} << a << "S9" << QStringList{} << a << sameOid << true;
    }

    void identityRules()
    {
        QFETCH(QString, serial1);
        QFETCH(QStringList, macs1);
        QFETCH(QString, address1);
        QFETCH(QString, serial2);
        QFETCH(QStringList, macs2);
        QFETCH(QString, address2);
        QFETCH(QString, oid2);
        QFETCH(bool, sameDevice);

        const DeviceOutcome first = storeOne(printer(address1, serial1, macs1, at(0)));
        QCOMPARE(first.kind, DeviceOutcome::Kind::Added);
        DeviceSnapshot second = printer(address2, serial2, macs2, at(1));
        second.identity.sysObjectID = oid2;
        const DeviceOutcome o = storeOne(second);
        QCOMPARE(o.kind, sameDevice ? DeviceOutcome::Kind::Updated : DeviceOutcome::Kind::Added);
        QCOMPARE(o.deviceId == first.deviceId, sameDevice);
        QCOMPARE(count(QStringLiteral("devices")), sameDevice ? 1 : 2);
        QCOMPARE(o.ipChanged, sameDevice && address1 != address2);
        if (sameDevice && !DeviceMatcher::usableSerial(serial2).isEmpty()) {
            const auto d = FleetRepository(*m_db).device(o.deviceId);
            QCOMPARE((*d)->serial, serial2.trimmed());
        }
    }

    void ipChangeUpdatesTheDeviceWithoutDuplicate()
    {
        const QStringList macs{QStringLiteral("00:00:aa:11:22:33")};
        const DeviceOutcome first =
            storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), macs, at(0)));
        const DeviceOutcome moved =
            storeOne(printer(QStringLiteral("10.0.0.77:161"), QStringLiteral("S1"), macs, at(1)));
        QCOMPARE(moved.kind, DeviceOutcome::Kind::Updated);
        QCOMPARE(moved.deviceId, first.deviceId);
        QVERIFY(moved.ipChanged);
        QCOMPARE(moved.previousAddress, QStringLiteral("10.0.0.5:161"));
        QVERIFY(moved.events.contains(kEventIpChanged));
        QCOMPARE(count(QStringLiteral("devices")), 1);

        const DeviceRecord d = **FleetRepository(*m_db).device(first.deviceId);
        QCOMPARE(d.address, QStringLiteral("10.0.0.77:161"));
        QCOMPARE(d.lastKnownAddress, QStringLiteral("10.0.0.5:161"));
        QVERIFY(d.ipChanged);
        QCOMPARE(d.ipChangedAt, at(1));
        const QList<EventRecord> changes = events(kEventIpChanged);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().deviceId, first.deviceId);
        QCOMPARE(changes.constFirst().details.value(QStringLiteral("from")).toString(), QStringLiteral("10.0.0.5:161"));
        QCOMPARE(changes.constFirst().details.value(QStringLiteral("to")).toString(), QStringLiteral("10.0.0.77:161"));

        // Polled again at the new address: no new change.
        const DeviceOutcome again =
            storeOne(printer(QStringLiteral("10.0.0.77:161"), QStringLiteral("S1"), macs, at(2)));
        QVERIFY(!again.ipChanged);
        QCOMPARE(events(kEventIpChanged).size(), 1);
        // The old address no longer finds it; the new one does.
        QVERIFY(FleetRepository(*m_db).findByAddress(QStringLiteral("10.0.0.5:161"))->isEmpty());
        QCOMPARE(FleetRepository(*m_db).findByAddress(QStringLiteral("10.0.0.77"))->size(), 1);
    }

    void unreachableNeverCreatesADevice()
    {
        const DeviceOutcome unknown = storeOne(unreachable(QStringLiteral("10.0.0.200:161"), at(0)));
        QCOMPARE(unknown.kind, DeviceOutcome::Kind::SkippedUnknown);
        QCOMPARE(unknown.deviceId, 0);
        QCOMPARE(count(QStringLiteral("devices")), 0);
        QCOMPARE(count(QStringLiteral("polls")), 0);

        const DeviceOutcome known = storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(0)));
        const DeviceOutcome failed = storeOne(unreachable(QStringLiteral("10.0.0.5:161"), at(1)));
        QCOMPARE(failed.kind, DeviceOutcome::Kind::FailedPoll);
        QCOMPARE(failed.deviceId, known.deviceId);
        QCOMPARE(count(QStringLiteral("devices")), 1);

        FleetRepository repo(*m_db);
        const auto polls = repo.polls(known.deviceId);
        QCOMPARE(polls->size(), 2);
        QCOMPARE(polls->at(1).result, QStringLiteral("failed"));
        QCOMPARE(polls->at(1).errorClass, QStringLiteral("noResponse"));
        QVERIFY(polls->at(1).message.contains(QStringLiteral("No response")));
        const DeviceRecord d = **repo.device(known.deviceId);
        QCOMPARE(d.status, QStringLiteral("offline"));
        QCOMPARE(d.lastSeen, at(0));
        QCOMPARE(d.lastPollAt, at(1));
        // Nothing was read, so no readings were added and the latest snapshot is the reachable one.
        HistoryFilter total;
        total.meter = QStringLiteral("total");
        QCOMPARE(repo.meterHistory(known.deviceId, total)->size(), 1);
        QCOMPARE((*repo.latestSnapshot(known.deviceId))->polledAt, at(0));
    }

    void counterWentDownIsFlaggedNotUsage()
    {
        const QString addr = QStringLiteral("10.0.0.5:161");
        const qint64 id = storeOne(printer(addr, QStringLiteral("S1"), {}, at(0), 1000)).deviceId;
        const DeviceOutcome down = storeOne(printer(addr, QStringLiteral("S1"), {}, at(1), 900));
        QVERIFY(down.events.contains(kEventCounterWentDown));
        storeOne(printer(addr, QStringLiteral("S1"), {}, at(2), 950));

        FleetRepository repo(*m_db);
        HistoryFilter total;
        total.meter = QStringLiteral("total");
        const auto history = repo.meterHistory(id, total);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).value, 1000u);
        QVERIFY(!history->at(0).suspect);
        QCOMPARE(history->at(1).value, 900u); // kept, but marked
        QVERIFY(history->at(1).suspect);
        QVERIFY(!history->at(2).suspect); // compared with the previous reading (900), not the peak

        // Every meter that fell got its own event with the values.
        const QList<EventRecord> down2 = events(kEventCounterWentDown);
        QStringList meters;
        for (const EventRecord &e : down2)
            meters << e.details.value(QStringLiteral("meter")).toString();
        meters.sort();
        QCOMPARE(meters, (QStringList{QStringLiteral("black"), QStringLiteral("colour"), QStringLiteral("copy"),
                                      QStringLiteral("marker.1.1"), QStringLiteral("total")}));
        for (const EventRecord &e : down2) {
            if (e.details.value(QStringLiteral("meter")).toString() == u"total") {
                QCOMPARE(e.details.value(QStringLiteral("previous")).toInteger(), 1000);
                QCOMPARE(e.details.value(QStringLiteral("current")).toInteger(), 900);
                QCOMPARE(e.at, at(1));
            }
        }
    }

    void meterDisagreementThreshold_data()
    {
        QTest::addColumn<quint64>("total");
        QTest::addColumn<quint64>("markerSum");
        QTest::addColumn<QString>("markerUnit");
        QTest::addColumn<bool>("disagreement");
        QTest::addRow("equal") << quint64(10000) << quint64(10000) << "impressions" << false;
        QTest::addRow("exactly 1%% apart") << quint64(10000) << quint64(9900) << "impressions" << false;
        QTest::addRow("1.01%% below") << quint64(10000) << quint64(9899) << "impressions" << true;
        QTest::addRow("10%% above") << quint64(10000) << quint64(11000) << "impressions" << true;
        QTest::addRow("markers in sheets: no verdict") << quint64(10000) << quint64(5000) << "sheets" << false;
        QTest::addRow("total 0, markers counted") << quint64(0) << quint64(5) << "impressions" << true;
    }

    void meterDisagreementThreshold()
    {
        QFETCH(quint64, total);
        QFETCH(quint64, markerSum);
        QFETCH(QString, markerUnit);
        QFETCH(bool, disagreement);
        DeviceSnapshot s = printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(0), total);
        // Two markers (black and colour engines) share the sum.
        s.counters.markers = {marker(1, 1, markerSum / 2, {8, markerUnit}),
                              marker(1, 2, markerSum - markerSum / 2, {8, markerUnit})};
        const DeviceOutcome o = storeOne(s);
        QCOMPARE(o.events.contains(kEventMeterDisagreement), disagreement);
        QCOMPARE((*FleetRepository(*m_db).device(o.deviceId))->metersDisagree, disagreement);
        if (disagreement) {
            const EventRecord e = events(kEventMeterDisagreement).constFirst();
            QCOMPARE(e.details.value(QStringLiteral("total")).toInteger(), qint64(total));
            QCOMPARE(e.details.value(QStringLiteral("markerSum")).toInteger(), qint64(markerSum));
            QCOMPARE(e.details.value(QStringLiteral("markers")).toArray().size(), 2);
        }
    }

    void meterDisagreementIsReportedOncePerEpisode()
    {
        const QString addr = QStringLiteral("10.0.0.5:161");
        auto snapshot = [&](int hour, quint64 total, quint64 markers) {
            DeviceSnapshot s = printer(addr, QStringLiteral("S1"), {}, at(hour), total);
            s.counters.markers = {marker(1, 1, markers)};
            return s;
        };
        store({snapshot(0, 10000, 9000), snapshot(1, 10100, 9100), snapshot(2, 10200, 9200)});
        QCOMPARE(events(kEventMeterDisagreement).size(), 1);
        storeOne(snapshot(3, 10300, 10300));
        QCOMPARE(events(kEventMetersAgreeAgain).size(), 1);
        storeOne(snapshot(4, 10400, 9000));
        QCOMPARE(events(kEventMeterDisagreement).size(), 2);
    }

    void alertLifecycle()
    {
        const QString addr = QStringLiteral("10.0.0.5:161");
        const Alert low =
            alert(3, 1101, QStringLiteral("markerTonerAlmostEmpty"), QStringLiteral("Yellow toner low"), 4);
        auto snapshot = [&](int hour, const QList<Alert> &alerts) {
            DeviceSnapshot s = printer(addr, QStringLiteral("S1"), {}, at(hour));
            s.alerts = alerts;
            return s;
        };
        const qint64 id = storeOne(snapshot(0, {low})).deviceId;
        FleetRepository repo(*m_db);
        const auto opened = repo.openAlerts(id);
        QCOMPARE(opened->size(), 1);
        const qint64 alertId = opened->constFirst().id;
        QCOMPARE(opened->constFirst().firstSeen, at(0));
        QCOMPARE(opened->constFirst().codeName, QStringLiteral("markerTonerAlmostEmpty"));

        // Still there, under another prtAlertIndex (devices renumber): the same open alert.
        Alert renumbered = low;
        renumbered.index = 7;
        storeOne(snapshot(1, {renumbered}));
        auto still = repo.openAlerts(id);
        QCOMPARE(still->size(), 1);
        QCOMPARE(still->constFirst().id, alertId);
        QCOMPARE(still->constFirst().firstSeen, at(0));
        QCOMPARE(still->constFirst().lastSeen, at(1));
        QCOMPARE(still->constFirst().alertIndex, 7);

        // A partial poll that did not list it proves nothing.
        DeviceSnapshot partial = snapshot(2, {});
        partial.error = {snmp::ErrorClass::DeadlineExceeded, QStringLiteral("deadline")};
        storeOne(partial);
        QCOMPARE(repo.openAlerts(id)->size(), 1);

        // Gone from a complete poll: cleared.
        storeOne(snapshot(3, {}));
        QVERIFY(repo.openAlerts(id)->isEmpty());
        auto history = repo.alertHistory(id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().clearedAt, at(3));

        // Back again: a new row, the first episode stays closed.
        storeOne(snapshot(4, {low}));
        const auto reopened = repo.openAlerts(id);
        QCOMPARE(reopened->size(), 1);
        QVERIFY(reopened->constFirst().id != alertId);
        QCOMPARE(reopened->constFirst().firstSeen, at(4));
        history = repo.alertHistory(id);
        QCOMPARE(history->size(), 2);
        QVERIFY(!history->at(0).isOpen());
        QVERIFY(history->at(1).isOpen());

        // Same code and description for another tray (group index): a separate alert.
        Alert otherTray = low;
        otherTray.groupIndex = 5;
        storeOne(snapshot(5, {low, otherTray}));
        QCOMPARE(repo.openAlerts(id)->size(), 2);
        QCOMPARE(repo.openAlerts()->size(), 2);
    }

    void supplyReadingsKeepNullPercent()
    {
        DeviceSnapshot s = printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(0));
        Supply waste;
        waste.hrDeviceIndex = 1;
        waste.index = 13;
        waste.description = QStringLiteral("Waste Toner Box");
        waste.supplyClass = EnumValue{4, QStringLiteral("receptacleThatIsFilled")};
        waste.type = EnumValue{20, QStringLiteral("wasteToner")};
        waste.maxCapacity = -2; // unknown
        waste.level = -3;       // some remaining
        waste.state = SupplyState::SomeRemaining;
        s.supplies.append(waste);
        const qint64 id = storeOne(s).deviceId;
        storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(1)));

        const auto readings = FleetRepository(*m_db).supplyHistory(id);
        QCOMPARE(readings->size(), 9);
        const SupplyReading &w = readings->at(4);
        QCOMPARE(w.description, QStringLiteral("Waste Toner Box"));
        QCOMPARE(w.index, 13);
        QCOMPARE(w.maxCapacity, std::optional<qint64>(-2));
        QCOMPARE(w.level, std::optional<qint64>(-3));
        QVERIFY(!w.percent.has_value());
        QCOMPARE(w.state, QStringLiteral("someRemaining"));
        QCOMPARE(w.supplyClass, QStringLiteral("receptacleThatIsFilled"));
        const SupplyReading &yellow = readings->at(3);
        QCOMPARE(yellow.colour, QStringLiteral("yellow"));
        QCOMPARE(yellow.percent, std::optional<double>(9.0));
        QCOMPARE(yellow.state, QStringLiteral("low"));
        QCOMPARE(yellow.partNumber, QStringLiteral("006R01504"));
        QCOMPARE(yellow.unit, QStringLiteral("percent"));
        // One supply row per slot; a reading per poll.
        QCOMPARE(count(QStringLiteral("supplies")), 5);
        QCOMPARE(count(QStringLiteral("supply_readings")), 9);
    }

    void batchOfThousandIsOneTransaction()
    {
        QList<DeviceSnapshot> batch;
        for (int i = 0; i < 1000; ++i) {
            batch << printer(QStringLiteral("10.1.%1.%2:161").arg(i / 250).arg(i % 250 + 1),
                             QStringLiteral("SN%1").arg(i, 6, 10, QLatin1Char('0')),
                             {QStringLiteral("00:00:aa:00:%1:%2")
                                  .arg(i / 256, 2, 16, QLatin1Char('0'))
                                  .arg(i % 256, 2, 16, QLatin1Char('0'))},
                             at(0), 1000 + quint64(i));
        }
        const quint64 commitsBefore = m_db->commitCount();
        const BatchResult result = store(batch);
        QCOMPARE(m_db->commitCount() - commitsBefore, 1u);
        QCOMPARE(result.stored, 1000);
        QCOMPARE(result.outcomes.size(), 1000);
        QCOMPARE(result.outcomes.at(999).kind, DeviceOutcome::Kind::Added);
        QCOMPARE(result.outcomes.at(999).snapshotIndex, 999);
        QCOMPARE(count(QStringLiteral("devices")), 1000);
        QCOMPARE(count(QStringLiteral("polls")), 1000);
        QCOMPARE(count(QStringLiteral("meter_readings")), 5000);
        QCOMPARE(count(QStringLiteral("supply_readings")), 4000);
        const auto found = FleetRepository(*m_db).findBySerial(QStringLiteral("SN000999"));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().address, QStringLiteral("10.1.3.250:161"));
    }

    void failedBatchWritesNothing()
    {
        storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(0)));
        // A real SQLite failure half-way through the batch (at its 50th poll row).
        QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER fail_half_way BEFORE INSERT ON polls "
                                          "WHEN (SELECT count(*) FROM polls) >= 50 "
                                          "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"))
                    .code == StorageErrorCode::None);
        QList<DeviceSnapshot> batch;
        for (int i = 0; i < 100; ++i)
            batch << printer(QStringLiteral("10.2.0.%1:161").arg(i + 1), QStringLiteral("B%1").arg(i), {}, at(1));
        batch << printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(1));
        const quint64 commits = m_db->commitCount();
        auto result = SnapshotStore(*m_db).storeBatch(batch);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("simulated write failure")),
                 qPrintable(result.error().message));
        QCOMPARE(m_db->commitCount(), commits);
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(count(QStringLiteral("devices")), 1);
        QCOMPARE(count(QStringLiteral("polls")), 1);
        QCOMPARE(count(QStringLiteral("events")), 1);
        QCOMPARE(count(QStringLiteral("meter_readings")), 5);

        // The next cycle, once the cause is gone, stores everything.
        QCOMPARE(m_db->exec(QStringLiteral("DROP TRIGGER fail_half_way")).code, StorageErrorCode::None);
        result = SnapshotStore(*m_db).storeBatch(batch);
        QVERIFY(result);
        QCOMPARE(count(QStringLiteral("devices")), 101);
        QCOMPARE(count(QStringLiteral("polls")), 102);
    }

    void discoveryRunIsStoredWithTheBatch()
    {
        DiscoveryRunRecord run;
        run.startedAt = at(0);
        run.finishedAt = at(0).addSecs(42);
        run.targets = {QStringLiteral("10.0.0.0/24"), QStringLiteral("printer.example.org")};
        run.found = 1;
        run.skipped = 250;
        run.failed = 3;
        run.summary = QStringLiteral("1 printer found in 254 addresses");
        StoreContext context;
        context.discoveryMethod = QStringLiteral("scan");
        context.discoveryRun = run;
        const BatchResult r =
            store({printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(0))}, context);
        QVERIFY(r.discoveryRunId.has_value());

        FleetRepository repo(*m_db);
        const auto runs = repo.discoveryRuns();
        QCOMPARE(runs->size(), 1);
        const DiscoveryRunRecord &stored = runs->constFirst();
        QCOMPARE(stored.id, *r.discoveryRunId);
        QCOMPARE(stored.targets, run.targets);
        QCOMPARE(stored.finishedAt, run.finishedAt);
        QCOMPARE(stored.skipped, 250);
        QCOMPARE(stored.failed, 3);
        QCOMPARE(stored.summary, run.summary);
        const DeviceRecord d = **repo.device(r.outcomes.constFirst().deviceId);
        QCOMPARE(d.discoveryMethod, QStringLiteral("scan"));
        QCOMPARE(d.discoveryRunId, r.discoveryRunId);

        // A later routine poll keeps the first discovery.
        storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(5)));
        QCOMPARE((*repo.device(d.id))->discoveryMethod, QStringLiteral("scan"));
        QCOMPARE((*repo.device(d.id))->discoveredAt, at(0));

        QVERIFY(SnapshotStore(*m_db).recordDiscoveryRun(DiscoveryRunRecord{}));
        QCOMPARE(repo.discoveryRuns()->size(), 2);
    }

    void readsForTheCli()
    {
        const qint64 a =
            storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(0), 100)).deviceId;
        DeviceSnapshot other = printer(QStringLiteral("10.0.0.6:1161"), QStringLiteral("S2"), {}, at(0));
        other.identity.sysName = QStringLiteral("Reception-MFP");
        const qint64 b = storeOne(other).deviceId;
        for (int h = 1; h < 10; ++h)
            storeOne(printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("S1"), {}, at(h), 100 + quint64(h)));

        FleetRepository repo(*m_db);
        QCOMPARE(repo.devices()->size(), 2);
        QCOMPARE(repo.find(QString::number(b))->constFirst().id, b);
        QCOMPARE(repo.find(QStringLiteral("10.0.0.6:1161"))->constFirst().id, b);
        QCOMPARE(repo.find(QStringLiteral("10.0.0.6"))->constFirst().id, b);
        QCOMPARE(repo.find(QStringLiteral("S1"))->constFirst().id, a);
        QCOMPARE(repo.find(QStringLiteral("reception-mfp"))->constFirst().id, b);
        QVERIFY(repo.find(QStringLiteral("10.0.0.60"))->isEmpty());
        QVERIFY(repo.find(QStringLiteral("nothing"))->isEmpty());
        QVERIFY(!repo.device(999)->has_value());

        QCOMPARE(SnapshotStore(*m_db).setInScope(b, false).code, StorageErrorCode::None);
        QCOMPARE(repo.devices(true)->size(), 1);
        QCOMPARE(SnapshotStore(*m_db).setInScope(999, false).code, StorageErrorCode::InvalidArgument);

        HistoryFilter filter;
        filter.meter = QStringLiteral("total");
        filter.since = at(5);
        auto totals = repo.meterHistory(a, filter);
        QCOMPARE(totals->size(), 5);
        QCOMPARE(totals->constFirst().readAt, at(5));
        QCOMPARE(totals->constLast().value, 109u);
        filter.until = at(7);
        QCOMPARE(repo.meterHistory(a, filter)->size(), 2);
        filter = {};
        filter.meter = QStringLiteral("marker.");
        QCOMPARE(repo.meterHistory(a, filter)->size(), 10);
        filter.limit = 3;
        totals = repo.meterHistory(a, filter);
        QCOMPARE(totals->size(), 3);
        QCOMPARE(totals->constFirst().readAt, at(7)); // the newest three, oldest first
        QCOMPARE(totals->constLast().readAt, at(9));

        HistoryFilter lastTwo;
        lastTwo.limit = 2;
        const auto polls = repo.polls(a, lastTwo);
        QCOMPARE(polls->size(), 2);
        QCOMPARE(polls->constLast().polledAt, at(9));
        QCOMPARE(repo.events(a)->size(), 1);
        QCOMPARE(repo.events()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
