// AlertTableModel over rows read by AlertRepository from a real SQLite file. The alert rows are
// the four recordings' prtAlertTable rows exactly as their .facts.json lists them (values outside
// the MIB included), stored through SnapshotStore, plus a synthetic critical alert that cleared.

#include "AlertTableModel.h"
#include "Facts.h"
#include "TestEnv.h"
#include "storage/SnapshotStore.h"

#include "../core/tst_storage_data.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;
using models::AlertTableModel;

namespace {

EnumValue enumFrom(const QJsonValue &v)
{
    return {v[u"value"].toInteger(), v[u"name"].toString()};
}

// A snapshot of the recorded device as stored: identity and alerts from its facts.
DeviceSnapshot fromFacts(const QString &recording, const QString &address, const QDateTime &at)
{
    const QJsonObject facts = fleet::test::loadFacts(recording);
    const QJsonObject system = facts.value(u"system").toObject();
    DeviceSnapshot s;
    s.target = address;
    s.address = address;
    s.polledAt = at;
    s.reachable = true;
    s.printer = true;
    s.identity.sysDescr = system.value(u"sysDescr").toString();
    s.identity.sysObjectID = system.value(u"sysObjectID").toString();
    s.identity.sysName = system.value(u"sysName").toString();
    s.identity.sysLocation = system.value(u"sysLocation").toString();
    s.identity.model = facts.value(u"hrDeviceDescr").toString();
    s.identity.serialNumber = facts.value(u"serial_number").toString();
    for (const QJsonValue a : facts.value(u"alerts").toArray()) {
        Alert alert;
        alert.hrDeviceIndex = a[u"hrDeviceIndex"].toInt();
        alert.index = a[u"index"].toInt();
        alert.severity = enumFrom(a[u"severity"]);
        alert.trainingLevel = enumFrom(a[u"training_level"]);
        alert.group = enumFrom(a[u"group"]);
        alert.groupIndex = a[u"group_index"].toInteger();
        alert.location = a[u"location"].toInteger();
        alert.code = enumFrom(a[u"code"]);
        alert.description = fleet::test::cleanFactText(a[u"description"].toString()).trimmed();
        s.alerts << alert;
    }
    return s;
}

} // namespace

class TestAlertTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static QDateTime test_at(int hours) { return storage::test::at(hours); }

    QList<FleetAlert> load(AlertState state = AlertState::Open)
    {
        AlertFilter filter;
        filter.state = state;
        auto rows = AlertRepository(*m_db).alerts(filter);
        if (!rows)
            qWarning("%s", qPrintable(rows.error().message));
        return rows ? *rows : QList<FleetAlert>{};
    }

    int rowWhere(const AlertTableModel &model, const std::function<bool(const FleetAlert &)> &match)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (match(*model.alertAt(row)))
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(QStringLiteral("model-test"));
        QVERIFY(!m_db->open(m_dir.filePath(QStringLiteral("fleet.db"))));
        const QDateTime t0 = test_at(0);
        QList<DeviceSnapshot> fleet{
            fromFacts(QStringLiteral("kyocera-cs-4053ci"), QStringLiteral("10.1.0.1:161"), t0),
            fromFacts(QStringLiteral("epson-cw-c6500au"), QStringLiteral("10.1.0.2:161"), t0),
            fromFacts(QStringLiteral("brother-hl-l8260cdw"), QStringLiteral("10.1.0.3:161"), t0),
            fromFacts(QStringLiteral("brother-mfc-9970cdw"), QStringLiteral("10.1.0.4:161"), t0),
        };
        for (const DeviceSnapshot &s : fleet)
            QVERIFY2(!s.alerts.isEmpty(), qPrintable(s.identity.model));
        DeviceSnapshot jam = storage::test::printer(QStringLiteral("10.1.0.9:161"), QStringLiteral("JAM1"), {}, t0);
        Alert a = storage::test::alert(3, 8, QStringLiteral("jam"), QStringLiteral("Paper jam in tray 2"));
        a.severity = {3, QStringLiteral("critical")};
        a.group = {13, QStringLiteral("mediaPath")};
        jam.alerts = {a};
        fleet << jam;
        const auto stored = SnapshotStore(*m_db).storeBatch(fleet);
        QVERIFY2(stored, qPrintable(stored.error().message));
        jam.polledAt = test_at(1);
        jam.alerts.clear();
        QVERIFY(SnapshotStore(*m_db).storeBatch({jam}));
        QCOMPARE(load().size(), 8);
        QCOMPARE(load(AlertState::All).size(), 9);
    }
    void cleanupTestCase() { m_db.reset(); }

    void consistentThroughEveryUpdate()
    {
        AlertTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AlertTableModel::SortRole);
        proxy.sort(AlertTableModel::Severity);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QList<FleetAlert> all = load(AlertState::All);
        model.setAlerts(all);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(AlertTableModel::ColumnCount));
        model.setAlerts(load()); // the cleared one goes
        QCOMPARE(model.rowCount(), 8);
        model.setAlerts(all.mid(2, 3) + all.mid(7)); // several runs removed at once
        QCOMPARE(model.rowCount(), 5);
        model.updateAlerts(all.mid(0, 2));
        QCOMPARE(model.rowCount(), 7);
        model.removeAlerts({all.at(0).alert.id, all.at(8).alert.id, 123456});
        QCOMPARE(model.rowCount(), 5);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.alertAt(row)->alert.id), row);
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
        model.setAlerts(all);
        QCOMPARE(proxy.rowCount(), 9);
        QCOMPARE(proxy.index(0, AlertTableModel::Severity).data().toString(), QStringLiteral("Critical"));
    }

    void columns_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<qint64>("code");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("groupCode");
        QTest::addColumn<QString>("severityTip");
        QTest::addRow("kyocera powerUp, empty description")
            << QStringLiteral("10.1.0.1:161") << qint64(503) << QStringLiteral("Warning")
            << QStringLiteral("CS 4053ci (10.1.0.1:161)") << QStringLiteral("powerUp")
            << QStringLiteral("generalPrinter / powerUp") << QStringLiteral("prtAlertSeverityLevel warning (4)");
        QTest::addRow("kyocera fuser, binary change event")
            << QStringLiteral("10.1.0.1:161") << qint64(1001) << QStringLiteral("Warning")
            << QStringLiteral("CS 4053ci (10.1.0.1:161)") << QStringLiteral("markerFuserUnderTemperature")
            << QStringLiteral("marker / markerFuserUnderTemperature") << QStringLiteral("warningBinaryChangeEvent (5)");
        QTest::addRow("epson ink low") << QStringLiteral("10.1.0.2:161") << qint64(1105) << QStringLiteral("Warning")
                                       << QStringLiteral("EPSON5C698E") << QStringLiteral("Ink is low.")
                                       << QStringLiteral("markerSupplies / markerInkAlmostEmpty")
                                       << QStringLiteral("training level untrained");
        QTest::addRow("epson idle") << QStringLiteral("10.1.0.2:161") << qint64(1) << QStringLiteral("Other")
                                    << QStringLiteral("EPSON5C698E") << QStringLiteral("Idle")
                                    << QStringLiteral("other / other") << QStringLiteral("other (1)");
        QTest::addRow("brother severity 0")
            << QStringLiteral("10.1.0.3:161") << qint64(0) << QStringLiteral("Other")
            << QStringLiteral("BRWF8DA0C2DE3AA") << QStringLiteral("Sleep") << QStringLiteral("group 0 / code 0")
            << QStringLiteral("0 is not defined by the Printer MIB");
        QTest::addRow("brother severity 255")
            << QStringLiteral("10.1.0.4:161") << qint64(-1) << QStringLiteral("Other") << QStringLiteral("Hermano")
            << QStringLiteral("Sleep") << QStringLiteral("group 255 / code -1")
            << QStringLiteral("255 is not defined by the Printer MIB");
    }
    void columns()
    {
        QFETCH(QString, address);
        QFETCH(qint64, code);
        QFETCH(QString, severity);
        QFETCH(QString, device);
        QFETCH(QString, description);
        QFETCH(QString, groupCode);
        QFETCH(QString, severityTip);
        AlertTableModel model;
        model.setAlerts(load());
        const int row =
            rowWhere(model, [&](const FleetAlert &f) { return f.deviceAddress == address && f.alert.code == code; });
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(AlertTableModel::Severity).toString(), severity);
        QCOMPARE(cell(AlertTableModel::Device).toString(), device);
        QCOMPARE(cell(AlertTableModel::Description).toString(), description);
        QCOMPARE(cell(AlertTableModel::Code).toString(), groupCode);
        QVERIFY2(cell(AlertTableModel::Severity, Qt::ToolTipRole).toString().contains(severityTip),
                 qPrintable(cell(AlertTableModel::Severity, Qt::ToolTipRole).toString()));
        QVERIFY(cell(AlertTableModel::Device, Qt::ToolTipRole).toString().contains(address));
        QVERIFY(cell(AlertTableModel::Description, Qt::ToolTipRole).toString().contains(groupCode));
        QVERIFY(!cell(AlertTableModel::FirstSeen).toString().isEmpty());
        QCOMPARE(cell(AlertTableModel::FirstSeen, AlertTableModel::SortRole).toDateTime(), test_at(0));
        QVERIFY(cell(AlertTableModel::Cleared).toString().isEmpty());
        QCOMPARE(cell(AlertTableModel::Cleared, Qt::AccessibleTextRole).toString(), QStringLiteral("Still open"));
        QCOMPARE(cell(AlertTableModel::Acknowledged, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Not acknowledged"));
        QVERIFY(cell(0, AlertTableModel::OpenRole).toBool());
        QVERIFY(!cell(0, AlertTableModel::AcknowledgedRole).toBool());
        QCOMPARE(cell(0, AlertTableModel::AlertIdRole).toLongLong(), model.alertAt(row)->alert.id);
        QCOMPARE(cell(0, AlertTableModel::DeviceIdRole).toLongLong(), model.alertAt(row)->alert.deviceId);
    }

    void deviceLocationIsShown()
    {
        AlertTableModel model;
        model.setAlerts(load());
        const int row = rowWhere(model, [](const FleetAlert &f) { return f.deviceName == u"Hermano"; });
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, AlertTableModel::Location).data().toString(),
                 QStringLiteral("Acme, Inc. R&D Facility"));
    }

    void severityIconAndColourPerClass()
    {
        AlertTableModel model;
        model.setAlerts(load(AlertState::All));
        QSet<QRgb> colours;
        QSet<int> classes;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, AlertTableModel::Severity);
            const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            QVERIFY(!icon.pixmap(16, 16).isNull());
            const QColor colour = index.data(AlertTableModel::SeverityColorRole).value<QColor>();
            QVERIFY(colour.isValid());
            colours.insert(colour.rgb());
            classes.insert(index.data(AlertTableModel::SeverityClassRole).toInt());
            // Only the severity column carries an icon.
            QVERIFY(!model.index(row, AlertTableModel::Device).data(Qt::DecorationRole).isValid());
        }
        QCOMPARE(classes.size(), 3);
        QCOMPARE(colours.size(), 3);
    }

    void clearedAndAcknowledgedColumns()
    {
        AlertFilter jam;
        jam.state = AlertState::Cleared;
        const qint64 id = AlertRepository(*m_db).alerts(jam)->constFirst().alert.id;
        QVERIFY(AlertRepository(*m_db).acknowledge({id}, QStringLiteral("alice"), QStringLiteral("tray 2 cleaned"),
                                                   test_at(2), Reacknowledge::Replace));
        AlertTableModel model;
        model.setAlerts(load(AlertState::All));
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QString when = QLocale().toString(test_at(2).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(model.index(row, AlertTableModel::Acknowledged).data().toString(), QStringLiteral("alice, ") + when);
        const QString tip = model.index(row, AlertTableModel::Acknowledged).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("alice")) && tip.contains(QStringLiteral("tray 2 cleaned")),
                 qPrintable(tip));
        QCOMPARE(model.index(row, AlertTableModel::Acknowledged).data(AlertTableModel::SortRole).toDateTime(),
                 test_at(2));
        QVERIFY(model.index(row, 0).data(AlertTableModel::AcknowledgedRole).toBool());
        QVERIFY(!model.index(row, 0).data(AlertTableModel::OpenRole).toBool());
        QCOMPARE(model.index(row, AlertTableModel::Cleared).data().toString(),
                 QLocale().toString(test_at(1).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(row, AlertTableModel::Severity).data().toString(), QStringLiteral("Critical"));
    }

    // A reload that changes one alert repaints that row only; nothing is reset, so views keep
    // their selection.
    void reloadMergesById()
    {
        AlertTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts(load());
        QCOMPARE(model.rowCount(), 8);
        const qint64 kept = model.alertAt(5)->alert.id;
        const QPersistentModelIndex persistent = model.index(5, AlertTableModel::Description);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setAlerts(load()); // nothing changed
        QCOMPARE(changed.size(), 0);

        const qint64 acknowledged = model.alertAt(2)->alert.id;
        QVERIFY(AlertRepository(*m_db).acknowledge({acknowledged}, QStringLiteral("bob"), {}, test_at(3)));
        model.setAlerts(load());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().column(), AlertTableModel::ColumnCount - 1);
        QVERIFY(model.index(2, 0).data(AlertTableModel::AcknowledgedRole).toBool());

        model.setAlerts(load(AlertState::All)); // the cleared jam arrives
        QCOMPARE(inserted.size(), 1);
        model.removeAlerts({model.alertAt(0)->alert.id, model.alertAt(1)->alert.id});
        QCOMPARE(removed.size(), 1); // one run of adjacent rows, one signal
        QCOMPARE(resets.size(), 0);
        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.data(AlertTableModel::AlertIdRole).toLongLong(), kept);
        QCOMPARE(persistent.row(), 3);
        QCOMPARE(model.rowOf(kept), 3);
        QCOMPARE(model.rowOf(acknowledged), 0);
    }

    void sortRoles()
    {
        AlertTableModel model;
        model.setAlerts(load(AlertState::All));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AlertTableModel::SortRole);
        proxy.sort(AlertTableModel::Severity, Qt::AscendingOrder);
        QStringList severities;
        for (int row = 0; row < proxy.rowCount(); ++row)
            severities << proxy.index(row, AlertTableModel::Severity).data().toString();
        QCOMPARE(severities.constFirst(), QStringLiteral("Critical"));
        QCOMPARE(severities.count(QStringLiteral("Warning")), 5);
        QCOMPARE(severities.mid(6),
                 (QStringList{QStringLiteral("Other"), QStringLiteral("Other"), QStringLiteral("Other")}));
        proxy.sort(AlertTableModel::Cleared, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AlertTableModel::Description).data().toString(), QStringLiteral("Paper jam in tray 2"));
    }

    void headers()
    {
        AlertTableModel model;
        QStringList titles;
        for (int c = 0; c < model.columnCount(); ++c) {
            titles << model.headerData(c, Qt::Horizontal).toString();
            QVERIFY(!titles.constLast().isEmpty());
        }
        QCOMPARE(titles.size(), 9);
        QCOMPARE(titles.constFirst(), QStringLiteral("Severity"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_MAIN(TestAlertTableModel)
#include "tst_alerttablemodel.moc"
