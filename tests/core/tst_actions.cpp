// Device actions against real endpoints on loopback: the print sink (raw 9100 and LPR 515 as a
// printer answers them), snmpsimd serving recorded printers (the firmware idle check and the
// troubleshooting SNMP steps), TCP listeners opened by the test (troubleshooting and the web page),
// and a real SQLite profile database (scope changes and the record of every run).

#include "ActionTestSetup.h"
#include "RawPrintSink.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "actions/ActionRunner.h"
#include "actions/FirmwareAction.h"
#include "actions/TestPageAction.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::actions;
using fleet::test::describe;
using fleet::test::runToEnd;

namespace {

const QString kIdlePrinter = QStringLiteral("brother-hl-l8260cdw"); // hrPrinterStatus idle
const QString kBusyPrinter = QStringLiteral("brother-mfc-9970cdw"); // hrPrinterStatus other

snmp::Credential community(const QString &name)
{
    return test::quickCommunity(name, name);
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::DatabaseWorker> m_worker;
    storage::Database m_db{QStringLiteral("tst-actions")};
    test::SnmpSim m_sim;
    qint64 m_deviceId = 0;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("fleet.db")); }

    DeviceTarget simDevice(const QString &recording) const
    {
        DeviceTarget d;
        d.deviceId = m_deviceId;
        d.name = QStringLiteral("Printer 7th floor");
        d.host = QStringLiteral("127.0.0.1");
        d.snmpPort = m_sim.port();
        d.model = QStringLiteral("Brother HL-L8260CDW series");
        d.serial = QStringLiteral("U64641E7J134163");
        d.credentials = {community(recording)};
        return d;
    }

    // kind on the simulated device, asked by an administrator.
    ActionRequest request(ActionKind kind, const QString &recording = kIdlePrinter) const
    {
        return test::adminRequest(kind, simDevice(recording));
    }

    // A confirmed firmware update of path, sent to the print sink's raw port.
    ActionRequest firmwareRequest(const QString &path, quint16 rawPort, const QString &recording = kIdlePrinter) const
    {
        ActionRequest r = request(ActionKind::Firmware, recording);
        r.options.rawPort = rawPort;
        r.options.confirmed = true;
        r.options.firmwarePath = path;
        return r;
    }

    QJsonObject lastActionEvent()
    {
        auto details =
            m_db.scalar(QStringLiteral("SELECT details FROM events WHERE kind = 'action' ORDER BY id DESC LIMIT 1"));
        return details ? QJsonDocument::fromJson(details->toString().toUtf8()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_db.open(dbPath()).message, QString());
        auto id = m_db.insert(QStringLiteral("INSERT INTO devices (address, name, first_seen) VALUES (?, ?, ?)"),
                              {QStringLiteral("127.0.0.1:161"), QStringLiteral("Printer 7th floor"), 0});
        QVERIFY(id);
        m_deviceId = *id;
        m_worker = std::make_unique<storage::DatabaseWorker>(dbPath(), QStringLiteral("actions"));
        QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error()));
    }

    void names()
    {
        for (ActionKind k : allActions())
            QCOMPARE(actionFromName(actionName(k)), std::optional<ActionKind>(k));
        QVERIFY(!actionFromName(u"format-disk"));
    }

    void policy_data()
    {
        QTest::addColumn<QString>("disabled");
        QTest::addColumn<bool>("allowRemote");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<QString>("refusal"); // a fragment of the reason; empty: allowed
        QTest::addRow("nothing disabled") << QString() << false << "reboot" << false << QString();
        QTest::addRow("disabled") << "reboot,firmware" << false << "reboot" << false << "disabled by an administrator";
        QTest::addRow("other disabled") << "reboot,firmware" << false << "test-page" << false << QString();
        QTest::addRow("unknown names ignored")
            << "teleport, firmware" << false << "firmware" << false << "disabled by an administrator";
        QTest::addRow("remote denied by default") << QString() << false << "status" << true << "denied by policy";
        QTest::addRow("remote allowed") << QString() << true << "status" << true << QString();
        QTest::addRow("disabled wins over remote allowed")
            << "status" << true << "status" << true << "disabled by an administrator";
    }
    void policy()
    {
        QFETCH(QString, disabled);
        QFETCH(bool, allowRemote);
        QFETCH(QString, action);
        QFETCH(bool, remote);
        QFETCH(QString, refusal);
        const QString ini = m_dir.filePath(
            QStringLiteral("policy-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        {
            // Written as an administrator would in the file: a plain comma list.
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[actions]\n");
            if (!disabled.isEmpty())
                f.write("disabled=" + disabled.toUtf8() + '\n');
            f.write(allowRemote ? "allowRemote=true\n" : "");
        }
        const ActionPolicy p = ActionPolicy::load(ini);
        ActionRequest r = test::adminRequest(*actionFromName(action), {});
        r.origin = remote ? Origin::Remote : Origin::Local;
        const QString reason = p.refusal(r);
        if (refusal.isEmpty())
            QCOMPARE(reason, QString());
        else
            QVERIFY2(reason.contains(refusal), qPrintable(reason));

        // save() keeps what load() read, unknown names included.
        QSettings out(m_dir.filePath(QStringLiteral("saved.ini")), QSettings::IniFormat);
        out.clear();
        p.save(out);
        out.sync();
        QCOMPARE(ActionPolicy::load(out).refusal(r), reason);
    }

    // A disabled action is refused with the reason, whoever asks, and the refusal is recorded.
    void disabledActionIsRefusedAndRecorded()
    {
        ActionPolicy policy;
        policy.setDisabled(ActionKind::TestPage, true);
        test::RawPrintSink sink;
        QVERIFY(sink.start());
        ActionRequest r = request(ActionKind::TestPage);
        r.actor = {QStringLiteral("alice"), security::Role::PowerUser};
        r.options.rawPort = sink.port();
        ActionRunner runner(r, policy, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY2(result && result->outcome == Outcome::Refused, qPrintable(describe(result)));
        QVERIFY(result->message.contains(QStringLiteral("disabled by an administrator")));
        QTest::qWait(test::scaled(200));
        QCOMPARE(sink.connections(), 0); // nothing reached the device
        const QJsonObject ev = lastActionEvent();
        QCOMPARE(ev.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
        QCOMPARE(ev.value(QStringLiteral("action")).toString(), QStringLiteral("test-page"));
        QCOMPARE(ev.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
        QVERIFY(ev.value(QStringLiteral("message")).toString().contains(QStringLiteral("disabled")));
    }

    void testPage_data()
    {
        QTest::addColumn<bool>("lpr");
        QTest::addRow("raw 9100") << false;
        QTest::addRow("lpr 515") << true;
    }
    void testPage()
    {
        QFETCH(bool, lpr);
        test::RawPrintSink sink(lpr ? test::RawPrintSink::Mode::Lpr : test::RawPrintSink::Mode::Raw);
        QVERIFY(sink.start());
        ActionRequest r = request(ActionKind::TestPage);
        r.actor = {QStringLiteral("bob"), security::Role::PowerUser};
        r.options.useLpr = lpr;
        r.options.rawPort = lpr ? 1 : sink.port(); // the unused port must not matter
        r.options.lprPort = lpr ? sink.port() : 1;
        r.options.lprQueue = QStringLiteral("text");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        ActionRunner runner(r, {}, m_worker.get());
        const auto result = runToEnd(runner);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QTRY_COMPARE_WITH_TIMEOUT(sink.jobs().size(), 1, test::scaled(3000));
        const test::RawPrintSink::Job job = sink.jobs().constFirst();
        QVERIFY(job.complete);
        const QString text = QString::fromUtf8(job.data);
        QVERIFY2(text.contains(QStringLiteral("Device:  Printer 7th floor")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("U64641E7J134163")));
        QVERIFY(text.contains(QStringLiteral("bob")));
        QVERIFY(text.endsWith(u'\f'));
        const auto m = QRegularExpression(QStringLiteral("\\((\\S+) UTC\\)")).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const QDateTime printed = QDateTime::fromString(m.captured(1), Qt::ISODate);
        QVERIFY2(printed >= before && printed <= after, qPrintable(m.captured(1)));
        if (lpr) {
            QCOMPARE(job.queue, QStringLiteral("text"));
            QVERIFY2(job.control.contains("JFleetkeeper test page\n"), job.control.constData());
            QVERIFY(job.control.contains("\nldfA"));
        }
        QCOMPARE(lastActionEvent().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    }

    void testPageToClosedPortFails()
    {
        ActionRequest r = request(ActionKind::TestPage);
        r.options.rawPort = test::freeTcpPort();
        ActionRunner runner(r, {}, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY2(result && result->outcome == Outcome::Failed, qPrintable(describe(result)));
        QVERIFY2(result->message.contains(QString::number(r.options.rawPort)), qPrintable(result->message));
    }

    void firmwareHints_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("warns");
        QTest::addRow("named in file") << "Brother HL-L8260CDW series"
                                       << "/x/LZ8260_hl-l8260cdw_P.djf" << QByteArray() << false;
        QTest::addRow("named in header") << "HP Color LaserJet MFP M880"
                                         << "/x/fw.bin" << QByteArray("@PJL model=M880z") << false;
        QTest::addRow("other model") << "Brother HL-L8260CDW series"
                                     << "/x/mfc9970_fw.djf" << QByteArray("MFC-9970") << true;
        QTest::addRow("unknown model") << ""
                                       << "/x/anything.bin" << QByteArray() << false;
        QTest::addRow("no distinctive token") << "LaserJet Color"
                                              << "/x/anything.bin" << QByteArray() << false;
    }
    void firmwareHints()
    {
        QFETCH(QString, model);
        QFETCH(QString, file);
        QFETCH(QByteArray, header);
        QFETCH(bool, warns);
        QCOMPARE(!FirmwareAction::modelHints(model, file, header).isEmpty(), warns);
    }

    void firmwarePrechecks_data()
    {
        QTest::addColumn<QString>("file"); // "" missing, "empty", "ok"
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<QString>("recording");
        QTest::addColumn<QString>("reason");
        QTest::addRow("not confirmed") << "ok" << false << kIdlePrinter << "confirmation";
        QTest::addRow("missing file") << "" << true << kIdlePrinter << "cannot be read";
        QTest::addRow("empty file") << "empty" << true << kIdlePrinter << "is empty";
        QTest::addRow("device busy") << "ok" << true << kBusyPrinter << "not idle";
        QTest::addRow("device silent") << "ok" << true << "no-such-community"
                                       << "does not answer";
    }
    void firmwarePrechecks()
    {
        QFETCH(QString, file);
        QFETCH(bool, confirmed);
        QFETCH(QString, recording);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("fw-%1.bin").arg(file));
        QVERIFY(test::writeFile(path, file == u"ok" ? QByteArray(1000, 'x') : QByteArray()));
        test::RawPrintSink sink;
        QVERIFY(sink.start());
        ActionRequest r = firmwareRequest(file.isEmpty() ? m_dir.filePath(QStringLiteral("missing.bin")) : path,
                                          sink.port(), recording);
        r.options.confirmed = confirmed;
        ActionRunner runner(r, {}, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY2(result && result->outcome == Outcome::Refused, qPrintable(describe(result)));
        QVERIFY2(result->message.contains(reason), qPrintable(result->message));
        QCOMPARE(sink.connections(), 0);
    }

    void firmwareStreamsWithProgress()
    {
        const QByteArray content = test::patternBytes(3 * 1024 * 1024 + 17, 7);
        const QString path = m_dir.filePath(QStringLiteral("LZ8260_hl-l8260cdw.djf"));
        QVERIFY(test::writeFile(path, content));
        test::RawPrintSink sink;
        QVERIFY(sink.start());
        ActionRequest r = firmwareRequest(path, sink.port());
        r.actor = {QStringLiteral("admin"), security::Role::Administrator};
        r.options.recheckIntervalMs = 50;
        ActionRunner runner(r, {}, m_worker.get());
        QList<int> percents;
        const auto result = runToEnd(runner, 30000, {}, [&](int p, const QString &) { percents << p; });
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QTRY_COMPARE_WITH_TIMEOUT(sink.jobs().size(), 1, test::scaled(3000));
        QVERIFY(sink.jobs().constFirst().data == content);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.constLast(), 100);
        // Several steps while sending, not one jump.
        QVERIFY(std::count_if(percents.cbegin(), percents.cend(), [](int p) { return p > 10 && p < 90; }) >= 3);
        QCOMPARE(result->details.value(QStringLiteral("warnings")).toArray().size(), 0);
        // This recording reports no firmware version; both polls ran and agree.
        QVERIFY(result->details.contains(QStringLiteral("firmwareAfter")));
        QCOMPARE(result->details.value(QStringLiteral("firmwareAfter")).toString(),
                 result->details.value(QStringLiteral("firmwareBefore")).toString());
        QCOMPARE(
            lastActionEvent().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("file")).toString(),
            path);
    }

    void firmwareCancelMidway()
    {
        const QByteArray content(24 * 1024 * 1024, 'F');
        const QString path = m_dir.filePath(QStringLiteral("hl-l8260cdw-big.bin"));
        QVERIFY(test::writeFile(path, content));
        test::RawPrintSink sink;
        QVERIFY(sink.start());
        const ActionRequest r = firmwareRequest(path, sink.port());
        ActionRunner runner(r, {}, m_worker.get());
        bool cancelled = false;
        const auto result = runToEnd(runner, 30000, {}, [&](int p, const QString &) {
            if (p > 10 && p < 90 && !cancelled) {
                cancelled = true;
                runner.cancel();
            }
        });
        QVERIFY2(result && result->outcome == Outcome::Cancelled, qPrintable(describe(result)));
        const qint64 sent = result->details.value(QStringLiteral("sent")).toInteger();
        QVERIFY2(sent > 0 && sent < content.size(), qPrintable(describe(result)));
        QTRY_COMPARE_WITH_TIMEOUT(sink.jobs().size(), 1, test::scaled(3000));
        QVERIFY(sink.jobs().constFirst().data.size() < content.size());
        QCOMPARE(lastActionEvent().value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
    }

    void troubleshootNamesFailingSteps()
    {
        QTcpServer open1, open2;
        QVERIFY(open1.listen(QHostAddress::LocalHost));
        QVERIFY(open2.listen(QHostAddress::LocalHost));
        const quint16 closed = test::freeTcpPort();
        ActionRequest r = request(ActionKind::Troubleshoot);
        r.device.credentials << community(QStringLiteral("wrong-community"));
        r.options.tcpPorts = {open1.serverPort(), closed, open2.serverPort()};
        r.options.usePing = false; // the machine may have no ping; the other steps are what is checked here
        r.options.connectTimeoutMs = test::scaled(2000);
        ActionRunner runner(r, {}, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY2(result && result->outcome == Outcome::Failed, qPrintable(describe(result)));
        QHash<QString, QJsonObject> steps;
        for (const QJsonValue &v : result->details.value(QStringLiteral("checklist")).toArray())
            steps.insert(v[QStringLiteral("step")].toString(), v.toObject());
        const auto ok = [&](const QString &id) { return steps.value(id).value(QStringLiteral("ok")).toBool(); };
        QCOMPARE(steps.size(), 2 + 3 + 2);
        QVERIFY(ok(QStringLiteral("dns-forward")));
        QVERIFY(steps.value(QStringLiteral("dns-forward")).value(QStringLiteral("skipped")).toBool());
        QVERIFY(ok(QStringLiteral("tcp-%1").arg(open1.serverPort())));
        QVERIFY(ok(QStringLiteral("tcp-%1").arg(open2.serverPort())));
        QVERIFY(!ok(QStringLiteral("tcp-%1").arg(closed)));
        QVERIFY(ok(QStringLiteral("snmp:%1").arg(kIdlePrinter)));
        QVERIFY(!ok(QStringLiteral("snmp:wrong-community")));
        // The message names exactly the failing steps.
        QVERIFY2(result->message.contains(QStringLiteral("TCP port %1").arg(closed)), qPrintable(result->message));
        QVERIFY(result->message.contains(QStringLiteral("SNMP with profile wrong-community")));
        QVERIFY(!result->message.contains(QStringLiteral("TCP port %1").arg(open1.serverPort())));
        QVERIFY(!result->message.contains(kIdlePrinter));
    }

    void webPage_data()
    {
        QTest::addColumn<bool>("httpsOpen");
        QTest::addColumn<bool>("httpOpen");
        QTest::addColumn<QString>("scheme"); // empty: fails
        QTest::addRow("https first") << true << true << "https";
        QTest::addRow("http only") << false << true << "http";
        QTest::addRow("none") << false << false << QString();
    }
    void webPage()
    {
        QFETCH(bool, httpsOpen);
        QFETCH(bool, httpOpen);
        QFETCH(QString, scheme);
        QTcpServer https, http;
        ActionRequest r = request(ActionKind::WebPage);
        r.options.httpsPort =
            httpsOpen && https.listen(QHostAddress::LocalHost) ? https.serverPort() : test::freeTcpPort();
        r.options.httpPort = httpOpen && http.listen(QHostAddress::LocalHost) ? http.serverPort() : test::freeTcpPort();
        ActionRunner runner(r, {}, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY(result);
        if (scheme.isEmpty()) {
            QCOMPARE(result->outcome, Outcome::Failed);
            return;
        }
        QVERIFY2(result->ok(), qPrintable(describe(result)));
        const quint16 port = scheme == u"https" ? r.options.httpsPort : r.options.httpPort;
        QCOMPARE(result->details.value(QStringLiteral("url")).toString(),
                 QStringLiteral("%1://127.0.0.1:%2/").arg(scheme).arg(port));
    }

    void manageAndUnmanage()
    {
        for (const auto &[kind, expected] : {std::pair{ActionKind::Unmanage, 0}, std::pair{ActionKind::Manage, 1}}) {
            ActionRequest r = request(kind);
            r.actor = {QStringLiteral("carol"), security::Role::PowerUser};
            ActionRunner runner(r, {}, m_worker.get());
            const auto result = runToEnd(runner);
            QVERIFY2(result && result->ok(), qPrintable(describe(result)));
            QCOMPARE(m_db.scalar(QStringLiteral("SELECT in_scope FROM devices WHERE id = ?"), {m_deviceId})->toInt(),
                     expected);
            QCOMPARE(lastActionEvent().value(QStringLiteral("action")).toString(), actionName(kind));
            QCOMPARE(lastActionEvent().value(QStringLiteral("actor")).toString(), QStringLiteral("carol"));
        }
        ActionRequest unknown = request(ActionKind::Manage);
        unknown.device.deviceId = 999999;
        ActionRunner runner(unknown, {}, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY2(result && result->outcome == Outcome::Failed, qPrintable(describe(result)));
        QVERIFY(!result->details.contains(QStringLiteral("recordError")));
        QCOMPARE(lastActionEvent().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    }

    void statusPollsAndStores()
    {
        ActionRequest r = request(ActionKind::Status);
        ActionRunner runner(r, {}, m_worker.get());
        const auto result = runToEnd(runner);
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QVERIFY(result->message.contains(QStringLiteral("idle")));
        // Stored like a poll: the device with this serial now has a poll row.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_db.scalar(QStringLiteral("SELECT count(*) FROM polls p JOIN devices d ON d.id = p.device_id "
                                       "WHERE d.serial = 'U64641E7J134163'"))
                    ->toInt() >= 1,
            test::scaled(3000));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
