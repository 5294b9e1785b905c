// The agent side of remote services end to end against the reference server
// (fleetkeeper-receiver on 127.0.0.1, mutual TLS with TestPki): registration, payload delivery
// exactly once across lost answers and 503s, the scheduled retry when the server comes back,
// 403 "registration required", locked-down mode proven from the server's own request log and the
// stored XML, commands and remote settings.

#include "ReceiverProcess.h"
#include "SnmpSim.h"
#include "SyncTestSetup.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "tst_storage_data.h"

#include "schedule/Clock.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"
#include "sync/ExchangeLog.h"
#include "sync/Outbox.h"
#include "sync/SyncAgent.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::sync;
using fleet::test::ReceiverOptions;
using fleet::test::ReceiverProcess;
using fleet::test::runSync;
using fleet::test::TestPki;

namespace {

// A profile with two stored printers and a day of readings.
class Profile : public test::SyncTestProfile
{
public:
    Profile()
        : SyncTestProfile(3, 100, 50)
    {}

    void configure(const QString &url, SecurityMode mode = SecurityMode::Normal,
                   const QString &clientCert = TestPki::instance().client().certificate,
                   const QString &clientKey = TestPki::instance().client().key)
    {
        test::SyncTestConfig config;
        config.url = url;
        config.securityMode = mode;
        config.clientCertFile = clientCert;
        config.clientKeyFile = clientKey;
        test::configureSync(root(), config);
    }
};

RegistrationRequest registration()
{
    return test::testRegistration(QStringLiteral("Utrecht HQ, floor 2"));
}

std::pair<SyncError, RegistrationResult> registerAgent(SyncAgent &agent)
{
    return test::registerAgent(agent, registration());
}

// Starts receiver with options, points profile at it (in mode) and registers agent there: where
// most cases begin. False when something failed, and *why says what.
bool startRegistered(ReceiverProcess &receiver, Profile &profile, SyncAgent &agent, QString *why,
                     const ReceiverOptions &options = {}, SecurityMode mode = SecurityMode::Normal)
{
    if (!receiver.start(options)) {
        *why = receiver.error();
        return false;
    }
    profile.configure(receiver.baseUrl(), mode);
    if (const SyncError e = registerAgent(agent).first) {
        *why = QStringLiteral("registration failed: ") + e.message + receiver.log();
        return false;
    }
    return true;
}

CommandReport runCommands(SyncAgent &agent)
{
    QEventLoop loop;
    CommandReport report;
    agent.pollCommands([&](const CommandReport &r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    return report;
}

qint64 storedCount(const ReceiverProcess &receiver, const QString &payloadId)
{
    const auto rows = receiver.query(QStringLiteral("SELECT count(*) AS n FROM payloads WHERE id = ?"), {payloadId});
    return rows.isEmpty() ? -1 : rows.first().value(QStringLiteral("n")).toLongLong();
}

QString storedXml(const ReceiverProcess &receiver, const QString &payloadId)
{
    const auto rows = receiver.query(QStringLiteral("SELECT xml_path FROM payloads WHERE id = ?"), {payloadId});
    if (rows.isEmpty())
        return {};
    QString path = rows.first().value(QStringLiteral("xml_path")).toString();
    if (QFileInfo(path).isRelative())
        path = receiver.dataDir() + u'/' + path;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every IPv4 dotted quad and every IPv6-looking token (two or more groups joined by colons,
// including "::" forms) in a text.
QStringList addressesIn(const QString &xml)
{
    // Not part of a longer dotted number (an OID such as 1.3.6.1.4.1.253 is not an address).
    static const QRegularExpression v4(QStringLiteral("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d]|\\.\\d)"));
    static const QRegularExpression v6(QStringLiteral(
        "(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}|(?<![\\w:])[0-9A-Fa-f]{0,4}::[0-9A-Fa-f:]*"));
    QStringList found;
    for (const QRegularExpression *re : {&v4, &v6}) {
        auto it = re->globalMatch(xml);
        while (it.hasNext()) {
            const QString m = it.next().captured(0);
            // Times (12:00:00) and OIDs are not addresses.
            if (re == &v6 && !m.contains(QLatin1String("::")) && m.count(u':') < 3)
                continue;
            found << m;
        }
    }
    return found;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY2(QFile::exists(ReceiverProcess::executable()), qPrintable(ReceiverProcess::executable()));
    }

    void registerAndDeliverOnce()
    {
        ReceiverProcess receiver;
        ReceiverOptions options;
        options.basePath = QStringLiteral("/fleetkeeper");
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        Profile profile;
        profile.configure(receiver.baseUrl());
        SyncAgent agent(profile.root());
        auto [error, result] = registerAgent(agent);
        QVERIFY2(!error, qPrintable(error.message + receiver.log()));
        QVERIFY(!result.agentId.isEmpty());
        QVERIFY(!result.alreadyRegistered);
        // The key is in the secrets file, not in the settings.
        QFile ini(profile.root().settingsPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(result.payloadKey.toLatin1()));
        storage::SecretStore secrets(profile.root().secretsPath());
        QVERIFY(!secrets.load());
        QCOMPARE(SyncSecrets::from(secrets).payloadKey, result.payloadKey);

        const SyncReport report = runSync(agent);
        QVERIFY2(report.ok, qPrintable(report.summary() + receiver.log()));
        QCOMPARE(report.delivered, 1);
        QCOMPARE(storedCount(receiver, report.builtKey), 1);
        const QString xml = storedXml(receiver, report.builtKey);
        QVERIFY(xml.contains(QLatin1String("XRX0001")));
        QVERIFY(xml.contains(QStringLiteral("agentId=\"%1\"").arg(result.agentId)));

        // Acknowledged: the readings mark is the payload's generatedAt.
        auto item = Outbox(agent.db()).list();
        QCOMPARE(item->first().state, OutboxState::Acknowledged);
        QCOMPARE(*SyncState(agent.db()).readingsMark(), item->first().generatedAt);
        // The exchange log has the registration and the upload, with sizes.
        auto exchanges = ExchangeLog(agent.db()).list();
        QCOMPARE(exchanges->size(), 2);
        QCOMPARE(exchanges->at(0).endpoint, QStringLiteral("/v1/register"));
        QCOMPARE(exchanges->at(0).status, std::optional<int>(201));
        QCOMPARE(exchanges->at(1).endpoint, QStringLiteral("/v1/payloads"));
        QCOMPARE(exchanges->at(1).payloadId, report.builtKey);
        QCOMPARE(exchanges->at(1).bytesOut, item->first().bodyBytes);

        // Registering again with the same certificate and key: the same agent.
        auto [again, same] = registerAgent(agent);
        QVERIFY2(!again, qPrintable(again.message));
        QVERIFY(same.alreadyRegistered);
        QCOMPARE(same.agentId, result.agentId);
    }

    void lostAnswerIsResentWithTheSameKey()
    {
        ReceiverProcess receiver;
        ReceiverOptions options;
        options.dropAfterStore = true; // stores the upload, then closes without answering
        Profile profile;
        SyncAgent agent(profile.root());
        QString why;
        QVERIFY2(startRegistered(receiver, profile, agent, &why, options), qPrintable(why));
        const SyncReport report = runSync(agent);
        // Qt sends a request again at once when its connection closes unanswered; the second
        // answer is 200 "already stored" (a dropped 201 is never repeated by the receiver).
        QVERIFY2(report.ok, qPrintable(report.summary() + receiver.log()));
        QCOMPARE(storedCount(receiver, report.builtKey), 1);
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 1);
        const auto posts = receiver.query(QStringLiteral(
            "SELECT status FROM requests WHERE method = 'POST' AND path LIKE '%/v1/payloads' ORDER BY id"));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(1).value(QStringLiteral("status")).toInt(), 200);
        // Limit: Qt's resend is invisible to the agent, so its log shows one exchange, answered
        // 200 under the same key (the receiver's log above shows both).
        auto exchanges = *ExchangeLog(agent.db()).list();
        QCOMPARE(exchanges.last().payloadId, report.builtKey);
        QCOMPARE(exchanges.last().status, std::optional<int>(200));
    }

    void serviceUnavailableHonoursRetryAfter()
    {
        ReceiverProcess receiver;
        ReceiverOptions options;
        options.failNext = 1;
        options.retryAfterSeconds = 30;
        Profile profile;
        SyncAgent agent(profile.root());
        QString why;
        QVERIFY2(startRegistered(receiver, profile, agent, &why, options), qPrintable(why));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const SyncReport report = runSync(agent);
        QCOMPARE(report.queued, 1);
        QCOMPARE(report.error.httpStatus, 503);
        const qint64 wait = before.secsTo(report.nextAttempt);
        QVERIFY2(wait >= 29 && wait <= 32, qPrintable(QString::number(wait)));
        // Not due yet: a scheduled retry sends nothing.
        SyncRunOptions due;
        due.buildPayload = false;
        due.onlyDue = true;
        QCOMPARE(runSync(agent, due).delivered, 0);
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 0);
    }

    void serviceRetriesWhenTheServerIsBack()
    {
        ReceiverProcess receiver;
        Profile profile;
        {
            SyncAgent agent(profile.root());
            QString why;
            QVERIFY2(startRegistered(receiver, profile, agent, &why), qPrintable(why));
        }
        receiver.stop();

        schedule::TestClock clock(QDateTime::currentDateTimeUtc());
        SyncService service(profile.root(), &clock);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QVERIFY(service.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::scaled(20000));
        const SyncReport down = finished.at(0).at(0).value<SyncReport>();
        QCOMPARE(down.queued, 1);
        QVERIFY(down.error.isTransient());
        const qint64 wait = clock.now().secsTo(service.nextRetry());
        QVERIFY2(wait >= 47 && wait <= 73, qPrintable(QString::number(wait))); // 1 min ± 20 %

        QVERIFY2(receiver.restart(), qPrintable(receiver.error()));
        clock.advance(std::chrono::seconds(80));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, test::scaled(20000));
        const SyncReport up = finished.at(1).at(0).value<SyncReport>();
        QVERIFY2(up.ok, qPrintable(up.summary()));
        QCOMPARE(up.delivered, 1);
        QCOMPARE(storedCount(receiver, down.builtKey), 1);
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 1);
        QVERIFY(!service.nextRetry().isValid());
        // The daily sync is scheduled for a time of day with the spread.
        QVERIFY(service.nextSync().isValid());
        QVERIFY(service.nextSync() > clock.now());
    }

    void missedDailySyncRunsOnceAfterRestart()
    {
        ReceiverProcess receiver;
        Profile profile;
        {
            SyncAgent agent(profile.root());
            QString why;
            QVERIFY2(startRegistered(receiver, profile, agent, &why), qPrintable(why));
        }
        schedule::TestClock clock(QDateTime::currentDateTimeUtc());
        QDateTime firstDue;
        {
            SyncService service(profile.root(), &clock);
            service.start();
            firstDue = service.nextSync();
            QVERIFY(firstDue.isValid());
            QVERIFY(firstDue > clock.now());
        } // the agent is switched off before its daily run
        clock.setNow(firstDue.addDays(2));
        SyncService service(profile.root(), &clock);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::scaled(20000));
        QVERIFY2(finished.at(0).at(0).value<SyncReport>().ok, qPrintable(receiver.log()));
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 1); // two missed days: one run
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QVERIFY(service.nextSync() > clock.now());
    }

    void foreignCertificateNeedsRegistration()
    {
        ReceiverProcess receiver;
        Profile profile;
        SyncAgent agent(profile.root());
        QString why;
        QVERIFY2(startRegistered(receiver, profile, agent, &why), qPrintable(why));
        // Same agent id, another agent's certificate: the server refuses it.
        profile.configure(receiver.baseUrl(), SecurityMode::Normal, TestPki::instance().secondClient().certificate,
                          TestPki::instance().secondClient().key);
        const SyncReport report = runSync(agent);
        QCOMPARE(report.error.httpStatus, 403);
        QVERIFY(report.registrationRequired);
        QCOMPARE(report.queued, 1); // kept for after the new registration
        SyncRunOptions due;
        due.onlyDue = true;
        due.buildPayload = false;
        const SyncReport scheduled = runSync(agent, due);
        QCOMPARE(scheduled.error.kind, SyncErrorKind::NotAllowed); // no hammering
    }

    void lockedDownSendsOnlyRegistrationAndPayload()
    {
        ReceiverProcess receiver;
        Profile profile;
        SyncAgent agent(profile.root());
        QString why;
        QVERIFY2(startRegistered(receiver, profile, agent, &why, {}, SecurityMode::LockedDown), qPrintable(why));
        const SyncReport report = runSync(agent);
        QVERIFY2(report.ok, qPrintable(report.summary()));
        const CommandReport commands = runCommands(agent);
        QCOMPARE(commands.error.kind, SyncErrorKind::NotAllowed);

        // The server's own log: nothing but register and payloads.
        const auto requests = receiver.query(QStringLiteral("SELECT method, path FROM requests"));
        QCOMPARE(requests.size(), 2);
        for (const QVariantMap &r : requests) {
            const QString path = r.value(QStringLiteral("path")).toString();
            QVERIFY2(path.endsWith(QLatin1String("/v1/register")) || path.endsWith(QLatin1String("/v1/payloads")),
                     qPrintable(path));
        }
        const QString xml = storedXml(receiver, report.builtKey);
        QVERIFY(xml.contains(QLatin1String("lockedDown=\"true\"")));
        QVERIFY(xml.contains(QLatin1String("XRX0002"))); // billing data is there...
        QVERIFY2(addressesIn(xml).isEmpty(), qPrintable(addressesIn(xml).join(u' ')));
        QVERIFY(!xml.contains(QLatin1String("<hostName>")));
        QVERIFY(!xml.contains(QLatin1String("00:00:aa:bb:cc")));

        // ...and the same search finds the addresses of a Normal-mode payload (the search works).
        auto normal = agent.buildPayloadXml(false);
        QVERIFY(normal);
        const QStringList found = addressesIn(QString::fromUtf8(*normal));
        QVERIFY2(found.contains(QStringLiteral("10.20.30.41")), qPrintable(found.join(u' ')));
        QVERIFY2(std::any_of(found.cbegin(), found.cend(), [](const QString &a) { return a.contains(u"::"); }),
                 qPrintable(found.join(u' ')));
    }

    void commandsAreValidatedRunAndReported()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.error()));
        Profile profile;
        // A device the agent can really poll: an snmpsimd recording on loopback.
        test::SnmpSim sim;
        const QString recording = test::recordingNames().first();
        QVERIFY2(sim.startFleet({{QStringLiteral("127.0.0.1"),
                                  test::fixtureDir() + u'/' + recording + QStringLiteral(".snmprec")}}),
                 qPrintable(sim.error()));
        {
            storage::Database db;
            QVERIFY(!db.open(profile.root().databasePath()));
            DeviceSnapshot s =
                storage::test::printer(QStringLiteral("127.0.0.1:%1").arg(sim.port()), QStringLiteral("SIM1"), {},
                                       QDateTime::currentDateTimeUtc().addDays(-1));
            s.credentialName.clear();
            QVERIFY(storage::SnapshotStore(db).storeBatch({s}));
        }
        profile.configure(receiver.baseUrl());
        QSettings ini(profile.root().settingsPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("snmp/timeoutMs"), 500);
        SyncAgent agent(profile.root());
        auto [error, reg] = registerAgent(agent);
        QVERIFY(!error);
        auto devices = storage::FleetRepository(agent.db()).findBySerial(QStringLiteral("SIM1"));
        QVERIFY(devices && devices->size() == 1);
        const qint64 simDevice = devices->first().id;
        auto xrx = storage::FleetRepository(agent.db()).findBySerial(QStringLiteral("XRX0001"));
        const qint64 known = xrx->first().id;

        QString why;
        const QString refresh =
            receiver.queueCommand(reg.agentId, QStringLiteral("refreshStatus"), simDevice, {}, {}, 24, &why);
        QVERIFY2(!refresh.isEmpty(), qPrintable(why));
        const QString unknownDevice =
            receiver.queueCommand(reg.agentId, QStringLiteral("refreshStatus"), 9999, {}, {}, 24, &why);
        const QString reboot = receiver.queueCommand(reg.agentId, QStringLiteral("reboot"), known, {}, {}, 24, &why);
        const QString expired =
            receiver.queueCommand(reg.agentId, QStringLiteral("refreshStatus"), known, {}, {}, 0, &why);
        const QString badParameter =
            receiver.queueCommand(reg.agentId, QStringLiteral("refreshStatus"), known, {},
                                  {{QStringLiteral("oid"), QStringLiteral("1.3.6.1")}}, 24, &why);
        const QString syncNow = receiver.queueCommand(reg.agentId, QStringLiteral("syncNow"), known, {}, {}, 24, &why);
        QVERIFY2(!syncNow.isEmpty(), qPrintable(why));
        QVERIFY(receiver.setSettings(reg.agentId,
                                     QJsonObject{{QStringLiteral("pollIntervalMinutes"), 15},
                                                 {QStringLiteral("colourScheme"), QStringLiteral("pink")}}) > 0);

        const CommandReport report = runCommands(agent);
        QVERIFY2(report.ok, qPrintable(report.summary() + receiver.log()));
        QCOMPARE(report.received, 6);
        QCOMPARE(report.done, 2);
        QCOMPARE(report.denied, 1); // reboot: remote actions are denied by default (docs/actions.md)
        QCOMPARE(report.rejected, 3);
        QCOMPARE(report.resultsPosted, 6);
        QCOMPARE(report.settingsChanged, 1);

        const auto state = [&receiver](const QString &id) {
            const auto rows = receiver.query(QStringLiteral("SELECT state, message FROM commands WHERE id = ?"), {id});
            return rows.isEmpty() ? QString() : rows.first().value(QStringLiteral("state")).toString();
        };
        QCOMPARE(state(refresh), QStringLiteral("done"));
        QCOMPARE(state(syncNow), QStringLiteral("done"));
        QCOMPARE(state(reboot), QStringLiteral("denied"));
        QCOMPARE(state(unknownDevice), QStringLiteral("rejected"));
        QCOMPARE(state(expired), QStringLiteral("rejected"));
        QCOMPARE(state(badParameter), QStringLiteral("rejected"));
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 1); // from syncNow
        // The refresh really polled the simulator and stored the result (a poll row newer than
        // the seeded one, reachable).
        auto polls = agent.db().scalar(QStringLiteral("SELECT count(*) FROM polls WHERE address = ? AND result = 'ok'"),
                                       {QStringLiteral("127.0.0.1:%1").arg(sim.port())});
        QVERIFY(polls && polls->toInt() >= 2);
        QCOMPARE(ini.value(QStringLiteral("poll/intervalMinutes")).toInt(), 15);
        auto events = storage::FleetRepository(agent.db()).events();
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const storage::EventRecord &e) {
            return e.kind == u"remoteSettingChanged" && e.message.contains(u"pollIntervalMinutes");
        }));

        // A second poll runs nothing again and finds the settings unchanged (304).
        const CommandReport second = runCommands(agent);
        QVERIFY2(second.ok, qPrintable(second.summary()));
        QCOMPARE(second.received, 0);
        QCOMPARE(second.settingsChanged, 0);
        auto exchanges = *ExchangeLog(agent.db()).list();
        const auto lastSettings = std::find_if(exchanges.crbegin(), exchanges.crend(),
                                               [](const ExchangeRecord &r) { return r.endpoint == u"/v1/settings"; });
        QCOMPARE(lastSettings->status, std::optional<int>(304));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
