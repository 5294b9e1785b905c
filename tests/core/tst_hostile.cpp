// Polls a real SNMP agent that misbehaves on purpose (tests/support/hostile_agent.py) over v2c
// (GETBULK) and v1 (GETNEXT): every kind of misbehaviour must end in a finished poll with the right
// error class, keep what was good, and never hold up the healthy devices polled in the same run.
// The agent's "healthy" printer is the reference the other behaviours are variations of; its
// values are written out here (not read from the script) so a change on either side shows.

#include "Facts.h"
#include "HostileAgent.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "collect/Poller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(fleet::snmp::Version)

using namespace fleet;
using namespace fleet::collect;
using namespace fleet::snmp;

namespace {

struct ExpectedSupply
{
    int index;
    QString description;
    QString colorant;
    qint64 level;
    SupplyState state;
};

QList<ExpectedSupply> referenceSupplies()
{
    return {
        {1, QStringLiteral("Black Toner Cartridge PN HT-0001"), QStringLiteral("black"), 80, SupplyState::Ok},
        {2, QStringLiteral("Cyan Toner Cartridge PN HT-0002"), QStringLiteral("cyan"), 45, SupplyState::Ok},
        {3, QStringLiteral("Magenta Toner Cartridge PN HT-0003"), QStringLiteral("magenta"), 5, SupplyState::Low},
        {4, QStringLiteral("Waste Toner Box"), QString(), 90, SupplyState::Ok},
    };
}

const QString kSysObjectID = QStringLiteral("1.3.6.1.4.1.32473.1.1");
const QString kSuppliesLevel = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9");

// An agent with a huge table must not hold the engine thread: the parser caps and sorts rows
// (SnapshotParser kMaxRowsPerTable) so its neighbours finish as if alone.

QString referenceSysDescr(const QString &behaviour)
{
    return QStringLiteral("Hostile Printer HP-1; firmware 1.0; ") + behaviour;
}

// The 60000-octet sysDescr of "hugestrings": "00000;00001;...;09999;".
QString hugeSysDescr()
{
    QString s;
    s.reserve(60000);
    for (int i = 0; i < 10000; ++i)
        s += QStringLiteral("%1;").arg(i, 5, 10, QLatin1Char('0'));
    return s;
}

const Supply *supplyAt(const DeviceSnapshot &s, int index)
{
    for (const Supply &x : s.supplies)
        if (x.hrDeviceIndex == 1 && x.index == index)
            return &x;
    return nullptr;
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list)
        if (s.contains(text))
            return true;
    return false;
}

// Every string a snapshot carries must survive a UTF-8 round trip: no lone surrogates, nothing
// the database, the JSON output or the sync payload could not store.
QStringList invalidStrings(const DeviceSnapshot &s)
{
    QStringList texts = {s.identity.sysDescr,     s.identity.sysObjectID,   s.identity.sysName,
                         s.identity.sysLocation,  s.identity.sysContact,    s.identity.model,
                         s.identity.serialNumber, s.identity.hrDeviceDescr, s.error.message};
    texts += s.warnings;
    texts += s.status.consoleMessages;
    texts += s.network.macAddresses;
    for (const Supply &x : s.supplies)
        texts << x.description << x.colorant << x.partNumber;
    for (const Alert &a : s.alerts)
        texts << a.description << a.severity.name << a.code.name;
    QStringList bad;
    for (const QString &t : std::as_const(texts))
        if (QString::fromUtf8(t.toUtf8()) != t)
            bad << t.left(80);
    return bad;
}

QString describe(const DeviceSnapshot &s)
{
    return QStringLiteral("%1: reachable=%2 error=%3 (%4) requests=%5 %6 ms; warnings: %7")
        .arg(s.target)
        .arg(s.reachable)
        .arg(errorClassName(s.error.cls), s.error.message)
        .arg(s.requests)
        .arg(s.durationMs)
        .arg(s.warnings.join(QStringLiteral(" | ")).left(1500));
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private:
    test::HostileAgent m_agent;
    // Answers of "slow" come after this; every timeout below is shorter.
    const int m_slowDelayMs = test::scaled(2000);
    const int m_timeoutMs = test::scaled(400);

    struct Run
    {
        QList<DeviceSnapshot> snapshots;
        qint64 wallMs = 0;
        bool finished = false;
    };

    Run pollAll(const QList<PollTarget> &targets, const PollOptions &options)
    {
        Poller poller;
        Run run;
        connect(&poller, &Poller::deviceFinished, this, [&](const DeviceSnapshot &s) { run.snapshots << s; });
        QSignalSpy done(&poller, &Poller::finished);
        QElapsedTimer clock;
        clock.start();
        poller.start(targets, options);
        run.finished = done.wait(test::scaled(120000));
        run.wallMs = clock.elapsed();
        return run;
    }

    PollTarget target(const QString &behaviour, Version version, int timeoutMs) const
    {
        PollTarget t;
        t.host = m_agent.address();
        t.port = m_agent.port();
        t.target = QStringLiteral("%1/%2").arg(behaviour, versionName(version));
        Credential c;
        c.version = version;
        c.community = behaviour;
        c.timeoutMs = timeoutMs;
        c.retries = 0;
        t.credentials = {c};
        return t;
    }

    static PollOptions shortOptions()
    {
        PollOptions o;
        o.deviceDeadlineMs = test::scaled(4000);
        return o;
    }

    // One device, one run; fails the test when the poll does not finish or reports no device.
    DeviceSnapshot pollOne(const QString &behaviour, Version version, const PollOptions &options = shortOptions())
    {
        const Run run = pollAll({target(behaviour, version, m_timeoutMs)}, options);
        [&] {
            QVERIFY2(run.finished, "the poll did not finish");
            QCOMPARE(run.snapshots.size(), 1);
        }();
        return run.snapshots.value(0);
    }

    static void addVersionRows()
    {
        QTest::addColumn<Version>("version");
        QTest::addRow("v2c") << Version::V2c;
        QTest::addRow("v1") << Version::V1;
    }

    // The full reference printer, as the script's "healthy" behaviour serves it.
    static void verifyReference(const DeviceSnapshot &s, const QString &behaviour)
    {
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QVERIFY2(!s.error, qPrintable(describe(s)));
        QVERIFY2(s.warnings.isEmpty(), qPrintable(describe(s)));
        QVERIFY(s.printer);
        QCOMPARE(s.identity.sysDescr, referenceSysDescr(behaviour));
        QCOMPARE(s.identity.sysObjectID, kSysObjectID);
        QCOMPARE(s.identity.sysName, QStringLiteral("hostile-") + behaviour);
        QCOMPARE(s.identity.sysLocation, QStringLiteral("Lab 3"));
        QCOMPARE(s.identity.sysContact, QStringLiteral("ops@example.org"));
        QCOMPARE(s.identity.uptimeSeconds, std::optional<qint64>(1234));
        QCOMPARE(s.identity.serialNumber, QStringLiteral("HOSTILE-0001"));
        QCOMPARE(s.identity.model, QStringLiteral("Hostile Printer HP-1"));
        QCOMPARE(s.network.macAddresses, QStringList{QStringLiteral("00:00:5e:00:53:01")});
        QCOMPARE(s.network.ipAddresses.size(), 1);
        QCOMPARE(s.network.ipAddresses.first().address, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.network.ipAddresses.first().netmask, QStringLiteral("255.0.0.0"));
        QCOMPARE(s.status.printers.size(), 1);
        QCOMPARE(s.status.deviceStatus, QStringLiteral("running"));
        QCOMPARE(s.status.printerStatus, QStringLiteral("idle"));
        QVERIFY(s.status.detectedErrors.isEmpty());
        QCOMPARE(s.status.consoleMessages, QStringList{QStringLiteral("Ready")});
        QCOMPARE(s.status.overall, OverallStatus::Warning); // the toner-low alert
        QCOMPARE(s.counters.markers.size(), 1);
        QCOMPARE(s.counters.markers.first().lifeCount, std::optional<quint64>(123456));
        QCOMPARE(s.counters.markers.first().powerOnCount, std::optional<quint64>(789));
        QCOMPARE(s.counters.lifetimeImpressions, std::optional<quint64>(123456));
        QCOMPARE(s.alerts.size(), 1);
        QCOMPARE(s.alerts.first().severity.name, QStringLiteral("warning"));
        QCOMPARE(s.alerts.first().code.name, QStringLiteral("markerTonerAlmostEmpty"));
        QCOMPARE(s.alerts.first().description, QStringLiteral("Magenta toner low"));
        QCOMPARE(s.supplies.size(), 4);
        for (const ExpectedSupply &e : referenceSupplies()) {
            const Supply *x = supplyAt(s, e.index);
            QVERIFY2(x, qPrintable(QStringLiteral("supply %1").arg(e.index)));
            QCOMPARE(x->description, e.description);
            QCOMPARE(x->colorant, e.colorant);
            QCOMPARE(x->maxCapacity, std::optional<qint64>(100));
            QCOMPARE(x->level, std::optional<qint64>(e.level));
            QCOMPARE(x->percent, std::optional<double>(double(e.level)));
            QCOMPARE(supplyStateName(x->state), supplyStateName(e.state));
        }
        QVERIFY(s.properties.color);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::HostileAgentOptions o;
        o.delayMs = m_slowDelayMs;
        QVERIFY2(m_agent.start(o), qPrintable(m_agent.error()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << "hostile agent log (tail):\n" << m_agent.output();
    }

    // The reference itself, so that a difference in the other tests is the behaviour's doing.
    void healthyReference_data() { addVersionRows(); }
    void healthyReference()
    {
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(QStringLiteral("healthy"), version);
        verifyReference(s, QStringLiteral("healthy"));
        if (QTest::currentTestFailed())
            return;
        // GETBULK fetches it all in a few round trips; GETNEXT needs one per table row.
        QVERIFY2(s.requests <= (version == Version::V1 ? 8 : 3), qPrintable(describe(s)));
    }

    void nonIncreasingWalkIsCut_data() { addVersionRows(); }
    void nonIncreasingWalkIsCut()
    {
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(QStringLiteral("nonincreasing"), version);
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QVERIFY2(!s.error, qPrintable(describe(s)));
        QVERIFY2(anyContains(s.warnings, QStringLiteral("non-increasing")), qPrintable(describe(s)));
        QVERIFY2(anyContains(s.warnings, kSuppliesLevel), qPrintable(describe(s)));
        // The rows before the bad OID are kept; the other columns are whole.
        QCOMPARE(s.identity.sysDescr, referenceSysDescr(QStringLiteral("nonincreasing")));
        QCOMPARE(s.supplies.size(), 4);
        for (const ExpectedSupply &e : referenceSupplies()) {
            const Supply *x = supplyAt(s, e.index);
            QVERIFY(x);
            QCOMPARE(x->description, e.description);
            QCOMPARE(x->level, e.index <= 2 ? std::optional<qint64>(e.level) : std::nullopt);
        }
        QCOMPARE(s.counters.markers.value(0).lifeCount, std::optional<quint64>(123456));
        QCOMPARE(s.alerts.size(), 1);
    }

    void wrongTypesAreNotValues_data() { addVersionRows(); }
    void wrongTypesAreNotValues()
    {
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(QStringLiteral("wrongtypes"), version);
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QVERIFY2(!s.error, qPrintable(describe(s)));
        // prtMarkerLifeCount OCTET STRING "12345": absent, never 0 and never parsed from the text.
        QCOMPARE(s.counters.markers.size(), 1);
        QCOMPARE(s.counters.markers.first().lifeCount, std::optional<quint64>());
        QCOMPARE(s.counters.markers.first().lifeCountType, QStringLiteral("OctetString"));
        QCOMPARE(s.counters.markers.first().powerOnCount, std::optional<quint64>(789));
        QCOMPARE(s.counters.lifetimeImpressions, std::optional<quint64>());
        for (const Meter &m : s.counters.meters)
            QVERIFY2(m.source != u"printer-mib", qPrintable(m.name));
        QVERIFY2(anyContains(s.warnings, QStringLiteral("prtMarkerLifeCount.1.1")), qPrintable(describe(s)));
        // hrPrinterDetectedErrorState INTEGER: ignored with a warning, not decoded as bits.
        QVERIFY2(anyContains(s.warnings, QStringLiteral("hrPrinterDetectedErrorState.1")), qPrintable(describe(s)));
        QCOMPARE(s.status.printers.size(), 1);
        QVERIFY(s.status.printers.first().detectedErrorState.isEmpty());
        QVERIFY(s.status.detectedErrors.isEmpty());
        // sysObjectID OCTET STRING: no OID, so no manufacturer and no vendor profile guessed from it.
        QCOMPARE(s.identity.sysObjectID, QString());
        QCOMPARE(s.identity.manufacturer, QString());
        // A 7-octet ifPhysAddress is no MAC address.
        QVERIFY(s.network.macAddresses.isEmpty());
        QCOMPARE(s.network.interfaces.size(), 1);
        QCOMPARE(s.network.interfaces.first().macAddress, QString());
        // prtMarkerSuppliesLevel as an OID: no level, no percentage; the next supply is intact.
        const Supply *first = supplyAt(s, 1);
        QVERIFY(first);
        QCOMPARE(first->level, std::optional<qint64>());
        QCOMPARE(first->percent, std::optional<double>());
        QCOMPARE(supplyStateName(first->state), supplyStateName(SupplyState::Unknown));
        QCOMPARE(supplyAt(s, 2) ? supplyAt(s, 2)->level : std::nullopt, std::optional<qint64>(45));
        // prtAlertSeverityLevel 99: kept as a number, without a name the MIB does not give it.
        QCOMPARE(s.alerts.size(), 1);
        QCOMPARE(s.alerts.first().severity.value, qint64(99));
        QCOMPARE(s.alerts.first().severity.name, QString());
        QCOMPARE(invalidStrings(s), QStringList());
    }

    void hugeAndBrokenStrings_data() { addVersionRows(); }
    void hugeAndBrokenStrings()
    {
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(QStringLiteral("hugestrings"), version);
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QVERIFY2(!s.error, qPrintable(describe(s)));
        QCOMPARE(s.identity.sysDescr.size(), 60000);
        QVERIFY(s.identity.sysDescr == hugeSysDescr()); // QCOMPARE would print 60 KB on failure
        QCOMPARE(invalidStrings(s), QStringList());
        QCOMPARE(s.supplies.size(), 4);
        QCOMPARE(supplyAt(s, 1)->description, QStringLiteral("Black Toner Cartridge PN HT-0001"));
        // Invalid UTF-8 falls back to Latin-1: every octet kept, nothing cut at the embedded NUL,
        // only the trailing NUL padding removed.
        const QString broken = supplyAt(s, 2)->description;
        QCOMPARE(broken.size(), 21);
        QVERIFY(broken.startsWith(QStringView(u"\u00ff\u00feBad\u0080\u00bf")));
        QCOMPARE(broken.at(7), QChar(u'\0'));
        QVERIFY(broken.endsWith(QStringView(u"Mid\u0001\u001b[31mCtl\u007f")));
        QCOMPARE(supplyAt(s, 3)->description, QString::fromUtf8("Ger\xc3\xa4t Toner")); // sent as Latin-1
        QCOMPARE(supplyAt(s, 4)->description, QString::fromUtf8("Ger\xc3\xa4t Waste")); // sent as UTF-8
        // The good data around the huge and broken values is complete.
        for (const ExpectedSupply &e : referenceSupplies())
            QCOMPARE(supplyAt(s, e.index)->level, std::optional<qint64>(e.level));
        QCOMPARE(s.counters.markers.value(0).lifeCount, std::optional<quint64>(123456));
        QCOMPARE(s.identity.serialNumber, QStringLiteral("HOSTILE-0001"));
        QCOMPARE(s.alerts.size(), 1);
    }

    void agentFallsSilentMidWalk_data() { addVersionRows(); }
    void agentFallsSilentMidWalk()
    {
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(QStringLiteral("stopsmidwalk"), version);
        // It answered twice, then not at all: what came is kept, the error says the rest is missing.
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QCOMPARE(errorClassName(s.error.cls), QStringLiteral("noResponse"));
        QCOMPARE(s.requests, 3);
        QCOMPARE(s.identity.sysDescr, referenceSysDescr(QStringLiteral("stopsmidwalk")));
        QCOMPARE(s.identity.serialNumber, QStringLiteral("HOSTILE-0001"));
        QVERIFY2(!s.supplies.isEmpty() && s.supplies.size() < 8, qPrintable(QString::number(s.supplies.size())));
        QCOMPARE(supplyAt(s, 1)->description, referenceSupplies().first().description);
        QVERIFY2(s.durationMs < m_slowDelayMs, qPrintable(describe(s)));
    }

    // The device deadline, not the SNMP timeout, ends this walk: what arrived before it is parsed and kept,
    // the error names the deadline. Cancelling a walk hands its partial answer to the parser, which finishes
    // the poll itself; the deadline must not finish it a second time with an unparsed snapshot.
    void deadlineKeepsWhatArrived_data() { addVersionRows(); }
    void deadlineKeepsWhatArrived()
    {
        QFETCH(Version, version);
        PollOptions options;
        options.deviceDeadlineMs = test::scaled(1500);
        const Run run = pollAll({target(QStringLiteral("stopsmidwalk"), version, test::scaled(30000))}, options);
        QVERIFY2(run.finished, "the poll did not finish");
        QCOMPARE(run.snapshots.size(), 1);
        const DeviceSnapshot &s = run.snapshots.first();
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QCOMPARE(errorClassName(s.error.cls), QStringLiteral("deadlineExceeded"));
        QCOMPARE(s.identity.sysDescr, referenceSysDescr(QStringLiteral("stopsmidwalk")));
        QCOMPARE(s.identity.serialNumber, QStringLiteral("HOSTILE-0001"));
        QVERIFY2(!s.supplies.isEmpty(), qPrintable(describe(s)));
        QCOMPARE(supplyAt(s, 1)->description, referenceSupplies().first().description);
        QVERIFY2(run.wallMs < test::scaled(10000), qPrintable(describe(s)));
    }

    void undecodableAnswers_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<Version>("version");
        for (const char *b : {"garbage", "truncated"}) {
            QTest::addRow("%s v2c", b) << QString::fromLatin1(b) << Version::V2c;
            QTest::addRow("%s v1", b) << QString::fromLatin1(b) << Version::V1;
        }
    }
    void undecodableAnswers()
    {
        QFETCH(QString, behaviour);
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(behaviour, version);
        QVERIFY2(!s.reachable, qPrintable(describe(s)));
        QCOMPARE(errorClassName(s.error.cls), QStringLiteral("malformedAnswer"));
        QVERIFY(!s.error.message.isEmpty());
        QCOMPARE(s.status.overall, OverallStatus::Offline);
        QCOMPARE(invalidStrings(s), QStringList());
    }

    // Answers that never count as answers: the wrong request-id, or too late.
    void answersThatDoNotCount_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<Version>("version");
        for (const char *b : {"wrongreqid", "slow"}) {
            QTest::addRow("%s v2c", b) << QString::fromLatin1(b) << Version::V2c;
            QTest::addRow("%s v1", b) << QString::fromLatin1(b) << Version::V1;
        }
    }
    void answersThatDoNotCount()
    {
        QFETCH(QString, behaviour);
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(behaviour, version);
        QVERIFY2(!s.reachable, qPrintable(describe(s)));
        QCOMPARE(errorClassName(s.error.cls), QStringLiteral("noResponse"));
        QCOMPARE(s.requests, 1);
        QVERIFY2(s.durationMs < m_slowDelayMs, qPrintable(describe(s)));
        QVERIFY(s.identity.sysDescr.isEmpty());
    }

    void stuckAgentDoesNotLoop_data() { addVersionRows(); }
    void stuckAgentDoesNotLoop()
    {
        QFETCH(Version, version);
        const DeviceSnapshot s = pollOne(QStringLiteral("loop"), version);
        // Every column yields its first row, then the agent repeats it: cut at once, with a warning.
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QVERIFY2(!s.error, qPrintable(describe(s)));
        QVERIFY2(anyContains(s.warnings, QStringLiteral("non-increasing")), qPrintable(describe(s)));
        QVERIFY2(s.requests <= 3, qPrintable(describe(s)));
        QCOMPARE(s.identity.sysDescr, referenceSysDescr(QStringLiteral("loop")));
        QCOMPARE(s.supplies.size(), 1);
        QCOMPARE(s.supplies.first().description, referenceSupplies().first().description);
        QCOMPARE(s.supplies.first().level, std::optional<qint64>(80));
    }

    // A table without end (and an agent that ignores max-repetitions): the walk stops at one of its
    // limits (requests, instances or the deadline) and keeps what it read; the whole poll, parsing
    // of what it brought included, ends near the deadline.
    void endlessTableIsBounded_data() { addVersionRows(); }
    void endlessTableIsBounded()
    {
        QFETCH(Version, version);
        const PollOptions options = shortOptions();
        const Run run = pollAll({target(QStringLiteral("endless"), version, m_timeoutMs)}, options);
        QVERIFY(run.finished);
        QCOMPARE(run.snapshots.size(), 1);
        const DeviceSnapshot &s = run.snapshots.first();
        const bool stoppedByLimit = s.error.cls == ErrorClass::MalformedAnswer ||
                                    s.error.cls == ErrorClass::DeadlineExceeded ||
                                    (!s.error && anyContains(s.warnings, QStringLiteral("cut short")));
        QVERIFY2(stoppedByLimit, qPrintable(describe(s)));
        QVERIFY2(s.reachable, qPrintable(describe(s)));
        QCOMPARE(s.identity.sysDescr, referenceSysDescr(QStringLiteral("endless")));
        QVERIFY(s.supplies.size() > 4);
        qInfo().noquote() << QStringLiteral("%1 ms in all for %2 supplies;").arg(run.wallMs).arg(s.supplies.size())
                          << describe(s).left(300);
        QVERIFY2(
            run.wallMs < options.deviceDeadlineMs + test::scaled(1500),
            qPrintable(
                QStringLiteral("%1 ms for %2 supplies; %3").arg(run.wallMs).arg(s.supplies.size()).arg(describe(s))));
    }

    // The engine thread serves every device of a run: while it parses one device's answers, the
    // others wait. A slow but healthy printer (answers after 2 s, timeout 4 s) polled beside the
    // endless table must finish as if it were alone.
    void neighbourOfEndlessTableIsNotStalled()
    {
        PollOptions options;
        options.deviceDeadlineMs = 10 * m_slowDelayMs;
        const Run run = pollAll({target(QStringLiteral("endless"), Version::V2c, m_timeoutMs),
                                 target(QStringLiteral("slow"), Version::V2c, 2 * m_slowDelayMs)},
                                options);
        QVERIFY(run.finished);
        QCOMPARE(run.snapshots.size(), 2);
        const DeviceSnapshot s =
            run.snapshots.at(0).target.startsWith(u"slow") ? run.snapshots.at(0) : run.snapshots.at(1);
        const bool asIfAlone = s.reachable && !s.error && s.supplies.size() == 4 &&
                               s.durationMs < s.requests * m_slowDelayMs + test::scaled(1500);
        qInfo().noquote() << describe(s);
        QVERIFY2(asIfAlone, qPrintable(describe(s)));
        verifyReference(s, QStringLiteral("slow"));
    }

    void tooBigShrinksRequests_data() { addVersionRows(); }
    void tooBigShrinksRequests()
    {
        QFETCH(Version, version);
        const DeviceSnapshot healthy = pollOne(QStringLiteral("healthy"), version);
        const DeviceSnapshot s = pollOne(QStringLiteral("toobig"), version);
        verifyReference(s, QStringLiteral("toobig"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(s.requests > healthy.requests,
                 qPrintable(QStringLiteral("%1 requests, healthy %2").arg(s.requests).arg(healthy.requests)));
        QVERIFY2(s.requests <= 60, qPrintable(describe(s)));
    }

    // The key robustness check: every hostile behaviour over v2c and v1, the agent's healthy printer
    // and real recordings served by snmpsimd, all in one run.
    void hostileFleetBesideHealthyPrinters()
    {
        test::SnmpSim sim;
        QVERIFY2(sim.start(test::fixtureDir()), qPrintable(sim.error()));
        const QStringList recordings = {QStringLiteral("hp-color-laserjet-pro-m252dw"),
                                        QStringLiteral("xerox-altalink-c8045")};
        const QHash<QString, QString> expected = {
            {QStringLiteral("healthy"), QStringLiteral("none")},
            {QStringLiteral("nonincreasing"), QStringLiteral("none")},
            {QStringLiteral("wrongtypes"), QStringLiteral("none")},
            {QStringLiteral("hugestrings"), QStringLiteral("none")},
            {QStringLiteral("stopsmidwalk"), QStringLiteral("noResponse")},
            {QStringLiteral("garbage"), QStringLiteral("malformedAnswer")},
            {QStringLiteral("truncated"), QStringLiteral("malformedAnswer")},
            {QStringLiteral("loop"), QStringLiteral("none")},
            {QStringLiteral("endless"), QString()}, // malformedAnswer or deadlineExceeded
            {QStringLiteral("toobig"), QStringLiteral("none")},
            {QStringLiteral("wrongreqid"), QStringLiteral("noResponse")},
            {QStringLiteral("slow"), QStringLiteral("noResponse")},
        };
        QList<PollTarget> targets;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            for (Version v : {Version::V2c, Version::V1})
                targets << target(it.key(), v, test::scaled(1000));
        for (const QString &name : recordings) {
            PollTarget t;
            t.target = QStringLiteral("snmpsim/") + name;
            t.host = sim.address();
            t.port = sim.port();
            Credential c;
            c.community = name;
            c.timeoutMs = test::scaled(2000);
            c.retries = 1;
            t.credentials = {c};
            targets << t;
        }
        PollOptions options;
        options.deviceDeadlineMs = test::scaled(10000);
        const Run run = pollAll(targets, options);
        QVERIFY(run.finished);

        QHash<QString, DeviceSnapshot> byTarget;
        for (const DeviceSnapshot &s : run.snapshots) {
            QVERIFY2(!byTarget.contains(s.target), qPrintable(s.target + QStringLiteral(" reported twice")));
            byTarget.insert(s.target, s);
        }
        QCOMPARE(byTarget.size(), targets.size());
        for (const PollTarget &t : std::as_const(targets)) {
            QVERIFY2(byTarget.contains(t.target), qPrintable(t.target + QStringLiteral(" never reported")));
            const DeviceSnapshot &s = byTarget.value(t.target);
            QCOMPARE(invalidStrings(s), QStringList());
            const QString behaviour = t.target.section(u'/', 0, 0);
            const QString want = expected.value(behaviour);
            if (behaviour == u"endless")
                QVERIFY2(s.error.cls == ErrorClass::MalformedAnswer || s.error.cls == ErrorClass::DeadlineExceeded,
                         qPrintable(describe(s)));
            else if (behaviour != u"snmpsim")
                QVERIFY2(errorClassName(s.error.cls) == want,
                         qPrintable(describe(s) + QStringLiteral(" want ") + want));
        }
        for (Version v : {Version::V2c, Version::V1}) {
            for (const char *b : {"healthy", "toobig"}) {
                const QString name = QString::fromLatin1(b);
                verifyReference(byTarget.value(QStringLiteral("%1/%2").arg(name, versionName(v))), name);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        for (const QString &name : recordings)
            verifyRecording(byTarget.value(QStringLiteral("snmpsim/") + name), name);
    }

    // Cancelling while hostile walks are in flight finishes at once, and the engine still serves
    // the next run (late answers land on closed sessions).
    void cancelAmidHostileWalks()
    {
        QList<PollTarget> targets;
        for (const char *b : {"endless", "slow", "stopsmidwalk", "garbage", "loop"})
            targets << target(QString::fromLatin1(b), Version::V2c, test::scaled(1000));
        Poller poller;
        QSignalSpy done(&poller, &Poller::finished);
        poller.start(targets, shortOptions());
        QTest::qWait(200);
        poller.cancel();
        QCOMPARE(done.count(), 1);
        QVERIFY(!poller.isRunning());
        QTest::qWait(test::scaled(300));
        verifyReference(pollOne(QStringLiteral("healthy"), Version::V2c), QStringLiteral("healthy"));
    }

private:
    // Completeness of a real recording polled beside the hostile agents: nothing lost to the neighbours.
    static void verifyRecording(const DeviceSnapshot &s, const QString &name)
    {
        const QJsonObject f = test::loadFacts(name);
        QVERIFY2(!f.isEmpty(), qPrintable(name));
        QVERIFY2(s.reachable && !s.error, qPrintable(describe(s)));
        test::compareWithFacts(s, f);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
