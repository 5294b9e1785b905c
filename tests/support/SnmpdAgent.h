#pragma once
// Test fixture: the real Net-SNMP agent (Debian package snmpd) on 127.0.0.1 with a free port, its own
// configuration and persistent directory in a temp dir, started by the test and stopped by PID. Unlike
// snmpsimd it answers USM failures with the RFC 3414 reports (usmStatsWrongDigests, ...UnknownUserNames,
// ...UnsupportedSecLevels, ...NotInTimeWindows, ...UnknownEngineIDs; a wrong privacy key it drops
// silently), and it keeps its engine ID and a growing engine boots counter across restarts, so it is
// the independent SNMPv3 agent of the tests.
// The Net-SNMP command-line client (snmpget) is run against it as an independent second opinion.

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fleet::test {

struct SnmpdUser
{
    QString name;
    QString authProtocol; // Net-SNMP spelling: MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512 (empty: noAuth)
    QString authPassword;
    QString privProtocol; // DES, AES, AES-192, AES-256 (Blumenthal key extension) (empty: noPriv)
    QString privPassword;

    QString securityLevel() const; // noAuthNoPriv, authNoPriv or authPriv, as snmpget -l spells it
};

// What the Net-SNMP snmpget client printed: numeric OID (no leading dot) -> value as printed.
struct SnmpGetResult
{
    bool ok = false;
    QString output; // stdout and stderr, for failure messages
    QMap<QString, QString> values;
};

class SnmpdAgent
{
public:
    enum class Restart : quint8 {
        SameEngine, // the persistent state is kept: same engine ID, engine boots + 1, engine time from 0
        NewEngine   // the persistent state is wiped: a new engine ID, as when a device is replaced
    };

    SnmpdAgent();
    ~SnmpdAgent();
    Q_DISABLE_COPY_MOVE(SnmpdAgent)

    // One user per supported combination; every password is "auctoritas" (auth) / "privatus" (priv).
    static QList<SnmpdUser> defaultUsers();
    static QString sysName() { return QStringLiteral("fleet-snmpd"); }
    static QString sysLocation() { return QStringLiteral("Loopback rack 7"); }
    static QString sysContact() { return QStringLiteral("fleet-tests@example.invalid"); }

    // Writes the configuration, starts snmpd and waits (with a deadline) until the first user gets an
    // answer. On failure returns false and error() says why, with snmpd's log.
    bool start(const QList<SnmpdUser> &users = defaultUsers());
    // Lines appended to snmpd.conf by the next start() ("rwcommunity ...", "override -rw OID integer 0"),
    // kept across restart().
    void setExtraConfig(const QStringList &lines) { m_extraConfig = lines; }
    // Stops and starts again on the same port (the engine-ID cache of a client is keyed by address).
    bool restart(Restart mode);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1"); }
    QString endpoint() const { return QStringLiteral("%1:%2").arg(address()).arg(m_port); }
    const QList<SnmpdUser> &users() const { return m_users; }
    SnmpdUser user(const QString &name) const;
    QString error() const { return m_error; }
    QString log() const; // the tail of snmpd's log and output

    // Runs the Net-SNMP snmpget client as user for the given numeric OIDs.
    SnmpGetResult snmpget(const SnmpdUser &user, const QStringList &oids) const;
    // snmpEngineID (hex) and snmpEngineBoots as the agent reports them, read with snmpget; empty/-1 on failure.
    QString engineId() const;
    qint64 engineBoots() const;

private:
    bool writeConfig();
    bool launch();
    bool waitUntilReady();
    QString configProblems() const;
    QProcessEnvironment environment(const QString &confDir) const;

    std::unique_ptr<QTemporaryDir> m_run;
    QProcess m_process;
    QList<SnmpdUser> m_users;
    QStringList m_extraConfig;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace fleet::test
