// The MIB parsing as a pure function: recordings read straight from disk, edge cases built by hand.

#include "Snmprec.h"
#include "TestEnv.h"
#include "collect/PrinterMib.h"
#include "collect/SnapshotParser.h"
#include "collect/TextDecode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fleet;
using namespace fleet::collect;
using snmp::Oid;
using snmp::Value;

Q_DECLARE_METATYPE(fleet::SupplyState)

class TestSnapshotParser : public QObject
{
    Q_OBJECT
private:
    static DeviceSnapshot parseRecording(const QString &name)
    {
        QString error;
        const auto values = test::readSnmprec(test::fixtureDir() + u'/' + name + QStringLiteral(".snmprec"), &error);
        DeviceSnapshot s;
        s.reachable = true;
        parseStandardMibs(values, s);
        return s;
    }

private Q_SLOTS:
    void printerRowsAndDetectedErrors_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : test::recordingNames())
            QTest::addRow("%s", qPrintable(n)) << n;
    }
    void printerRowsAndDetectedErrors()
    {
        QFETCH(QString, name);
        QFile f(test::fixtureDir() + u'/' + name + QStringLiteral(".facts.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject facts = QJsonDocument::fromJson(f.readAll()).object();
        const DeviceSnapshot s = parseRecording(name);
        const QJsonArray printers = facts.value(u"printers").toArray();
        QCOMPARE(s.status.printers.size(), printers.size());
        for (int i = 0; i < printers.size(); ++i) {
            const QJsonObject fp = printers.at(i).toObject();
            const PrinterRow &p = s.status.printers.at(i);
            QCOMPARE(p.hrDeviceIndex, fp.value(u"hrDeviceIndex").toInt());
            const QJsonObject err = fp.value(u"hrPrinterDetectedErrorState").toObject();
            if (!err.isEmpty()) {
                QCOMPARE(QString::fromLatin1(p.detectedErrorState.toHex()), err.value(u"hex").toString());
                QStringList want;
                for (const QJsonValue c : err.value(u"conditions").toArray())
                    want << c.toString();
                QCOMPARE(p.detectedErrors, want);
            }
            if (!fp.value(u"hrDeviceStatus").isNull())
                QCOMPARE(p.deviceStatus->value, qint64(fp[u"hrDeviceStatus"][u"value"].toInt()));
        }
        QStringList macs;
        for (const QJsonValue m : facts.value(u"macs").toArray())
            macs << m.toString();
        QCOMPARE(s.network.macAddresses, macs);
        QCOMPARE(s.network.ipAddresses.size(), facts.value(u"ip_addresses").toArray().size());
        for (const QJsonValue ip : facts.value(u"ip_addresses").toArray()) {
            const auto it =
                std::find_if(s.network.ipAddresses.cbegin(), s.network.ipAddresses.cend(),
                             [&](const IpAddressInfo &a) { return a.address == ip[u"ipAdEntAddr"].toString(); });
            QVERIFY(it != s.network.ipAddresses.cend());
            QCOMPARE(it->netmask, ip[u"netmask"].toString());
        }
        QVERIFY(s.status.overall != OverallStatus::Offline);
    }

    void konicaServiceRequestedIsAWarning()
    {
        const DeviceSnapshot s = parseRecording(QStringLiteral("konica-minolta-bizhub-c250i"));
        QCOMPARE(s.status.detectedErrors, QStringList{QStringLiteral("serviceRequested")});
        QCOMPARE(s.status.overall, OverallStatus::Warning);
    }

    void ricohChineseDescriptionsStayUtf8()
    {
        const DeviceSnapshot s = parseRecording(QStringLiteral("ricoh-mp-c2503"));
        QCOMPARE(s.identity.model, QStringLiteral("RICOH MP C2503 1.35")); // no hrDeviceDescr: from sysDescr
        QCOMPARE(s.supplies.first().description, QStringLiteral("黑色碳粉"));
    }

    void samsungTextualMacIsNotAMac()
    {
        const DeviceSnapshot s = parseRecording(QStringLiteral("samsung-ml-2850"));
        QVERIFY(s.network.macAddresses.isEmpty());
        QCOMPARE(s.counters.markers.first().lifeCountType, QStringLiteral("Integer"));
        QCOMPARE(*s.counters.markers.first().lifeCount, quint64(1512));
    }

    void kyoceraInventory()
    {
        const DeviceSnapshot s = parseRecording(QStringLiteral("kyocera-cs-4053ci"));
        QVERIFY(!s.properties.inputs.isEmpty());
        QVERIFY(!s.properties.interpreters.isEmpty());
        QVERIFY(s.properties.color);
        QCOMPARE(s.properties.markingTechnology, QStringLiteral("electrophotographicLaser"));
    }

    void textDecoding_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QString>("text");
        QTest::addRow("ascii") << QByteArray("Black Toner") << QStringLiteral("Black Toner");
        QTest::addRow("trailing NULs") << QByteArray("Cyan\0\0\0", 7) << QStringLiteral("Cyan");
        QTest::addRow("utf-8") << QByteArray("Ger\xc3\xa4t") << QStringLiteral("Gerät");
        QTest::addRow("latin-1") << QByteArray("Ger\xe4t") << QStringLiteral("Gerät");
        QTest::addRow("invalid utf-8") << QByteArray("\xff\xfe\x80") << QStringLiteral("ÿþ\u0080");
        QTest::addRow("embedded newline kept") << QByteArray("Black\n38 32") << QStringLiteral("Black\n38 32");
        QTest::addRow("empty") << QByteArray() << QString();
    }
    void textDecoding()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QString, text);
        QCOMPARE(text::decode(octets), text);
    }

    void printableForTerminals()
    {
        QCOMPARE(text::printable(QStringLiteral("Toner\x1b[31m red\x7f\u0085")),
                 QStringLiteral("Toner\ufffd[31m red\ufffd\ufffd"));
        QCOMPARE(text::printable(QStringLiteral("Gerät 黑色")), QStringLiteral("Gerät 黑色"));
    }

    void macAddress_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QString>("mac");
        QTest::addRow("six octets") << QByteArray::fromHex("3ca82af638ac") << QStringLiteral("3c:a8:2a:f6:38:ac");
        QTest::addRow("zero") << QByteArray(6, '\0') << QString();
        QTest::addRow("broadcast pattern") << QByteArray(6, '\xff') << QStringLiteral("ff:ff:ff:ff:ff:ff");
        QTest::addRow("seven octets") << QByteArray::fromHex("3ca82af638ac01") << QString();
        QTest::addRow("textual") << QByteArray("0:15:99:7d:b1:6a") << QString();
    }
    void macAddress()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QString, mac);
        QCOMPARE(text::macAddress(octets), mac);
    }

    void supplyStates_data()
    {
        QTest::addColumn<qint64>("supplyClass");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("level");
        QTest::addColumn<SupplyState>("state");
        QTest::addColumn<double>("percent"); // -1: null
        QTest::addRow("toner ok") << qint64(3) << qint64(100) << qint64(63) << SupplyState::Ok << 63.0;
        QTest::addRow("toner low") << qint64(3) << qint64(100) << qint64(5) << SupplyState::Low << 5.0;
        QTest::addRow("toner empty") << qint64(3) << qint64(100) << qint64(0) << SupplyState::Empty << 0.0;
        QTest::addRow("some remaining") << qint64(3) << qint64(-2) << qint64(-3) << SupplyState::SomeRemaining << -1.0;
        QTest::addRow("unknown level") << qint64(3) << qint64(100) << qint64(-2) << SupplyState::Unknown << -1.0;
        QTest::addRow("other level") << qint64(3) << qint64(100) << qint64(-1) << SupplyState::Other << -1.0;
        QTest::addRow("no capacity") << qint64(3) << qint64(-2) << qint64(9) << SupplyState::NoCapacity << -1.0;
        QTest::addRow("zero capacity") << qint64(3) << qint64(0) << qint64(9) << SupplyState::NoCapacity << -1.0;
        QTest::addRow("above capacity") << qint64(3) << qint64(100) << qint64(120) << SupplyState::NoCapacity << -1.0;
        QTest::addRow("waste full") << qint64(4) << qint64(100) << qint64(0) << SupplyState::Full << 0.0;
        QTest::addRow("waste nearly full") << qint64(4) << qint64(100) << qint64(8) << SupplyState::NearlyFull << 8.0;
        QTest::addRow("waste ok") << qint64(4) << qint64(100) << qint64(80) << SupplyState::Ok << 80.0;
        QTest::addRow("fraction") << qint64(3) << qint64(30000) << qint64(10001) << SupplyState::Ok << 33.34;
    }
    void supplyStates()
    {
        QFETCH(qint64, supplyClass);
        QFETCH(qint64, max);
        QFETCH(qint64, level);
        QFETCH(SupplyState, state);
        QFETCH(double, percent);
        const Oid t = mib::prtMarkerSuppliesTable;
        QMap<Oid, Value> v;
        v.insert(t.appended({4, 1, 1}), Value::integer(supplyClass));
        v.insert(t.appended({8, 1, 1}), Value::integer(max));
        v.insert(t.appended({9, 1, 1}), Value::integer(level));
        DeviceSnapshot s;
        s.reachable = true;
        parseStandardMibs(v, s);
        QCOMPARE(s.supplies.size(), 1);
        QCOMPARE(supplyStateName(s.supplies.first().state), supplyStateName(state));
        if (percent < 0)
            QVERIFY(!s.supplies.first().percent);
        else
            QCOMPARE(*s.supplies.first().percent, percent);
    }

    void detectedErrorBits()
    {
        QCOMPARE(mib::detectedErrorNames(QByteArray::fromHex("20")), QStringList{QStringLiteral("lowToner")});
        QCOMPARE(mib::detectedErrorNames(QByteArray::fromHex("0100")), QStringList{QStringLiteral("serviceRequested")});
        QCOMPARE(mib::detectedErrorNames(QByteArray::fromHex("0002")),
                 QStringList{QStringLiteral("overduePreventMaint")});
        QCOMPARE(mib::detectedErrorNames(QByteArray::fromHex("000001")), QStringList{QStringLiteral("bit23")});
        QCOMPARE(mib::detectedErrorNames(QByteArray::fromHex("c0")),
                 (QStringList{QStringLiteral("lowPaper"), QStringLiteral("noPaper")}));
    }

    void wrongTypesAreWarningsNotZeros()
    {
        QMap<Oid, Value> v;
        v.insert(mib::prtMarkerTable.appended({4, 1, 1}), Value::octets("12345"));
        v.insert(mib::hrPrinterDetectedErrorState.child(1), Value::integer(4));
        v.insert(mib::hrPrinterStatus.child(1), Value::integer(3));
        DeviceSnapshot s;
        s.reachable = true;
        parseStandardMibs(v, s);
        QCOMPARE(s.counters.markers.size(), 1);
        QVERIFY(!s.counters.markers.first().lifeCount);
        QVERIFY(s.warnings.size() >= 2);
        QVERIFY(s.status.detectedErrors.isEmpty());
    }

    void alertsOutsideEnumerationsKeepTheirNumbers()
    {
        const DeviceSnapshot s = parseRecording(QStringLiteral("brother-mfc-9970cdw"));
        QCOMPARE(s.alerts.size(), 1);
        QCOMPARE(s.alerts.first().severity.value, qint64(255));
        QVERIFY(s.alerts.first().severity.name.isEmpty());
        QCOMPARE(s.alerts.first().code.value, qint64(-1));
    }

    void printerDetection()
    {
        for (const QString &n : test::recordingNames()) {
            QString error;
            const auto v = test::readSnmprec(test::fixtureDir() + u'/' + n + QStringLiteral(".snmprec"), &error);
            QVERIFY2(looksLikePrinter(v), qPrintable(n));
        }
        QString error;
        const auto other = test::readSnmprec(
            test::sourceDir() + QStringLiteral("/tests/fixtures/other/network-switch.snmprec"), &error);
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        QVERIFY(!looksLikePrinter(other));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotParser)
#include "tst_snapshotparser.moc"
