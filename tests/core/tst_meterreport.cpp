// The billing report: usage from the baseline before the period, suspect readings never counted,
// a real counter restart under-counting rather than over-counting, CSV that spreadsheets read.

#include "storage/Database.h"
#include "storage/MeterReport.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;

class TestMeterReport : public QObject
{
    Q_OBJECT
private:
    static const QDateTime &day0()
    {
        static const QDateTime t(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        return t;
    }

    static DeviceSnapshot reading(int day, quint64 total, const QString &serial = QStringLiteral("SN-1"))
    {
        DeviceSnapshot s = storage::test::hpPrinter(QStringLiteral("127.0.0.9:161"), serial,
                                                    QStringLiteral("LaserJet, \"M130nw\""), day0().addDays(day));
        s.counters.meters = {storage::test::hpTotalMeter(total)};
        return s;
    }

    static QList<MeterUsage> report(const QList<quint64> &totals, int fromDay, int toDay)
    {
        QTemporaryDir dir;
        Database db;
        if (db.open(dir.filePath(QStringLiteral("r.db"))))
            return {};
        SnapshotStore store(db);
        for (int day = 0; day < totals.size(); ++day)
            if (!store.storeBatch({reading(day, totals.at(day))}).ok())
                return {};
        auto rows = meterUsage(db, day0().addDays(fromDay), day0().addDays(toDay));
        return rows ? *rows : QList<MeterUsage>{};
    }

private Q_SLOTS:
    void usage_data()
    {
        QTest::addColumn<QList<quint64>>("totals"); // one reading a day from day 0
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("toDay");
        QTest::addColumn<quint64>("usage");
        QTest::addColumn<int>("resets");
        QTest::addColumn<int>("readings");
        QTest::addRow("steady, from the baseline")
            << QList<quint64>{100, 150, 230, 300} << 1 << 4 << quint64(200) << 0 << 3;
        QTest::addRow("no baseline") << QList<quint64>{100, 150, 230} << 0 << 3 << quint64(130) << 0 << 3;
        QTest::addRow("glitch low reading") << QList<quint64>{1000, 1010, 5, 1030} << 1 << 4 << quint64(30) << 1 << 3;
        // A real restart: 5, 20, 40 after 1000. 20 is below the trusted 1000: a new series starts there.
        QTest::addRow("counter restarted") << QList<quint64>{1000, 5, 20, 40} << 0 << 4 << quint64(20) << 1 << 4;
        QTest::addRow("period without readings") << QList<quint64>{100, 150} << 5 << 9 << quint64(0) << 0 << 0;
    }
    void usage()
    {
        QFETCH(QList<quint64>, totals);
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        QFETCH(quint64, usage);
        QFETCH(int, resets);
        QFETCH(int, readings);
        const QList<MeterUsage> rows = report(totals, fromDay, toDay);
        if (readings == 0) {
            QVERIFY(rows.isEmpty());
            return;
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().meter, QStringLiteral("total"));
        QCOMPARE(rows.first().usage, usage);
        QCOMPARE(rows.first().resets, resets);
        QCOMPARE(rows.first().readings, readings);
    }

    void csvQuotesAndHasAHeader()
    {
        const QList<MeterUsage> rows = report({100, 150, 230}, 1, 3);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().baseline);
        QCOMPARE(rows.first().baseline->value, quint64(100));
        const QByteArray csv = meterUsageCsv(rows);
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.first().startsWith("device_id,serial,model,"));
        QVERIFY2(lines.at(1).contains(",\"HP LaserJet, \"\"M130nw\"\"\","), lines.at(1).constData());
        QVERIFY(lines.at(1).contains(
            ",2026-03-01T08:00:00Z,100,2026-03-02T08:00:00Z,150,2026-03-03T08:00:00Z,230,2,0,130"));
    }
};

QTEST_GUILESS_MAIN(TestMeterReport)
#include "tst_meterreport.moc"
