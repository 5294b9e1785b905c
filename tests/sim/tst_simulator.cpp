// fleetkeeper-sim must serve exactly what snmpsimd serves: both are started on loopback, every
// recording (plus a hand-made file of odd cases) is walked and queried through both with the
// Net-SNMP command-line tools, and the outputs must be identical. Also covers the fleet itself:
// SNMPv3 protocols, one engine ID per device, round-robin assignment, stopping by PID.

#include "SimFleet.h"
#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

#include <unistd.h>

using namespace fleet::test;

namespace {

// Odd but legal snmprec content, each line a case where a simulator could easily differ from
// snmpsimd: padding, hex and escapes, values that do not evaluate, a non-canonical OID, a
// duplicate, decreasing OIDs, '|' inside a value, a Latin-1 no-break space at a line end.
const QByteArray EdgeCases = "# comment line\n"
                             "1.3.6.1.2.1.1.1.0|4|hello world   \n"
                             "1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.99\n"
                             "\n"
                             "1.3.6.1.2.1.1.3.0|67|12345\n"
                             "   1.3.6.1.2.1.1.4.0|4|  leading spaces\n"
                             "1.3.6.1.2.1.1.5.0|4x|48656c6c6f\n"
                             "1.3.6.1.2.1.1.6.0|4x|abc\n"
                             "1.3.6.1.2.1.1.7.0|2| +5_0 \n"
                             "1.3.6.1.2.1.1.9.1.2.1|64|1234\n"
                             "1.3.6.1.2.1.1.9.1.2.2|64|10.0.0.1\n"
                             "1.3.6.1.2.1.1.9.1.2.3|64x|0a000002\n"
                             "1.3.6.1.2.1.1.9.1.3.1|4e|line\\nnext\\x41\\\\\n"
                             "1.3.6.1.2.1.1.9.1.4.1|65|4294967295\n"
                             "1.3.6.1.2.1.1.9.1.4.2|70|18446744073709551615\n"
                             "1.3.6.1.2.1.1.9.1.4.3|5|\n"
                             "1.3.6.1.2.1.1.9.1.4.4|68|opaque\n"
                             "1.3.6.1.2.1.1.9.1.4.5|66|7\n"
                             "1.3.6.1.2.1.1.9.1.5.1|2|99999999999\n"
                             "1.3.6.1.2.1.1.9.1.6.1|4|after a bad value\n"
                             ".1.3.6.1.2.1.2.1.0|2|3\n"
                             "1.3.6.1.2.1.2.2.1.1.1|2|1\n"
                             "1.3.6.1.2.1.2.2.1.1.1|2|2\n"
                             "1.3.6.1.2.1.2.2.1.2.1|4|after a duplicate\n"
                             "1.3.6.1.2.1.43.5.1.1.1.1|2|1\n"
                             "1.3.6.1.2.1.43.2.1.1.1|2|9\n"
                             "1.3.6.1.2.1.43.11.1.1.6.1.1|4|Black|with|bars\n"
                             "1.3.6.1.2.1.43.11.1.1.9.1.1|2:numeric|5\n"
                             "1.3.6.1.2.1.43.11.1.1.9.1.2|99|5\n"
                             "1.3.6.1.4.1.1.0|4|nbsp\xa0\n"
                             "1.3.6.1.4.1.2.0|4|last";

const QString EdgeName = QStringLiteral("edge-cases");
const QString Key = QStringLiteral("auctoritas");
const QString PrivKey = QStringLiteral("privatus");

struct V3Case
{
    const char *name;
    const char *simSpec;  // fleetkeeper-sim --v3-user
    QStringList snmpsimd; // snmpsimd options after --v3-user=NAME
    QStringList client;   // Net-SNMP client options
};

QList<V3Case> v3Cases()
{
    const auto authPriv = [](const char *a, const char *x) {
        return QStringList{QStringLiteral("-l"), QStringLiteral("authPriv"),
                           QStringLiteral("-a"), QLatin1String(a),
                           QStringLiteral("-A"), Key,
                           QStringLiteral("-x"), QLatin1String(x),
                           QStringLiteral("-X"), PrivKey};
    };
    const auto keys = [](const char *a, const char *x) {
        QStringList o{QStringLiteral("--v3-auth-key=auctoritas"),
                      QStringLiteral("--v3-auth-proto=%1").arg(QLatin1String(a))};
        if (x)
            o << QStringLiteral("--v3-priv-key=privatus") << QStringLiteral("--v3-priv-proto=%1").arg(QLatin1String(x));
        return o;
    };
    return {
        {"md5des", "md5des:MD5:auctoritas:DES:privatus", keys("MD5", "DES"), authPriv("MD5", "DES")},
        {"shaaes", "shaaes:SHA:auctoritas:AES:privatus", keys("SHA", "AES"), authPriv("SHA", "AES")},
        {"sha256aes256", "sha256aes256:SHA-256:auctoritas:AES-256:privatus", keys("SHA256", "AES256BLMT"),
         authPriv("SHA-256", "AES-256")},
        {"sha512aes256c", "sha512aes256c:SHA-512:auctoritas:AES-256-C:privatus", keys("SHA512", "AES256"),
         authPriv("SHA-512", "AES-256-C")},
        {"shaaes256", "shaaes256:SHA:auctoritas:AES-256:privatus", keys("SHA", "AES256BLMT"),
         authPriv("SHA", "AES-256")},
        {"shaaes256c", "shaaes256c:SHA:auctoritas:AES-256-C:privatus", keys("SHA", "AES256"),
         authPriv("SHA", "AES-256-C")},
        {"sha224aes192", "sha224aes192:SHA-224:auctoritas:AES-192:privatus", keys("SHA224", "AES192BLMT"),
         authPriv("SHA-224", "AES-192")},
        {"authonly",
         "authonly:SHA:auctoritas",
         keys("SHA", nullptr),
         {QStringLiteral("-l"), QStringLiteral("authNoPriv"), QStringLiteral("-a"), QStringLiteral("SHA"),
          QStringLiteral("-A"), Key}},
        {"noauth", "noauth", {}, {QStringLiteral("-l"), QStringLiteral("noAuthNoPriv")}},
    };
}

struct ToolResult
{
    int exitCode = -1;
    QString output; // stdout then stderr, as a user sees them
};

ToolResult runTool(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(scaled(timeoutMs))) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("%1 timed out").arg(program)};
    }
    QString text = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    // Net-SNMP notes once per machine that it created its certificate index directory.
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("Created directory:")); });
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, lines.join(QLatin1Char('\n'))};
}

QStringList v2c(const QString &community)
{
    return {QStringLiteral("-v2c"), QStringLiteral("-c"), community};
}

QStringList common() // numeric OIDs and enums, retries short enough for the "no answer" cases
{
    return {QStringLiteral("-On"), QStringLiteral("-Oe"), QStringLiteral("-t"),
            QStringLiteral("3"),   QStringLiteral("-r"),  QStringLiteral("1")};
}

// snmpsimd, the reference. Started here with plain QProcess code and stopped by PID.
class Snmpsimd
{
public:
    ~Snmpsimd() { stop(); }

    bool start(const QString &dataDir, QString &error)
    {
        m_port = freeUdpPort();
        const bool root = ::geteuid() == 0;
        if (root) // it drops to nobody, which must still write its index cache here
            QFile::setPermissions(m_run.path(), QFileDevice::Permissions(0x7777));
        QStringList args{QStringLiteral("--data-dir=%1").arg(dataDir),
                         QStringLiteral("--cache-dir=%1/cache").arg(m_run.path()),
                         QStringLiteral("--agent-udpv4-endpoint=%1").arg(endpoint()),
                         QStringLiteral("--logging-method=file:%1/snmpsimd.log").arg(m_run.path())};
        if (root)
            args << QStringLiteral("--process-user=nobody") << QStringLiteral("--process-group=nogroup");
        for (const V3Case &c : v3Cases())
            args << QStringLiteral("--v3-user=%1").arg(QLatin1String(c.name)) << c.snmpsimd;
        m_process.setStandardOutputFile(m_run.filePath(QStringLiteral("stdout")));
        m_process.setStandardErrorFile(m_run.filePath(QStringLiteral("stdout")));
        m_process.start(QStringLiteral("snmpsimd"), args);
        if (!m_process.waitForStarted(scaled(10000))) {
            error = QStringLiteral("cannot start snmpsimd: ") + m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(scaled(60000));
        while (!deadline.hasExpired()) {
            const auto probe = runTool(QStringLiteral("snmpget"),
                                       v2c(EdgeName) + QStringList{QStringLiteral("-t"), QStringLiteral("1"),
                                                                   QStringLiteral("-r"), QStringLiteral("0"),
                                                                   endpoint(), QStringLiteral("1.3.6.1.2.1.1.3.0")});
            if (probe.exitCode == 0)
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(200);
        }
        error = QStringLiteral("snmpsimd did not answer:\n") + output();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(scaled(10000))) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString endpoint() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    QString output() const
    {
        QString text;
        for (const char *name : {"stdout", "snmpsimd.log"}) {
            QFile f(m_run.filePath(QLatin1String(name)));
            if (f.open(QIODevice::ReadOnly))
                text += QString::fromLocal8Bit(f.readAll().right(3000));
        }
        return text;
    }

private:
    QTemporaryDir m_run;
    QProcess m_process;
    quint16 m_port = 0;
};

bool processExists(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == 0;
}

QList<qint64> childrenOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> pids;
    if (f.open(QIODevice::ReadOnly)) {
        const auto parts = QString::fromLatin1(f.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &p : parts)
            pids << p.toLongLong();
    }
    return pids;
}

} // namespace

// compare() reports through QFAIL, which only leaves compare(): stop the test at the first difference.
#define COMPARE_TOOLS(...)                                                                                             \
    do {                                                                                                               \
        compare(__VA_ARGS__);                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TstSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void walkV2c_data();
    void walkV2c();
    void walkV3AuthPriv_data();
    void walkV3AuthPriv();
    void v3Protocols_data();
    void v3Protocols();
    void getMissing_data();
    void getMissing();
    void v1GetNext_data();
    void v1GetNext();
    void edgeCaseLookups_data();
    void edgeCaseLookups();
    void bulkParameters_data();
    void bulkParameters();
    void unknownCommunityAndContextAreIgnored();
    void engineIdPerDevice();
    void roundRobinFleetStopsWithChildren();
    void startFailsLoudly_data();
    void startFailsLoudly();

private:
    // Runs the same tool against snmpsimd and the simulator; the outputs must be identical (and,
    // unless mayBeEmpty, not empty).
    void compare(const QStringList &reference, const QStringList &simulator, const QString &what,
                 bool mayBeEmpty = false);
    QString simEndpoint(const QString &recording) const;
    static void addRecordingRows();

    QTemporaryDir m_data;
    Snmpsimd m_snmpsimd;
    SimFleet m_fleet;
    QHash<QString, QString> m_addressOf; // recording -> fleet address
};

void TstSimulator::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("snmpsimd")).isEmpty(), "snmpsimd is not installed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("snmpbulkwalk")).isEmpty(), "Net-SNMP tools missing");
    // One data directory for both: copies, so snmpsimd (running as nobody when we are root) can read them.
    QFile::setPermissions(m_data.path(), QFileDevice::Permissions(0x7755));
    for (const QString &name : recordingNames()) {
        QVERIFY(QFile::copy(QDir(fixtureDir()).filePath(name + QStringLiteral(".snmprec")),
                            m_data.filePath(name + QStringLiteral(".snmprec"))));
    }
    QFile edge(m_data.filePath(EdgeName + QStringLiteral(".snmprec")));
    QVERIFY(edge.open(QIODevice::WriteOnly) && edge.write(EdgeCases) == EdgeCases.size());
    edge.close();

    QString error;
    QVERIFY2(m_snmpsimd.start(m_data.path(), error), qPrintable(error));
    QStringList users;
    for (const V3Case &c : v3Cases())
        users << QLatin1String(c.simSpec);
    QVERIFY2(m_fleet.start({m_data.path()}, 0, QStringLiteral("127.3.0.1"), users), qPrintable(m_fleet.error()));
    for (const QString &address : m_fleet.addresses())
        m_addressOf.insert(m_fleet.recordingFor(address), address);
    QCOMPARE(m_addressOf.size(), recordingNames().size() + 1);
}

void TstSimulator::cleanupTestCase()
{
    m_fleet.stop();
    m_snmpsimd.stop();
}

QString TstSimulator::simEndpoint(const QString &recording) const
{
    return m_fleet.endpoint(m_addressOf.value(recording));
}

void TstSimulator::compare(const QStringList &reference, const QStringList &simulator, const QString &what,
                           bool mayBeEmpty)
{
    const QString program = reference.first();
    const ToolResult expected = runTool(program, reference.mid(1));
    const ToolResult actual = runTool(program, simulator.mid(1));
    QVERIFY2(mayBeEmpty || !expected.output.trimmed().isEmpty(),
             qPrintable(QStringLiteral("snmpsimd gave nothing for ") + what));
    if (expected.output != actual.output || expected.exitCode != actual.exitCode) {
        QStringList a = expected.output.split(QLatin1Char('\n')), b = actual.output.split(QLatin1Char('\n'));
        qsizetype i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i])
            ++i;
        QFAIL(qPrintable(QStringLiteral("%1 differs at line %2 (exit %3 vs %4)\n snmpsimd:  %5\n simulator: %6")
                             .arg(what)
                             .arg(i + 1)
                             .arg(expected.exitCode)
                             .arg(actual.exitCode)
                             .arg(a.value(i, QStringLiteral("<end>")), b.value(i, QStringLiteral("<end>")))));
    }
}

void TstSimulator::addRecordingRows()
{
    QTest::addColumn<QString>("recording");
    const QStringList names = recordingNames() + QStringList{EdgeName};
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TstSimulator::walkV2c_data()
{
    addRecordingRows();
}

void TstSimulator::walkV2c()
{
    QFETCH(QString, recording);
    // The whole file, and walks that start at OIDs snmpsimd finds by bisecting the file.
    const QStringList roots{QStringLiteral(".1"), QStringLiteral("1.3.6.1.2.1.1"), QStringLiteral("1.3.6.1.2.1.2"),
                            QStringLiteral("1.3.6.1.2.1.43"), QStringLiteral("1.3.6.1.4")};
    for (const QString &root : roots) {
        const QStringList walk = QStringList{QStringLiteral("snmpbulkwalk"), QStringLiteral("-Cc")} + common();
        COMPARE_TOOLS(walk + v2c(recording) + QStringList{m_snmpsimd.endpoint(), root},
                      walk + v2c(QStringLiteral("public")) + QStringList{simEndpoint(recording), root},
                      recording + QStringLiteral(" walk of ") + root);
    }
}

void TstSimulator::walkV3AuthPriv_data()
{
    addRecordingRows();
}

void TstSimulator::walkV3AuthPriv()
{
    QFETCH(QString, recording);
    const QStringList v3 = QStringList{QStringLiteral("snmpbulkwalk"), QStringLiteral("-Cc")} + common() +
                           QStringList{QStringLiteral("-v3"), QStringLiteral("-u"), QStringLiteral("shaaes")} +
                           v3Cases()[1].client;
    // snmpsimd selects the recording by context name; the simulator by address (empty context).
    COMPARE_TOOLS(
        v3 + QStringList{QStringLiteral("-n"), recording, m_snmpsimd.endpoint(), QStringLiteral("1.3.6.1.2.1.43")},
        v3 + QStringList{simEndpoint(recording), QStringLiteral("1.3.6.1.2.1.43")},
        recording + QStringLiteral(" SNMPv3 authPriv walk"));
}

void TstSimulator::v3Protocols_data()
{
    QTest::addColumn<int>("index");
    const auto cases = v3Cases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::addRow("%s", cases[i].name) << i;
}

void TstSimulator::v3Protocols()
{
    QFETCH(int, index);
    const V3Case c = v3Cases()[index];
    const QString recording = QStringLiteral("utax-p-4532dn");
    const QStringList get = QStringList{QStringLiteral("snmpget")} + common() +
                            QStringList{QStringLiteral("-v3"), QStringLiteral("-u"), QLatin1String(c.name)} + c.client;
    const QStringList oids{QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")};
    COMPARE_TOOLS(get + QStringList{QStringLiteral("-n"), recording, m_snmpsimd.endpoint()} + oids,
                  get + QStringList{simEndpoint(recording)} + oids,
                  QStringLiteral("SNMPv3 GET as ") + QLatin1String(c.name));
    // And a wrong key must not be accepted.
    if (c.client.contains(QStringLiteral("-A"))) {
        QStringList wrong = get;
        wrong[wrong.indexOf(Key)] = QStringLiteral("wrongpassphrase");
        const ToolResult r =
            runTool(QStringLiteral("snmpget"), wrong.mid(1) + QStringList{simEndpoint(recording)} + oids);
        QVERIFY2(r.exitCode != 0 && !r.output.contains(QLatin1String("STRING")), qPrintable(r.output));
    }
}

void TstSimulator::getMissing_data()
{
    addRecordingRows();
}

void TstSimulator::getMissing()
{
    QFETCH(QString, recording);
    // Present, missing below a present table, a prefix of a present OID, past everything.
    const QStringList oids{QStringLiteral("1.3.6.1.2.1.1.1.0"), QStringLiteral("1.3.6.1.2.1.1.99.0"),
                           QStringLiteral("1.3.6.1.2.1.1.1"), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"),
                           QStringLiteral("1.3.6.1.99999.0")};
    for (const QString &version : {QStringLiteral("-v2c"), QStringLiteral("-v1")}) {
        const QStringList get =
            QStringList{QStringLiteral("snmpget")} + common() + QStringList{version, QStringLiteral("-c")};
        COMPARE_TOOLS(get + QStringList{recording, m_snmpsimd.endpoint()} + oids,
                      get + QStringList{QStringLiteral("public"), simEndpoint(recording)} + oids,
                      recording + QStringLiteral(" GET ") + version);
    }
}

void TstSimulator::v1GetNext_data()
{
    addRecordingRows();
}

void TstSimulator::v1GetNext()
{
    QFETCH(QString, recording);
    const QStringList next = QStringList{QStringLiteral("snmpgetnext")} + common() +
                             QStringList{QStringLiteral("-v1"), QStringLiteral("-c")};
    for (const QString &oid : {QStringLiteral("1.3.6.1.2.1.1"), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4"),
                               QStringLiteral("1.3.6.1.2.1.4.31.1.1.3"), QStringLiteral("1.3.6.1.9")}) {
        COMPARE_TOOLS(next + QStringList{recording, m_snmpsimd.endpoint(), oid},
                      next + QStringList{QStringLiteral("public"), simEndpoint(recording), oid},
                      recording + QStringLiteral(" SNMPv1 GETNEXT ") + oid);
    }
    // A v1 walk of IP-MIB, where the HP recordings keep Counter64 values that SNMPv1 must skip.
    const QStringList walk =
        QStringList{QStringLiteral("snmpwalk")} + common() + QStringList{QStringLiteral("-v1"), QStringLiteral("-c")};
    COMPARE_TOOLS(walk + QStringList{recording, m_snmpsimd.endpoint(), QStringLiteral("1.3.6.1.2.1.4")},
                  walk + QStringList{QStringLiteral("public"), simEndpoint(recording), QStringLiteral("1.3.6.1.2.1.4")},
                  recording + QStringLiteral(" SNMPv1 walk"), true); // recordings without IP-MIB give nothing
}

void TstSimulator::edgeCaseLookups_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("get") << QStringLiteral("snmpget");
    QTest::newRow("getnext") << QStringLiteral("snmpgetnext");
}

void TstSimulator::edgeCaseLookups()
{
    QFETCH(QString, command);
    // Every OID of the file, as written and canonical, plus OIDs between and around them.
    QStringList oids;
    for (const QByteArray &line : EdgeCases.split('\n')) {
        const QString oid = QString::fromLatin1(line.trimmed().split('|').first());
        if (!oid.isEmpty() && !oid.startsWith(QLatin1Char('#'))) {
            oids << oid << oid + QStringLiteral(".0");
            if (oid.startsWith(QLatin1Char('.')))
                oids << oid.mid(1);
        }
    }
    oids << QStringLiteral("1.3.6.1.2.1.1.9") << QStringLiteral("1.3.6.1.2.1.43.3") << QStringLiteral("1.3.6.1.4.1.1")
         << QStringLiteral("0.0");
    const QStringList cmd = QStringList{command} + common() + QStringList{QStringLiteral("-v2c"), QStringLiteral("-c")};
    for (qsizetype i = 0; i < oids.size(); i += 20) {
        COMPARE_TOOLS(cmd + QStringList{EdgeName, m_snmpsimd.endpoint()} + oids.mid(i, 20),
                      cmd + QStringList{QStringLiteral("public"), simEndpoint(EdgeName)} + oids.mid(i, 20),
                      command + QStringLiteral(" of the edge cases"));
    }
}

void TstSimulator::bulkParameters_data()
{
    QTest::addColumn<QString>("repetitions");
    QTest::addColumn<QString>("nonRepeaters");
    QTest::newRow("nothing asked") << QStringLiteral("0") << QStringLiteral("0"); // genErr
    QTest::newRow("non-repeater only") << QStringLiteral("0") << QStringLiteral("1");
    QTest::newRow("small") << QStringLiteral("3") << QStringLiteral("1");
    QTest::newRow("capped at 64 varbinds") << QStringLiteral("40") << QStringLiteral("0");
    QTest::newRow("past the end") << QStringLiteral("100") << QStringLiteral("2");
}

void TstSimulator::bulkParameters()
{
    QFETCH(QString, repetitions);
    QFETCH(QString, nonRepeaters);
    const QStringList oids{QStringLiteral("1.3.6.1.2.1.1"), QStringLiteral("1.3.6.1.2.1.43.5"),
                           QStringLiteral("1.3.6.1.2.1.43.11")};
    for (const QString &recording : {QStringLiteral("utax-p-4532dn"), EdgeName}) {
        const QStringList bulk = QStringList{QStringLiteral("snmpbulkget"), QStringLiteral("-Cr") + repetitions,
                                             QStringLiteral("-Cn") + nonRepeaters} +
                                 common() + QStringList{QStringLiteral("-v2c"), QStringLiteral("-c")};
        COMPARE_TOOLS(bulk + QStringList{recording, m_snmpsimd.endpoint()} + oids,
                      bulk + QStringList{QStringLiteral("public"), simEndpoint(recording)} + oids,
                      recording + QStringLiteral(" GETBULK"));
    }
}

void TstSimulator::unknownCommunityAndContextAreIgnored()
{
    const QString endpoint = simEndpoint(QStringLiteral("canon-tm-5300"));
    const QStringList quick{QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("0")};
    ToolResult r = runTool(QStringLiteral("snmpget"), v2c(QStringLiteral("wrong")) + quick +
                                                          QStringList{endpoint, QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QVERIFY2(r.output.contains(QLatin1String("Timeout")), qPrintable(r.output));
    // The recording's name works as community, as with snmpsimd.
    r = runTool(QStringLiteral("snmpget"), v2c(QStringLiteral("canon-tm-5300")) + quick +
                                               QStringList{endpoint, QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QVERIFY2(r.output.contains(QLatin1String("Canon")), qPrintable(r.output));
    r = runTool(QStringLiteral("snmpget"),
                QStringList{QStringLiteral("-v3"), QStringLiteral("-u"), QStringLiteral("noauth"), QStringLiteral("-l"),
                            QStringLiteral("noAuthNoPriv"), QStringLiteral("-n"), QStringLiteral("other")} +
                    quick + QStringList{endpoint, QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QVERIFY2(r.output.contains(QLatin1String("Timeout")), qPrintable(r.output));
}

void TstSimulator::engineIdPerDevice()
{
    // Engine ID: 80001f88 05 "FKS" + IPv4 + port. A device accepts its own and no other.
    const auto engineId = [this](const QString &address) -> QString {
        QString hex = QStringLiteral("0x80001f8805464b53");
        for (const QString &part : address.split(QLatin1Char('.')))
            hex += QStringLiteral("%1").arg(part.toInt(), 2, 16, QLatin1Char('0'));
        return hex + QStringLiteral("%1").arg(m_fleet.port(), 4, 16, QLatin1Char('0'));
    };
    const QString a = m_addressOf.value(QStringLiteral("canon-tm-5300"));
    const QString b = m_addressOf.value(QStringLiteral("utax-p-4532dn"));
    const QStringList get{QStringLiteral("-v3"), QStringLiteral("-u"),           QStringLiteral("noauth"),
                          QStringLiteral("-l"),  QStringLiteral("noAuthNoPriv"), QStringLiteral("-t"),
                          QStringLiteral("1"),   QStringLiteral("-r"),           QStringLiteral("0"),
                          QStringLiteral("-e")};
    ToolResult r = runTool(QStringLiteral("snmpget"),
                           get + QStringList{engineId(a), m_fleet.endpoint(a), QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QVERIFY2(r.exitCode == 0 && r.output.contains(QLatin1String("Canon")), qPrintable(r.output));
    r = runTool(QStringLiteral("snmpget"),
                get + QStringList{engineId(b), m_fleet.endpoint(a), QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QVERIFY2(r.exitCode != 0 && !r.output.contains(QLatin1String("Canon")), qPrintable(r.output));
}

void TstSimulator::roundRobinFleetStopsWithChildren()
{
    SimFleetOptions options;
    options.recordings = {fixtureDir()};
    options.count = 40;
    options.firstAddress = QStringLiteral("127.4.0.240"); // crosses 127.4.1.0
    options.processes = 3;
    SimFleet fleet;
    QVERIFY2(fleet.start(options), qPrintable(fleet.error()));
    const QStringList names = recordingNames();
    const QStringList addresses = fleet.addresses();
    QCOMPARE(addresses.size(), 40);
    QCOMPARE(addresses.first(), QStringLiteral("127.4.0.240"));
    QCOMPARE(addresses.at(16), QStringLiteral("127.4.1.0"));
    for (int i = 0; i < addresses.size(); ++i)
        QCOMPARE(fleet.recordingFor(addresses[i]), names[i % names.size()]);
    // Devices in every serving process answer with their own recording.
    for (int i : {0, 1, 2, 16, 39}) {
        const QString name = names[i % names.size()];
        const QStringList get = QStringList{QStringLiteral("snmpget")} + common() +
                                QStringList{QStringLiteral("-v2c"), QStringLiteral("-c")};
        COMPARE_TOOLS(get + QStringList{name, m_snmpsimd.endpoint(), QStringLiteral("1.3.6.1.2.1.1.2.0")},
                      get + QStringList{QStringLiteral("public"), fleet.endpoint(addresses[i]),
                                        QStringLiteral("1.3.6.1.2.1.1.2.0")},
                      QStringLiteral("sysObjectID of ") + addresses[i]);
    }
    const QList<qint64> children = childrenOf(fleet.pid());
    QCOMPARE(children.size(), 3);
    fleet.stop();
    QVERIFY(!fleet.isRunning());
    for (qint64 child : children)
        QTRY_VERIFY2(!processExists(child), "a serving process outlived the simulator");
}

void TstSimulator::startFailsLoudly_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no such file or directory");
    QTest::newRow("broken line") << QByteArray("1.3.6.1.2.1.1.1.0|4|ok\nno bars here\n") << QStringLiteral("line 2");
    QTest::newRow("bad oid") << QByteArray("1.3.x.1|4|v\n") << QStringLiteral("malformed OID");
}

void TstSimulator::startFailsLoudly()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.snmprec"));
    if (!content.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    }
    SimFleet fleet;
    QVERIFY(!fleet.start(QStringList{file}));
    QVERIFY2(fleet.error().contains(expected), qPrintable(fleet.error()));
    QVERIFY(!fleet.isRunning());
}

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
