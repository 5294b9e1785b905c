// The fleet table's filter and grouping models over DeviceTableModel, each watched by
// QAbstractItemModelTester while rows, filters and groupings change.
#include "DeviceTableModel.h"
#include "FleetFilterModel.h"
#include "FleetGroupModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fleet;
using models::DeviceTableModel;
using models::FleetFilterModel;
using models::FleetGroupModel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

storage::FleetRow row(qint64 id, const QString &name, const QString &location, const QString &model,
                      const QString &status, int hoursSinceSuccess, const QString &supplyState = QStringLiteral("ok"),
                      bool receptacle = false)
{
    storage::FleetRow r;
    r.device.id = id;
    r.device.name = name;
    r.device.location = location;
    r.device.model = model;
    r.device.status = status;
    r.device.address = QStringLiteral("127.0.0.%1:161").arg(id);
    r.device.serial = QStringLiteral("SN%1").arg(id);
    if (hoursSinceSuccess >= 0)
        r.device.lastSuccessAt = kNow.addSecs(-qint64(hoursSinceSuccess) * 3600);
    storage::SupplyGauge g;
    g.colour = receptacle ? QString() : QStringLiteral("black");
    g.description = receptacle ? QStringLiteral("Waste Toner Box") : QStringLiteral("Black Toner");
    g.receptacle = receptacle;
    g.state = supplyState;
    r.supplies = {g};
    r.statusText = status == u"error" ? QStringLiteral("Paper jam in tray 2") : QString();
    return r;
}

QList<storage::FleetRow> sampleFleet()
{
    return {
        row(1, QStringLiteral("prn-hal-1"), QStringLiteral("Hal"), QStringLiteral("LaserJet M130"),
            QStringLiteral("ok"), 1),
        row(2, QStringLiteral("prn-hal-2"), QStringLiteral("Hal"), QStringLiteral("bizhub C250i"),
            QStringLiteral("error"), 1),
        row(3, QStringLiteral("prn-kantoor"), QStringLiteral("Kantoor 2"), QStringLiteral("LaserJet M130"),
            QStringLiteral("warning"), 30, QStringLiteral("low")),
        row(4, QStringLiteral("prn-kelder"), QString(), QStringLiteral("Aficio MP 301"), QStringLiteral("offline"), -1),
        row(5, QStringLiteral("prn-kantoor-10"), QStringLiteral("Kantoor 10"), QStringLiteral("bizhub C250i"),
            QStringLiteral("ok"), 2, QStringLiteral("nearlyFull"), true),
    };
}

QList<qint64> visibleIds(const QAbstractItemModel &m)
{
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r) {
        const QVariant id = m.index(r, 0).data(DeviceTableModel::DeviceIdRole);
        if (id.isValid())
            ids << id.toLongLong();
    }
    return ids;
}

} // namespace

class TestFleetModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("quick");
        QTest::addColumn<QList<qint64>>("expected");
        const int errors = FleetFilterModel::Errors, low = FleetFilterModel::LowSupplies,
                  silent = FleetFilterModel::NotReporting;
        QTest::newRow("everything") << QString() << 0 << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("text in name") << QStringLiteral("KANTOOR") << 0 << QList<qint64>{3, 5};
        QTest::newRow("text in status message") << QStringLiteral("jam") << 0 << QList<qint64>{2};
        QTest::newRow("text in serial") << QStringLiteral("sn4") << 0 << QList<qint64>{4};
        QTest::newRow("text in address") << QStringLiteral("127.0.0.5") << 0 << QList<qint64>{5};
        QTest::newRow("errors") << QString() << errors << QList<qint64>{2, 4};
        QTest::newRow("low supplies (toner low, waste nearly full)") << QString() << low << QList<qint64>{3, 5};
        QTest::newRow("not reporting 24 h (never counts)") << QString() << silent << QList<qint64>{3, 4};
        QTest::newRow("errors or low") << QString() << (errors | low) << QList<qint64>{2, 3, 4, 5};
        QTest::newRow("errors and text") << QStringLiteral("hal") << errors << QList<qint64>{2};
        QTest::newRow("nothing matches") << QStringLiteral("zzz") << 0 << QList<qint64>{};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, quick);
        QFETCH(QList<qint64>, expected);
        DeviceTableModel source;
        FleetFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFleetModel(&source);
        filter.setReferenceTime(kNow);
        source.setRows(sampleFleet());
        filter.setText(text);
        filter.setQuickFilters(FleetFilterModel::QuickFilters(quick));
        filter.sort(DeviceTableModel::Name);
        QList<qint64> got = visibleIds(filter);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    void notReportingThresholdMoves()
    {
        DeviceTableModel source;
        FleetFilterModel filter;
        filter.setFleetModel(&source);
        filter.setReferenceTime(kNow);
        source.setRows(sampleFleet());
        filter.setQuickFilters(FleetFilterModel::NotReporting);
        filter.setNotReportingHours(2);
        QCOMPARE(filter.rowCount(), 2); // 30 h and never; 2 h is not older than 2 h
        filter.setNotReportingHours(1);
        QCOMPARE(filter.rowCount(), 3); // and now the 2 h one
    }

    void groupsByLocationAndModel()
    {
        DeviceTableModel source;
        FleetFilterModel filter;
        FleetGroupModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFleetModel(&source);
        filter.setReferenceTime(kNow);
        groups.setSourceModel(&filter);
        source.setRows(sampleFleet());
        filter.sort(DeviceTableModel::Name);

        QCOMPARE(groups.rowCount(), 5); // passthrough
        QVERIFY(!groups.isGroupHeader(0));

        groups.setGrouping(FleetGroupModel::ByLocation);
        // Hal (1, 2), Kantoor 2 (3), Kantoor 10 (5) in numeric order, then no location (4).
        QStringList shown;
        for (int r = 0; r < groups.rowCount(); ++r)
            shown << (groups.isGroupHeader(r) ? groups.index(r, 0).data().toString()
                                              : groups.index(r, DeviceTableModel::Name).data().toString());
        QCOMPARE(shown, (QStringList{QStringLiteral("Hal — 2 device(s)"), QStringLiteral("prn-hal-1"),
                                     QStringLiteral("prn-hal-2"), QStringLiteral("Kantoor 2 — 1 device(s)"),
                                     QStringLiteral("prn-kantoor"), QStringLiteral("Kantoor 10 — 1 device(s)"),
                                     QStringLiteral("prn-kantoor-10"), QStringLiteral("(no location) — 1 device(s)"),
                                     QStringLiteral("prn-kelder")}));
        QCOMPARE(groups.flags(groups.index(0, 0)) & Qt::ItemIsSelectable, Qt::ItemFlags());
        QVERIFY(groups.flags(groups.index(1, 0)) & Qt::ItemIsSelectable);
        // Mapping both ways.
        const QModelIndex kelder = groups.index(8, DeviceTableModel::Serial);
        QCOMPARE(groups.mapToSource(kelder).data().toString(), QStringLiteral("SN4"));
        QCOMPARE(groups.mapFromSource(groups.mapToSource(kelder)), kelder);
        QVERIFY(!groups.mapToSource(groups.index(0, 0)).isValid());

        // Filtering regroups: only errors leaves two groups.
        filter.setQuickFilters(FleetFilterModel::Errors);
        QCOMPARE(groups.rowCount(), 4);
        QCOMPARE(visibleIds(groups), (QList<qint64>{2, 4}));

        filter.setQuickFilters(FleetFilterModel::NoQuickFilter);
        groups.setGrouping(FleetGroupModel::ByModel);
        QCOMPARE(groups.index(0, 0).data().toString(), QStringLiteral("Aficio MP 301 — 1 device(s)"));
        QCOMPARE(groups.index(2, 0).data(FleetGroupModel::GroupSizeRole).toInt(), 2);

        // Sorting through the grouped view sorts inside each group.
        groups.sort(DeviceTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(groups.index(3, DeviceTableModel::Name).data().toString(), QStringLiteral("prn-kantoor-10"));
        QCOMPARE(groups.index(4, DeviceTableModel::Name).data().toString(), QStringLiteral("prn-hal-2"));

        // New rows from the database keep the grouping.
        auto more = sampleFleet();
        more << row(6, QStringLiteral("prn-new"), QStringLiteral("Hal"), QStringLiteral("Aficio MP 301"),
                    QStringLiteral("ok"), 0);
        source.setRows(more);
        QCOMPARE(groups.index(0, 0).data(FleetGroupModel::GroupSizeRole).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFleetModels)
#include "tst_fleetmodels.moc"
