// Remote device actions under the customer's consent policy, end to end: the reference server
// (fleetkeeper-receiver on 127.0.0.1, mutual TLS) queues commands, the SyncAgent polls them and
// decides by the policy in fleetkeeper.ini, a loopback print sink stands in for the printer, and
// every result is read back from the receiver's own database. Covers deny (the default), allow
// listed, ask with approve and deny (by whom, with the permission check and the audit log),
// locked-down mode, disabled actions, firmware and expiry.

#include "RawPrintSink.h"
#include "ReceiverProcess.h"
#include "SyncTestSetup.h"
#include "TestEnv.h"
#include "TestPki.h"

#include "actions/ActionPolicy.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "sync/ConsentStore.h"
#include "sync/SyncAgent.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::sync;
using fleet::actions::ActionKind;
using fleet::actions::ActionPolicy;
using fleet::actions::RemoteVerdict;
using fleet::security::Actor;
using fleet::security::Role;
using fleet::test::ReceiverProcess;
using fleet::test::TestPki;

namespace {

const Actor kAdmin{QStringLiteral("alice"), Role::Administrator};
const Actor kCustomer{QStringLiteral("carol"), Role::Customer};

// One registered agent with one stored printer on loopback whose job port is a print sink.
class Fixture
{
public:
    bool start(const QString &actionsIni)
    {
        if (!m_receiver.start()) {
            m_error = m_receiver.error();
            return false;
        }
        if (!m_sink.start()) {
            m_error = QStringLiteral("the print sink could not listen");
            return false;
        }
        m_root = ProfileRoot(m_dir.path());
        {
            storage::Database db;
            if (const auto e = db.open(m_root.databasePath())) {
                m_error = e.message;
                return false;
            }
            auto id = db.insert(
                QStringLiteral("INSERT INTO devices (address, name, serial, first_seen) VALUES (?, ?, ?, ?)"),
                {QStringLiteral("127.0.0.1:161"), QStringLiteral("Printer 3rd floor"), QStringLiteral("CNB0001"), 0});
            if (!id) {
                m_error = id.error().message;
                return false;
            }
            m_deviceId = *id;
        }
        test::SyncTestConfig config;
        config.url = m_receiver.baseUrl();
        test::configureSync(m_root, config);
        writeActions(actionsIni);
        m_agent = std::make_unique<SyncAgent>(m_root);
        m_agent->setNowFunction([this] { return now(); });
        actions::ActionOptions options;
        options.rawPort = m_sink.port();
        options.connectTimeoutMs = test::scaled(3000);
        m_agent->setActionOptions(options);
        QEventLoop loop;
        SyncError error;
        m_agent->registerAgent(kAdmin, registration(), [&](const SyncError &e, const RegistrationResult &r) {
            error = e;
            m_agentId = r.agentId;
            loop.quit();
        });
        loop.exec();
        if (error) {
            m_error = error.message + m_receiver.log();
            return false;
        }
        return true;
    }

    // Replaces the [actions] group as an administrator would write it.
    void writeActions(const QString &text)
    {
        QSettings ini(m_root.settingsPath(), QSettings::IniFormat);
        ini.remove(QStringLiteral("actions"));
        ini.sync();
        QFile f(m_root.settingsPath());
        if (f.open(QIODevice::Append))
            f.write("\n[actions]\n" + text.toUtf8() + '\n');
    }

    void setMode(SecurityMode mode)
    {
        QSettings ini(m_root.settingsPath(), QSettings::IniFormat);
        SyncSettings s = SyncSettings::load(ini);
        s.securityMode = mode;
        s.save(ini);
    }

    QString queue(const QString &action, const QMap<QString, QString> &parameters = {}, int hours = 24)
    {
        QString why;
        const QString id = m_receiver.queueCommand(m_agentId, action, m_deviceId, {}, parameters, hours, &why);
        if (id.isEmpty())
            qWarning("queue failed: %s", qPrintable(why));
        return id;
    }

    CommandReport poll()
    {
        QEventLoop loop;
        CommandReport report;
        m_agent->pollCommands([&](const CommandReport &r) {
            report = r;
            loop.quit();
        });
        loop.exec();
        return report;
    }

    CommandReport runConsents()
    {
        QEventLoop loop;
        CommandReport report;
        m_agent->runConsents([&](const CommandReport &r) {
            report = r;
            loop.quit();
        });
        loop.exec();
        return report;
    }

    // The command's state and message as the receiver recorded them.
    std::pair<QString, QString> serverResult(const QString &commandId) const
    {
        const auto rows =
            m_receiver.query(QStringLiteral("SELECT state, message FROM commands WHERE id = ?"), {commandId});
        if (rows.isEmpty())
            return {};
        return {rows.first().value(QStringLiteral("state")).toString(),
                rows.first().value(QStringLiteral("message")).toString()};
    }

    ConsentStore consents()
    {
        return ConsentStore(m_agent->db(), [this] { return now(); });
    }

    QList<security::AuditRecord> audit(const QString &action)
    {
        auto rows = security::AuditLog(m_agent->db()).list();
        QList<security::AuditRecord> out;
        if (rows)
            for (const security::AuditRecord &r : *rows)
                if (r.action == action)
                    out << r;
        return out;
    }

    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

    const ProfileRoot &root() const { return m_root; }
    QString error() const { return m_error; }
    QString log() const { return m_receiver.log(); }
    qint64 requestCount() const { return m_receiver.count(QStringLiteral("requests")); }
    test::RawPrintSink &sink() { return m_sink; }
    SyncAgent &agent() { return *m_agent; }

private:
    static RegistrationRequest registration()
    {
        return test::testRegistration(QStringLiteral("Utrecht HQ"), QStringLiteral("fleetkeeper remote actions test"));
    }

    QTemporaryDir m_dir;
    ProfileRoot m_root{QString()};
    ReceiverProcess m_receiver;
    test::RawPrintSink m_sink;
    std::unique_ptr<SyncAgent> m_agent;
    QString m_agentId;
    qint64 m_deviceId = 0;
    qint64 m_offsetSeconds = 0;
    QString m_error;
};

} // namespace

class TestRemoteActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error())); }

    // The policy as the ini spells it: what a remote request for an action gets.
    void policy_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reason"); // a fragment of the reason; empty: none

        const int run = int(RemoteVerdict::Run);
        const int ask = int(RemoteVerdict::Ask);
        const int deny = int(RemoteVerdict::Deny);
        QTest::addRow("default denies") << ""
                                        << "reboot" << deny << "denied by policy";
        QTest::addRow("deny") << "remotePolicy=deny"
                              << "test-page" << deny << "denied by policy";
        QTest::addRow("ask") << "remotePolicy=ask"
                             << "reboot" << ask << "";
        QTest::addRow("allow listed") << "remotePolicy=allow\nremoteAllowed=reboot,test-page"
                                      << "test-page" << run << "";
        QTest::addRow("allow, not listed") << "remotePolicy=allow\nremoteAllowed=reboot"
                                           << "troubleshoot" << deny << "not in the list";
        QTest::addRow("older allowRemote=true") << "allowRemote=true"
                                                << "troubleshoot" << run << "";
        QTest::addRow("older allowRemote=false") << "allowRemote=false"
                                                 << "reboot" << deny << "denied by policy";
        QTest::addRow("unknown policy word") << "remotePolicy=sometimes"
                                             << "reboot" << deny << "denied by policy";
        QTest::addRow("disabled wins over allow") << "disabled=reboot\nremotePolicy=allow\nremoteAllowed=reboot"
                                                  << "reboot" << deny << "disabled by an administrator";
        QTest::addRow("disabled wins over ask") << "disabled=test-page\nremotePolicy=ask"
                                                << "test-page" << deny << "disabled by an administrator";
        QTest::addRow("firmware never") << "remotePolicy=allow\nremoteAllowed=firmware"
                                        << "firmware" << deny << "firmware";
        QTest::addRow("locked down wins over allow")
            << "remotePolicy=allow\nremoteAllowed=reboot\n[sync]\nsecurityMode=lockedDown"
            << "reboot" << deny << "locked-down";
        QTest::addRow("locked down wins over ask") << "remotePolicy=ask\n[sync]\nsecurityMode=lockedDown"
                                                   << "test-page" << deny << "locked-down";
    }
    void policy()
    {
        QFETCH(QString, ini);
        QFETCH(QString, action);
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleetkeeper.ini"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[actions]\n" + ini.toUtf8() + '\n');
        }
        const ActionPolicy p = ActionPolicy::load(path);
        const ActionKind kind = *actions::actionFromName(action);
        const actions::RemoteDecision d = p.remoteDecision(kind);
        QCOMPARE(int(d.verdict), verdict);
        if (reason.isEmpty())
            QVERIFY2(d.reason.isEmpty(), qPrintable(d.reason));
        else
            QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));

        // The runner's check agrees; a local request is never affected by the remote policy.
        actions::ActionRequest r;
        r.kind = kind;
        r.origin = actions::Origin::Remote;
        QCOMPARE(p.refusal(r).isEmpty(), verdict == int(RemoteVerdict::Run));
        r.origin = actions::Origin::Local;
        QCOMPARE(p.refusal(r).isEmpty(), !p.isDisabled(kind));
        // Consent lets an "ask" run, nothing else that was denied.
        const bool consentRuns = verdict != int(RemoteVerdict::Deny) || d.reason.contains(u"not in the list");
        QCOMPARE(p.withConsent().remoteDecision(kind).verdict == RemoteVerdict::Run, consentRuns);

        // save() keeps the meaning (the older allowRemote becomes the new keys).
        QSettings out(dir.filePath(QStringLiteral("saved.ini")), QSettings::IniFormat);
        p.save(out);
        out.setValue(QStringLiteral("sync/securityMode"),
                     p.isLockedDown() ? QStringLiteral("lockedDown") : QStringLiteral("normal"));
        out.sync();
        QCOMPARE(int(ActionPolicy::load(out).remoteDecision(kind).verdict), verdict);
        QVERIFY(!out.contains(QStringLiteral("actions/allowRemote")));
    }

    void denyPolicyIsReportedToTheServer()
    {
        Fixture f;
        QVERIFY2(f.start({}), qPrintable(f.error()));
        const QString reboot = f.queue(QStringLiteral("reboot"));
        const QString page = f.queue(QStringLiteral("printTestPage"));
        const CommandReport report = f.poll();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        QCOMPARE(report.denied, 2);
        QCOMPARE(report.resultsPosted, 2);
        for (const QString &id : {reboot, page}) {
            const auto [state, message] = f.serverResult(id);
            QCOMPARE(state, QStringLiteral("denied"));
            QVERIFY2(message.contains(u"denied by policy"), qPrintable(message));
        }
        QTest::qWait(test::scaled(200));
        QCOMPARE(f.sink().connections(), 0);
        QVERIFY(f.consents().list()->isEmpty());
    }

    void allowListedTestPagePrints()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=allow\nremoteAllowed=test-page")), qPrintable(f.error()));
        const QString page =
            f.queue(QStringLiteral("printTestPage"), {{QStringLiteral("page"), QStringLiteral("test")}});
        const QString reboot = f.queue(QStringLiteral("reboot"));
        const QString firmware = f.queue(QStringLiteral("firmwareUpgrade"),
                                         {{QStringLiteral("url"), QStringLiteral("https://fw.example.net/f.bin")},
                                          {QStringLiteral("sha256"), QString(64, u'a')}});
        const CommandReport report = f.poll();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        QCOMPARE(report.done, 1);
        QCOMPARE(report.denied, 1);
        QCOMPARE(report.unsupported, 1);

        QTRY_COMPARE_WITH_TIMEOUT(f.sink().jobs().size(), 1, test::scaled(5000));
        const QByteArray job = f.sink().jobs().first().data;
        QVERIFY2(job.contains("Printer 3rd floor") && job.contains("CNB0001"), job.constData());
        QVERIFY2(job.contains("remote"), job.constData()); // the actor printed on the page
        QCOMPARE(f.serverResult(page).first, QStringLiteral("done"));
        const auto [rebootState, rebootMessage] = f.serverResult(reboot);
        QCOMPARE(rebootState, QStringLiteral("denied"));
        QVERIFY2(rebootMessage.contains(u"not in the list"), qPrintable(rebootMessage));
        const auto [fwState, fwMessage] = f.serverResult(firmware);
        QCOMPARE(fwState, QStringLiteral("unsupported"));
        QVERIFY2(fwMessage.contains(u"does not download firmware"), qPrintable(fwMessage));

        // The run is recorded as the Remote actor with origin remote.
        auto events = storage::FleetRepository(f.agent().db()).events();
        QVERIFY(events);
        const auto it = std::find_if(events->cbegin(), events->cend(),
                                     [](const storage::EventRecord &e) { return e.kind == u"action"; });
        QVERIFY(it != events->cend());
        QVERIFY2(it->message.contains(u"by remote"), qPrintable(it->message));
    }

    void askApproveRunsAndReports()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=ask")), qPrintable(f.error()));
        const QString page = f.queue(QStringLiteral("printTestPage"));
        const CommandReport report = f.poll();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        QCOMPARE(report.pending, 1);
        QCOMPARE(report.newConsents.size(), 1);
        QCOMPARE(report.newConsents.first().kind, ActionKind::TestPage);
        QVERIFY2(report.newConsents.first().deviceLabel.contains(u"Printer 3rd floor"),
                 qPrintable(report.newConsents.first().deviceLabel));
        const auto [pendingState, pendingMessage] = f.serverResult(page);
        QCOMPARE(pendingState, QStringLiteral("pending"));
        QVERIFY2(pendingMessage.contains(u"Awaiting consent"), qPrintable(pendingMessage));
        QTest::qWait(test::scaled(200));
        QCOMPARE(f.sink().connections(), 0);

        const auto pending = f.consents().list(ConsentState::Pending);
        QVERIFY(pending && pending->size() == 1);
        const qint64 id = pending->first().id;
        QCOMPARE(pending->first().commandId, page);

        // Nothing to run yet: the consent pass touches nothing.
        QCOMPARE(f.runConsents().consentsRun, 0);

        // A read-only customer may not decide; the attempt is audited.
        auto byCustomer = f.consents().approve(id, kCustomer);
        QVERIFY(!byCustomer);
        QCOMPARE(byCustomer.error().code, security::SecurityErrorCode::Denied);
        // Neither the scheduler nor the server may give consent.
        for (const Actor &notAPerson : {Actor::system(), Actor::remote()}) {
            auto r = f.consents().approve(id, notAPerson);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(u"not a person"), qPrintable(r.error().message));
        }
        QCOMPARE(f.audit(QStringLiteral("remote-action.approve")).size(), 3);
        QCOMPARE(f.consents().find(id)->value().state, ConsentState::Pending);

        auto approved = f.consents().approve(id, kAdmin);
        QVERIFY2(approved, qPrintable(approved.error().message));
        // A second decision is refused.
        QVERIFY(!f.consents().deny(id, kAdmin, {}));

        const CommandReport ran = f.runConsents();
        QVERIFY2(ran.ok, qPrintable(ran.summary() + f.log()));
        QCOMPARE(ran.consentsRun, 1);
        QCOMPARE(ran.done, 1);
        QCOMPARE(ran.resultsPosted, 1);
        QTRY_COMPARE_WITH_TIMEOUT(f.sink().jobs().size(), 1, test::scaled(5000));
        QCOMPARE(f.serverResult(page).first, QStringLiteral("done"));

        const Consent after = f.consents().find(id)->value();
        QCOMPARE(after.state, ConsentState::Ran);
        QCOMPARE(after.decidedBy, QStringLiteral("alice"));
        QCOMPARE(after.result.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const auto decisions = f.audit(QStringLiteral("remote-action.approve"));
        QCOMPARE(decisions.last().actor, QStringLiteral("alice"));
        QCOMPARE(decisions.last().result, QString(security::kAuditOk));
        QCOMPARE(decisions.first().result, QString(security::kAuditDenied));
        QVERIFY(security::AuditLog(f.agent().db()).verify()->intact());

        // The receiver saw pending, then done (two results, both recorded).
        QCOMPARE(f.runConsents().resultsPosted, 0); // nothing left to post
    }

    void askDenyIsReported()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=ask")), qPrintable(f.error()));
        const QString reboot = f.queue(QStringLiteral("reboot"));
        QCOMPARE(f.poll().pending, 1);
        const qint64 id = f.consents().list(ConsentState::Pending)->first().id;
        // Customer: not allowed to reboot, so not allowed to decide on a reboot.
        auto byCustomer = f.consents().deny(id, kCustomer, QStringLiteral("no"));
        QVERIFY(!byCustomer);
        QCOMPARE(byCustomer.error().code, security::SecurityErrorCode::Denied);
        auto denied = f.consents().deny(id, kAdmin, QStringLiteral("the print room is busy"));
        QVERIFY2(denied, qPrintable(denied.error().message));

        const CommandReport report = f.runConsents();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        QCOMPARE(report.resultsPosted, 1);
        const auto [state, message] = f.serverResult(reboot);
        QCOMPARE(state, QStringLiteral("denied"));
        QVERIFY2(message.contains(u"alice") && message.contains(u"print room is busy"), qPrintable(message));
        const auto audit = f.audit(QStringLiteral("remote-action.deny"));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().actor, QStringLiteral("alice"));
        QVERIFY(audit.last().parameters.contains(u"print room is busy"));
    }

    void lockedDownDeniesAnApprovedRequest()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=ask")), qPrintable(f.error()));
        const QString page = f.queue(QStringLiteral("printTestPage"));
        QCOMPARE(f.poll().pending, 1);
        const qint64 id = f.consents().list(ConsentState::Pending)->first().id;

        f.setMode(SecurityMode::LockedDown);
        QVERIFY(f.consents().approve(id, kAdmin));
        const CommandReport locked = f.runConsents();
        QCOMPARE(locked.consentsRun, 1);
        QCOMPARE(locked.denied, 1);
        QCOMPARE(locked.resultsPosted, 0); // locked down: nothing is sent
        QTest::qWait(test::scaled(200));
        QCOMPARE(f.sink().connections(), 0);
        QCOMPARE(f.serverResult(page).first, QStringLiteral("pending"));

        // Back to Normal: the stored result goes out with the next command poll.
        f.setMode(SecurityMode::Normal);
        const CommandReport report = f.poll();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        const auto [state, message] = f.serverResult(page);
        QCOMPARE(state, QStringLiteral("denied"));
        QVERIFY2(message.contains(u"locked-down"), qPrintable(message));
    }

    void disabledActionIsRefusedWithTheReason()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("disabled=test-page\nremotePolicy=allow\nremoteAllowed=test-page,reboot")),
                 qPrintable(f.error()));
        const QString page = f.queue(QStringLiteral("printTestPage"));
        const CommandReport report = f.poll();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        const auto [state, message] = f.serverResult(page);
        QCOMPARE(state, QStringLiteral("denied"));
        QVERIFY2(message.contains(u"disabled by an administrator"), qPrintable(message));
        QTest::qWait(test::scaled(200));
        QCOMPARE(f.sink().connections(), 0);
    }

    void unansweredRequestExpires()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=ask\nconsentHours=2")), qPrintable(f.error()));
        const QString page = f.queue(QStringLiteral("printTestPage"));
        QCOMPARE(f.poll().pending, 1);
        const Consent c = f.consents().list(ConsentState::Pending)->first();
        QVERIFY(qAbs(c.receivedAt.secsTo(c.expiresAt) - 2 * 3600) < 5);

        f.advance(3600); // not yet
        QCOMPARE(f.runConsents().resultsPosted, 0);
        QCOMPARE(f.consents().find(c.id)->value().state, ConsentState::Pending);

        f.advance(3601);
        const CommandReport report = f.runConsents();
        QVERIFY2(report.ok, qPrintable(report.summary() + f.log()));
        QCOMPARE(report.resultsPosted, 1);
        QCOMPARE(f.consents().find(c.id)->value().state, ConsentState::Expired);
        const auto [state, message] = f.serverResult(page);
        QCOMPARE(state, QStringLiteral("expired"));
        QVERIFY2(message.contains(u"expired"), qPrintable(message));
        // Too late to approve.
        auto late = f.consents().approve(c.id, kAdmin);
        QVERIFY(!late);
        QCOMPARE(late.error().code, security::SecurityErrorCode::InvalidArgument);
        QCOMPARE(f.sink().connections(), 0);
    }

    // A decision made in another process (here: another connection, as the CLI would) reaches the
    // server through the service that owns the schedule, within its consent check interval.
    void serviceReportsDecisionsMadeElsewhere()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=ask")), qPrintable(f.error()));
        const QString reboot = f.queue(QStringLiteral("reboot"));
        QCOMPARE(f.poll().pending, 1);
        SyncService service(f.root());
        QSignalSpy finished(&service, &SyncService::consentsFinished);
        service.setConsentCheckInterval(test::scaled(300));
        service.start();
        {
            storage::Database other(QStringLiteral("elsewhere"));
            QVERIFY(!other.open(f.root().databasePath()));
            const qint64 id = ConsentStore(other).list(ConsentState::Pending)->first().id;
            QVERIFY(ConsentStore(other).deny(id, kAdmin, QStringLiteral("maintenance window")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.serverResult(reboot).first, QStringLiteral("denied"), test::scaled(10000));
        QVERIFY(f.serverResult(reboot).second.contains(u"maintenance window"));
        // Later checks find nothing to do and send nothing.
        const qint64 requests = f.requestCount();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, test::scaled(10000));
        QCOMPARE(f.requestCount(), requests);
    }

    // The CLI as an administrator runs it: list the request, deny it and report at once.
    void cliListsAndDenies()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("remotePolicy=ask")), qPrintable(f.error()));
        const QString page = f.queue(QStringLiteral("printTestPage"));
        QCOMPARE(f.poll().pending, 1);
        const qint64 id = f.consents().list(ConsentState::Pending)->first().id;
        const auto cli = [&f](const QStringList &args) {
            QProcess p;
            p.setProgram(test::binDir() + QStringLiteral("/fleetkeeper-cli"));
            p.setArguments(QStringList{QStringLiteral("--profile"), f.root().dir()} + args);
            p.setStandardInputFile(QProcess::nullDevice());
            p.start();
            p.waitForFinished(test::scaled(30000));
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        const auto [listCode, listed] = cli({QStringLiteral("actions"), QStringLiteral("pending")});
        QVERIFY2(listCode == 0 && listed.contains(u"test-page") && listed.contains(u"Printer 3rd floor"),
                 qPrintable(listed));
        const auto [denyCode, denied] =
            cli({QStringLiteral("actions"), QStringLiteral("deny"), QString::number(id), QStringLiteral("--reason"),
                 QStringLiteral("paper is out"), QStringLiteral("--now")});
        QVERIFY2(denyCode == 0, qPrintable(denied));
        const auto [state, message] = f.serverResult(page);
        QCOMPARE(state, QStringLiteral("denied"));
        QVERIFY2(message.contains(u"paper is out"), qPrintable(message));
        // Deciding twice is a usage error.
        QCOMPARE(cli({QStringLiteral("actions"), QStringLiteral("approve"), QString::number(id)}).first, 2);
    }
};

QTEST_GUILESS_MAIN(TestRemoteActions)
#include "tst_remoteactions.moc"
