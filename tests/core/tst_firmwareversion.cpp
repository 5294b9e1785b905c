// The firmware version: the labelled-pattern parser against every real sysDescr and hrDeviceDescr of
// the recordings and hostile text; the ENTITY-MIB chassis choice; real polls of snmpsimd storing the
// version in the database (ENTITY-MIB beating sysDescr, vendor objects for Canon and Kyocera); and
// the posture finding for two devices of one model with different versions.

#include "SnmpSim.h"
#include "TestEnv.h"
#include "collect/FirmwareVersion.h"
#include "collect/Poller.h"
#include "collect/TextDecode.h"
#include "posture/PostureReportBuilder.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::collect;

namespace {

// What a correct poll reports per recording; empty where the recording does not tell.
// sysDescrVersion: what the sysDescr parser alone finds; polled: the final stored version.
struct Expected
{
    QString sysDescrVersion;
    QString polled;
};

const QHash<QString, Expected> &expectedByRecording()
{
    static const QHash<QString, Expected> map = {
        // "Firmware Ver.Y ,MID 84E-822": a placeholder, not a version.
        {QStringLiteral("brother-hl-l8260cdw"), {}},
        {QStringLiteral("brother-mfc-9970cdw"), {QStringLiteral("1.06"), QStringLiteral("1.06")}},
        // "Canon TM-5300 /P"; the Canon firmware object holds "01.21".
        {QStringLiteral("canon-tm-5300"), {QString(), QStringLiteral("01.21")}},
        {QStringLiteral("epson-cw-c6500au"), {}},
        // "ROM none", "EEPROM JDI99999999", "FN:4Q817L4", "SN:...": no firmware version.
        {QStringLiteral("hp-color-laserjet-flow-mfp-m880"), {}},
        {QStringLiteral("hp-color-laserjet-pro-m252dw"), {}},
        {QStringLiteral("hp-laserjet-mfp-m130nw"), {}},
        {QStringLiteral("konica-minolta-bizhub-c250i"), {}},
        // kcprtFirmwareVersion.1.1 (the controller CPU's system firmware).
        {QStringLiteral("kyocera-cs-4053ci"), {QString(), QStringLiteral("2V8_S000.002.801")}},
        {QStringLiteral("ricoh-mp-c2503"), {QStringLiteral("1.35"), QStringLiteral("1.35")}},
        {QStringLiteral("samsung-ml-2850"), {QStringLiteral("1.01.15.47"), QStringLiteral("1.01.15.47")}},
        {QStringLiteral("sharp-mx-m266nv"), {}},
        {QStringLiteral("utax-p-4532dn"), {QString(), QStringLiteral("2TP_S000.003.402")}},
        {QStringLiteral("xerox-altalink-c8045"),
         {QStringLiteral("100.002.057.09608"), QStringLiteral("100.002.057.09608")}},
    };
    return map;
}

// The octets of one record of an .snmprec file (types 4 and 4x), as snmpsimd serves them.
QList<QByteArray> recordValues(const QString &file, const QByteArray &oidPrefix)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const QList<QByteArray> parts = line.split('|');
        if (parts.size() < 3 || !parts.at(0).startsWith(oidPrefix))
            continue;
        const QByteArray value = line.mid(parts.at(0).size() + parts.at(1).size() + 2);
        if (parts.at(1) == "4")
            out.append(value);
        else if (parts.at(1) == "4x")
            out.append(QByteArray::fromHex(value));
    }
    return out;
}

// A copy of a recording (in a directory snmpsimd, running as nobody, can read) with some records
// replaced: OID prefix -> new "type|value".
bool writeVariant(const QString &source, const QString &target, const QHash<QByteArray, QByteArray> &replace)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        const QByteArray oid = line.left(line.indexOf('|'));
        if (const auto it = replace.constFind(oid); it != replace.cend())
            line = oid + '|' + *it + '\n';
        out.write(line);
    }
    out.close();
    return QFile::setPermissions(target, QFileDevice::Permissions(0x6444));
}

std::unique_ptr<QTemporaryDir> readableDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    QFile::setPermissions(dir->path(), QFileDevice::Permissions(0x7755));
    return dir;
}

snmp::Value octetValue(const char *s)
{
    return snmp::Value::octets(QByteArray(s));
}

} // namespace

class TestFirmwareVersion final : public QObject
{
    Q_OBJECT

    // Polls each address (one snmpsimd engine each, community "public"); snapshots sorted by target.
    QList<DeviceSnapshot> poll(const test::SnmpSim &sim, const QStringList &addresses,
                               snmp::Version version = snmp::Version::V2c)
    {
        snmp::Credential cred;
        cred.version = version;
        cred.community = QStringLiteral("public");
        cred.timeoutMs = test::scaled(2000);
        cred.retries = 1;
        QList<PollTarget> targets;
        for (const QString &a : addresses)
            targets.append(Poller::targetFromString(QStringLiteral("%1:%2").arg(a).arg(sim.port()), {cred}));
        Poller poller;
        QList<DeviceSnapshot> out;
        connect(&poller, &Poller::deviceFinished, this, [&](const DeviceSnapshot &s) { out << s; });
        QSignalSpy done(&poller, &Poller::finished);
        poller.start(targets, {});
        if (poller.isRunning())
            done.wait(test::scaled(60000));
        std::sort(out.begin(), out.end(),
                  [](const DeviceSnapshot &a, const DeviceSnapshot &b) { return a.target < b.target; });
        return out;
    }

private Q_SLOTS:
    void everyRecordingHasAnExpectation()
    {
        for (const QString &name : test::recordingNames())
            QVERIFY2(expectedByRecording().contains(name), qPrintable(name));
    }

    // Every real sysDescr and hrDeviceDescr of the recordings, read from the files as served.
    void realDescriptions_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QString>("expected");
        for (const QString &name : test::recordingNames()) {
            const QString file = test::fixtureDir() + u'/' + name + QStringLiteral(".snmprec");
            const QList<QByteArray> sysDescr = recordValues(file, "1.3.6.1.2.1.1.1.0");
            QCOMPARE(sysDescr.size(), 1);
            QTest::addRow("%s sysDescr", qPrintable(name))
                << sysDescr.first() << expectedByRecording().value(name).sysDescrVersion;
            int i = 0;
            for (const QByteArray &d : recordValues(file, "1.3.6.1.2.1.25.3.2.1.3."))
                QTest::addRow("%s hrDeviceDescr %d", qPrintable(name), ++i) << d << QString();
        }
    }
    void realDescriptions()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QString, expected);
        QCOMPARE(firmware::fromDescription(text::decodeRightTrimmed(octets)), expected);
    }

    void hostileDescriptions_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QString>("expected");
        QTest::addRow("label without number") << QByteArray("Firmware Ver.") << QString();
        QTest::addRow("label, then a word") << QByteArray("Firmware Ver.Y  ,MID 84E-822") << QString();
        QTest::addRow("label, then a date in brackets") << QByteArray("Firmware Ver. (14.07.2017)") << QString();
        QTest::addRow("date only, day first") << QByteArray("Firmware 14.07.2017") << QString();
        QTest::addRow("date only, year first") << QByteArray("FW 2017.07.14") << QString();
        QTest::addRow("bare number") << QByteArray("Firmware Ver.12") << QString();
        QTest::addRow("serial only") << QByteArray("Samsung ML-2850 S/N 4F61BKFB101043J") << QString();
        QTest::addRow("no known label") << QByteArray("Example printer version 1.2.3") << QString();
        QTest::addRow("OS without version") << QByteArray("Printer OS X") << QString();
        QTest::addRow("leading V dropped") << QByteArray("Firmware V4.01.09") << QStringLiteral("4.01.09");
        QTest::addRow("trailing full stop") << QByteArray("Firmware Version: 2.10.") << QStringLiteral("2.10");
        QTest::addRow("escape sequence after")
            << QByteArray("Firmware Ver.1.06\x1b[2J\x1b[31m") << QStringLiteral("1.06");
        QTest::addRow("control char inside label") << QByteArray("Firm\x07ware Ver.1.06") << QString();
        QTest::addRow("control char inside version") << QByteArray("Firmware Ver.1.\x08"
                                                                   "06")
                                                     << QString();
        QTest::addRow("NUL padding") << QByteArray("Firmware Ver.1.06\0\0\0", 20) << QStringLiteral("1.06");
        QTest::addRow("invalid UTF-8 after") << QByteArray("Firmware Ver.1.2\xff\xfe") << QStringLiteral("1.2");
        QTest::addRow("invalid UTF-8 before") << QByteArray("Firmware Ver.\xff"
                                                            "1.2")
                                              << QString();
        QTest::addRow("10 kB of version characters")
            << (QByteArray("Firmware Ver.") + QByteArray(10240, '9').replace("99", "9.")) << QString();
        QTest::addRow("10 kB of text, then a label") << (QByteArray(10000, 'A') + " Firmware Ver.2.0") << QString();
        QTest::addRow("label, then 10 kB of text")
            << (QByteArray("Firmware Ver.2.0 ") + QByteArray(10000, 'x')) << QStringLiteral("2.0");
        QTest::addRow("10 kB of labels") << QByteArray("Firmware Ver.").repeated(800) << QString();
        QTest::addRow("empty") << QByteArray() << QString();
    }
    void hostileDescriptions()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QString, expected);
        const QString v = firmware::fromDescription(text::decode(octets));
        QCOMPARE(v, expected);
        QVERIFY(v.size() <= firmware::kMaxLength);
    }

    void cleanRevision_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QByteArray("2.05.1") << QStringLiteral("2.05.1");
        QTest::addRow("kyocera") << QByteArray("2TP_S000.003.402") << QStringLiteral("2TP_S000.003.402");
        QTest::addRow("spaces simplified") << QByteArray("  V1.2 \t build 7 ") << QStringLiteral("V1.2 build 7");
        QTest::addRow("control characters") << QByteArray("1.0\x07\x1b[2J") << QStringLiteral("1.0 [2J");
        QTest::addRow("no digit") << QByteArray("N/A") << QString();
        QTest::addRow("empty") << QByteArray() << QString();
        QTest::addRow("too long") << QByteArray(65, '1') << QString();
        QTest::addRow("10 kB") << QByteArray(10240, '7') << QString();
        QTest::addRow("invalid UTF-8") << QByteArray("1.0\xff") << QStringLiteral("1.0\u00ff");
    }
    void cleanRevision()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QString, expected);
        QCOMPARE(firmware::cleanRevision(text::decode(octets)), expected);
    }

    // Rows: index, containedIn, class, firmwareRev, softwareRev (-1 / nullptr: column absent).
    void entityChoice_data()
    {
        using Row = std::tuple<quint32, qint64, qint64, const char *, const char *>;
        QTest::addColumn<QList<Row>>("rows");
        QTest::addColumn<QString>("expected");
        QTest::addRow("chassis at index 1")
            << QList<Row>{{1, 0, 3, "1.2.3", "9.9"}, {2, 1, 9, "4.5", nullptr}} << QStringLiteral("1.2.3");
        QTest::addRow("chassis after a module")
            << QList<Row>{{1, 2, 9, "7.7.7", nullptr}, {2, 0, 3, "2.05.1", "9.9"}} << QStringLiteral("2.05.1");
        QTest::addRow("software when firmware empty") << QList<Row>{{1, 0, 3, "", "3.1"}} << QStringLiteral("3.1");
        QTest::addRow("top-level without class") << QList<Row>{{5, 0, -1, "1.0", nullptr}} << QStringLiteral("1.0");
        QTest::addRow("chassis without containment") << QList<Row>{{5, -1, 3, "6.1", nullptr}} << QStringLiteral("6.1");
        QTest::addRow("only sub-components") << QList<Row>{{1, 4, 9, "7.7", "8.8"}} << QString();
        QTest::addRow("placeholders") << QList<Row>{{1, 0, 3, "N/A", "unknown"}} << QString();
        QTest::addRow("none") << QList<Row>{} << QString();
    }
    void entityChoice()
    {
        using Row = std::tuple<quint32, qint64, qint64, const char *, const char *>;
        QFETCH(QList<Row>, rows);
        QFETCH(QString, expected);
        ValueMap values;
        for (const auto &[index, containedIn, cls, fw, sw] : rows) {
            if (containedIn >= 0)
                values.insert(firmware::entPhysicalContainedIn.child(index), snmp::Value::integer(containedIn));
            if (cls >= 0)
                values.insert(firmware::entPhysicalClass.child(index), snmp::Value::integer(cls));
            if (fw)
                values.insert(firmware::entPhysicalFirmwareRev.child(index), octetValue(fw));
            if (sw)
                values.insert(firmware::entPhysicalSoftwareRev.child(index), octetValue(sw));
        }
        QCOMPARE(firmware::fromEntityMib(values), expected);
    }

    // A vendor object counts only for that vendor: a Brother that serves HP's or Kyocera's tree
    // does not get their values.
    void vendorObjectsOnlyForTheirVendor()
    {
        ValueMap values;
        values.insert(firmware::canonFirmwareVersion, octetValue("01.21"));
        values.insert(firmware::kyoceraFirmwareVersion.appended({1, 1}), octetValue("2TP_S000.003.402"));
        QCOMPARE(firmware::fromVendorMib(values, snmp::Oid{1, 3, 6, 1, 4, 1, 1602, 4, 3}), QStringLiteral("01.21"));
        QCOMPARE(firmware::fromVendorMib(values, snmp::Oid{1, 3, 6, 1, 4, 1, 1347, 41}),
                 QStringLiteral("2TP_S000.003.402"));
        QCOMPARE(firmware::fromVendorMib(values, snmp::Oid{1, 3, 6, 1, 4, 1, 2435, 2, 3, 9, 1}), QString());
    }

    // Real polls of every recording plus the ENTITY-MIB one, stored: the database holds the version
    // where it is knowable and nothing elsewhere.
    void pollStoresFirmware()
    {
        // One engine per recording on its own loopback address, plus the ENTITY-MIB printer.
        QList<std::pair<QString, QString>> fleet;
        QHash<QString, QString> expectedByAddress;
        const QStringList names = test::recordingNames();
        for (int i = 0; i < names.size(); ++i) {
            const QString address = QStringLiteral("127.0.73.%1").arg(i + 1);
            fleet.append({address, test::fixtureDir() + u'/' + names.at(i) + QStringLiteral(".snmprec")});
            expectedByAddress.insert(address, expectedByRecording().value(names.at(i)).polled);
        }
        // Its sysDescr names "Firmware Ver.1.00": the chassis's entPhysicalFirmwareRev must win.
        const QString entityAddress = QStringLiteral("127.0.73.100");
        fleet.append(
            {entityAddress, test::sourceDir() + QStringLiteral("/tests/fixtures/firmware/entity-printer.snmprec")});
        expectedByAddress.insert(entityAddress, QStringLiteral("2.05.1"));
        test::SnmpSim sim;
        QVERIFY2(sim.startFleet(fleet), qPrintable(sim.error()));

        QStringList addresses;
        for (const auto &[address, file] : std::as_const(fleet))
            addresses << address;
        const QList<DeviceSnapshot> snaps = poll(sim, addresses);
        QCOMPARE(snaps.size(), fleet.size());
        int entityPolls = 0;
        for (const DeviceSnapshot &s : snaps) {
            QVERIFY2(s.reachable, qPrintable(s.target));
            const QString address = s.target.section(u':', 0, 0);
            QCOMPARE(s.identity.firmware, expectedByAddress.value(address));
            if (address == entityAddress) {
                // sysDescr alone would have given 1.00: the ENTITY-MIB value replaced it.
                QCOMPARE(firmware::fromDescription(s.identity.sysDescr), QStringLiteral("1.00"));
                ++entityPolls;
            }
        }
        QCOMPARE(entityPolls, 1);

        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleet.db"))));
        QVERIFY(storage::SnapshotStore(db).storeBatch(snaps));
        auto devices = storage::FleetRepository(db).devices();
        QVERIFY(devices);
        QCOMPARE(devices->size(), fleet.size());
        for (const storage::DeviceRecord &d : std::as_const(*devices))
            QCOMPARE(d.firmware, expectedByAddress.value(d.address.section(u':', 0, 0)));
    }

    // Over SNMPv1 the ENTITY-MIB is not walked (an absent column would cost a round trip each):
    // the same printer then reports what its sysDescr says.
    void entityMibNotReadOverV1()
    {
        test::SnmpSim sim;
        QVERIFY2(
            sim.startFleet({{QStringLiteral("127.0.75.1"),
                             test::sourceDir() + QStringLiteral("/tests/fixtures/firmware/entity-printer.snmprec")}}),
            qPrintable(sim.error()));
        const QList<DeviceSnapshot> v1 = poll(sim, {QStringLiteral("127.0.75.1")}, snmp::Version::V1);
        QCOMPARE(v1.size(), 1);
        QVERIFY(v1.first().reachable);
        QCOMPARE(v1.first().identity.firmware, QStringLiteral("1.00"));
        const QList<DeviceSnapshot> v2c = poll(sim, {QStringLiteral("127.0.75.1")});
        QCOMPARE(v2c.size(), 1);
        QCOMPARE(v2c.first().identity.firmware, QStringLiteral("2.05.1"));
    }

    // Two Brother MFC-9970CDW (the real recording, and a copy with its own serial, MACs and a newer
    // firmware in sysDescr) polled and stored: the one on 1.06 gets the finding, the other not.
    void olderFirmwareFindingFromRealPolls()
    {
        auto data = readableDir();
        const QString source = test::fixtureDir() + QStringLiteral("/brother-mfc-9970cdw.snmprec");
        const QString newer = data->filePath(QStringLiteral("newer.snmprec"));
        QVERIFY(
            writeVariant(source, newer,
                         {{"1.3.6.1.2.1.1.1.0", "4|Brother NC-7700w, Firmware Ver.1.10  (19.02.01),MID 8CE-317,FID 2"},
                          {"1.3.6.1.2.1.43.5.1.1.17.1", "4|U62513L0J999999"},
                          {"1.3.6.1.2.1.2.2.1.6.1", "4x|0022581D2C99"},
                          {"1.3.6.1.2.1.2.2.1.6.2", "4x|001BA9630C99"}}));
        test::SnmpSim sim;
        QVERIFY2(sim.startFleet({{QStringLiteral("127.0.74.1"), newer}, {QStringLiteral("127.0.74.2"), source}}),
                 qPrintable(sim.error()));
        const QList<DeviceSnapshot> snaps = poll(sim, {QStringLiteral("127.0.74.1"), QStringLiteral("127.0.74.2")});
        QCOMPARE(snaps.size(), 2);
        QCOMPARE(snaps.at(0).identity.firmware, QStringLiteral("1.10"));
        QCOMPARE(snaps.at(1).identity.firmware, QStringLiteral("1.06"));
        QCOMPARE(snaps.at(0).identity.model, snaps.at(1).identity.model);

        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleet.db"))));
        QVERIFY(storage::SnapshotStore(db).storeBatch(snaps));
        auto report = posture::PostureReportBuilder::load(db, dir.filePath(QStringLiteral("fleetkeeper.ini")));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->devices.size(), 2);
        for (const posture::DevicePosture &d : report->devices) {
            bool older = false;
            for (const posture::Finding &f : d.findings)
                older = older || f.id == u"firmware-older-than-fleet";
            QCOMPARE(older, d.firmware == u"1.06");
            QCOMPARE(d.newestFirmware, QStringLiteral("1.10"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFirmwareVersion)
#include "tst_firmwareversion.moc"
