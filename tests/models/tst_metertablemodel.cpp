// The meter table: every meter with its provenance in words a reader understands, numbers through
// the locale, a suspect reading said as such; consistent for views (QAbstractItemModelTester).

#include "MeterTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fleet;
using fleet::models::MeterTableModel;

class TestMeterTableModel : public QObject
{
    Q_OBJECT
private:
    static storage::MeterReading meter(const QString &name, quint64 value, const QString &source, const QString &oid,
                                       const QString &unit = QStringLiteral("impressions"))
    {
        storage::MeterReading m;
        m.meter = name;
        m.value = value;
        m.rawValue = QString::number(value);
        m.source = source;
        m.oid = oid;
        m.unit = unit;
        m.readAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        return m;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsProvenance()
    {
        MeterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::MeterReading suspect =
            meter(QStringLiteral("copy"), 12, QStringLiteral("vendor:acme"), QStringLiteral("1.3.6.1.4.1.99.1.0"));
        suspect.suspect = true;
        suspect.rawValue = QStringLiteral("0x0000000c");
        model.setMeters({meter(QStringLiteral("total"), 76498, QStringLiteral("vendor:kyocera"),
                               QStringLiteral("1.3.6.1.4.1.1347.43.10.1.1.12.1.1")),
                         meter(QStringLiteral("marker.1.1"), 76498, QStringLiteral("printer-mib"),
                               QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")),
                         suspect});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MeterTableModel::ColumnCount));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, MeterTableModel::Meter), QStringLiteral("Total"));
        QCOMPARE(text(0, MeterTableModel::Value), QStringLiteral("76,498"));
        QCOMPARE(text(0, MeterTableModel::Source), QStringLiteral("Vendor profile Kyocera (kyocera)"));
        QCOMPARE(text(0, MeterTableModel::Oid), QStringLiteral("1.3.6.1.4.1.1347.43.10.1.1.12.1.1"));
        QCOMPARE(text(0, MeterTableModel::Unit), QStringLiteral("impressions"));
        QVERIFY(text(0, MeterTableModel::Note).isEmpty());
        QCOMPARE(text(1, MeterTableModel::Meter), QStringLiteral("Marker 1 life count (device 1)"));
        QCOMPARE(text(1, MeterTableModel::Source), QStringLiteral("Printer MIB"));
        // A profile that is not built in is still named, never hidden.
        QCOMPARE(text(2, MeterTableModel::Source), QStringLiteral("Vendor profile acme"));
        QCOMPARE(text(2, MeterTableModel::Meter), QStringLiteral("Copy"));
        QVERIFY(!text(2, MeterTableModel::Note).isEmpty());
        QCOMPARE(model.index(2, MeterTableModel::Value).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Raw value: 0x0000000c"));
        QCOMPARE(model.index(0, MeterTableModel::Value).data(MeterTableModel::SortRole), QVariant(qulonglong(76498)));
        QCOMPARE(model.index(1, MeterTableModel::Meter).data(MeterTableModel::RawNameRole).toString(),
                 QStringLiteral("marker.1.1"));
        QCOMPARE(model.headerData(MeterTableModel::Oid, Qt::Horizontal).toString(), QStringLiteral("OID"));

        model.setMeters({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }

    void meterNames_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::addRow("canonical") << QStringLiteral("printColor") << QStringLiteral("Print, colour");
        QTest::addRow("marker") << QStringLiteral("marker.2.3") << QStringLiteral("Marker 3 life count (device 2)");
        QTest::addRow("unknown stays as stored") << QStringLiteral("clicksA3") << QStringLiteral("clicksA3");
        QTest::addRow("not quite a marker") << QStringLiteral("marker.1") << QStringLiteral("marker.1");
    }
    void meterNames()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(MeterTableModel::meterName(stored), shown);
    }
};

QTEST_GUILESS_MAIN(TestMeterTableModel)
#include "tst_metertablemodel.moc"
