// The control channel: the protocol's parser against malformed, oversized and hostile input; the
// peer policy's uid and group rules; and every request against a real AgentDaemon, in this
// process, on a temporary profile whose printers are simulated by snmpsimd on 127.0.93.x (set up
// with fleetkeeper-cli discover). Permissions are checked with real accounts in the profile.

#include "control/ControlProtocol.h"
#include "control/ControlServer.h"
#include "control/DaemonClient.h"
#include "control/PeerCredentials.h"
#include "daemon/AgentDaemon.h"
#include "security/UserStore.h"
#include "storage/Database.h"

#include "DaemonProcess.h"
#include "SnmpSim.h"
#include "TestEnv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

using namespace fleet;
using namespace fleet::control;

namespace {

struct Answer
{
    bool ok = false;
    QJsonObject result;
    QString error;
};

// A request through the client, answered by the daemon running in this thread's event loop.
std::optional<Answer> ask(DaemonClient &client, const Request &request)
{
    QSignalSpy spy(&client, &DaemonClient::replied);
    const qint64 id = client.send(request);
    if (id == 0)
        return std::nullopt;
    for (int waited = 0; waited < test::scaled(10000); waited += 20) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toLongLong() == id)
                return Answer{args.at(1).toBool(), args.at(2).toJsonObject(), args.at(3).toString()};
        }
        QTest::qWait(20);
    }
    return std::nullopt;
}
std::optional<Answer> ask(DaemonClient &client, RequestType type)
{
    return ask(client, Request{type, 0, {}});
}
std::optional<Answer> askSchedule(DaemonClient &client, const ScheduleChange &change)
{
    return ask(client, Request{RequestType::SetSchedule, 0, change});
}

// A set-schedule line with the given "schedule" JSON text.
QByteArray scheduleLine(const QByteArray &schedule)
{
    return R"({"v":1,"id":4,"request":"set-schedule","schedule":)" + schedule + '}';
}
QByteArray discoveryLine(const QByteArray &fields)
{
    return scheduleLine(R"({"discovery":{)" + fields + "}}");
}
// Valid discovery fields but one replaced (or dropped: replacement empty).
QByteArray discoveryWith(const char *field, const QByteArray &replacement)
{
    QList<std::pair<QByteArray, QByteArray>> fields{{"mode", R"("daily")"},
                                                    {"intervalHours", "24"},
                                                    {"dailyTime", R"("02:30")"},
                                                    {"targets", R"(["10.0.0.0/24"])"},
                                                    {"credentialProfiles", "[]"}};
    QByteArrayList parts;
    for (const auto &[name, value] : fields) {
        if (name != field)
            parts << '"' + name + "\":" + value;
        else if (!replacement.isEmpty())
            parts << '"' + name + "\":" + replacement;
    }
    return discoveryLine(parts.join(','));
}
QByteArray textList(int count, int chars)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << '"' + QByteArray(chars, 'a') + '"';
    return '[' + items.join(',') + ']';
}

// Lines the daemon sends back on a raw socket, until count arrived or the time is up.
QList<QJsonObject> readLines(QLocalSocket &socket, int count)
{
    QList<QJsonObject> lines;
    QByteArray buffer;
    for (int waited = 0; waited < test::scaled(5000) && lines.size() < count; waited += 20) {
        buffer += socket.readAll();
        qsizetype newline = 0;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            lines << QJsonDocument::fromJson(buffer.left(newline)).object();
            buffer.remove(0, newline + 1);
        }
        if (lines.size() < count)
            QTest::qWait(20);
    }
    return lines;
}

QString currentGroupName()
{
    const group *g = ::getgrgid(::getegid());
    return g ? QString::fromLocal8Bit(g->gr_name) : QString();
}

} // namespace

class TestControl final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileRoot> m_profile;
    test::SnmpSim m_sim;
    std::unique_ptr<daemon::AgentDaemon> m_daemon;
    std::unique_ptr<DaemonClient> m_client;
    static constexpr int kDevices = 3;

    qint64 count(const QString &sql)
    {
        storage::Database db(QStringLiteral("test"));
        if (db.open(m_profile->databasePath()))
            return -1;
        auto n = db.scalar(sql);
        return n ? n->toLongLong() : -1;
    }
    qint64 polls() { return count(QStringLiteral("SELECT COUNT(*) FROM polls")); }
    qint64 settingsAudits(const QString &result)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.change' AND result = '%1'")
                         .arg(result));
    }
    QVariant ini(const QString &key) { return QSettings(m_profile->settingsPath(), QSettings::IniFormat).value(key); }

private Q_SLOTS:
    void parsesRequests_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("status") << QByteArray(R"({"v":1,"id":3,"request":"status"})") << true << QString();
        QTest::addRow("no id") << QByteArray(R"({"v":1,"request":"poll-now"})") << true << QString();
        QTest::addRow("claimed actor ignored")
            << QByteArray(R"({"v":1,"id":1,"request":"pause","actor":"admin","role":"administrator"})") << true
            << QString();
        QTest::addRow("empty") << QByteArray() << false << QStringLiteral("not JSON");
        QTest::addRow("garbage") << QByteArray("\x01\x02\xff\xfe{{{") << false << QStringLiteral("not JSON");
        QTest::addRow("array") << QByteArray(R"([1,2,3])") << false << QStringLiteral("not a JSON object");
        QTest::addRow("string") << QByteArray(R"("status")") << false << QStringLiteral("JSON");
        QTest::addRow("no version") << QByteArray(R"({"request":"status"})") << false
                                    << QStringLiteral("protocol version");
        QTest::addRow("version 2") << QByteArray(R"({"v":2,"request":"status"})") << false
                                   << QStringLiteral("protocol version");
        QTest::addRow("version as text") << QByteArray(R"({"v":"1","request":"status"})") << false
                                         << QStringLiteral("protocol version");
        QTest::addRow("no request") << QByteArray(R"({"v":1,"id":1})") << false << QStringLiteral("names no request");
        QTest::addRow("request not text")
            << QByteArray(R"({"v":1,"request":["status"]})") << false << QStringLiteral("names no request");
        QTest::addRow("unknown request") << QByteArray(R"({"v":1,"request":"rm -rf /"})") << false
                                         << QStringLiteral("Unknown request");
        QTest::addRow("fractional id") << QByteArray(R"({"v":1,"id":1.5,"request":"status"})") << false
                                       << QStringLiteral("id");
        QTest::addRow("negative id") << QByteArray(R"({"v":1,"id":-4,"request":"status"})") << false
                                     << QStringLiteral("id");
        QTest::addRow("huge id") << QByteArray(R"({"v":1,"id":1e300,"request":"status"})") << false
                                 << QStringLiteral("id");
        QTest::addRow("id as text") << QByteArray(R"({"v":1,"id":"7","request":"status"})") << false
                                    << QStringLiteral("id");
        QTest::addRow("deep nesting") << QByteArray(2000, '[') << false << QStringLiteral("not JSON");
        // set-schedule carries its parameters, checked strictly.
        QTest::addRow("set-schedule: poll interval")
            << scheduleLine(R"({"pollIntervalMinutes":15})") << true << QString();
        QTest::addRow("set-schedule: discovery") << discoveryWith("", {}) << true << QString();
        QTest::addRow("set-schedule: both")
            << scheduleLine(R"({"pollIntervalMinutes":1440,"discovery":{"mode":"off","intervalHours":1,)"
                            R"("dailyTime":"00:00","targets":[],"credentialProfiles":["office","lab"]}})")
            << true << QString();
        QTest::addRow("set-schedule: no schedule")
            << QByteArray(R"({"v":1,"request":"set-schedule"})") << false << QStringLiteral("\"schedule\" object");
        QTest::addRow("set-schedule: schedule is a list")
            << scheduleLine("[15]") << false << QStringLiteral("\"schedule\" object");
        QTest::addRow("set-schedule: nothing to change") << scheduleLine("{}") << false << QStringLiteral("nothing");
        QTest::addRow("set-schedule: unknown field") << scheduleLine(R"({"pollIntervalMinutes":15,"paused":true})")
                                                     << false << QStringLiteral("Unknown schedule field \"paused\"");
        QTest::addRow("set-schedule: interval as text")
            << scheduleLine(R"({"pollIntervalMinutes":"15"})") << false << QStringLiteral("whole number");
        QTest::addRow("set-schedule: fractional interval")
            << scheduleLine(R"({"pollIntervalMinutes":15.5})") << false << QStringLiteral("whole number");
        QTest::addRow("set-schedule: interval null")
            << scheduleLine(R"({"pollIntervalMinutes":null})") << false << QStringLiteral("whole number");
        QTest::addRow("set-schedule: interval 0")
            << scheduleLine(R"({"pollIntervalMinutes":0})") << false << QStringLiteral("between 1 and 1440");
        QTest::addRow("set-schedule: interval too long")
            << scheduleLine(R"({"pollIntervalMinutes":1441})") << false << QStringLiteral("between 1 and 1440");
        QTest::addRow("set-schedule: interval 1e300")
            << scheduleLine(R"({"pollIntervalMinutes":1e300})") << false << QStringLiteral("between");
        QTest::addRow("set-schedule: discovery not an object")
            << scheduleLine(R"({"discovery":"daily"})") << false << QStringLiteral("not a JSON object");
        QTest::addRow("set-schedule: unknown discovery field")
            << discoveryLine(R"("mode":"off","intervalHours":1,"dailyTime":"00:00","targets":[],)"
                             R"("credentialProfiles":[],"community":"public")")
            << false << QStringLiteral("Unknown discovery field \"community\"");
        QTest::addRow("set-schedule: discovery lacks the mode")
            << discoveryWith("mode", {}) << false << QStringLiteral("lack \"mode\"");
        QTest::addRow("set-schedule: discovery lacks the targets")
            << discoveryWith("targets", {}) << false << QStringLiteral("lack \"targets\"");
        QTest::addRow("set-schedule: unknown mode")
            << discoveryWith("mode", R"("hourly")") << false << QStringLiteral("mode must be");
        QTest::addRow("set-schedule: mode as number")
            << discoveryWith("mode", "1") << false << QStringLiteral("mode must be");
        QTest::addRow("set-schedule: interval hours 0")
            << discoveryWith("intervalHours", "0") << false << QStringLiteral("between 1 and 168");
        QTest::addRow("set-schedule: interval hours as text")
            << discoveryWith("intervalHours", R"("24")") << false << QStringLiteral("whole number");
        QTest::addRow("set-schedule: time 25:00")
            << discoveryWith("dailyTime", R"("25:00")") << false << QStringLiteral("time of day");
        QTest::addRow("set-schedule: time without leading zero")
            << discoveryWith("dailyTime", R"("2:30")") << false << QStringLiteral("time of day");
        QTest::addRow("set-schedule: time as number")
            << discoveryWith("dailyTime", "230") << false << QStringLiteral("time of day");
        QTest::addRow("set-schedule: targets as text")
            << discoveryWith("targets", R"("10.0.0.0/24")") << false << QStringLiteral("not a list");
        QTest::addRow("set-schedule: target as number")
            << discoveryWith("targets", "[10]") << false << QStringLiteral("not text");
        QTest::addRow("set-schedule: nested target list")
            << discoveryWith("targets", R"([["10.0.0.1"]])") << false << QStringLiteral("not text");
        QTest::addRow("set-schedule: too many targets")
            << discoveryWith("targets", textList(kMaxScheduleTargets + 1, 1)) << false
            << QStringLiteral("more than 256 entries");
        QTest::addRow("set-schedule: target too long")
            << discoveryWith("targets", textList(1, kMaxScheduleTargetChars + 1)) << false
            << QStringLiteral("longer than 255 characters");
        QTest::addRow("set-schedule: too many profiles")
            << discoveryWith("credentialProfiles", textList(kMaxScheduleProfiles + 1, 1)) << false
            << QStringLiteral("more than 64 entries");
        QTest::addRow("set-schedule: profile name too long")
            << discoveryWith("credentialProfiles", textList(1, kMaxScheduleProfileChars + 1)) << false
            << QStringLiteral("longer than 128 characters");
        QTest::addRow("set-schedule: oversized")
            << discoveryWith("targets", textList(200, 100)) << false << QStringLiteral("longer than");
        QTest::addRow("oversized") << (QByteArray(R"({"v":1,"request":"status","pad":")") +
                                       QByteArray(kMaxRequestBytes, 'x') + QByteArray(R"("})"))
                                   << false << QStringLiteral("longer than");
    }
    void parsesRequests()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        QFETCH(QString, errorPart);
        const auto request = parseRequest(line);
        QCOMPARE(request.ok(), valid);
        if (!valid)
            QVERIFY2(request.error().contains(errorPart), qPrintable(request.error()));
    }

    void requestRoundTrip()
    {
        for (const RequestType type :
             {RequestType::Status, RequestType::PollNow, RequestType::Pause, RequestType::Resume,
              RequestType::ReloadSettings, RequestType::SyncNow, RequestType::Subscribe}) {
            QByteArray line = encodeRequest({type, 42, {}});
            QVERIFY(line.endsWith('\n'));
            line.chop(1);
            const auto parsed = parseRequest(line);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(parsed->type, type);
            QCOMPARE(parsed->id, 42);
        }
        // set-schedule's parameters arrive as they were sent.
        for (const ScheduleChange &change :
             {ScheduleChange{15, std::nullopt},
              ScheduleChange{std::nullopt,
                             DiscoverySettings{DiscoveryMode::Daily,
                                               12,
                                               QTime(23, 45),
                                               {QStringLiteral("10.0.0.0/24"), QStringLiteral("printer.example:1161")},
                                               {QStringLiteral("office")}}},
              ScheduleChange{1440, DiscoverySettings{}}}) {
            QByteArray line = encodeRequest({RequestType::SetSchedule, 7, change});
            line.chop(1);
            const auto parsed = parseRequest(line);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(parsed->type, RequestType::SetSchedule);
            QVERIFY(parsed->schedule == change);
        }
        QByteArray error = encodeError(9, QStringLiteral("no"));
        error.chop(1);
        const auto message = parseMessage(error);
        QVERIFY(message.ok());
        QVERIFY(!message->ok && !message->isEvent);
        QCOMPARE(message->id, 9);
        QCOMPARE(message->error, QStringLiteral("no"));
    }

    void peerPolicy_data()
    {
        QTest::addColumn<uint>("peerUid");
        QTest::addColumn<uint>("peerGid");
        QTest::addColumn<QList<uint>>("peerGroups");
        QTest::addColumn<int>("allowedGroup"); // -1: none
        QTest::addColumn<bool>("allowed");
        QTest::addRow("the daemon's own user") << 1000u << 1000u << QList<uint>{1000} << -1 << true;
        QTest::addRow("root") << 0u << 0u << QList<uint>{0} << -1 << true;
        QTest::addRow("another user") << 1001u << 1001u << QList<uint>{1001, 27} << -1 << false;
        QTest::addRow("another user, group shared but not member")
            << 1001u << 1001u << QList<uint>{1001, 27} << 990 << false;
        QTest::addRow("member of the service's group") << 1001u << 1001u << QList<uint>{1001, 990} << 990 << true;
        QTest::addRow("primary group is the service's") << 1002u << 990u << QList<uint>{} << 990 << true;
        QTest::addRow("member, but the socket is not shared") << 1001u << 1001u << QList<uint>{990} << -1 << false;
    }
    void peerPolicy()
    {
        QFETCH(uint, peerUid);
        QFETCH(uint, peerGid);
        QFETCH(QList<uint>, peerGroups);
        QFETCH(int, allowedGroup);
        QFETCH(bool, allowed);
        PeerPolicy policy;
        policy.ownUid = 1000;
        if (allowedGroup >= 0)
            policy.allowedGroup = gid_t(allowedGroup);
        QList<gid_t> groups;
        for (const uint g : std::as_const(peerGroups))
            groups << gid_t(g);
        const QString refusal = policy.refusal({4242, uid_t(peerUid), gid_t(peerGid)}, groups);
        QVERIFY2(refusal.isEmpty() == allowed, qPrintable(refusal));
        if (!allowed)
            QVERIFY2(refusal.contains(QLatin1String("4242")), qPrintable(refusal)); // names the process
    }

    void peerCredentialsOfARealSocket()
    {
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("s"))));
        QLocalSocket client;
        client.connectToServer(server.fullServerName());
        QVERIFY(client.waitForConnected(1000));
        QVERIFY(server.waitForNewConnection(1000));
        QLocalSocket *peer = server.nextPendingConnection();
        QString error;
        const auto cred = peerCredentials(int(peer->socketDescriptor()), &error);
        QVERIFY2(cred, qPrintable(error));
        QCOMPARE(cred->uid, ::geteuid());
        QCOMPARE(qint64(cred->pid), QCoreApplication::applicationPid());
        QVERIFY(!peerCredentials(-1, &error));
        QVERIFY(!error.isEmpty());
    }

    // --- against a real daemon -------------------------------------------------------------------

    void startDaemon()
    {
        QVERIFY(m_dir.isValid());
        m_profile = std::make_unique<ProfileRoot>(m_dir.path());
        const QString fix = test::fixtureDir() + QLatin1Char('/');
        QList<std::pair<QString, QString>> devices;
        for (const char *name : {"hp-laserjet-mfp-m130nw", "brother-mfc-9970cdw", "ricoh-mp-c2503"})
            devices.append({QStringLiteral("127.0.93.%1").arg(devices.size() + 1),
                            fix + QString::fromLatin1(name) + QStringLiteral(".snmprec")});
        QVERIFY2(m_sim.startFleet(devices), qPrintable(m_sim.error()));
        const test::CliRun discover =
            test::runCli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("discover"),
                          QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--retries"),
                          QStringLiteral("0"), QStringLiteral("127.0.93.1-127.0.93.3:%1").arg(m_sim.port())});
        QVERIFY2(discover.exitCode == 0, qPrintable(discover.describe()));

        m_daemon = std::make_unique<daemon::AgentDaemon>(*m_profile);
        QCOMPARE(m_daemon->claim(), daemon::AgentDaemon::Claim::Owned);
        m_daemon->start();
        QVERIFY(m_daemon->controlServer());
        const QString socket = m_daemon->controlServer()->fullServerName();
        QCOMPARE(socket, ControlServer::socketPath(*m_profile));
        // Only the daemon's user may open it.
        const QFileInfo info(socket);
        QVERIFY(info.exists());
        QVERIFY(!(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                        QFileDevice::WriteOther)));

        m_client = std::make_unique<DaemonClient>(*m_profile);
        QVERIFY2(m_client->connectToDaemon(1000), qPrintable(m_client->errorString()));
        // The first start polls at once: wait for it to be stored.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->hasStatus() && m_client->status().poll.lastFinished.isValid() &&
                                     m_client->status().state == u"idle",
                                 test::scaled(30000));
    }

    void status()
    {
        const auto answer = ask(*m_client, RequestType::Status);
        QVERIFY(answer);
        QVERIFY2(answer->ok, qPrintable(answer->error));
        const StatusReport s = StatusReport::fromJson(answer->result);
        QVERIFY(s.daemonRunning);
        QCOMPARE(s.pid, QCoreApplication::applicationPid());
        QCOMPARE(s.profile, m_profile->dir());
        QCOMPARE(s.devices, kDevices);
        QVERIFY(s.poll.lastOk);
        QVERIFY(s.poll.next > s.poll.lastStarted);
        QCOMPARE(s.pollIntervalMinutes, 60);
        QCOMPARE(s.outboxQueued, 0);
        QVERIFY(!s.paused);
    }

    void pollNowSendsEvents()
    {
        QSignalSpy events(m_client.get(), &DaemonClient::eventReceived);
        QSignalSpy finished(m_client.get(), &DaemonClient::pollFinished);
        const qint64 before = polls();
        const auto answer = ask(*m_client, RequestType::PollNow);
        QVERIFY(answer && answer->ok);
        QVERIFY(answer->result.value(u"started").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::scaled(30000));
        QVERIFY(finished.first().at(0).toBool());
        QStringList names;
        for (const QList<QVariant> &e : std::as_const(events))
            names << e.at(0).toString();
        QVERIFY2(names.contains(eventPollStarted()) && names.contains(eventPollFinished()),
                 qPrintable(names.join(u',')));
        QVERIFY2(names.indexOf(eventPollStarted()) < names.indexOf(eventPollFinished()), qPrintable(names.join(u',')));
        QCOMPARE(polls(), before + kDevices);
    }

    void pauseAndResume()
    {
        auto answer = ask(*m_client, RequestType::Pause);
        QVERIFY(answer && answer->ok);
        QVERIFY(answer->result.value(u"paused").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_client->status().paused, test::scaled(5000)); // the event refreshed it
        QVERIFY(QSettings(m_profile->settingsPath(), QSettings::IniFormat)
                    .value(QStringLiteral("schedule/paused"))
                    .toBool());
        answer = ask(*m_client, RequestType::Resume);
        QVERIFY(answer && answer->ok);
        QVERIFY(!answer->result.value(u"paused").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!m_client->status().paused, test::scaled(5000));
    }

    void reloadSettingsAfterTheIniChanged()
    {
        {
            QSettings ini(m_profile->settingsPath(), QSettings::IniFormat);
            ini.setValue(QStringLiteral("poll/intervalMinutes"), 5);
        }
        QSignalSpy reloaded(m_client.get(), &DaemonClient::settingsReloaded);
        const auto answer = ask(*m_client, RequestType::ReloadSettings);
        QVERIFY(answer && answer->ok);
        QCOMPARE(answer->result.value(u"pollIntervalMinutes").toInt(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, test::scaled(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->status().pollIntervalMinutes, 5, test::scaled(5000));
    }

    void setScheduleIsAppliedSavedAndAudited()
    {
        const qint64 auditsBefore = settingsAudits(QStringLiteral("ok"));
        // Off, so no sweep starts here; the targets and profiles are kept for when it is on.
        const DiscoverySettings discovery{DiscoveryMode::Off,
                                          12,
                                          QTime(3, 15),
                                          {QStringLiteral("127.0.93.1-127.0.93.3")},
                                          {QStringLiteral("office")}};
        const auto answer = askSchedule(*m_client, {20, discovery});
        QVERIFY(answer);
        QVERIFY2(answer->ok, qPrintable(answer->error));
        // The answer says what is in force now.
        const auto applied = scheduleFromJson(answer->result);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->pollIntervalMinutes.value_or(-1), 20);
        QVERIFY(applied->discovery == discovery);
        // The service runs on it and saved it in the profile's ini.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->status().pollIntervalMinutes, 20, test::scaled(5000));
        QCOMPARE(ini(QStringLiteral("poll/intervalMinutes")).toInt(), 20);
        QCOMPARE(ini(QStringLiteral("discovery/targets")).toStringList(), discovery.targets);
        QCOMPARE(ini(QStringLiteral("discovery/intervalHours")).toInt(), 12);
        // Both changes are audited under the peer's actor (written off the daemon's thread).
        QTRY_COMPARE_WITH_TIMEOUT(settingsAudits(QStringLiteral("ok")), auditsBefore + 2, test::scaled(5000));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.change' AND "
                                      "parameters LIKE '%\"pollIntervalMinutes\":20%'")),
                 1);

        // Only the interval: the discovery stays as it is.
        const auto second = askSchedule(*m_client, {30, std::nullopt});
        QVERIFY(second && second->ok);
        QCOMPARE(second->result.value(u"pollIntervalMinutes").toInt(), 30);
        QCOMPARE(ini(QStringLiteral("discovery/targets")).toStringList(), discovery.targets);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->status().pollIntervalMinutes, 30, test::scaled(5000));
    }

    void setScheduleRefusedChangesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("target that does not parse") << QStringLiteral("printer!!") << QStringLiteral("printer!!");
        QTest::addRow("no target") << QString() << QStringLiteral("at least one target");
    }
    void setScheduleRefusedChangesNothing()
    {
        QFETCH(QString, target);
        QFETCH(QString, errorPart);
        DiscoverySettings discovery{DiscoveryMode::Interval, 6, QTime(2, 0), {}, {}};
        if (!target.isEmpty())
            discovery.targets << target;
        const auto answer = askSchedule(*m_client, {45, discovery});
        QVERIFY(answer);
        QVERIFY(!answer->ok);
        QVERIFY2(answer->error.contains(errorPart), qPrintable(answer->error));
        // The interval in the same request was not applied either.
        QCOMPARE(ini(QStringLiteral("poll/intervalMinutes")).toInt(), 30);
        QCOMPARE(ini(QStringLiteral("discovery/mode")).toString(), QStringLiteral("off"));
        const auto status = ask(*m_client, RequestType::Status);
        QVERIFY(status && status->ok);
        QCOMPARE(StatusReport::fromJson(status->result).pollIntervalMinutes, 30);
    }

    void syncNowAnswers()
    {
        // Not registered with a server: the request is taken and answered; the sync itself then
        // reports that registration is needed.
        const auto answer = ask(*m_client, RequestType::SyncNow);
        QVERIFY(answer);
        QVERIFY2(answer->ok, qPrintable(answer->error));
        QVERIFY(answer->result.contains(QStringLiteral("started")));
    }

    void malformedLinesGetErrorsAndTheConnectionStays()
    {
        QLocalSocket raw;
        raw.connectToServer(m_daemon->controlServer()->fullServerName());
        QVERIFY(raw.waitForConnected(1000));
        raw.write("this is not json\n");
        raw.write(QByteArray("\x00\x01\x02\xff\n", 5));
        raw.write("{\"v\":1,\"id\":5,\"request\":\"format-disk\"}\n");
        raw.write("{\"v\":99,\"id\":6,\"request\":\"status\"}\n");
        raw.write("\n"); // blank lines are ignored, not answered
        raw.write("{\"v\":1,\"id\":7,\"request\":\"status\",\"actor\":\"someone-else\"}\n");
        const QList<QJsonObject> lines = readLines(raw, 5);
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(lines.at(i).value(u"ok").toBool(true), false);
            QVERIFY(!lines.at(i).value(u"error").toString().isEmpty());
        }
        QCOMPARE(lines.at(2).value(u"id").toInt(), 5); // an error answers the request's id when it has one
        QCOMPARE(lines.at(4).value(u"id").toInt(), 7);
        QVERIFY(lines.at(4).value(u"ok").toBool());
        QCOMPARE(lines.at(4).value(u"result").toObject().value(u"devices").toInt(), kDevices);
        QCOMPARE(raw.state(), QLocalSocket::ConnectedState);
    }

    void oversizedLineClosesTheConnection_data()
    {
        QTest::addColumn<bool>("withNewline");
        QTest::addRow("complete line") << true;
        QTest::addRow("endless line") << false;
    }
    void oversizedLineClosesTheConnection()
    {
        QFETCH(bool, withNewline);
        QLocalSocket raw;
        raw.connectToServer(m_daemon->controlServer()->fullServerName());
        QVERIFY(raw.waitForConnected(1000));
        QByteArray junk(kMaxRequestBytes * 4, 'A');
        if (withNewline)
            junk += '\n';
        raw.write(junk);
        const QList<QJsonObject> lines = readLines(raw, 1);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().value(u"error").toString().contains(QLatin1String("longer than")));
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::UnconnectedState, test::scaled(5000));
        // and the daemon serves the next one
        QVERIFY(ask(*m_client, RequestType::Status).value_or(Answer{}).ok);
    }

    void tooManyConnectionsAreRefused()
    {
        std::vector<std::unique_ptr<QLocalSocket>> sockets;
        for (int i = 0; i < kMaxConnections + 2; ++i) {
            sockets.push_back(std::make_unique<QLocalSocket>());
            sockets.back()->connectToServer(m_daemon->controlServer()->fullServerName());
            QVERIFY(sockets.back()->waitForConnected(1000));
        }
        // The app's connection is one; the rest fill up and the last ones are told and dropped.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::count_if(sockets.cbegin(), sockets.cend(),
                          [](const auto &s) { return s->state() == QLocalSocket::UnconnectedState; }) == 3,
            test::scaled(5000));
        sockets.clear();
        QTRY_VERIFY_WITH_TIMEOUT(ask(*m_client, RequestType::Status).value_or(Answer{}).ok, test::scaled(5000));
    }

    void actorComesFromThePeerNotTheRequest()
    {
        // With an account in the profile, this OS user no longer sets up the agent: without a
        // mapped group it has no role, whatever a request claims.
        {
            storage::Database db(QStringLiteral("test-users"));
            QVERIFY(!db.open(m_profile->databasePath()));
            security::UserStore users(db, security::HashParameters::minimum());
            const auto admin = users.createFirstAdministrator(
                QStringLiteral("admin"), QStringLiteral("correct horse 42"), QStringLiteral("test"));
            QVERIFY2(admin, qPrintable(admin.error().message));
        }
        auto answer = ask(*m_client, RequestType::Status);
        QVERIFY(answer);
        QVERIFY(!answer->ok);
        QVERIFY2(answer->error.contains(QLatin1String("no Fleetkeeper role")), qPrintable(answer->error));

        // A mapped group with a read-only role: status yes, poll now and pause no.
        {
            storage::Database db(QStringLiteral("test-users"));
            QVERIFY(!db.open(m_profile->databasePath()));
            security::UserStore users(db, security::HashParameters::minimum());
            const auto admin = users.authenticate(QStringLiteral("admin"), QStringLiteral("correct horse 42"));
            QVERIFY2(admin, qPrintable(admin.error().message));
            QVERIFY(!users.mapGroup(*admin, currentGroupName(), security::Role::Customer));
        }
        answer = ask(*m_client, RequestType::Status);
        QVERIFY(answer);
        QVERIFY2(answer->ok, qPrintable(answer->error));
        for (const RequestType refused :
             {RequestType::PollNow, RequestType::Pause, RequestType::ReloadSettings, RequestType::SyncNow}) {
            answer = ask(*m_client, refused);
            QVERIFY(answer);
            QVERIFY2(!answer->ok, qPrintable(requestName(refused)));
            QVERIFY2(answer->error.contains(QLatin1String("may not")), qPrintable(answer->error));
        }
        QVERIFY(!m_client->status().paused);
        // set-schedule: the service refuses it for this actor, and audits the refusal.
        const qint64 deniedBefore = settingsAudits(QStringLiteral("denied"));
        answer = askSchedule(*m_client, {45, std::nullopt});
        QVERIFY(answer);
        QVERIFY(!answer->ok);
        QVERIFY2(answer->error.contains(QLatin1String("may not")), qPrintable(answer->error));
        QCOMPARE(ini(QStringLiteral("poll/intervalMinutes")).toInt(), 30);
        QTRY_COMPARE_WITH_TIMEOUT(settingsAudits(QStringLiteral("denied")), deniedBefore + 1, test::scaled(5000));
    }

    void stopsAndRemovesTheSocket()
    {
        const QString socket = m_daemon->controlServer()->fullServerName();
        QSignalSpy connected(m_client.get(), &DaemonClient::connectedChanged);
        m_daemon.reset();
        QVERIFY(!QFileInfo::exists(socket));
        QTRY_VERIFY_WITH_TIMEOUT(!m_client->isConnected(), test::scaled(5000));
        QVERIFY(!m_client->connectToDaemon(200));
        QVERIFY(!m_client->errorString().isEmpty());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_daemon.reset();
        m_sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestControl)
#include "tst_control.moc"
