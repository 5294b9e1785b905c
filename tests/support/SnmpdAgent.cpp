#include "SnmpdAgent.h"

#include "ChildProcess.h"
#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace fleet::test {

namespace {
const QString kEngineIdOid = QStringLiteral("1.3.6.1.6.3.10.2.1.1.0");
const QString kEngineBootsOid = QStringLiteral("1.3.6.1.6.3.10.2.1.2.0");
const QString kSysNameOid = QStringLiteral("1.3.6.1.2.1.1.5.0");

// snmpd lives in /usr/sbin, which is not on an unprivileged user's PATH on Debian.
QString findTool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    const QString inSbin = QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    return inSbin.isEmpty() ? name : inSbin;
}

QString tail(const QString &path, qsizetype bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readAll().right(bytes));
}

// snmpget -On -Oq prints ".oid value"; long hex strings continue on the next lines.
QMap<QString, QString> parseValues(const QString &stdoutText)
{
    QMap<QString, QString> values;
    QString current;
    for (const QString &line : stdoutText.split(u'\n')) {
        if (line.startsWith(u'.')) {
            const qsizetype space = line.indexOf(u' ');
            current = line.mid(1, space < 0 ? -1 : space - 1);
            values.insert(current, space < 0 ? QString() : line.mid(space + 1));
        } else if (!current.isEmpty() && !line.isEmpty()) {
            values[current] += u'\n' + line;
        }
    }
    for (QString &v : values) {
        if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
            v = v.mid(1, v.size() - 2);
        if (v.startsWith(u'.')) // an OID value printed numerically
            v.remove(0, 1);
    }
    return values;
}
} // namespace

QString SnmpdUser::securityLevel() const
{
    if (authProtocol.isEmpty())
        return QStringLiteral("noAuthNoPriv");
    return privProtocol.isEmpty() ? QStringLiteral("authNoPriv") : QStringLiteral("authPriv");
}

SnmpdAgent::SnmpdAgent() = default;
SnmpdAgent::~SnmpdAgent()
{
    stop();
}

QList<SnmpdUser> SnmpdAgent::defaultUsers()
{
    const QString a = QStringLiteral("auctoritas"), p = QStringLiteral("privatus");
    return {
        {QStringLiteral("sha256aes256"), QStringLiteral("SHA-256"), a, QStringLiteral("AES-256"), p},
        {QStringLiteral("sha512aes256"), QStringLiteral("SHA-512"), a, QStringLiteral("AES-256"), p},
        {QStringLiteral("sha384aes192"), QStringLiteral("SHA-384"), a, QStringLiteral("AES-192"), p},
        {QStringLiteral("sha224aes128"), QStringLiteral("SHA-224"), a, QStringLiteral("AES-128"), p},
        {QStringLiteral("sha1aes128"), QStringLiteral("SHA"), a, QStringLiteral("AES"), p},
        {QStringLiteral("md5des"), QStringLiteral("MD5"), a, QStringLiteral("DES"), p},
        {QStringLiteral("sha1authonly"), QStringLiteral("SHA"), a, {}, {}},
        {QStringLiteral("noauth"), {}, {}, {}, {}},
    };
}

SnmpdUser SnmpdAgent::user(const QString &name) const
{
    for (const SnmpdUser &u : m_users)
        if (u.name == name)
            return u;
    return {};
}

QString SnmpdAgent::log() const
{
    if (!m_run)
        return {};
    return tail(m_run->filePath(QStringLiteral("snmpd.log")), 4000) +
           tail(m_run->filePath(QStringLiteral("stdout")), 2000);
}

QProcessEnvironment SnmpdAgent::environment(const QString &confDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // SNMPCONFPATH replaces the default search path (/etc/snmp, ~/.snmp), so no system or user
    // configuration leaks in. Net-SNMP only reads the persistent file (engine boots, engine ID) when
    // SNMPCONFPATH is unset or names the persistent directory, hence the same directory for both.
    env.insert(QStringLiteral("SNMPCONFPATH"), confDir);
    env.insert(QStringLiteral("SNMP_PERSISTENT_DIR"), confDir);
    // Numeric OIDs only: loading the MIB files prints hundreds of lines when some are missing.
    env.insert(QStringLiteral("MIBS"), QString());
    env.insert(QStringLiteral("MIBDIRS"), QString());
    return env;
}

bool SnmpdAgent::writeConfig()
{
    QFile conf(m_run->filePath(QStringLiteral("snmpd.conf")));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    QStringList lines = {
        QStringLiteral("sysName %1").arg(sysName()),
        QStringLiteral("sysLocation %1").arg(sysLocation()),
        QStringLiteral("sysContact %1").arg(sysContact()),
        QStringLiteral("dontLogTCPWrappersConnects yes"),
    };
    for (const SnmpdUser &u : std::as_const(m_users)) {
        QString create = QStringLiteral("createUser %1").arg(u.name);
        if (!u.authProtocol.isEmpty())
            create += QStringLiteral(" %1 %2").arg(u.authProtocol, u.authPassword);
        if (!u.privProtocol.isEmpty())
            create += QStringLiteral(" %1 %2").arg(u.privProtocol, u.privPassword);
        lines << create;
        const QString level = u.authProtocol.isEmpty()   ? QStringLiteral("noauth")
                              : u.privProtocol.isEmpty() ? QStringLiteral("auth")
                                                         : QStringLiteral("priv");
        // Read access to the whole tree at the user's own level, nothing at a lower one.
        lines << QStringLiteral("rouser %1 %2 .1").arg(u.name, level);
    }
    lines += m_extraConfig;
    conf.write(lines.join(u'\n').toUtf8() + '\n');
    return conf.flush();
}

bool SnmpdAgent::start(const QList<SnmpdUser> &users)
{
    stop();
    m_error.clear();
    m_users = users;
    m_run = std::make_unique<QTemporaryDir>();
    if (!m_run->isValid() || !QDir(m_run->path()).mkpath(QStringLiteral("persist")) ||
        !QDir(m_run->path()).mkpath(QStringLiteral("client"))) {
        m_error = QStringLiteral("cannot create the temporary directory");
        return false;
    }
    m_port = freeUdpPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free UDP port on 127.0.0.1");
        return false;
    }
    return writeConfig() && launch();
}

bool SnmpdAgent::restart(Restart mode)
{
    if (!m_run) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    stop();
    if (mode == Restart::NewEngine) {
        QDir(m_run->filePath(QStringLiteral("persist"))).removeRecursively();
        QDir(m_run->path()).mkpath(QStringLiteral("persist"));
    }
    return launch();
}

bool SnmpdAgent::launch()
{
    const QString logFile = m_run->filePath(QStringLiteral("snmpd.log"));
    QFile::remove(logFile);
    m_process.setProcessEnvironment(environment(m_run->filePath(QStringLiteral("persist"))));
    m_process.setStandardOutputFile(m_run->filePath(QStringLiteral("stdout")), QIODevice::Append);
    m_process.setStandardErrorFile(m_run->filePath(QStringLiteral("stdout")), QIODevice::Append);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // -f: foreground, so the PID we hold is the agent's. Left out: SMUX (it binds TCP port 199, taken
    // by the first of several agents) and the host's printers (hr_print reads the spooler's
    // configuration), so the agent is never a printer whatever the machine has.
    // As root snmpd keeps running as root; it needs nothing privileged on an unprivileged port.
    const QStringList args = {QStringLiteral("-f"),
                              QStringLiteral("-Lf"),
                              logFile,
                              QStringLiteral("-c"),
                              m_run->filePath(QStringLiteral("snmpd.conf")),
                              QStringLiteral("-I"),
                              QStringLiteral("-smux,hr_print"),
                              QStringLiteral("udp:%1:%2").arg(address()).arg(m_port)};
#ifdef Q_OS_LINUX
    // A test that crashes must not leave its agent running: the kernel sends SIGTERM when we die.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(findTool(QStringLiteral("snmpd")), args);
    if (!m_process.waitForStarted(scaled(5000))) {
        m_error = QStringLiteral("snmpd did not start: %1 (apt-get install snmpd)").arg(m_process.errorString());
        return false;
    }
    if (!waitUntilReady())
        return false;
    if (const QString problems = configProblems(); !problems.isEmpty()) {
        m_error = QStringLiteral("snmpd rejected part of its configuration:\n%1").arg(problems);
        stop();
        return false;
    }
    return true;
}

bool SnmpdAgent::waitUntilReady()
{
    if (m_users.isEmpty()) {
        m_error = QStringLiteral("snmpd needs at least one user to check readiness");
        stop();
        return false;
    }
    const QDeadlineTimer deadline(scaled(20000));
    SnmpGetResult last;
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("snmpd exited early (code %1):\n%2").arg(m_process.exitCode()).arg(log());
            return false;
        }
        last = snmpget(m_users.first(), {kSysNameOid});
        if (last.ok)
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("snmpd did not answer in time:\n%1\nsnmpget: %2").arg(log(), last.output);
    stop();
    return false;
}

// Net-SNMP reports a bad line as "<file>: line N: Error: ..." (or Warning) and carries on without it;
// a user silently missing would make later failures look like engine bugs.
QString SnmpdAgent::configProblems() const
{
    static const QRegularExpression bad(QStringLiteral("^.*: line \\d+: (Error|Warning):.*$"),
                                        QRegularExpression::MultilineOption);
    QStringList problems;
    auto it = bad.globalMatch(log());
    while (it.hasNext())
        problems << it.next().captured(0);
    return problems.join(u'\n');
}

void SnmpdAgent::stop()
{
    // SIGTERM first lets snmpd write its persistent state (engine boots), which restart() relies on.
    stopProcess(m_process);
}

SnmpGetResult SnmpdAgent::snmpget(const SnmpdUser &user, const QStringList &oids) const
{
    SnmpGetResult result;
    if (!m_run)
        return result;
    QStringList args = {QStringLiteral("-v3"), QStringLiteral("-l"), user.securityLevel(), QStringLiteral("-u"),
                        user.name};
    if (!user.authProtocol.isEmpty())
        args << QStringLiteral("-a") << user.authProtocol << QStringLiteral("-A") << user.authPassword;
    if (!user.privProtocol.isEmpty())
        args << QStringLiteral("-x") << user.privProtocol << QStringLiteral("-X") << user.privPassword;
    // -On numeric OIDs, -Oq "oid value", -Ot raw timeticks, -Oe numeric enums, -OU no units.
    args << QStringLiteral("-On") << QStringLiteral("-Oq") << QStringLiteral("-Ot") << QStringLiteral("-Oe")
         << QStringLiteral("-OU") << QStringLiteral("-t") << QString::number(0.5 * timeoutFactor())
         << QStringLiteral("-r") << QStringLiteral("1") << endpoint();
    args += oids;
    QProcess client;
    client.setProcessEnvironment(environment(m_run->filePath(QStringLiteral("client"))));
    client.setStandardInputFile(QProcess::nullDevice());
    client.start(findTool(QStringLiteral("snmpget")), args);
    if (!client.waitForFinished(scaled(10000))) {
        client.kill();
        client.waitForFinished(2000);
        result.output = QStringLiteral("snmpget did not finish: %1").arg(client.errorString());
        return result;
    }
    const QString out = QString::fromLocal8Bit(client.readAllStandardOutput());
    result.output = out + QString::fromLocal8Bit(client.readAllStandardError());
    result.values = parseValues(out);
    result.ok =
        client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0 && result.values.size() == oids.size();
    return result;
}

QString SnmpdAgent::engineId() const
{
    if (m_users.isEmpty())
        return {};
    const SnmpGetResult r = snmpget(m_users.first(), {kEngineIdOid});
    if (!r.ok)
        return {};
    QString hex = r.values.value(kEngineIdOid);
    hex.remove(QRegularExpression(QStringLiteral("[^0-9A-Fa-f]")));
    return hex.toLower();
}

qint64 SnmpdAgent::engineBoots() const
{
    if (m_users.isEmpty())
        return -1;
    const SnmpGetResult r = snmpget(m_users.first(), {kEngineBootsOid});
    bool ok = false;
    const qint64 boots = r.values.value(kEngineBootsOid).toLongLong(&ok);
    return r.ok && ok ? boots : -1;
}

} // namespace fleet::test
