// PayloadBuilder on a real SQLite file filled through SnapshotStore: every payload is checked
// against the schema by xmllint, locked-down mode leaks no address or host name, the readings
// window and suspect flags hold, and hostile device text comes back exactly through the escape.

#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"
#include "sync/PayloadBuilder.h"
#include "sync/XmlText.h"
#include "tst_storage_data.h"

#include "TestEnv.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;
using namespace fleet::sync;

namespace {

const QString kHostName = QStringLiteral("agent-host-7f3");
const QString kFqdn = QStringLiteral("agent-host-7f3.example.net");

collect::AgentIdentity agentIdentity()
{
    collect::AgentIdentity a;
    a.hostName = kHostName;
    a.fqdn = kFqdn;
    a.ipAddresses = {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")};
    a.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    a.kernel = QStringLiteral("Linux 6.1.0");
    a.cpuArchitecture = QStringLiteral("x86_64");
    a.cpuModel = QStringLiteral("Example CPU");
    a.cpuCount = 2;
    a.ramTotalBytes = qint64(8) << 30;
    a.appVersion = QStringLiteral("0.1.0");
    a.timeZone = QStringLiteral("Europe/Berlin");
    a.utcOffsetSeconds = 3600;
    a.collectedAt = at(0);
    return a;
}

PayloadOptions options(bool lockedDown = false, const QDateTime &since = {})
{
    PayloadOptions o;
    o.lockedDown = lockedDown;
    o.readingsSince = since;
    o.agentId = QStringLiteral("agent-0042");
    o.generatedAt = at(48);
    return o;
}

// Adds addresses a locked-down payload must not show: IPv4 and IPv6 interface rows and a gateway.
DeviceSnapshot networked(DeviceSnapshot s, int n)
{
    s.network.ipAddresses = {{QStringLiteral("10.5.0.%1").arg(n), 1, QStringLiteral("255.255.255.0")},
                             {QStringLiteral("fe80::5:%1").arg(n), 1, {}}};
    s.network.interfaces = {{1, QStringLiteral("eth0"), 6, s.network.macAddresses.value(0), 1}};
    s.network.defaultGateway = QStringLiteral("10.5.0.254");
    return s;
}

QString xmllint()
{
    return QStandardPaths::findExecutable(QStringLiteral("xmllint"));
}

QString schemaPath()
{
    return fleet::test::sourceDir() + QStringLiteral("/resources/schema/fleetkeeper-payload-1.xsd");
}

// xmllint's verdict on the file; empty when valid, its output otherwise.
QString schemaErrors(const QString &path, bool stream = false)
{
    QProcess p;
    QStringList args{QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath(), path};
    if (stream)
        args.prepend(QStringLiteral("--stream"));
    p.start(xmllint(), args);
    if (!p.waitForFinished(fleet::test::scaled(120000)))
        return QStringLiteral("xmllint did not finish");
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).left(4000);
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Resets VmHWM so that the next peak belongs to the next step alone.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Every <name> element's text, decoded through the escape, in document order.
QStringList texts(const QByteArray &xml, const QString &name)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name)
            out << readTextElement(r);
    if (r.hasError())
        out << QStringLiteral("PARSE ERROR: ") + r.errorString();
    return out;
}

struct ParsedReading
{
    QString device;
    QString name;
    quint64 value = 0;
    QDateTime readAt;
    bool suspect = false;
};

QList<ParsedReading> readings(const QByteArray &xml)
{
    QList<ParsedReading> out;
    QXmlStreamReader r(xml);
    QString device;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("device"))
            device = a.value(QLatin1String("id")).toString();
        if (r.name() == QLatin1String("reading"))
            out << ParsedReading{device, a.value(QLatin1String("name")).toString(),
                                 a.value(QLatin1String("value")).toULongLong(),
                                 QDateTime::fromString(a.value(QLatin1String("readAt")).toString(), Qt::ISODateWithMs),
                                 a.value(QLatin1String("suspect")) == QLatin1String("true")};
    }
    return out;
}

QString hostileSysDescr()
{
    QString s;
    while (s.size() < 60 * 1024)
        s += QStringLiteral("Laser printer <b>&amp;</b> \x01\r\n");
    return s;
}

} // namespace

class TestPayload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    void store(const QList<DeviceSnapshot> &snapshots)
    {
        auto result = SnapshotStore(*m_db).storeBatch(snapshots);
        QVERIFY2(result, qPrintable(result.error().message));
    }
    QByteArray build(const PayloadOptions &o)
    {
        auto result = PayloadBuilder::build(*m_db, agentIdentity(), o);
        if (!result)
            qWarning("build failed: %s", qPrintable(result.error().message));
        return result ? *result : QByteArray();
    }
    // Writes the payload to a file and has xmllint check it against the schema.
    QString validate(const QByteArray &xml, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
            return QStringLiteral("cannot write ") + path;
        f.close();
        return schemaErrors(path);
    }
    void storeFleet()
    {
        DeviceSnapshot a = networked(printer(QStringLiteral("10.5.0.1:161"), QStringLiteral("SER001"),
                                             {QStringLiteral("00:00:aa:55:00:01")}, at(0)),
                                     1);
        a.alerts = {alert(1, 1101, QStringLiteral("markerTonerAlmostEmpty"), QStringLiteral("Yellow toner low"))};
        a.status.consoleMessages = {QStringLiteral("Ready")};
        DeviceSnapshot b = networked(printer(QStringLiteral("10.5.0.2:161"), QStringLiteral("SER002"),
                                             {QStringLiteral("00:00:aa:55:00:02")}, at(0)),
                                     2);
        store({a, b});
        a.polledAt = b.polledAt = at(24);
        store({a, b});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Without xmllint nothing here would be checked against the schema: fail, do not skip.
        QVERIFY2(!xmllint().isEmpty(), "xmllint not found: install libxml2-utils");
        QVERIFY2(QFile::exists(schemaPath()), qPrintable(schemaPath()));
    }
    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(path);
        m_db = std::make_unique<Database>(QStringLiteral("payload"));
        const StorageError error = m_db->open(path);
        QVERIFY2(!error, qPrintable(error.message));
    }
    void cleanup() { m_db.reset(); }

    void embeddedSchemaIsTheSourceFile()
    {
        QFile embedded(kPayloadSchemaResource);
        QVERIFY2(embedded.open(QIODevice::ReadOnly), "schema not embedded in fleetkeeper_core");
        QCOMPARE(embedded.readAll(), fileBytes(schemaPath()));
    }

    void schemaRejectsWhatItMust_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("unknown overall status")
            << QStringLiteral("overall=\"ok\"") << QStringLiteral("overall=\"fine\"");
        QTest::addRow("missing agentId") << QStringLiteral("agentId=\"agent-0042\"") << QString();
        QTest::addRow("negative meter value") << QStringLiteral("value=\"10000\"") << QStringLiteral("value=\"-1\"");
        QTest::addRow("unknown meter source")
            << QStringLiteral("source=\"vendor:xerox\"") << QStringLiteral("source=\"guess\"");
        QTest::addRow("raw not hex") << QStringLiteral("<sysName>") << QStringLiteral("<sysName raw=\"zz\">");
        QTest::addRow("time without zone") << QStringLiteral("generatedAt=\"2026-01-07T08:00:00.000Z\"")
                                           << QStringLiteral("generatedAt=\"2026-01-07T08:00:00.000\"");
        QTest::addRow("unknown element") << QStringLiteral("<supplies>") << QStringLiteral("<supplies><toner/>");
    }
    void schemaRejectsWhatItMust()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        storeFleet();
        const QByteArray good = build(options());
        QVERIFY2(validate(good, QStringLiteral("good")).isEmpty(), "the unchanged payload must be valid");
        QVERIFY2(good.contains(from.toUtf8()), qPrintable(from));
        QByteArray bad = good;
        bad.replace(from.toUtf8(), to.toUtf8());
        QVERIFY2(!validate(bad, QStringLiteral("bad")).isEmpty(), "xmllint accepted a broken payload");
    }

    void payloadIsValid_data()
    {
        QTest::addColumn<bool>("lockedDown");
        QTest::addColumn<bool>("empty");
        QTest::addRow("normal") << false << false;
        QTest::addRow("locked down") << true << false;
        QTest::addRow("no devices") << false << true;
    }
    void payloadIsValid()
    {
        QFETCH(bool, lockedDown);
        QFETCH(bool, empty);
        if (!empty)
            storeFleet();
        const QByteArray xml = build(options(lockedDown));
        QVERIFY(!xml.isEmpty());
        const QString errors = validate(xml, QStringLiteral("payload"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QCOMPARE(xml.count("<device "), empty ? 0 : 2);
        QVERIFY(xml.contains("xmlns=\"urn:fleetkeeper:payload:1\""));
        QCOMPARE(build(options(lockedDown)), xml); // deterministic
    }

    void lockedDownHidesAddressesAndHost_data()
    {
        QTest::addColumn<bool>("lockedDown");
        QTest::addRow("normal") << false;
        QTest::addRow("locked down") << true;
    }
    void lockedDownHidesAddressesAndHost()
    {
        QFETCH(bool, lockedDown);
        storeFleet();
        DeviceSnapshot offline = unreachable(QStringLiteral("10.5.0.2:161"), at(30));
        store({offline});
        const QString xml = QString::fromUtf8(build(options(lockedDown)));
        QVERIFY(!xml.isEmpty());
        // Dotted quads not part of a longer dotted number (OIDs, firmware versions).
        static const QRegularExpression ipv4(QStringLiteral(R"((?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.]))"));
        // Compressed or full IPv6; times and MACs have neither "::" nor eight groups.
        static const QRegularExpression ipv6(QStringLiteral(
            R"([0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{1,4})*::([0-9A-Fa-f]{1,4})?|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})"));
        static const QRegularExpression mac(QStringLiteral(R"([0-9a-f]{2}(:[0-9a-f]{2}){5})"));
        const QStringList leaks{ipv4.match(xml).captured(), ipv6.match(xml).captured(), mac.match(xml).captured(),
                                xml.contains(kHostName) ? kHostName : QString()};
        if (lockedDown) {
            for (const QString &leak : leaks)
                QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("locked-down payload contains ") + leak));
        } else {
            // The same patterns find what normal mode reports, so their silence above means something.
            for (const QString &leak : leaks)
                QVERIFY2(!leak.isEmpty(), qPrintable(leaks.join(u'|')));
            QVERIFY(xml.contains(kFqdn));
            QVERIFY(xml.contains(QStringLiteral("2001:db8::10")));
        }
        const QString errors = validate(xml.toUtf8(), QStringLiteral("mode"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        // Billing, supplies and diagnostics stay.
        QCOMPARE(xml.count(QStringLiteral("<supply ")), 8);
        QVERIFY(xml.contains(QStringLiteral("<serialNumber>SER001</serialNumber>")));
        QVERIFY(xml.contains(QStringLiteral("overall=\"offline\"")));
    }

    void readingsSinceFilters_data()
    {
        QTest::addColumn<int>("sinceHours");
        QTest::addColumn<int>("expectedPolls");
        QTest::addRow("all") << -1 << 3;
        QTest::addRow("from the second poll, inclusive") << 24 << 2;
        QTest::addRow("between polls") << 25 << 1;
        QTest::addRow("after the last") << 49 << 0;
    }
    void readingsSinceFilters()
    {
        QFETCH(int, sinceHours);
        QFETCH(int, expectedPolls);
        for (int h : {0, 24, 48})
            store({printer(QStringLiteral("10.5.0.1:161"), QStringLiteral("SER001"), {}, at(h), 10000 + quint64(h))});
        const QDateTime since = sinceHours < 0 ? QDateTime() : at(sinceHours);
        const QByteArray xml = build(options(false, since));
        const QList<ParsedReading> list = readings(xml);
        constexpr int kMetersPerPoll = 5; // four vendor meters and one marker life count
        QCOMPARE(list.size(), expectedPolls * kMetersPerPoll);
        for (const ParsedReading &r : list)
            QVERIFY2(!since.isValid() || r.readAt >= since, qPrintable(r.readAt.toString(Qt::ISODate)));
        // The current meters are there whatever the window.
        QCOMPARE(xml.count("<meter "), kMetersPerPoll);
        const QString errors = validate(xml, QStringLiteral("since"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void suspectReadingsAreFlagged()
    {
        for (auto [h, total] : {std::pair{0, 10000}, {24, 9000}, {48, 9500}})
            store({printer(QStringLiteral("10.5.0.1:161"), QStringLiteral("SER001"), {}, at(h), quint64(total))});
        const QByteArray xml = build(options());
        QList<ParsedReading> totals;
        for (const ParsedReading &r : readings(xml))
            if (r.name == QLatin1String("total"))
                totals << r;
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals[0].suspect, false);
        QCOMPARE(totals[1].value, quint64(9000));
        QCOMPARE(totals[1].suspect, true);
        QCOMPARE(totals[2].suspect, false);
        const QString errors = validate(xml, QStringLiteral("suspect"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void hostileTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plain");
        // What the database gives back, when it differs: SQLite turns U+FFFE and U+FFFF into U+FFFD
        // when it converts stored UTF-8 back to UTF-16 (Limit of storage, not of the payload).
        QTest::addColumn<QString>("stored");
        QTest::addRow("markup") << QStringLiteral("<script>&amp;\"'</script>]]>") << true << QString();
        QTest::addRow("escape sequence") << QStringLiteral("\x01\x1b[31mRED\x1b[0m") << false << QString();
        QTest::addRow("embedded NUL") << QString::fromUtf8(QByteArray("before\0after", 12)) << false << QString();
        QTest::addRow("latin-1") << QString::fromLatin1("Caf\xe9 \xa9 \xb5 \xff \x85") << true << QString();
        QTest::addRow("CR LF") << QStringLiteral("line 1\r\nline 2\r") << false << QString();
        QTest::addRow("tab and LF") << QStringLiteral("a\tb\nc") << true << QString();
        QTest::addRow("U+FFFE U+FFFF") << QString(QChar(0xFFFE)) + QChar(0xFFFF) << false
                                       << QString(2, QChar::ReplacementCharacter);
        QTest::addRow("surrogate pair") << QString::fromUtf8("printer \xf0\x9f\x96\xa8") << true << QString();
        QTest::addRow("replacement char itself") << QString(QChar::ReplacementCharacter) << true << QString();
        QTest::addRow("60 KB sysDescr") << hostileSysDescr() << false << QString();
    }
    void hostileTextRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(bool, plain);
        QFETCH(QString, stored);
        QCOMPARE(isPlainXmlText(text), plain);

        // Through the writer alone...
        QByteArray bytes;
        QXmlStreamWriter w(&bytes);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("t"));
        writeTextElement(w, QStringLiteral("v"), text);
        w.writeEndElement();
        w.writeEndDocument();
        QVERIFY(!w.hasError());
        QCOMPARE(texts(bytes, QStringLiteral("v")), QStringList{text});

        // ...and through storage into a whole payload, in device-text places of several sections.
        DeviceSnapshot s = networked(printer(QStringLiteral("10.5.0.9:161"), QStringLiteral("HOST1LE"),
                                             {QStringLiteral("00:00:aa:55:00:09")}, at(0)),
                                     9);
        s.identity.sysDescr = text;
        s.identity.sysContact = text;
        s.status.consoleMessages = {text, QStringLiteral("Ready")};
        s.supplies[0].description = text;
        s.alerts = {alert(1, 1101, QStringLiteral("markerTonerAlmostEmpty"), text)};
        store({s});
        if (stored.isNull())
            stored = text;
        for (bool lockedDown : {false, true}) {
            const QByteArray xml = build(options(lockedDown));
            QVERIFY(!xml.isEmpty());
            const QString errors = validate(xml, QStringLiteral("hostile"));
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
            QCOMPARE(texts(xml, QStringLiteral("sysDescr")), QStringList{stored});
            QCOMPARE(texts(xml, QStringLiteral("sysContact")), QStringList{stored});
            QCOMPARE(texts(xml, QStringLiteral("consoleMessage")), (QStringList{stored, QStringLiteral("Ready")}));
            // The alert's description comes from the alerts table, which may hold it differently
            // (see "stored"): the payload must carry what the repository holds.
            const QString alertText = FleetRepository(*m_db).openAlerts()->value(0).description;
            QCOMPARE(texts(xml, QStringLiteral("description")).count(stored), alertText == stored ? 2 : 1);
            QVERIFY(texts(xml, QStringLiteral("description")).contains(alertText));
            QCOMPARE(xml.contains(" raw=\""), !isPlainXmlText(stored) || !isPlainXmlText(alertText));
        }
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QString>("agentId");
        QTest::addColumn<QString>("schemaVersion");
        QTest::addRow("empty agent id") << QString() << QString();
        QTest::addRow("control character in agent id") << QStringLiteral("agent\x01") << QString();
        QTest::addRow("padded agent id") << QStringLiteral(" agent ") << QString();
        QTest::addRow("unknown schema version") << QStringLiteral("agent-1") << QStringLiteral("2");
    }
    void refusesBadOptions()
    {
        QFETCH(QString, agentId);
        QFETCH(QString, schemaVersion);
        PayloadOptions o = options();
        o.agentId = agentId;
        o.schemaVersion = schemaVersion;
        auto result = PayloadBuilder::build(*m_db, agentIdentity(), o);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StorageErrorCode::InvalidArgument);
        QVERIFY(!result.error().message.isEmpty());
    }

    // 10,000 devices with a year of daily readings: the daily upload (one day of readings) in memory,
    // and the worst case (every reading of the year, after a long outage) streamed to a file.
    // Prints time and peak RSS; asserts only that everything was written.
    void tenThousandDevicesYear()
    {
        // A benchmark, not a check: it prints figures, needs minutes and a 1.3 GB temporary file, so
        // CTest runs skip it; `FLEET_BENCH=1 build/bin/tst_payload tenThousandDevicesYear` runs it.
        if (qEnvironmentVariableIsEmpty("FLEET_BENCH"))
            QSKIP("payload benchmark: set FLEET_BENCH=1 to run it");
        constexpr int kDevices = 10000;
        constexpr int kDays = 365;
        QElapsedTimer timer;
        timer.start();
        QList<DeviceSnapshot> fleet;
        for (int d = 0; d < kDevices; ++d) {
            DeviceSnapshot s = printer(QStringLiteral("10.%1.%2.%3:161").arg(d >> 16).arg((d >> 8) & 255).arg(d & 255),
                                       QStringLiteral("BULK%1").arg(d, 5, 10, QLatin1Char('0')),
                                       {QStringLiteral("00:00:bb:00:%1:%2")
                                            .arg((d >> 8) & 255, 2, 16, QLatin1Char('0'))
                                            .arg(d & 255, 2, 16, QLatin1Char('0'))},
                                       at(0, 1));
            s.counters.meters.resize(1); // "total" and the marker life count: two series per device
            fleet << s;
        }
        store(fleet);
        fleet.clear();
        // The other 364 days of readings go in with one statement: storing 3.6 million polls one by
        // one would take the better part of an hour and test nothing more here.
        const qint64 day0 = at(0, 1).toMSecsSinceEpoch();
        QVERIFY(!m_db->exec(QStringLiteral("WITH RECURSIVE days(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM days "
                                           "WHERE n < ?) "
                                           "INSERT INTO meter_readings (meter_id, read_at, value) "
                                           "SELECT m.id, ? + n * 86400000, 10000 + n * 37 FROM meters m, days"),
                            {kDays - 1, day0}));
        const qint64 rows = m_db->scalar(QStringLiteral("SELECT count(*) FROM meter_readings"))->toLongLong();
        QCOMPARE(rows, qint64(kDevices) * 2 * kDays);
        qInfo("filled %d devices, %lld readings in %lld ms", kDevices, rows, timer.restart());

        const collect::AgentIdentity agent = agentIdentity();
        FleetRepository repository(*m_db);
        resetPeakRss();
        timer.restart();
        auto daily = PayloadBuilder::build(repository, agent, options(false, at(0, 1).addDays(kDays - 1)));
        QVERIFY2(daily, qPrintable(daily.error().message));
        qInfo("daily payload: %d devices, %lld bytes, %lld ms, peak RSS %lld MiB", kDevices, qint64(daily->size()),
              timer.elapsed(), peakRssKiB() / 1024);
        QCOMPARE(daily->count("<reading "), kDevices * 2);
        const QString dailyPath = m_dir.filePath(QStringLiteral("daily.xml"));
        {
            QFile f(dailyPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(*daily);
        }
        daily = QByteArray();
        const QString errors = schemaErrors(dailyPath, true);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));

        const QString yearPath = m_dir.filePath(QStringLiteral("year.xml"));
        QFile year(yearPath);
        QVERIFY(year.open(QIODevice::WriteOnly));
        resetPeakRss();
        timer.restart();
        const StorageError error = PayloadBuilder::write(repository, agent, options(), year);
        QVERIFY2(!error, qPrintable(error.message));
        year.close();
        qInfo("year payload streamed: %lld readings, %lld bytes, %lld ms, peak RSS %lld MiB", rows, year.size(),
              timer.elapsed(), peakRssKiB() / 1024);
        QVERIFY(year.size() > rows * 100);
        QFile::remove(yearPath);
    }
};

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
