// SNMP SET and the reboot action against the real Net-SNMP agent: prtGeneralReset.1 is made
// writable with snmpd's "override -rw", a write community is separate from the read one, the
// agent is restarted by the test (its sysUpTime starts again from 0, as a rebooted printer's
// does) or left stopped (a device that never comes back). snmpget checks independently what the
// agent received.

#include "ActionTestSetup.h"
#include "SnmpdAgent.h"
#include "TestEnv.h"
#include "actions/ActionRunner.h"
#include "actions/RebootAction.h"
#include "snmp/AsyncSession.h"
#include "snmp/SnmpEngine.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace fleet;
using namespace fleet::actions;
using fleet::test::describe;

namespace {
const QString kResetOid = QStringLiteral("1.3.6.1.2.1.43.5.1.1.3.1");
const QString kUptimeOid = QStringLiteral("1.3.6.1.2.1.1.3.0");

snmp::Credential community(const QString &name)
{
    return test::quickCommunity(name, name, 500);
}

snmp::Response setNow(quint16 port, const snmp::Credential &c, const snmp::VarBindList &bindings)
{
    snmp::Response result;
    bool done = false;
    QObject context;
    auto &engine = snmp::SnmpEngine::instance();
    engine.post([&engine, port, c, bindings, &result, &done, ctx = &context] {
        snmp::Error e;
        auto s = snmp::AsyncSession::open(engine, QHostAddress(QStringLiteral("127.0.0.1")), port, c, &e);
        if (!s) {
            snmp::Response r;
            r.error = e;
            QMetaObject::invokeMethod(ctx, [&, r] { result = r, done = true; });
            return;
        }
        s->set(bindings, [s, ctx, &result, &done](const snmp::Response &r) {
            QMetaObject::invokeMethod(ctx, [&, r] { result = r, done = true; });
            s->close();
        });
    });
    const QDeadlineTimer deadline(test::scaled(5000));
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    if (!done)
        result.error = {snmp::ErrorClass::NoResponse, QStringLiteral("no callback in time")};
    return result;
}

} // namespace

class TestActionsReboot : public QObject
{
    Q_OBJECT
private:
    test::SnmpdAgent m_agent;
    test::SnmpdUser m_reader;

    bool startAgent()
    {
        m_agent.setExtraConfig({QStringLiteral("rocommunity public 127.0.0.1"),
                                QStringLiteral("rwcommunity fleetwrite 127.0.0.1"),
                                QStringLiteral("override -rw .%1 integer 3").arg(kResetOid)});
        m_reader = {QStringLiteral("noauth"), {}, {}, {}, {}};
        return m_agent.start({m_reader});
    }

    QString resetValue() const { return m_agent.snmpget(m_reader, {kResetOid}).values.value(kResetOid); }

    // A reboot of device() by an administrator, rechecking every 200 ms for rebootTimeoutMs (scaled).
    ActionRequest rebootRequest(int rebootTimeoutMs) const
    {
        ActionRequest r = test::adminRequest(ActionKind::Reboot, device());
        r.options.recheckIntervalMs = 200;
        r.options.rebootTimeoutMs = test::scaled(rebootTimeoutMs);
        return r;
    }

    DeviceTarget device() const
    {
        DeviceTarget d;
        d.name = QStringLiteral("snmpd");
        d.host = QStringLiteral("127.0.0.1");
        d.snmpPort = m_agent.port();
        d.credentials = {community(QStringLiteral("public"))};
        d.writeCredential = community(QStringLiteral("fleetwrite"));
        return d;
    }

    // The agent must have run a little, so a restart visibly sets its uptime back.
    void waitForUptime(qint64 ticks)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_agent.snmpget(m_reader, {kUptimeOid}).values.value(kUptimeOid).toLongLong() >= ticks,
                                 test::scaled(10000));
    }

private Q_SLOTS:
    void init() { QVERIFY2(startAgent(), qPrintable(m_agent.error())); }
    void cleanup() { m_agent.stop(); }

    void set_data()
    {
        QTest::addColumn<QString>("communityName");
        QTest::addColumn<int>("errorStatus");
        QTest::addColumn<QString>("after");
        QTest::addRow("write community") << "fleetwrite" << 0 << "4";
        QTest::addRow("read community") << "public" << 6 /* noAccess */ << "3";
    }
    void set()
    {
        QFETCH(QString, communityName);
        QFETCH(int, errorStatus);
        QFETCH(QString, after);
        const snmp::Response r = setNow(m_agent.port(), community(communityName),
                                        {{snmp::Oid::fromString(kResetOid), snmp::Value::integer(4)}});
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.errorStatus, errorStatus);
        QCOMPARE(resetValue(), after);
    }

    void setRejectsUnwritableType()
    {
        const snmp::Response r = setNow(m_agent.port(), community(QStringLiteral("fleetwrite")),
                                        {{snmp::Oid::fromString(kResetOid), snmp::Value()}});
        QCOMPARE(r.error.cls, snmp::ErrorClass::ConfigError);
    }

    void restartedRule_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<bool>("restarted");
        QTest::addRow("kept counting") << qint64(500000) << qint64(503000) << qint64(30000) << false;
        QTest::addRow("counted a little slow") << qint64(500000) << qint64(502950) << qint64(30000) << false;
        QTest::addRow("back after reboot") << qint64(500000) << qint64(1500) << qint64(30000) << true;
        QTest::addRow("young agent restarted late") << qint64(50) << qint64(100) << qint64(3000) << true;
        QTest::addRow("frozen uptime is no restart") << qint64(500000) << qint64(500000) << qint64(30000) << false;
    }
    void restartedRule()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, now);
        QFETCH(qint64, elapsedMs);
        QFETCH(bool, restarted);
        QCOMPARE(RebootAction::restarted(before, now, elapsedMs), restarted);
    }

    void rebootComesBack()
    {
        waitForUptime(150);
        ActionRequest r = rebootRequest(20000);
        r.actor = {QStringLiteral("admin"), security::Role::Administrator};
        ActionRunner runner(r, {}, nullptr);
        const auto result = test::runToEnd(runner, 30000, [&] {
            // The device "reboots" when it receives the reset.
            QTRY_COMPARE_WITH_TIMEOUT(resetValue(), QStringLiteral("4"), test::scaled(10000));
            QVERIFY2(m_agent.restart(test::SnmpdAgent::Restart::SameEngine), qPrintable(m_agent.error()));
        });
        QVERIFY2(result && result->ok(), qPrintable(describe(result)));
        QVERIFY(result->message.contains(QStringLiteral("came back")));
        QVERIFY(result->details.value(QStringLiteral("uptimeAfter")).toInteger() <
                result->details.value(QStringLiteral("uptimeBefore")).toInteger() + 100 * 20);
    }

    void rebootNeverComesBack()
    {
        ActionRequest r = rebootRequest(2500);
        ActionRunner runner(r, {}, nullptr);
        const auto result = test::runToEnd(runner, 30000, [&] {
            QTRY_COMPARE_WITH_TIMEOUT(resetValue(), QStringLiteral("4"), test::scaled(10000));
            m_agent.stop();
        });
        QVERIFY2(result && result->outcome == Outcome::TimedOut, qPrintable(describe(result)));
        QVERIFY2(result->message.contains(QStringLiteral("not answered")), qPrintable(result->message));
    }

    void rebootThatDoesNotRestartTimesOut()
    {
        // The SET is accepted but the agent keeps running: not "came back".
        ActionRequest r = rebootRequest(1500);
        ActionRunner runner(r, {}, nullptr);
        const auto result = test::runToEnd(runner, 30000);
        QVERIFY2(result && result->outcome == Outcome::TimedOut, qPrintable(describe(result)));
        QVERIFY2(result->message.contains(QStringLiteral("without restarting")), qPrintable(result->message));
    }

    void rebootRefusedByAgent()
    {
        ActionRequest r = test::adminRequest(ActionKind::Reboot, device());
        r.device.writeCredential = community(QStringLiteral("public"));
        ActionRunner runner(r, {}, nullptr);
        const auto result = test::runToEnd(runner, 30000);
        QVERIFY2(result && result->outcome == Outcome::Failed, qPrintable(describe(result)));
        QVERIFY2(result->message.contains(QStringLiteral("noAccess")), qPrintable(result->message));
        QCOMPARE(resetValue(), QStringLiteral("3"));
    }

    void rebootNeedsWriteCredential()
    {
        ActionRequest r = test::adminRequest(ActionKind::Reboot, device());
        r.device.writeCredential.reset();
        ActionRunner runner(r, {}, nullptr);
        const auto result = test::runToEnd(runner, 30000);
        QVERIFY2(result && result->outcome == Outcome::Refused, qPrintable(describe(result)));
        QCOMPARE(resetValue(), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestActionsReboot)
#include "tst_actions_reboot.moc"
