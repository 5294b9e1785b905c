// Measures database bytes per device-year: five colour devices (5 meters incl. one marker life
// count, 4 toners, an alert episode now and then) polled once an hour for a year, one
// transaction per poll cycle. Prints the figure for docs/storage.md; asserts only that
// everything was stored, never the size.

#include "storage/Database.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;

class TestStorageSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesPerDeviceYear()
    {
        constexpr int kDevices = 5;
        constexpr int kHours = 365 * 24;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("size.db"));
        Database db(QStringLiteral("size"));
        QVERIFY(!db.open(path));
        auto bytes = [&db] {
            return db.scalar(QStringLiteral("PRAGMA page_count"))->toLongLong() *
                   db.scalar(QStringLiteral("PRAGMA page_size"))->toLongLong();
        };
        const qint64 empty = bytes();

        QRandomGenerator random(42);
        QList<quint64> totals(kDevices, 20000);
        QList<QList<qint64>> levels(kDevices, QList<qint64>{90, 80, 70, 60});
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        qint64 snapshotJsonBytes = 0;
        for (int hour = 0; hour < kHours; ++hour) {
            const QDateTime t = start.addSecs(qint64(hour) * 3600);
            const bool office = t.time().hour() >= 8 && t.time().hour() < 18 && t.date().dayOfWeek() <= 5;
            QList<DeviceSnapshot> cycle;
            for (int d = 0; d < kDevices; ++d) {
                if (office)
                    totals[d] += random.bounded(60);
                DeviceSnapshot s =
                    printer(QStringLiteral("10.5.0.%1:161").arg(d + 1), QStringLiteral("SIZE%1").arg(d),
                            {QStringLiteral("00:00:aa:55:00:%1").arg(d, 2, 10, QLatin1Char('0'))}, t, totals[d]);
                for (int i = 0; i < 4; ++i) {
                    if (office && random.bounded(20) == 0)
                        levels[d][i] -= 1;
                    if (levels[d][i] < 0)
                        levels[d][i] = 100; // cartridge replaced
                    s.supplies[i] = toner(i + 1, s.supplies[i].colorant, levels[d][i]);
                }
                if (levels[d][3] <= 10)
                    s.alerts = {
                        alert(1, 1101, QStringLiteral("markerTonerAlmostEmpty"), QStringLiteral("Yellow toner low"))};
                cycle << s;
            }
            auto result = SnapshotStore(db).storeBatch(cycle);
            QVERIFY2(result, qPrintable(result.error().message));
            if (hour == kHours - 1)
                snapshotJsonBytes =
                    db.scalar(QStringLiteral("SELECT avg(length(snapshot)) FROM latest_snapshots"))->toLongLong();
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM polls"))->toLongLong(), qint64(kDevices) * kHours);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM meter_readings"))->toLongLong(),
                 qint64(kDevices) * kHours * 5);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM supply_readings"))->toLongLong(),
                 qint64(kDevices) * kHours * 4);

        QVERIFY(!db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const qint64 used = bytes();
        QVERIFY(!db.exec(QStringLiteral("VACUUM")));
        const qint64 vacuumed = bytes();
        const qint64 perDevice = (used - empty) / kDevices;
        qInfo("devices %d, hourly polls for a year: %lld polls each", kDevices, qint64(kHours));
        qInfo("database file: %lld bytes (%lld after VACUUM), empty schema %lld bytes", used, vacuumed, empty);
        qInfo("bytes per device-year: %lld (%.1f MB); per poll: %lld bytes; latest snapshot JSON: %lld bytes",
              perDevice, double(perDevice) / 1e6, perDevice / kHours, snapshotJsonBytes);

        // Where the bytes go, when SQLite was built with the dbstat table (Debian's is).
        auto query = db.run(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"));
        if (query) {
            while ((*query)->next())
                qInfo("  %-32s %10lld bytes", qPrintable((*query)->value(0).toString()),
                      (*query)->value(1).toLongLong());
            (*query)->finish();
        }
        QVERIFY(QFileInfo(path).size() >= vacuumed);
    }
};

QTEST_GUILESS_MAIN(TestStorageSize)
#include "tst_storage_size.moc"
