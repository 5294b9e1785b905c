// SNMPv3 against a second, independent agent: the real Net-SNMP snmpd. Every user and algorithm the
// agent supports is polled and checked against what Net-SNMP's own snmpget client reads; every USM
// failure must come back as its own error class, quickly when the agent reports it (RFC 3414); and the
// engine's caches (engine ID, engine boots/time, USM keys) must survive what real devices do to them.

#include "SnmpdAgent.h"
#include "TestEnv.h"
#include "collect/Poller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(fleet::snmp::Credential)
Q_DECLARE_METATYPE(fleet::snmp::ErrorClass)

using namespace fleet;
using namespace fleet::collect;
using namespace fleet::snmp;

namespace {
const QString kSysDescr = QStringLiteral("1.3.6.1.2.1.1.1.0");
const QString kSysObjectId = QStringLiteral("1.3.6.1.2.1.1.2.0");
const QString kSysUpTime = QStringLiteral("1.3.6.1.2.1.1.3.0");
const QString kSysContact = QStringLiteral("1.3.6.1.2.1.1.4.0");
const QString kSysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
const QString kSysLocation = QStringLiteral("1.3.6.1.2.1.1.6.0");

// Bug: AsyncSession::netsnmpCallback files a response under the request-id of the PDU it received.
// Regressions covered here: Net-SNMP hands SNMPv3 reports to us with the report's own request-id,
// 0 when the agent could not read our encrypted PDU (AsyncSession answers every waiting request with
// it); and a device that gets a new engine ID at the same address (AsyncSession forgets the cached ID,
// the poller discovers again once).

// Polls that should succeed: far more than snmpd needs (tens of ms), bounds a failing test.
int successDeadlineMs()
{
    return test::scaled(15000);
}
// Error polls: above a full silent failure (timeout x (retries + 1)), so silence stays noResponse.
int errorDeadlineMs()
{
    return test::scaled(3500);
}

Credential credentialFor(const test::SnmpdUser &u, const QString &profileName = {})
{
    Credential c;
    c.name = profileName.isEmpty() ? u.name : profileName;
    c.version = Version::V3;
    c.user = u.name;
    c.authProtocol = u.authProtocol.isEmpty() ? AuthProtocol::None : authProtocolFromName(u.authProtocol).value();
    c.authPassword = u.authPassword;
    c.privProtocol = u.privProtocol.isEmpty() ? PrivProtocol::None : privProtocolFromName(u.privProtocol).value();
    c.privPassword = u.privPassword;
    c.level = c.privProtocol != PrivProtocol::None   ? SecurityLevel::AuthPriv
              : c.authProtocol != AuthProtocol::None ? SecurityLevel::AuthNoPriv
                                                     : SecurityLevel::NoAuthNoPriv;
    c.timeoutMs = test::scaled(2000);
    c.retries = 1;
    return c;
}

// A credential that is expected to fail: a silent failure costs 2 x 1 s, a reported one milliseconds.
Credential failing(Credential c)
{
    c.timeoutMs = test::scaled(1000);
    c.retries = 1;
    return c;
}

// A credential the agent will not answer at all: short timeouts keep the test quick.
Credential silent(Credential c)
{
    c.timeoutMs = test::scaled(400);
    c.retries = 1;
    return c;
}

test::SnmpdUser defaultUser(const QString &name)
{
    for (const test::SnmpdUser &u : test::SnmpdAgent::defaultUsers())
        if (u.name == name)
            return u;
    return {};
}

QString describe(const DeviceSnapshot &s)
{
    return QStringLiteral("reachable=%1 error=%2 \"%3\" credential=%4 requests=%5 durationMs=%6")
        .arg(s.reachable)
        .arg(errorClassName(s.error.cls), s.error.message, s.credentialName)
        .arg(s.requests)
        .arg(s.durationMs);
}

// Empty when the poll failed quickly (from the agent's report: well under one request timeout).
QString notFastProblem(const DeviceSnapshot &s, int timeoutMs)
{
    if (s.reachable || s.error.message.isEmpty() || s.durationMs >= timeoutMs)
        return QStringLiteral("expected a fast failure with a message (timeout %1 ms): %2")
            .arg(timeoutMs)
            .arg(describe(s));
    return {};
}

QString notReachableProblem(const DeviceSnapshot &s, const test::SnmpdAgent &agent)
{
    if (!s.reachable || s.error)
        return describe(s) + u'\n' + agent.log();
    if (s.identity.sysName != test::SnmpdAgent::sysName())
        return QStringLiteral("wrong sysName \"%1\"").arg(s.identity.sysName);
    return {};
}
} // namespace

class TestSnmpV3 : public QObject
{
    Q_OBJECT
private:
    test::SnmpdAgent m_agent;

    static PollTarget targetOf(const test::SnmpdAgent &agent, const QList<Credential> &credentials)
    {
        PollTarget t;
        t.target = agent.endpoint();
        t.host = agent.address();
        t.port = agent.port();
        t.credentials = credentials;
        return t;
    }

    DeviceSnapshot poll(const PollTarget &target, int deadlineMs)
    {
        Poller poller;
        DeviceSnapshot out;
        out.error = {ErrorClass::Internal, QStringLiteral("the poller reported no snapshot")};
        connect(&poller, &Poller::deviceFinished, this, [&](const DeviceSnapshot &s) { out = s; });
        QSignalSpy done(&poller, &Poller::finished);
        PollOptions options;
        options.deviceDeadlineMs = deadlineMs;
        poller.start({target}, options);
        if (!done.wait(deadlineMs + test::scaled(10000)))
            qWarning("the poll did not finish");
        return out;
    }

    DeviceSnapshot poll(const test::SnmpdAgent &agent, const Credential &credential,
                        int deadlineMs = successDeadlineMs())
    {
        return poll(targetOf(agent, {credential}), deadlineMs);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_agent.start(), qPrintable(m_agent.error())); }

    void pollsEveryUser_data()
    {
        QTest::addColumn<QString>("user");
        for (const test::SnmpdUser &u : test::SnmpdAgent::defaultUsers()) {
            const QString row = u.authProtocol.isEmpty() ? QStringLiteral("noAuthNoPriv")
                                : u.privProtocol.isEmpty()
                                    ? QStringLiteral("authNoPriv %1").arg(u.authProtocol)
                                    : QStringLiteral("%1/%2").arg(u.authProtocol, u.privProtocol);
            QTest::addRow("%s", qPrintable(row)) << u.name;
        }
    }
    void pollsEveryUser()
    {
        QFETCH(QString, user);
        const test::SnmpdUser u = m_agent.user(user);
        const Credential cred = credentialFor(u);
        QElapsedTimer clock;
        clock.start();
        const test::SnmpGetResult expected =
            m_agent.snmpget(u, {kSysDescr, kSysObjectId, kSysUpTime, kSysContact, kSysName, kSysLocation});
        QVERIFY2(expected.ok, qPrintable(expected.output));

        const DeviceSnapshot s = poll(m_agent, cred);
        const qint64 elapsedSeconds = clock.elapsed() / 1000;
        const QString problem = notReachableProblem(s, m_agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(s.credentialName, cred.name);
        QCOMPARE(s.address, m_agent.endpoint());
        QVERIFY(!s.identity.sysDescr.isEmpty());
        QCOMPARE(s.identity.sysDescr, expected.values.value(kSysDescr).trimmed());
        QCOMPARE(s.identity.sysObjectID, expected.values.value(kSysObjectId));
        QCOMPARE(s.identity.sysName, expected.values.value(kSysName));
        QCOMPARE(s.identity.sysLocation, expected.values.value(kSysLocation));
        QCOMPARE(s.identity.sysLocation, test::SnmpdAgent::sysLocation());
        QCOMPARE(s.identity.sysContact, expected.values.value(kSysContact));

        // sysUpTime is the agent's own uptime: at least what snmpget saw just before, at most that plus
        // the time the poll took (rounded up to whole seconds).
        QVERIFY(s.identity.uptimeSeconds.has_value());
        const qint64 before = expected.values.value(kSysUpTime).toLongLong() / 100;
        QVERIFY2(
            *s.identity.uptimeSeconds >= before && *s.identity.uptimeSeconds <= before + elapsedSeconds + 1,
            qPrintable(QStringLiteral("uptime %1 s, snmpget saw %2 s").arg(*s.identity.uptimeSeconds).arg(before)));

        // A host agent, not a printer: nothing of the Printer-MIB may be invented.
        QVERIFY(!s.printer);
        QVERIFY(s.supplies.isEmpty());
        QVERIFY(s.alerts.isEmpty());
        QVERIFY(s.counters.markers.isEmpty());
        QVERIFY(!s.counters.lifetimeImpressions.has_value());
    }

    void classifiedErrors_data()
    {
        QTest::addColumn<Credential>("cred");
        QTest::addColumn<ErrorClass>("expected");
        QTest::addColumn<bool>("reported"); // false: snmpd stays silent, the failure is a timeout
        const test::SnmpdUser sha256 = defaultUser(QStringLiteral("sha256aes256"));
        const test::SnmpdUser md5 = defaultUser(QStringLiteral("md5des"));
        const test::SnmpdUser authOnly = defaultUser(QStringLiteral("sha1authonly"));
        const test::SnmpdUser noAuth = defaultUser(QStringLiteral("noauth"));

        Credential c = failing(credentialFor(sha256));
        c.authPassword = QStringLiteral("not-the-password");
        QTest::addRow("wrong auth password") << c << ErrorClass::WrongAuth << true;

        c = failing(credentialFor(md5));
        c.authPassword = QStringLiteral("not-the-password");
        QTest::addRow("wrong auth password, MD5/DES") << c << ErrorClass::WrongAuth << true;

        c = failing(credentialFor(authOnly));
        c.authPassword = QStringLiteral("not-the-password");
        // Unencrypted, so snmpd reads the request-id and puts it in its report: not hit by the bug.
        QTest::addRow("wrong auth password, authNoPriv") << c << ErrorClass::WrongAuth << true;

        // HMAC-SHA-96 against an HMAC-SHA-256-192 user: the digest (and its length) cannot match.
        c = failing(credentialFor(sha256));
        c.authProtocol = AuthProtocol::SHA1;
        QTest::addRow("wrong auth protocol (SHA-1 for SHA-256)") << c << ErrorClass::WrongAuth << true;

        c = failing(credentialFor(md5));
        c.authProtocol = AuthProtocol::SHA1;
        QTest::addRow("wrong auth protocol (SHA-1 for MD5)") << c << ErrorClass::WrongAuth << true;

        c = failing(credentialFor(sha256));
        c.user = QStringLiteral("nobody-by-this-name");
        QTest::addRow("unknown user") << c << ErrorClass::UnknownUser << true;

        c = failing(credentialFor(noAuth));
        c.user = QStringLiteral("nobody-by-this-name");
        QTest::addRow("unknown user, noAuthNoPriv") << c << ErrorClass::UnknownUser << true;

        // The user exists without a privacy key: snmpd answers usmStatsUnsupportedSecLevels.
        c = failing(credentialFor(authOnly));
        c.level = SecurityLevel::AuthPriv;
        c.privProtocol = PrivProtocol::AES128;
        c.privPassword = QStringLiteral("privatus");
        QTest::addRow("authPriv for an authNoPriv user") << c << ErrorClass::UnsupportedSecurityLevel << true;

        c = failing(credentialFor(noAuth));
        c.level = SecurityLevel::AuthNoPriv;
        c.authProtocol = AuthProtocol::SHA1;
        c.authPassword = QStringLiteral("auctoritas");
        QTest::addRow("authNoPriv for a noAuthNoPriv user") << c << ErrorClass::UnsupportedSecurityLevel << true;

        // snmpd 5.9.3 sends no usmStatsDecryptionErrors report for a wrong privacy key: AES and DES
        // "decrypt" anything, the garbage fails to parse as a scoped PDU, and snmpd only logs "error
        // parsing ScopedPDU" and counts snmpInASNParseErrs. Its own snmpget client times out as well.
        // The engine recognises the pattern (discovery answered, encrypted request ignored) and says
        // decryptionFailed after the timeout, on every poll (it discovers again after such a failure).
        c = silent(credentialFor(sha256));
        c.privPassword = QStringLiteral("not-the-password");
        QTest::addRow("wrong privacy password") << c << ErrorClass::DecryptionFailed << false;

        c = silent(credentialFor(md5));
        c.privPassword = QStringLiteral("not-the-password");
        QTest::addRow("wrong privacy password, DES") << c << ErrorClass::DecryptionFailed << false;

        c = silent(credentialFor(sha256));
        c.privProtocol = PrivProtocol::AES128;
        QTest::addRow("wrong privacy protocol (AES-128 for AES-256)") << c << ErrorClass::DecryptionFailed << false;
    }
    void classifiedErrors()
    {
        QFETCH(Credential, cred);
        QFETCH(ErrorClass, expected);
        QFETCH(bool, reported);
        // A fresh agent per row: the first poll discovers its engine ID, the second reuses the cached
        // one; both paths must classify the same way.
        test::SnmpdAgent agent;
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        for (const char *path : {"discovery", "cached engine ID"}) {
            const DeviceSnapshot s = poll(agent, cred, errorDeadlineMs());
            QVERIFY2(s.error.cls == expected,
                     qPrintable(QStringLiteral("%1: expected %2, %3")
                                    .arg(QLatin1String(path), errorClassName(expected), describe(s))));
            QVERIFY2(!s.reachable && !s.error.message.isEmpty(), qPrintable(describe(s)));
            if (reported) {
                const QString problem = notFastProblem(s, cred.timeoutMs);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            } else {
                // Silence: the engine waited for its timeouts, and no longer than that.
                QVERIFY2(s.durationMs >= cred.timeoutMs * (cred.retries + 1) - 50, qPrintable(describe(s)));
                QVERIFY2(s.durationMs < cred.timeoutMs * (cred.retries + 1) + test::scaled(1000),
                         qPrintable(describe(s)));
            }
        }
        // The agent still serves the right credentials afterwards.
        const QString problem =
            notReachableProblem(poll(agent, credentialFor(agent.user(QStringLiteral("sha512aes256")))), agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // VACM, not USM: the user authenticates, but "rouser NAME priv" grants nothing below authPriv, so
    // snmpd answers every request with error-status authorizationError.
    void levelBelowTheGrantedOneIsDenied()
    {
        Credential c = failing(credentialFor(m_agent.user(QStringLiteral("sha256aes256"))));
        c.level = SecurityLevel::AuthNoPriv;
        c.privProtocol = PrivProtocol::None;
        c.privPassword.clear();
        const DeviceSnapshot s = poll(m_agent, c, errorDeadlineMs());
        QVERIFY2(s.error.cls == ErrorClass::AgentError, qPrintable(describe(s)));
        QVERIFY2(!s.error.message.isEmpty(), qPrintable(describe(s)));
        QVERIFY2(s.identity.sysName.isEmpty(), qPrintable(s.identity.sysName));
        const QString problem = notFastProblem(s, c.timeoutMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void nothingListeningIsNoResponse()
    {
        const Credential c = silent(credentialFor(defaultUser(QStringLiteral("sha256aes256"))));
        PollTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = test::freeUdpPort();
        t.target = QStringLiteral("127.0.0.1:%1").arg(t.port);
        t.credentials = {c};
        const DeviceSnapshot s = poll(t, errorDeadlineMs());
        QVERIFY2(!s.reachable, qPrintable(describe(s)));
        QCOMPARE(errorClassName(s.error.cls), QStringLiteral("noResponse"));
        QVERIFY(!s.error.message.isEmpty());
        // Silence costs the timeout with its retry, not the device deadline.
        QVERIFY2(s.durationMs < c.timeoutMs * (c.retries + 1) + test::scaled(1000), qPrintable(describe(s)));
    }

    void stoppedAgentIsNoResponse()
    {
        test::SnmpdAgent agent;
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        Credential c = credentialFor(agent.user(QStringLiteral("sha224aes128")));
        const QString problem = notReachableProblem(poll(agent, c), agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        agent.stop();
        c = silent(c);
        const DeviceSnapshot s = poll(agent, c, errorDeadlineMs());
        QVERIFY2(!s.reachable, qPrintable(describe(s)));
        QCOMPARE(errorClassName(s.error.cls), QStringLiteral("noResponse"));
        QVERIFY(!s.error.message.isEmpty());
        QVERIFY2(s.durationMs < c.timeoutMs * (c.retries + 1) + test::scaled(1000), qPrintable(describe(s)));
    }

    void secondPollReusesEngineId()
    {
        test::SnmpdAgent agent;
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        const Credential c = credentialFor(agent.user(QStringLiteral("sha1aes128")));
        const DeviceSnapshot first = poll(agent, c);
        QString problem = notReachableProblem(first, agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const DeviceSnapshot second = poll(agent, c);
        problem = notReachableProblem(second, agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Exactly the discovery round trip is saved; the walk itself is the same.
        QCOMPARE(second.requests, first.requests - 1);
        QCOMPARE(second.identity.sysDescr, first.identity.sysDescr);
    }

    void credentialsTriedInOrder_data()
    {
        QTest::addColumn<Credential>("first");
        QTest::addColumn<bool>("reported"); // the first fails by the agent's report, not by a timeout

        Credential c =
            failing(credentialFor(defaultUser(QStringLiteral("sha1aes128")), QStringLiteral("old-password")));
        c.authPassword = QStringLiteral("last-years-password");
        QTest::addRow("wrong auth password first") << c << true;

        c = failing(credentialFor(defaultUser(QStringLiteral("noauth")), QStringLiteral("other-site")));
        c.user = QStringLiteral("other-sites-user");
        QTest::addRow("unknown noAuthNoPriv user first") << c << true;

        c = silent(credentialFor(defaultUser(QStringLiteral("sha1aes128")), QStringLiteral("old-privacy")));
        c.privPassword = QStringLiteral("last-years-password");
        QTest::addRow("wrong privacy password first") << c << false;

        // snmpd has no community: the v2c request is dropped silently.
        c = Credential();
        c.name = QStringLiteral("v2c-public");
        c.version = Version::V2c;
        c.community = QStringLiteral("public");
        c = silent(c);
        QTest::addRow("v2c community first") << c << false;
    }
    void credentialsTriedInOrder()
    {
        QFETCH(Credential, first);
        QFETCH(bool, reported);
        const Credential right =
            credentialFor(m_agent.user(QStringLiteral("sha256aes256")), QStringLiteral("site-default"));
        const DeviceSnapshot s = poll(targetOf(m_agent, {first, right}), errorDeadlineMs());
        QVERIFY2(s.reachable && !s.error, qPrintable(describe(s)));
        QCOMPARE(s.credentialName, QStringLiteral("site-default"));
        QCOMPARE(s.identity.sysName, test::SnmpdAgent::sysName());
        if (reported)
            QVERIFY2(s.durationMs < first.timeoutMs, qPrintable(describe(s)));
    }

    // Net-SNMP keeps one USM entry (with its localized keys) per engine ID and user name. Profiles may
    // share a user name with different passwords; a stale entry would make a wrong password pass, or a
    // right one fail, depending on which profile ran first.
    void sameUserDifferentPasswords()
    {
        test::SnmpdAgent agent;
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        const test::SnmpdUser u = agent.user(QStringLiteral("sha384aes192"));
        const Credential right = credentialFor(u, QStringLiteral("right"));
        Credential wrongAuth = failing(credentialFor(u, QStringLiteral("wrong-auth")));
        wrongAuth.authPassword = QStringLiteral("not-the-password");
        Credential wrongPriv = silent(credentialFor(u, QStringLiteral("wrong-priv")));
        wrongPriv.privPassword = QStringLiteral("not-the-password");

        struct Step
        {
            const Credential *credential;
            bool succeeds;
        };
        // Right and wrong alternate so every step runs on a USM entry left by the other password.
        const Step steps[] = {{&right, true},      {&wrongPriv, false}, {&right, true},
                              {&wrongAuth, false}, {&right, true},      {&wrongAuth, false}};
        int i = 0;
        for (const Step &step : steps) {
            const DeviceSnapshot s = poll(agent, *step.credential, errorDeadlineMs());
            QVERIFY2(s.reachable == step.succeeds,
                     qPrintable(QStringLiteral("step %1 (%2): %3").arg(i).arg(step.credential->name, describe(s))));
            ++i;
        }
        // Both in one target, the wrong one first.
        const DeviceSnapshot s = poll(targetOf(agent, {wrongPriv, right}), errorDeadlineMs());
        QVERIFY2(s.reachable && !s.error, qPrintable(describe(s)));
        QCOMPARE(s.credentialName, QStringLiteral("right"));
    }

    // A restarted device keeps its engine ID but counts one more boot and restarts its engine time:
    // the cached boots/time are rejected (usmStatsNotInTimeWindows), which must resynchronise at once.
    void restartWithNewEngineBoots()
    {
        test::SnmpdAgent agent;
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        const Credential c = credentialFor(agent.user(QStringLiteral("sha512aes256")));
        QString problem = notReachableProblem(poll(agent, c), agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString engineId = agent.engineId();
        const qint64 boots = agent.engineBoots();
        QVERIFY(!engineId.isEmpty());
        QVERIFY(boots >= 1);

        QVERIFY2(agent.restart(test::SnmpdAgent::Restart::SameEngine), qPrintable(agent.error()));
        QCOMPARE(agent.engineId(), engineId);
        QCOMPARE(agent.engineBoots(), boots + 1);

        const DeviceSnapshot s = poll(agent, c);
        problem = notReachableProblem(s, agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(s.durationMs < c.timeoutMs, qPrintable(describe(s)));
        problem = notReachableProblem(poll(agent, c), agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A device replaced at the same address (or reset to factory defaults) has a new engine ID; the
    // cached one makes it answer usmStatsUnknownEngineIDs, after which the engine must rediscover.
    void replacedDeviceWithNewEngineId()
    {
        test::SnmpdAgent agent;
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        const Credential c = credentialFor(agent.user(QStringLiteral("sha256aes256")));
        QString problem = notReachableProblem(poll(agent, c), agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString engineId = agent.engineId();
        QVERIFY2(agent.restart(test::SnmpdAgent::Restart::NewEngine), qPrintable(agent.error()));
        QVERIFY(agent.engineId() != engineId);

        const DeviceSnapshot s = poll(agent, c, errorDeadlineMs());
        problem = notReachableProblem(s, agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = notReachableProblem(poll(agent, c), agent);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestSnmpV3)
#include "tst_snmpv3.moc"
