// AlertRepository on a real SQLite file. The alerts come from real recordings (four printers with
// prtAlertTable rows, served by snmpsimd and polled with the Poller), plus snapshots built in code
// for what no recording shows: a critical alert, a clear, a reopening.

#include "Facts.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "collect/Poller.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(fleet::storage::SeverityClass)

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;

namespace {

// The recordings with alerts, on addresses of their own (one snmpsimd engine each).
const QList<std::pair<QString, QString>> kRecordings = {
    {QStringLiteral("127.0.61.1"), QStringLiteral("kyocera-cs-4053ci")},
    {QStringLiteral("127.0.61.2"), QStringLiteral("epson-cw-c6500au")},
    {QStringLiteral("127.0.61.3"), QStringLiteral("brother-hl-l8260cdw")},
    {QStringLiteral("127.0.61.4"), QStringLiteral("brother-mfc-9970cdw")},
};

Alert synthetic(int index, qint64 severity, const QString &severityName, qint64 code, const QString &codeName,
                const QString &description)
{
    Alert a = alert(index, code, codeName, description);
    a.severity = {severity, severityName};
    return a;
}

Alert doorOpen()
{
    Alert a = synthetic(7, 3, QStringLiteral("critical"), 3, QStringLiteral("coverOpen"), QStringLiteral("Door open"));
    a.group = {6, QStringLiteral("cover")};
    return a;
}
Alert paperJam()
{
    Alert a = synthetic(8, 3, QStringLiteral("critical"), 8, QStringLiteral("jam"), QStringLiteral("Paper jam"));
    a.group = {13, QStringLiteral("mediaPath")};
    return a;
}
Alert wasteAlmostFull()
{
    // Non-ASCII text: the free-text filter must fold case beyond ASCII.
    return synthetic(9, 5, QStringLiteral("warningBinaryChangeEvent"), 1104,
                     QStringLiteral("markerWasteTonerReceptacleAlmostFull"),
                     QStringLiteral("Bac de récupération presque plein"));
}

QString address(const QString &host, quint16 port)
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

class TestAlertRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
    fleet::test::SnmpSim m_sim;
    QList<DeviceSnapshot> m_real; // in kRecordings order
    QHash<QString, QJsonObject> m_facts;

    // The scenario every filter row runs on: the real fleet plus a synthetic device with an open
    // critical alert, a cleared critical alert and an acknowledged warning.
    QString m_scenarioPath;
    qint64 m_syntheticDevice = 0;

    QString realAddress(const QString &recording) const
    {
        for (const auto &[host, name] : kRecordings)
            if (name == recording)
                return address(host, m_sim.port());
        return {};
    }

    BatchResult store(Database &db, const QList<DeviceSnapshot> &snapshots)
    {
        auto result = SnapshotStore(db).storeBatch(snapshots);
        if (!result)
            qWarning("storeBatch failed: %s", qPrintable(result.error().message));
        return result ? *result : BatchResult{};
    }

    qint64 deviceAt(Database &db, const QString &addr)
    {
        auto found = FleetRepository(db).findByAddress(addr);
        return found && found->size() == 1 ? found->constFirst().id : 0;
    }

    QList<FleetAlert> alerts(const AlertFilter &filter = {})
    {
        auto rows = AlertRepository(*m_db).alerts(filter);
        if (!rows)
            qWarning("alerts() failed: %s", qPrintable(rows.error().message));
        return rows ? *rows : QList<FleetAlert>{};
    }

    QList<qint64> idsOf(const QList<FleetAlert> &rows)
    {
        QList<qint64> ids;
        for (const FleetAlert &f : rows)
            ids << f.alert.id;
        return ids;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        return m_db->scalar(sql, values)->toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QList<std::pair<QString, QString>> devices;
        for (const auto &[host, name] : kRecordings) {
            devices.append({host, fleet::test::fixtureDir() + u'/' + name + QStringLiteral(".snmprec")});
            m_facts.insert(name, fleet::test::loadFacts(name));
        }
        QVERIFY2(m_sim.startFleet(devices), qPrintable(m_sim.error()));

        snmp::Credential community;
        community.community = QStringLiteral("public");
        community.timeoutMs = fleet::test::scaled(2000);
        QList<collect::PollTarget> targets;
        for (const auto &[host, name] : kRecordings)
            targets << collect::Poller::targetFromString(address(host, m_sim.port()), {community});
        collect::Poller poller;
        QHash<QString, DeviceSnapshot> byTarget;
        connect(&poller, &collect::Poller::deviceFinished, this,
                [&byTarget](const DeviceSnapshot &s) { byTarget.insert(s.target, s); });
        QSignalSpy finished(&poller, &collect::Poller::finished);
        poller.start(targets, {});
        QVERIFY(finished.wait(fleet::test::scaled(60000)));
        for (const auto &[host, name] : kRecordings) {
            const DeviceSnapshot s = byTarget.value(address(host, m_sim.port()));
            QVERIFY2(s.reachable && !s.error.isError(), qPrintable(name + u' ' + s.error.message));
            // The poll read the alert table exactly as the recording's independent facts say.
            QCOMPARE(s.alerts.size(), m_facts.value(name).value(u"alerts").toArray().size());
            m_real << s;
        }

        // The shared scenario.
        m_scenarioPath = m_dir.filePath(QStringLiteral("scenario.db"));
        Database db(QStringLiteral("scenario"));
        QVERIFY(!db.open(m_scenarioPath));
        QCOMPARE(store(db, m_real).stored, 4);
        DeviceSnapshot s = printer(QStringLiteral("10.9.9.9:161"), QStringLiteral("SYN0001"), {}, at(0));
        s.alerts = {doorOpen(), paperJam(), wasteAlmostFull()};
        QCOMPARE(store(db, {s}).stored, 1);
        s.polledAt = at(1);
        s.alerts = {doorOpen(), wasteAlmostFull()}; // the jam is gone
        QCOMPARE(store(db, {s}).stored, 1);
        m_syntheticDevice = deviceAt(db, QStringLiteral("10.9.9.9:161"));
        QVERIFY(m_syntheticDevice > 0);
        AlertFilter waste;
        waste.text = QStringLiteral("récupération");
        const auto rows = AlertRepository(db).alerts(waste);
        QVERIFY(rows && rows->size() == 1);
        QVERIFY(AlertRepository(db).acknowledge({rows->constFirst().alert.id}, QStringLiteral("alice"),
                                                QStringLiteral("ordered"), at(2)));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("fleet-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        m_db = std::make_unique<Database>(QStringLiteral("test"));
        const StorageError error = m_db->open(m_path);
        QVERIFY2(!error, qPrintable(error.message));
    }
    void cleanup() { m_db.reset(); }

    void severityClasses_data()
    {
        QTest::addColumn<qint64>("severity");
        QTest::addColumn<SeverityClass>("expected");
        QTest::addRow("other(1)") << qint64(1) << SeverityClass::Other;
        QTest::addRow("critical(3)") << qint64(3) << SeverityClass::Critical;
        QTest::addRow("warning(4)") << qint64(4) << SeverityClass::Warning;
        QTest::addRow("warningBinaryChangeEvent(5)") << qint64(5) << SeverityClass::Warning;
        QTest::addRow("0 (Brother HL-L8260CDW)") << qint64(0) << SeverityClass::Other;
        QTest::addRow("255 (Brother MFC-9970CDW)") << qint64(255) << SeverityClass::Other;
        QTest::addRow("2 (unassigned)") << qint64(2) << SeverityClass::Other;
    }
    void severityClasses()
    {
        QFETCH(qint64, severity);
        QFETCH(SeverityClass, expected);
        QCOMPARE(severityClassOf(severity), expected);
        QCOMPARE(severityClassFromName(severityClassName(expected)), std::optional<SeverityClass>(expected));
    }

    void severitiesAtLeastRanks()
    {
        QCOMPARE(severitiesAtLeast(SeverityClass::Critical), QSet<SeverityClass>{SeverityClass::Critical});
        QCOMPARE(severitiesAtLeast(SeverityClass::Warning),
                 (QSet<SeverityClass>{SeverityClass::Critical, SeverityClass::Warning}));
        QCOMPARE(severitiesAtLeast(SeverityClass::Other).size(), 3);
        QVERIFY(!severityClassFromName(u"severe"));
    }

    // Every alert of the recordings is listed once, with its device, as the facts describe it.
    void realAlertsAreListedWithTheirDevice()
    {
        const BatchResult stored = store(*m_db, m_real);
        QCOMPARE(stored.stored, 4);
        const QList<FleetAlert> rows = alerts();
        int expected = 0;
        for (const auto &[host, name] : kRecordings) {
            const QJsonArray facts = m_facts.value(name).value(u"alerts").toArray();
            expected += int(facts.size());
            const qint64 deviceId = deviceAt(*m_db, address(host, m_sim.port()));
            QVERIFY(deviceId > 0);
            QStringList want, got;
            for (const QJsonValue fa : facts)
                want << QStringLiteral("%1/%2/%3")
                            .arg(fa[u"severity"][u"value"].toInt())
                            .arg(fa[u"code"][u"value"].toInt())
                            .arg(fleet::test::cleanFactText(fa[u"description"].toString()).trimmed());
            for (const FleetAlert &f : rows) {
                if (f.alert.deviceId != deviceId)
                    continue;
                QCOMPARE(f.deviceAddress, address(host, m_sim.port()));
                QVERIFY(f.alert.isOpen());
                QVERIFY(!f.isAcknowledged());
                got << QStringLiteral("%1/%2/%3").arg(f.alert.severity).arg(f.alert.code).arg(f.alert.description);
            }
            want.sort();
            got.sort();
            QCOMPARE(got, want);
        }
        QCOMPARE(rows.size(), expected);
        QCOMPARE(expected, 8); // README: 2 Kyocera + 4 Epson + 1 + 1 Brother

        // The device columns are the stored device's.
        const auto devices = *FleetRepository(*m_db).devices();
        for (const FleetAlert &f : rows) {
            auto d = std::find_if(devices.cbegin(), devices.cend(),
                                  [&f](const DeviceRecord &r) { return r.id == f.alert.deviceId; });
            QVERIFY(d != devices.cend());
            QCOMPARE(f.deviceModel, d->model);
            QCOMPARE(f.deviceManufacturer, d->manufacturer);
            QCOMPARE(f.deviceName, d->name);
            QCOMPARE(f.deviceLocation, d->location);
            QCOMPARE(f.deviceSerial, d->serial);
        }

        // Two warnings and a power-up on the Kyocera, three low inks and "Idle" on the Epson, the
        // Brothers' "Sleep" rows with values outside the MIB: 5 warnings, 3 others, no critical.
        const auto counts = AlertRepository(*m_db).openCounts();
        QVERIFY(counts);
        QCOMPARE(counts->critical.open, 0);
        QCOMPARE(counts->warning.open, 5);
        QCOMPARE(counts->other.open, 3);
        QCOMPARE(counts->unacknowledged(), 8);
        const auto epson =
            AlertRepository(*m_db).openCounts(deviceAt(*m_db, realAddress(QStringLiteral("epson-cw-c6500au"))));
        QCOMPARE(epson->warning.open, 3);
        QCOMPARE(epson->other.open, 1);
        QCOMPARE(epson->open(), 4);
    }

    void filters_data()
    {
        QTest::addColumn<QList<int>>("severities"); // SeverityClass values; empty: all
        QTest::addColumn<int>("state");             // AlertState
        QTest::addColumn<int>("acknowledged");      // -1 either, 0 no, 1 yes
        QTest::addColumn<QString>("device");        // a recording name, "synthetic" or empty
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sinceHour"); // at(sinceHour); -1: none
        QTest::addColumn<int>("expected");
        const int open = int(AlertState::Open), cleared = int(AlertState::Cleared), all = int(AlertState::All);
        const int critical = int(SeverityClass::Critical), warning = int(SeverityClass::Warning),
                  other = int(SeverityClass::Other);
        QTest::addRow("open") << QList<int>{} << open << -1 << QString() << QString() << -1 << 10;
        QTest::addRow("cleared") << QList<int>{} << cleared << -1 << QString() << QString() << -1 << 1;
        QTest::addRow("all") << QList<int>{} << all << -1 << QString() << QString() << -1 << 11;
        QTest::addRow("open critical") << QList<int>{critical} << open << -1 << QString() << QString() << -1 << 1;
        QTest::addRow("all critical") << QList<int>{critical} << all << -1 << QString() << QString() << -1 << 2;
        QTest::addRow("open warning") << QList<int>{warning} << open << -1 << QString() << QString() << -1 << 6;
        QTest::addRow("open other") << QList<int>{other} << open << -1 << QString() << QString() << -1 << 3;
        QTest::addRow("critical+other") << QList<int>{critical, other} << open << -1 << QString() << QString() << -1
                                        << 4;
        QTest::addRow("all three") << QList<int>{critical, warning, other} << open << -1 << QString() << QString() << -1
                                   << 10;
        QTest::addRow("acknowledged") << QList<int>{} << open << 1 << QString() << QString() << -1 << 1;
        QTest::addRow("unacknowledged") << QList<int>{} << open << 0 << QString() << QString() << -1 << 9;
        QTest::addRow("unacknowledged warning")
            << QList<int>{warning} << open << 0 << QString() << QString() << -1 << 5;
        QTest::addRow("epson") << QList<int>{} << open << -1 << QStringLiteral("epson-cw-c6500au") << QString() << -1
                               << 4;
        QTest::addRow("kyocera") << QList<int>{} << open << -1 << QStringLiteral("kyocera-cs-4053ci") << QString() << -1
                                 << 2;
        QTest::addRow("synthetic all") << QList<int>{} << all << -1 << QStringLiteral("synthetic") << QString() << -1
                                       << 3;
        QTest::addRow("text description")
            << QList<int>{} << open << -1 << QString() << QStringLiteral("ink IS low") << -1 << 3;
        QTest::addRow("text beyond ASCII")
            << QList<int>{} << open << -1 << QString() << QStringLiteral("RÉCUPÉRATION") << -1 << 1;
        QTest::addRow("text code name") << QList<int>{} << open << -1 << QString() << QStringLiteral("fuserundertemp")
                                        << -1 << 1;
        QTest::addRow("text address") << QList<int>{} << open << -1 << QString() << QStringLiteral("127.0.61.2:") << -1
                                      << 4;
        QTest::addRow("text acknowledger")
            << QList<int>{} << open << -1 << QString() << QStringLiteral("ALICE") << -1 << 1;
        QTest::addRow("text nothing") << QList<int>{} << all << -1 << QString() << QStringLiteral("no such words") << -1
                                      << 0;
        QTest::addRow("since before the clear") << QList<int>{} << all << -1 << QString() << QString() << 0 << 11;
        QTest::addRow("since after the clear") << QList<int>{} << all << -1 << QString() << QString() << 2 << 10;
        QTest::addRow("since, cleared only") << QList<int>{} << cleared << -1 << QString() << QString() << 2 << 0;
    }
    void filters()
    {
        QFETCH(QList<int>, severities);
        QFETCH(int, state);
        QFETCH(int, acknowledged);
        QFETCH(QString, device);
        QFETCH(QString, text);
        QFETCH(int, sinceHour);
        QFETCH(int, expected);
        Database db(QStringLiteral("scenario-read"));
        QVERIFY(!db.open(m_scenarioPath));
        AlertFilter filter;
        for (int s : severities)
            filter.severities.insert(SeverityClass(s));
        filter.state = AlertState(state);
        if (acknowledged >= 0)
            filter.acknowledged = acknowledged == 1;
        if (device == u"synthetic")
            filter.deviceId = m_syntheticDevice;
        else if (!device.isEmpty())
            filter.deviceId = deviceAt(db, realAddress(device));
        filter.text = text;
        if (sinceHour >= 0)
            filter.since = at(sinceHour);
        const auto rows = AlertRepository(db).alerts(filter);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QStringList listed;
        for (const FleetAlert &f : *rows) {
            listed << f.alert.description + u'@' + f.deviceAddress;
            // Every row really satisfies the filter.
            if (!filter.severities.isEmpty())
                QVERIFY(filter.severities.contains(f.severityClass()));
            if (filter.state == AlertState::Open)
                QVERIFY(f.alert.isOpen());
            if (filter.state == AlertState::Cleared)
                QVERIFY(!f.alert.isOpen());
            if (filter.acknowledged)
                QCOMPARE(f.isAcknowledged(), *filter.acknowledged);
            if (filter.deviceId)
                QCOMPARE(f.alert.deviceId, *filter.deviceId);
            if (!text.isEmpty())
                QVERIFY(alertMatchesText(f, text));
        }
        QVERIFY2(rows->size() == expected, qPrintable(listed.join(QStringLiteral(", "))));
    }

    void mostSevereOpenRecentFirstAndLimit()
    {
        Database db(QStringLiteral("scenario-read"));
        QVERIFY(!db.open(m_scenarioPath));
        AlertFilter all;
        all.state = AlertState::All;
        const auto rows = *AlertRepository(db).alerts(all);
        QCOMPARE(rows.size(), 11);
        for (int i = 1; i < rows.size(); ++i) {
            const FleetAlert &a = rows.at(i - 1);
            const FleetAlert &b = rows.at(i);
            QVERIFY(a.severityClass() <= b.severityClass());
            if (a.severityClass() == b.severityClass()) {
                QVERIFY(a.alert.isOpen() || !b.alert.isOpen());
                if (a.alert.isOpen() == b.alert.isOpen())
                    QVERIFY(a.alert.lastSeen >= b.alert.lastSeen);
            }
        }
        QCOMPARE(rows.constFirst().alert.description, QStringLiteral("Door open"));
        QCOMPARE(rows.at(1).alert.description, QStringLiteral("Paper jam")); // critical, but cleared

        AlertFilter limited = all;
        limited.limit = 3;
        QCOMPARE(idsOf(*AlertRepository(db).alerts(limited)), idsOf(rows.mid(0, 3)));
        // With a text filter the limit applies to the matching rows.
        limited.text = QStringLiteral("ink is low");
        limited.limit = 2;
        const auto inks = *AlertRepository(db).alerts(limited);
        QCOMPARE(inks.size(), 2);
        QCOMPARE(inks.constFirst().alert.codeName, QStringLiteral("markerInkAlmostEmpty"));

        // Only the ids asked for (how a view refreshes the rows it changed).
        AlertFilter some;
        some.state = AlertState::All;
        some.ids = {rows.at(4).alert.id, rows.at(1).alert.id, 999999};
        QCOMPARE(idsOf(*AlertRepository(db).alerts(some)), (QList<qint64>{rows.at(1).alert.id, rows.at(4).alert.id}));
    }

    void acknowledgeStoresWhoWhenWhyAndAnEvent()
    {
        store(*m_db, m_real);
        AlertFilter inks;
        inks.text = QStringLiteral("Ink is low");
        const QList<qint64> ids = idsOf(alerts(inks));
        QCOMPARE(ids.size(), 3);
        const QDateTime when = at(3);
        const auto result = AlertRepository(*m_db).acknowledge(ids, QStringLiteral("  alice  "),
                                                               QStringLiteral("Inks ordered, ticket 4711"), when);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(result->acknowledged, ids);
        QVERIFY(result->alreadyAcknowledged.isEmpty());

        for (const FleetAlert &f : alerts(inks)) {
            QVERIFY(f.isAcknowledged());
            QCOMPARE(f.acknowledgement.by, QStringLiteral("alice")); // trimmed
            QCOMPARE(f.acknowledgement.at, when);
            QCOMPARE(f.acknowledgement.note, QStringLiteral("Inks ordered, ticket 4711"));
            QVERIFY(f.alert.isOpen()); // acknowledging does not clear
        }
        // Stored as the schema says: UTC milliseconds, text columns.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_at = ? AND acknowledged_by = "
                                       "'alice'"),
                        {when.toMSecsSinceEpoch()}),
                 3);

        HistoryFilter kind;
        kind.kind = kEventAlertAcknowledged;
        const auto events = *FleetRepository(*m_db).events(std::nullopt, kind);
        QCOMPARE(events.size(), 3);
        const qint64 epson = deviceAt(*m_db, realAddress(QStringLiteral("epson-cw-c6500au")));
        QList<qint64> evented;
        for (const EventRecord &e : events) {
            QCOMPARE(e.deviceId, std::optional<qint64>(epson));
            QCOMPARE(e.at, when);
            QCOMPARE(e.details.value(u"by").toString(), QStringLiteral("alice"));
            QCOMPARE(e.details.value(u"note").toString(), QStringLiteral("Inks ordered, ticket 4711"));
            QCOMPARE(e.details.value(u"code").toString(), QStringLiteral("markerInkAlmostEmpty"));
            QCOMPARE(e.details.value(u"replaced").toBool(), false);
            QVERIFY2(e.message.contains(u"acknowledged by alice"), qPrintable(e.message));
            evented << qint64(e.details.value(u"alertId").toDouble());
        }
        std::sort(evented.begin(), evented.end());
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(evented, sorted);

        const auto counts = *AlertRepository(*m_db).openCounts();
        QCOMPARE(counts.warning.open, 5);
        QCOMPARE(counts.warning.unacknowledged, 2);
        QCOMPARE(counts.unacknowledged(), 5);
        AlertFilter unacknowledged;
        unacknowledged.acknowledged = false;
        QCOMPARE(alerts(unacknowledged).size(), 5);
    }

    void reacknowledgeKeepsTheFirstUnlessReplaced()
    {
        store(*m_db, m_real);
        const qint64 id = alerts().constFirst().alert.id;
        AlertRepository repo(*m_db);
        QVERIFY(repo.acknowledge({id}, QStringLiteral("alice"), QStringLiteral("first"), at(1)));

        auto again = repo.acknowledge({id, id}, QStringLiteral("bob"), QStringLiteral("second"), at(2));
        QVERIFY(again);
        QVERIFY(again->acknowledged.isEmpty());
        QCOMPARE(again->alreadyAcknowledged, QList<qint64>{id});
        AlertFilter one;
        one.ids = {id};
        QCOMPARE(alerts(one).constFirst().acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(alerts(one).constFirst().acknowledgement.note, QStringLiteral("first"));
        QCOMPARE(alerts(one).constFirst().acknowledgement.at, at(1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'alertAcknowledged'")), 1);

        auto replaced =
            repo.acknowledge({id}, QStringLiteral("bob"), QStringLiteral("second"), at(2), Reacknowledge::Replace);
        QVERIFY(replaced);
        QCOMPARE(replaced->acknowledged, QList<qint64>{id});
        QCOMPARE(alerts(one).constFirst().acknowledgement.by, QStringLiteral("bob"));
        QCOMPARE(alerts(one).constFirst().acknowledgement.note, QStringLiteral("second"));
        QCOMPARE(alerts(one).constFirst().acknowledgement.at, at(2));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'alertAcknowledged'")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'alertAcknowledged' AND "
                                       "json_extract(details, '$.replaced') = 1")),
                 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what"); // which ids: "none", "unknown", "mixed", "known"
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("validTime");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("no ids") << QStringLiteral("none") << QStringLiteral("alice") << true
                                << QStringLiteral("No alert");
        QTest::addRow("empty actor") << QStringLiteral("known") << QString() << true << QStringLiteral("who");
        QTest::addRow("blank actor") << QStringLiteral("known") << QStringLiteral(" \t ") << true
                                     << QStringLiteral("who");
        QTest::addRow("unknown id") << QStringLiteral("unknown") << QStringLiteral("alice") << true
                                    << QStringLiteral("424242");
        QTest::addRow("known and unknown: none stored")
            << QStringLiteral("mixed") << QStringLiteral("alice") << true << QStringLiteral("424242");
        QTest::addRow("invalid time") << QStringLiteral("known") << QStringLiteral("alice") << false
                                      << QStringLiteral("time");
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, actor);
        QFETCH(bool, validTime);
        QFETCH(QString, messagePart);
        store(*m_db, m_real);
        const qint64 known = alerts().constFirst().alert.id;
        QList<qint64> ids;
        if (what == u"unknown")
            ids = {424242};
        else if (what == u"mixed")
            ids = {known, 424242};
        else if (what == u"known")
            ids = {known};
        const auto result =
            AlertRepository(*m_db).acknowledge(ids, actor, QStringLiteral("note"), validTime ? at(1) : QDateTime());
        QVERIFY(!result);
        QCOMPARE(result.error().code, StorageErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_at IS NOT NULL")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'alertAcknowledged'")), 0);
        QVERIFY(!m_db->inTransaction());
        // The connection is usable afterwards.
        QVERIFY(AlertRepository(*m_db).acknowledge({known}, QStringLiteral("alice"), {}, at(1)));
    }

    // Real alerts: an acknowledged alert stays acknowledged while the device keeps reporting it;
    // once it clears and comes back, the new occurrence is a new row nobody acknowledged.
    void newOccurrenceAfterClearIsUnacknowledged()
    {
        DeviceSnapshot epson = m_real.at(1);
        const QList<Alert> reported = epson.alerts;
        store(*m_db, {epson});
        AlertFilter inks;
        inks.text = QStringLiteral("Ink is low");
        const QList<qint64> first = idsOf(alerts(inks));
        QCOMPARE(first.size(), 3);
        QVERIFY(AlertRepository(*m_db).acknowledge(first, QStringLiteral("alice"), QStringLiteral("ordered"),
                                                   epson.polledAt));

        epson.polledAt = epson.polledAt.addSecs(3600); // seen again: still the same, acknowledged rows
        store(*m_db, {epson});
        QCOMPARE(idsOf(alerts(inks)), first);
        for (const FleetAlert &f : alerts(inks)) {
            QVERIFY(f.isAcknowledged());
            QCOMPARE(f.alert.lastSeen, epson.polledAt);
        }

        epson.polledAt = epson.polledAt.addSecs(3600); // inks replaced: every alert gone
        epson.alerts.clear();
        store(*m_db, {epson});
        QVERIFY(alerts(inks).isEmpty());
        const QDateTime clearedAt = epson.polledAt;

        epson.polledAt = epson.polledAt.addSecs(3600); // low again
        epson.alerts = reported;
        store(*m_db, {epson});
        const QList<FleetAlert> reopened = alerts(inks);
        QCOMPARE(reopened.size(), 3);
        for (const FleetAlert &f : reopened) {
            QVERIFY(!first.contains(f.alert.id));
            QVERIFY(!f.isAcknowledged());
            QCOMPARE(f.alert.firstSeen, epson.polledAt);
        }
        AlertFilter history = inks;
        history.state = AlertState::Cleared;
        const QList<FleetAlert> old = alerts(history);
        QCOMPARE(idsOf(old), first);
        for (const FleetAlert &f : old) {
            QVERIFY(f.isAcknowledged()); // the earlier episode keeps its acknowledgement
            QCOMPARE(f.alert.clearedAt, clearedAt);
        }
        const auto counts = *AlertRepository(*m_db).openCounts();
        QCOMPARE(counts.warning.unacknowledged, 3);
    }

    // Synthetic cycle: ack, clear, reopen twice; every episode is its own row.
    void clearReopenCycles()
    {
        DeviceSnapshot s = printer(QStringLiteral("10.0.0.7:161"), QStringLiteral("CYC1"), {}, at(0));
        QList<qint64> episodes;
        for (int cycle = 0; cycle < 3; ++cycle) {
            s.polledAt = at(cycle * 2);
            s.alerts = {paperJam()};
            store(*m_db, {s});
            const QList<FleetAlert> open = alerts();
            QCOMPARE(open.size(), 1);
            QVERIFY(!open.constFirst().isAcknowledged());
            QVERIFY(!episodes.contains(open.constFirst().alert.id));
            episodes << open.constFirst().alert.id;
            QVERIFY(AlertRepository(*m_db).acknowledge({episodes.constLast()}, QStringLiteral("op%1").arg(cycle), {},
                                                       at(cycle * 2)));
            s.polledAt = at(cycle * 2 + 1);
            s.alerts.clear();
            store(*m_db, {s});
            QVERIFY(alerts().isEmpty());
        }
        AlertFilter all;
        all.state = AlertState::All;
        const QList<FleetAlert> rows = alerts(all);
        QCOMPARE(rows.size(), 3);
        for (const FleetAlert &f : rows)
            QCOMPARE(f.acknowledgement.by, QStringLiteral("op%1").arg(episodes.indexOf(f.alert.id)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'alertAcknowledged'")), 3);
    }

    void acknowledgeClearedAlert()
    {
        DeviceSnapshot s = printer(QStringLiteral("10.0.0.8:161"), QStringLiteral("CLR1"), {}, at(0));
        s.alerts = {paperJam()};
        store(*m_db, {s});
        s.polledAt = at(1);
        s.alerts.clear();
        store(*m_db, {s});
        AlertFilter cleared;
        cleared.state = AlertState::Cleared;
        const qint64 id = alerts(cleared).constFirst().alert.id;
        QVERIFY(AlertRepository(*m_db).acknowledge({id}, QStringLiteral("alice"), QStringLiteral("cleared it"), at(2)));
        QVERIFY(alerts(cleared).constFirst().isAcknowledged());
        QCOMPARE(AlertRepository(*m_db).openCounts()->open(), 0);
    }

    void currentUserIsKnown()
    {
        // The default actor of the CLI and the GUI: never empty for a logged-in account.
        QVERIFY(!currentUserName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertRepository)
#include "tst_alertrepository.moc"
