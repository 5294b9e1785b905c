// Opening databases written by earlier versions (upgraded with their data), by newer versions
// (refused, untouched), damaged or foreign files (refused, untouched), and a failing upgrade
// step (rolled back).

#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/Migrations.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;

namespace {

QString ms(int hours)
{
    return QString::number(at(hours).toMSecsSinceEpoch());
}

// Rows as each schema version could hold them, written with that version's SQL.
QStringList dataFor(int version)
{
    if (version < 1)
        return {};
    QStringList sql{
        QStringLiteral(
            "INSERT INTO devices (id, serial, sys_object_id, manufacturer, model, name, location, firmware, "
            "address, last_known_address, ip_changed, ip_changed_at, first_seen, last_seen, "
            "last_success_at, last_poll_at, status, credential_name, discovery_method, discovered_at) "
            "VALUES (1, 'XRX1', '1.3.6.1.4.1.253.8.62.1.35.2.3.1.1', 'Xerox', 'AltaLink C8045', 'xerox-1', "
            "'hall', '1.0', '10.0.0.7:161', '10.0.0.5:161', 1, %2, %1, %2, %2, %2, 'ok', 'office', 'scan', %1)")
            .arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO device_macs VALUES (1, '00:00:aa:11:22:33', %1, %2)").arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO polls (device_id, polled_at, duration_ms, requests, result, address) "
                       "VALUES (1, %1, 300, 8, 'ok', '10.0.0.5:161'), (1, %2, 310, 8, 'ok', '10.0.0.7:161')")
            .arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO meters (id, device_id, name, unit, source, oid) VALUES (1, 1, 'total', "
                       "'impressions', 'vendor:xerox', '1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.5')"),
        QStringLiteral("INSERT INTO meter_readings (meter_id, read_at, value, raw_value) VALUES "
                       "(1, %1, 1000, 'Counter32: 1000'), (1, %2, 1100, 'Counter32: 1100')")
            .arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO supplies (id, device_id, hr_device_index, supply_index, description, colour, "
                       "first_seen, last_seen) VALUES (1, 1, 1, 1, 'Black Toner', 'black', %1, %2)")
            .arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO supply_readings (supply_id, read_at, max_capacity, level, percent, state) VALUES "
                       "(1, %1, 100, 80, 80.0, 'ok'), (1, %2, -2, -3, NULL, 'someRemaining')")
            .arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO alerts (device_id, severity, alert_group, group_index, code, description, "
                       "first_seen, last_seen) VALUES (1, 4, 11, 4, 1101, 'Yellow toner low', %1, %2)")
            .arg(ms(0), ms(1)),
        QStringLiteral("INSERT INTO latest_snapshots VALUES (1, %1, '{\"target\":\"10.0.0.7\"}')").arg(ms(1)),
        QStringLiteral("INSERT INTO credential_profiles (position, name, version, timeout_ms, retries, "
                       "max_repetitions) VALUES (0, 'office', 'v2c', 1500, 1, 40)"),
    };
    if (version >= 2) {
        sql << QStringLiteral("INSERT INTO events (device_id, at, kind, message) VALUES (1, %1, 'deviceAdded', "
                              "'Device added at 10.0.0.5:161')")
                   .arg(ms(0))
            << QStringLiteral("INSERT INTO events (device_id, at, kind, message) VALUES (1, %1, 'ipChanged', "
                              "'Address changed from 10.0.0.5:161 to 10.0.0.7:161')")
                   .arg(ms(1));
    }
    return sql;
}

StorageError createAt(const QString &path, int version)
{
    Database db(QStringLiteral("old"));
    if (version == 0)
        return {};
    if (auto error = db.open(path, {version}))
        return error;
    if (db.schemaVersion() != version)
        return {StorageErrorCode::QueryFailed, QStringLiteral("created version %1").arg(db.schemaVersion())};
    for (const QString &statement : dataFor(version)) {
        if (auto error = db.exec(statement))
            return error;
    }
    return {};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void stepsAreNumberedInOrder()
    {
        int expected = 1;
        for (const MigrationStep &step : migrationSteps()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(!step.statements.isEmpty());
        }
        QCOMPARE(Database::latestSchemaVersion(), expected - 1);
        QVERIFY(Database::latestSchemaVersion() >= 2);
    }

    void upgradeFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void upgradeFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString file = path(QStringLiteral("upgrade-%1.db").arg(version));
        const StorageError created = createAt(file, version);
        QVERIFY2(!created, qPrintable(created.message));

        Database db(QStringLiteral("upgraded"));
        const StorageError opened = db.open(file);
        QVERIFY2(!opened, qPrintable(opened.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), Database::latestSchemaVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id"))->toInt(), kApplicationId);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull(), true);
        if (version == 0)
            return;

        // Everything an earlier version stored is still there and readable.
        FleetRepository repo(db);
        const auto device = repo.device(1);
        QVERIFY(device && *device);
        QCOMPARE((*device)->serial, QStringLiteral("XRX1"));
        QCOMPARE((*device)->address, QStringLiteral("10.0.0.7:161"));
        QCOMPARE((*device)->lastKnownAddress, QStringLiteral("10.0.0.5:161"));
        QVERIFY((*device)->ipChanged);
        QCOMPARE((*device)->macAddresses, QStringList{QStringLiteral("00:00:aa:11:22:33")});
        QCOMPARE((*device)->discoveryMethod, QStringLiteral("scan"));
        QVERIFY(!(*device)->metersDisagree);
        QCOMPARE(repo.polls(1)->size(), 2);
        QCOMPARE(repo.meterHistory(1)->size(), 2);
        const auto supplies = repo.supplyHistory(1);
        QCOMPARE(supplies->size(), 2);
        QVERIFY(!supplies->at(1).percent.has_value());
        QCOMPARE(repo.openAlerts(1)->size(), 1);
        QCOMPARE((*repo.latestSnapshot(1))->snapshot.value(QStringLiteral("target")).toString(),
                 QStringLiteral("10.0.0.7"));
        SecretStore secrets(path(QStringLiteral("secrets-%1.json").arg(version)));
        const auto profiles = CredentialRepository(db, secrets).load();
        QCOMPARE(profiles->size(), 1);
        QCOMPARE(profiles->constFirst().name, QStringLiteral("office"));

        // The event log starts complete: version 1 had none, so they were back-filled.
        const auto events = repo.events(1);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).kind, QString(kEventDeviceAdded));
        QCOMPARE(events->at(0).at, at(0));
        QCOMPARE(events->at(1).kind, QString(kEventIpChanged));
        QCOMPARE(events->at(1).at, at(1));
        if (version < 2) {
            QCOMPARE(events->at(1).details.value(QStringLiteral("from")).toString(), QStringLiteral("10.0.0.5:161"));
            QVERIFY(events->at(1).details.value(QStringLiteral("backfilled")).toBool());
        }

        // New polls continue the old history: same device, counters compared with old readings.
        DeviceSnapshot s = printer(QStringLiteral("10.0.0.7:161"), QStringLiteral("XRX1"), {}, at(2), 1050);
        s.counters.meters = {meter(QStringLiteral("total"), 1050)};
        s.counters.meters[0].oid = QStringLiteral("1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.5");
        auto stored = SnapshotStore(db).storeBatch({s});
        QVERIFY2(stored, qPrintable(stored.error().message));
        const DeviceOutcome o = stored->outcomes.constFirst();
        QCOMPARE(o.kind, DeviceOutcome::Kind::Updated);
        QCOMPARE(o.deviceId, 1);
        QVERIFY(o.events.contains(kEventCounterWentDown));
        QCOMPARE(repo.devices()->size(), 1);
    }

    void newerVersionIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("newer.db"));
        QVERIFY(!createAt(file, Database::latestSchemaVersion()));
        {
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        }
        const QByteArray before = fileBytes(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        Database db;
        const StorageError error = db.open(file);
        qInfo("%s", qPrintable(error.message));
        QCOMPARE(error.code, StorageErrorCode::TooNew);
        QVERIFY2(error.message.contains(QStringLiteral("newer")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::number(Database::latestSchemaVersion() + 1)),
                 qPrintable(error.message));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
    }

    void unreadableFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(8192, '\0');
        QRandomGenerator generator(20260105);
        for (char &c : random)
            c = char(generator.bounded(256));
        random[0] = 'X';
        QByteArray garbageAfterHeader = QByteArray("SQLite format 3", 16) + random.mid(16);
        QTest::addRow("random bytes") << random;
        QTest::addRow("text file") << QByteArray("printers:\n  - 10.0.0.5\n");
        QTest::addRow("SQLite magic, garbage after it") << garbageAfterHeader;
        QTest::addRow("truncated SQLite header") << QByteArray("SQLite format 3", 16) + QByteArray(20, '\x01');
    }

    void unreadableFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        const QString file =
            path(QStringLiteral("corrupt-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).size()));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        Database db;
        const StorageError error = db.open(file);
        qInfo("%s", qPrintable(error.message));
        QCOMPARE(error.code, StorageErrorCode::NotADatabase);
        QVERIFY2(error.message.contains(QStringLiteral("left untouched")), qPrintable(error.message));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(file), content);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void foreignDatabasesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addRow("tables without a schema version") << "CREATE TABLE contacts (name TEXT)";
        QTest::addRow("another application id") << "PRAGMA application_id = 1234";
    }

    void foreignDatabasesAreRefusedUntouched()
    {
        QFETCH(QString, setup);
        const QString file = path(QStringLiteral("foreign-%1.db").arg(setup.size()));
        {
            RawDb raw(file);
            QVERIFY(raw.exec(setup));
        }
        const QByteArray before = fileBytes(file);
        Database db;
        const StorageError error = db.open(file);
        QCOMPARE(error.code, StorageErrorCode::NotADatabase);
        QVERIFY2(error.message.contains(QStringLiteral("application")), qPrintable(error.message));
        QCOMPARE(fileBytes(file), before);
    }

    void failedStepIsRolledBack()
    {
        const QString file = path(QStringLiteral("half.db"));
        QVERIFY(!createAt(file, 1));
        {
            // Something in the way of step 2, after its first statements would have run.
            RawDb raw(file);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE events (x)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE INDEX events_device_time ON events(x)")));
        }
        Database db;
        const StorageError error = db.open(file);
        qInfo("%s", qPrintable(error.message));
        QCOMPARE(error.code, StorageErrorCode::MigrationFailed);
        QVERIFY2(error.message.contains(QStringLiteral("version 1")), qPrintable(error.message));
        RawDb raw(file, QStringLiteral("raw-after"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(raw.count(QStringLiteral("devices")), 1);
        QCOMPARE(raw.count(QStringLiteral("meter_readings")), 2);
        // Step 2's first statement (CREATE TABLE discovery_runs) was undone with the rest.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'discovery_runs'")).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
