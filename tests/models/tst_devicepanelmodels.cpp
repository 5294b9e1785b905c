// The other models of the device panel: alerts, flagged events, supply gauges, supply forecasts and
// the properties tree, each under QAbstractItemModelTester, each saying honestly what it does not know.

#include "DeviceAlertModel.h"
#include "DeviceEventModel.h"
#include "DevicePropertiesModel.h"
#include "DeviceTableModel.h"
#include "SupplyForecastModel.h"
#include "SupplyGaugeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fleet;
using namespace fleet::models;

namespace {

const QDateTime &t0()
{
    static const QDateTime t(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return t;
}

storage::SupplyReading supply(qint64 supplyId, int day, std::optional<qint64> level, const QString &description,
                              const QString &state = QStringLiteral("ok"))
{
    storage::SupplyReading r;
    r.supplyId = supplyId;
    r.readAt = t0().addDays(day);
    r.description = description;
    r.maxCapacity = level ? std::optional<qint64>(100) : std::optional<qint64>(-2);
    r.level = level ? level : std::optional<qint64>(-3);
    if (level)
        r.percent = double(*level);
    r.state = state;
    r.supplyClass = QStringLiteral("supplyThatIsConsumed");
    return r;
}

// Every index of a tree, depth first: (path of labels, value).
void collect(const QAbstractItemModel &m, const QModelIndex &parent, const QString &path, QHash<QString, QString> &out)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex label = m.index(r, 0, parent);
        const QString p = path.isEmpty() ? label.data().toString() : path + u'/' + label.data().toString();
        out.insert(p, m.index(r, 1, parent).data().toString());
        collect(m, label, p, out);
    }
}

} // namespace

class TestDevicePanelModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void alerts()
    {
        DeviceAlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::AlertRecord low;
        low.severity = 4;
        low.severityName = QStringLiteral("warning");
        low.description = QStringLiteral("  Yellow toner\nlow ");
        low.firstSeen = t0();
        storage::AlertRecord silent; // Kyocera sends alerts without a description
        silent.severity = 5;
        silent.severityName = QStringLiteral("warningBinaryChangeEvent");
        silent.code = 503;
        silent.codeName = QStringLiteral("powerUp");
        silent.firstSeen = t0();
        storage::AlertRecord odd; // Brother: values outside the MIB
        odd.severity = 255;
        model.setAlerts({low, silent, odd});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, DeviceAlertModel::Severity).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(0, DeviceAlertModel::Description).data().toString(), QStringLiteral("Yellow toner low"));
        QCOMPARE(model.index(1, DeviceAlertModel::Description).data().toString(), QStringLiteral("powerUp"));
        QCOMPARE(model.index(2, DeviceAlertModel::Severity).data().toString(), QStringLiteral("Severity 255"));
        QCOMPARE(model.index(2, DeviceAlertModel::Description).data().toString(), QStringLiteral("Alert code 0"));
        QVERIFY(!model.index(0, DeviceAlertModel::Since).data().toString().isEmpty());
    }

    void events()
    {
        DeviceEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::EventRecord down;
        down.at = t0();
        down.kind = QString(storage::kEventCounterWentDown);
        down.message = QStringLiteral("Meter total went down from 1250 to 40");
        storage::EventRecord moved = down;
        moved.at = t0().addDays(1);
        moved.kind = QString(storage::kEventIpChanged);
        moved.message = QStringLiteral("moved");
        model.setEvents({down, moved});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeviceEventModel::Kind).data().toString(), QStringLiteral("IP address changed"));
        QCOMPARE(model.index(1, DeviceEventModel::Kind).data().toString(), QStringLiteral("Counter went down"));
        QCOMPARE(model.index(1, DeviceEventModel::Message).data().toString(), down.message);
        QCOMPARE(model.index(1, DeviceEventModel::Kind).data(DeviceEventModel::RawKindRole).toString(),
                 QStringLiteral("counterWentDown"));
    }

    void gauges()
    {
        SupplyGaugeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::SupplyGauge black;
        black.description = QStringLiteral("Black Toner");
        black.colour = QStringLiteral("black");
        black.percent = 12;
        black.state = QStringLiteral("low");
        storage::SupplyGauge waste;
        waste.description = QStringLiteral("Waste Toner Box");
        waste.state = QStringLiteral("someRemaining");
        storage::SupplyGauge fuser;
        fuser.description = QStringLiteral("Fusing Unit");
        fuser.state = QStringLiteral("unknown");
        storage::SupplyGauge drum;
        drum.description = QStringLiteral("Drum");
        drum.percent = 0;
        drum.state = QStringLiteral("empty");
        model.setGauges({black, waste, fuser, drum});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, SupplyGaugeModel::State).data().toString(), QStringLiteral("low (12 %)"));
        QCOMPARE(model.index(1, SupplyGaugeModel::State).data().toString(), QStringLiteral("some remaining"));
        QCOMPARE(model.index(2, SupplyGaugeModel::State).data().toString(), QStringLiteral("unknown"));
        QCOMPARE(model.index(3, SupplyGaugeModel::State).data().toString(), QStringLiteral("empty"));
        // The gauge column carries the gauge for SupplyBarDelegate, under the fleet table's role.
        const auto one = model.index(1, SupplyGaugeModel::Gauge)
                             .data(DeviceTableModel::SuppliesRole)
                             .value<QList<storage::SupplyGauge>>();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().state, QStringLiteral("someRemaining"));
        QVERIFY(!model.index(1, SupplyGaugeModel::Gauge).data(Qt::DisplayRole).isValid());
        QCOMPARE(model.index(1, SupplyGaugeModel::Gauge).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("some remaining"));
    }

    void forecasts()
    {
        SupplyForecastModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<storage::SupplyReading> history;
        const QList<qint64> black{80, 70, 60, 50};
        for (int day = 0; day < black.size(); ++day) {
            history << supply(1, day, black.at(day), QStringLiteral("Black Toner"));
            history << supply(2, day, std::nullopt, QStringLiteral("Waste Toner Box"), QStringLiteral("someRemaining"));
        }
        history << supply(3, 3, 40, QStringLiteral("Cyan Toner"));
        // Now = the last reading + 1 day: 50 % at 10 % a day leaves 4 of the 5 days.
        model.setHistory(history, t0().addDays(4));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rows().at(0).readings.size(), 4);
        QCOMPARE(model.index(0, SupplyForecastModel::Supply).data().toString(), QStringLiteral("Black Toner"));
        QCOMPARE(model.index(0, SupplyForecastModel::Current).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(model.index(0, SupplyForecastModel::DaysToEmpty).data().toString(),
                 QStringLiteral("Empty in about 4 day(s), around 3/9/26"));
        QVERIFY2(model.index(0, SupplyForecastModel::Basis)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("4 reading(s) since")),
                 qPrintable(model.index(0, SupplyForecastModel::Basis).data().toString()));
        QCOMPARE(model.index(1, SupplyForecastModel::DaysToEmpty).data().toString(), QStringLiteral("Not enough data"));
        QCOMPARE(model.index(1, SupplyForecastModel::Current).data().toString(), QStringLiteral("some remaining"));
        QCOMPARE(model.index(1, SupplyForecastModel::Basis).data().toString(),
                 QStringLiteral("The device reports no level, only a state (some remaining)"));
        QCOMPARE(model.index(2, SupplyForecastModel::DaysToEmpty).data().toString(), QStringLiteral("Not enough data"));
        QVERIFY(model.index(2, SupplyForecastModel::Basis).data().toString().contains(QStringLiteral("at least 3")));
        QCOMPARE(model.index(0, SupplyForecastModel::Supply).data(SupplyForecastModel::SupplyIdRole).toLongLong(), 1);

        // Seen much later, the estimate is in the past: said so, not counted as negative days.
        model.setHistory(history, t0().addDays(30));
        QVERIFY(model.index(0, SupplyForecastModel::DaysToEmpty)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Probably empty by now")));
    }

    void propertiesTree()
    {
        DevicePropertiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject snapshot = QJsonDocument::fromJson(R"({
            "properties": {"color": true, "duplex": null, "memoryKBytes": 524288, "markingTechnology": "electrophotographicLaser",
                "installedComponents": ["Hard disk", "Finisher"],
                "inputs": [{"hrDeviceIndex": 1, "index": 1, "name": "Tray 1", "mediaName": "A4",
                            "type": {"value": 4, "name": "sheetFeedAutoRemovableTray"}, "maxCapacity": 500, "currentLevel": -3}],
                "outputs": [], "covers": [{"hrDeviceIndex": 1, "index": 3, "description": "Front Cover",
                            "status": {"value": 4, "name": "coverClosed"}}],
                "interpreters": [{"hrDeviceIndex": 1, "index": 1, "language": "langPCL", "description": "PCL 6", "version": "6"}],
                "mediaPaths": [{"index": 1, "maxSpeed": 45}]},
            "counters": {"markers": [{"hrDeviceIndex": 1, "index": 1, "lifeCount": 76498, "unit": {"value": 7, "name": "impressions"}}]},
            "network": {"interfaces": [{"ifIndex": 2, "description": "eth0", "macAddress": "00:17:c8:01:02:03", "type": 6, "operStatus": 1}],
                        "ipAddresses": [], "defaultGateway": null}
        })")
                                         .object();
        QVERIFY(!snapshot.isEmpty());
        model.setSnapshot(snapshot);
        QHash<QString, QString> all;
        collect(model, {}, {}, all);
        QCOMPARE(all.value(QStringLiteral("General/Colour")), QStringLiteral("yes"));
        QCOMPARE(all.value(QStringLiteral("General/Duplex")), QStringLiteral("not reported"));
        QCOMPARE(all.value(QStringLiteral("General/Memory")), QStringLiteral("512.0 MiB"));
        QCOMPARE(all.value(QStringLiteral("Installed components")), QStringLiteral("2"));
        QCOMPARE(all.value(QStringLiteral("Input trays/Tray 1/Media")), QStringLiteral("A4"));
        QCOMPARE(all.value(QStringLiteral("Input trays/Tray 1/Level")), QStringLiteral("some remaining"));
        QCOMPARE(all.value(QStringLiteral("Input trays/Tray 1/Capacity")), QStringLiteral("500"));
        QCOMPARE(all.value(QStringLiteral("Input trays/Tray 1/Type")),
                 QStringLiteral("sheetFeedAutoRemovableTray (4)"));
        QCOMPARE(all.value(QStringLiteral("Output bins")), QStringLiteral("none reported"));
        QCOMPARE(all.value(QStringLiteral("Covers/Front Cover/Status")), QStringLiteral("coverClosed (4)"));
        QCOMPARE(all.value(QStringLiteral("Page description languages/PCL 6/Language")), QStringLiteral("langPCL"));
        QCOMPARE(all.value(QStringLiteral("Markers/#1/Life count")), QStringLiteral("76,498"));
        QCOMPARE(all.value(QStringLiteral("Network interfaces/eth0/MAC address")), QStringLiteral("00:17:c8:01:02:03"));
        QCOMPARE(all.value(QStringLiteral("Default gateway")), QStringLiteral("not reported"));
        // A key without a label (a newer snapshot field) is shown under its own name.
        QCOMPARE(all.value(QStringLiteral("Media paths/#1/maxSpeed")), QStringLiteral("45"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDevicePanelModels)
#include "tst_devicepanelmodels.moc"
