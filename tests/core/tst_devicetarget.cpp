// actions::DeviceTarget::setAddress: the device's stored address ("host:port", "[v6]:port", a bare
// name or IPv6 literal) split into the host an action connects to and the SNMP port it uses.

#include "actions/ActionTypes.h"

#include <QTest>

using fleet::actions::DeviceTarget;

class TestDeviceTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addRow("name") << QStringLiteral("printer.lab") << QStringLiteral("printer.lab") << 161;
        QTest::addRow("ipv4 and port") << QStringLiteral("127.0.0.7:1161") << QStringLiteral("127.0.0.7") << 1161;
        QTest::addRow("ipv4") << QStringLiteral("192.0.2.10") << QStringLiteral("192.0.2.10") << 161;
        QTest::addRow("bracketed v6 and port")
            << QStringLiteral("[2001:db8::5]:16100") << QStringLiteral("2001:db8::5") << 16100;
        QTest::addRow("bracketed v6") << QStringLiteral("[::1]") << QStringLiteral("::1") << 161;
        QTest::addRow("bare v6") << QStringLiteral("2001:db8::5") << QStringLiteral("2001:db8::5") << 161;
        QTest::addRow("unclosed bracket") << QStringLiteral("[::1") << QStringLiteral("::1") << 161;
        QTest::addRow("port not a number") << QStringLiteral("printer:snmp") << QStringLiteral("printer") << 161;
        QTest::addRow("port out of range") << QStringLiteral("printer:70000") << QStringLiteral("printer") << 161;
        QTest::addRow("port zero") << QStringLiteral("[::1]:0") << QStringLiteral("::1") << 161;
    }
    void setAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, host);
        QFETCH(int, port);
        DeviceTarget t;
        t.setAddress(address);
        QCOMPARE(t.host, host);
        QCOMPARE(int(t.snmpPort), port);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTarget)
#include "tst_devicetarget.moc"
